#pragma once

#include "commands/StoreCommand.h"
#include "store/Store.h"
#include "store/StoryEdit.h"

#include <optional>

namespace ct::ui {

// What the story edits share: the store applies one (split, merge, not-the-same, choose date)
// and says exactly what it changed; undo reverts that, and the revert says how to re-apply
// it. The first redo asks the store to apply; later redos replay the revert's answer, so ids
// the first redo created stay the same across undo and redo.
class StoryEditCommand : public StoreCommand {
  public:
    void redo() override;
    void undo() override;

    // The event to show once the edit is done (the new one after a split, the kept one after
    // a merge); 0 before the first redo.
    qint64 resultEvent() const;

  protected:
    StoryEditCommand(TimelineDocument& document, const QString& text);
    // The edit itself, done once; later redos replay it.
    virtual Result<StoryEdit> apply(Store& store) = 0;

  private:
    void finish(const StoryEdit& edit);

    std::optional<StoryEdit> m_done; // what redo did: undo reverts it
    std::optional<StoryEdit> m_redo; // what the revert returned: redo replays it
};

} // namespace ct::ui

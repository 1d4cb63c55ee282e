#pragma once

#include "commands/StoreCommand.h"
#include "model/Event.h"

namespace ct::ui {

// Replaces an event's fields with what the edit dialog produced. Undo writes
// the old fields back; the store keeps the event marked user-edited either way,
// which errs on the side of protecting it from re-resolution.
// On a shared store each write carries the version this command last saw (read before the
// edit, then the one its own write made): when a colleague changed the event in between, the
// store refuses it as a conflict, which is shown — an undo never reverts someone else's edit.
class EditEventCommand : public StoreCommand {
  public:
    EditEventCommand(TimelineDocument& document, Event before, Event after);

    void redo() override;
    void undo() override;

  private:
    void write(const Event& fields);

    Event m_before;
    Event m_after;
    std::int64_t m_version; // the stored version this command expects
};

} // namespace ct::ui

#pragma once

#include "commands/StoreCommand.h"
#include "model/Event.h"

namespace ct::ui {

// Replaces an event's fields with what the edit dialog produced. Undo writes
// the old fields back; the store keeps the event marked user-edited either way,
// which errs on the side of protecting it from re-resolution.
class EditEventCommand : public StoreCommand {
  public:
    EditEventCommand(TimelineDocument& document, Event before, Event after);

    void redo() override;
    void undo() override;

  private:
    void write(const Event& fields);

    Event m_before;
    Event m_after;
};

} // namespace ct::ui

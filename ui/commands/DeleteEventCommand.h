#pragma once

#include "commands/StoreCommand.h"
#include "model/Event.h"

#include <vector>

namespace ct::ui {

// Deletes one or more events (a multi-selection is one step to undo). Undo
// inserts the saved copies again, with their evidence and flags, under new ids.
class DeleteEventCommand : public StoreCommand {
  public:
    DeleteEventCommand(TimelineDocument& document, std::vector<Event> events);

    void redo() override;
    void undo() override;

  private:
    std::vector<Event> m_events;
};

} // namespace ct::ui

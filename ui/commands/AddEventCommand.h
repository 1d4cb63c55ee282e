#pragma once

#include "commands/StoreCommand.h"
#include "model/Event.h"

namespace ct::ui {

// Adds an event made by hand. Undo deletes it; redo inserts it again, under a
// new id that the document maps the first one to.
class AddEventCommand : public StoreCommand {
  public:
    AddEventCommand(TimelineDocument& document, Event event);

    void redo() override;
    void undo() override;

    // The id the first redo got (0 before); resolve it with the document.
    qint64 originalId() const { return m_originalId; }

  private:
    Event m_event;
    qint64 m_originalId = 0;
};

} // namespace ct::ui

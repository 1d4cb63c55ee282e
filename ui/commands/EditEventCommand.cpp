#include "commands/EditEventCommand.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

EditEventCommand::EditEventCommand(TimelineDocument& document, Event before, Event after)
    : StoreCommand(
          document,
          QCoreApplication::translate("ct::ui::Commands", "Edit “%1”").arg(qs(before.title))),
      m_before(std::move(before)), m_after(std::move(after)) {}

void EditEventCommand::redo() {
    write(m_after);
}
void EditEventCommand::undo() {
    write(m_before);
}

void EditEventCommand::write(const Event& fields) {
    Event event = fields;
    event.id = m_document.currentId(m_before.id);
    if (!check(m_document.store()->updateEvent(event)))
        return;
    m_document.notifyEventChanged(event.id);
}

} // namespace ct::ui

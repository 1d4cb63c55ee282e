#include "commands/EditEventCommand.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

EditEventCommand::EditEventCommand(TimelineDocument& document, Event before, Event after)
    : StoreCommand(
          document,
          QCoreApplication::translate("ct::ui::Commands", "Edit “%1”").arg(qs(before.title))),
      m_before(std::move(before)), m_after(std::move(after)), m_version(m_before.version) {}

void EditEventCommand::redo() {
    write(m_after);
}
void EditEventCommand::undo() {
    write(m_before);
}

void EditEventCommand::write(const Event& fields) {
    Event event = fields;
    event.id = m_document.currentId(m_before.id);
    event.version = m_version;
    auto written = m_document.store()->updateEvent(event);
    if (!written && written.error().code == Error::Code::Conflict) {
        setObsolete(true);
        m_document.reportConflict(event);
        return;
    }
    if (!check(written))
        return;
    if (auto stored = m_document.store()->event(event.id))
        m_version = stored->version;
    m_document.notifyEventChanged(event.id);
}

} // namespace ct::ui

#include "commands/RedateEventCommand.h"

#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

RedateEventCommand::RedateEventCommand(TimelineDocument& document, qint64 id, DateSpan before,
                                       DateSpan after)
    : StoreCommand(document, QCoreApplication::translate("ct::ui::Commands", "Move event")),
      m_id(id), m_before(before), m_after(after) {}

void RedateEventCommand::redo() {
    write(m_after);
}
void RedateEventCommand::undo() {
    write(m_before);
}

void RedateEventCommand::write(const DateSpan& when) {
    auto event = m_document.store()->event(m_document.currentId(m_id));
    if (!check(event))
        return;
    event->when = when;
    if (!check(m_document.store()->updateEvent(*event)))
        return;
    m_document.notifyEventChanged(event->id);
}

} // namespace ct::ui

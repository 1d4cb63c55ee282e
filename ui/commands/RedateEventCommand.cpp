#include "commands/RedateEventCommand.h"

#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

RedateEventCommand::RedateEventCommand(TimelineDocument& document, qint64 id, DateSpan before,
                                       DateSpan after)
    : StoreCommand(document, QCoreApplication::translate("ct::ui::Commands", "Move event")),
      m_id(id), m_before(before), m_after(after) {}

void RedateEventCommand::redo() {
    write(m_before, m_after);
}
void RedateEventCommand::undo() {
    write(m_after, m_before);
}

void RedateEventCommand::write(const DateSpan& expected, const DateSpan& when) {
    auto event = m_document.store()->event(m_document.currentId(m_id));
    if (!check(event))
        return;
    if (event->when != expected) {
        // A colleague moved it since: moving it back would undo their move, not ours.
        setObsolete(true);
        Event mine = *event;
        mine.when = when;
        m_document.reportConflict(mine);
        return;
    }
    event->when = when;
    auto written = m_document.store()->updateEvent(*event);
    if (!written && written.error().code == Error::Code::Conflict) {
        setObsolete(true);
        m_document.reportConflict(*event);
        return;
    }
    if (!check(written))
        return;
    m_document.notifyEventChanged(event->id);
}

} // namespace ct::ui

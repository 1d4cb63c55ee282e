#include "commands/DeleteEventCommand.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

namespace {
QString describe(const std::vector<Event>& events) {
    if (events.size() == 1)
        return QCoreApplication::translate("ct::ui::Commands", "Delete “%1”")
            .arg(qs(events.front().title));
    return QCoreApplication::translate("ct::ui::Commands", "Delete %n events", nullptr,
                                       int(events.size()));
}
} // namespace

DeleteEventCommand::DeleteEventCommand(TimelineDocument& document, std::vector<Event> events)
    : StoreCommand(document, describe(events)), m_events(std::move(events)) {}

void DeleteEventCommand::redo() {
    for (const Event& event : m_events) {
        if (!check(m_document.store()->deleteEvent(m_document.currentId(event.id))))
            break;
    }
    m_document.notifyEventsChanged();
}

void DeleteEventCommand::undo() {
    for (const Event& saved : m_events) {
        Event again = saved;
        again.id = 0;
        auto id = m_document.store()->insertEvent(again);
        if (!check(id))
            break;
        m_document.remapId(m_document.currentId(saved.id), *id);
    }
    m_document.notifyEventsChanged();
}

} // namespace ct::ui

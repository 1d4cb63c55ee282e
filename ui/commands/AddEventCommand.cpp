#include "commands/AddEventCommand.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

AddEventCommand::AddEventCommand(TimelineDocument& document, Event event)
    : StoreCommand(
          document,
          QCoreApplication::translate("ct::ui::Commands", "Add “%1”").arg(qs(event.title))),
      m_event(std::move(event)) {
    m_event.userCreated = true;
}

void AddEventCommand::redo() {
    Event fresh = m_event;
    fresh.id = 0;
    auto id = m_document.store()->insertEvent(fresh);
    if (!check(id))
        return;
    if (m_originalId == 0)
        m_originalId = *id;
    else
        m_document.remapId(m_document.currentId(m_originalId), *id);
    m_document.notifyEventsChanged();
}

void AddEventCommand::undo() {
    if (!check(m_document.store()->deleteEvent(m_document.currentId(m_originalId))))
        return;
    m_document.notifyEventsChanged();
}

} // namespace ct::ui

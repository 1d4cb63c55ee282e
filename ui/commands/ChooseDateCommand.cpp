#include "commands/ChooseDateCommand.h"

#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

ChooseDateCommand::ChooseDateCommand(TimelineDocument& document, qint64 eventId, qint64 reportId)
    : StoryEditCommand(document, QCoreApplication::translate("ct::ui::Commands", "Choose date")),
      m_eventId(eventId), m_reportId(reportId) {}

Result<StoryEdit> ChooseDateCommand::apply(Store& store) {
    return store.chooseDate(m_document.currentId(m_eventId), m_reportId);
}

} // namespace ct::ui

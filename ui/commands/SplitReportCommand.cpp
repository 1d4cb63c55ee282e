#include "commands/SplitReportCommand.h"

#include <QCoreApplication>

namespace ct::ui {

SplitReportCommand::SplitReportCommand(TimelineDocument& document, qint64 reportId)
    : StoryEditCommand(document, QCoreApplication::translate("ct::ui::Commands", "Split report")),
      m_reportId(reportId) {}

Result<StoryEdit> SplitReportCommand::apply(Store& store) {
    return store.splitReport(m_reportId);
}

} // namespace ct::ui

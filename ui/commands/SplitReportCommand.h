#pragma once

#include "commands/StoryEditCommand.h"

namespace ct::ui {

// One report leaves its event for an event of its own ("this sentence tells of something
// else"); the store keeps it apart from its old event's reports across re-import.
class SplitReportCommand : public StoryEditCommand {
  public:
    SplitReportCommand(TimelineDocument& document, qint64 reportId);

  protected:
    Result<StoryEdit> apply(Store& store) override;

  private:
    qint64 m_reportId;
};

} // namespace ct::ui

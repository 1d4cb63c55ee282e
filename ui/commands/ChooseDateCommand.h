#pragma once

#include "commands/StoryEditCommand.h"

namespace ct::ui {

// The reports disagree on the date and the user picks one: the event takes that report's
// date and is no longer flagged.
class ChooseDateCommand : public StoryEditCommand {
  public:
    ChooseDateCommand(TimelineDocument& document, qint64 eventId, qint64 reportId);

  protected:
    Result<StoryEdit> apply(Store& store) override;

  private:
    qint64 m_eventId;
    qint64 m_reportId;
};

} // namespace ct::ui

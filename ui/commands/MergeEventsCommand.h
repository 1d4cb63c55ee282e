#pragma once

#include "commands/StoryEditCommand.h"

namespace ct::ui {

// Two events are one happening: `from`'s reports join `into`, and `from` goes.
class MergeEventsCommand : public StoryEditCommand {
  public:
    MergeEventsCommand(TimelineDocument& document, qint64 into, qint64 from);

  protected:
    Result<StoryEdit> apply(Store& store) override;

  private:
    qint64 m_into;
    qint64 m_from;
};

} // namespace ct::ui

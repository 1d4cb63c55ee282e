#pragma once

#include "commands/StoryEditCommand.h"

namespace ct::ui {

// "Not the same": two events' reports are never merged again, whatever is re-imported or
// re-resolved later.
class MarkDistinctCommand : public StoryEditCommand {
  public:
    MarkDistinctCommand(TimelineDocument& document, qint64 a, qint64 b);

  protected:
    Result<StoryEdit> apply(Store& store) override;

  private:
    qint64 m_a;
    qint64 m_b;
};

} // namespace ct::ui

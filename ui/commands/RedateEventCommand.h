#pragma once

#include "commands/StoreCommand.h"
#include "model/DateSpan.h"

namespace ct::ui {

// Moves an event along the axis (a drag on the timeline). Only the dates
// change; the rest is read fresh from the store so that an edit made in
// between is not overwritten.
class RedateEventCommand : public StoreCommand {
  public:
    RedateEventCommand(TimelineDocument& document, qint64 id, DateSpan before, DateSpan after);

    void redo() override;
    void undo() override;

  private:
    void write(const DateSpan& expected, const DateSpan& when);

    qint64 m_id;
    DateSpan m_before;
    DateSpan m_after;
};

} // namespace ct::ui

#pragma once

#include "interchange/EventWriter.h"

namespace ct {

// TimelineJS3's JSON: {"title": …, "events": [{"start_date": {"year", "month", "day"},
// "end_date": …, "text": {"headline", "text"}, "group", "unique_id"}]}. A month or year
// date leaves out the parts it does not know; the text holds the sentence and the sources
// as links; the group is the lane (actor, place or article).
class TimelineJsWriter final : public EventWriter {
  public:
    std::string name() const override { return "timelinejs"; }
    std::string label() const override { return "TimelineJS JSON (*.json)"; }
    std::string extension() const override { return "timelinejs.json"; }
    std::string write(const std::vector<Event>& events,
                      const EventWriteOptions& options) const override;
};

} // namespace ct

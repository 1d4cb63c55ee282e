#pragma once

#include "interchange/EventWriter.h"

namespace ct {

// The Timeline desktop program's .timeline XML (gregorian time): one <event> per event with
// inclusive start and end times at midnight, the title as text, the sentence as description,
// the lane (first actor by default) as category, fuzzy marked. TimelineXmlReader reads it back.
class TimelineXmlWriter final : public EventWriter {
  public:
    std::string name() const override { return "timeline"; }
    std::string label() const override { return "Timeline (*.timeline)"; }
    std::string extension() const override { return "timeline"; }
    std::string write(const std::vector<Event>& events,
                      const EventWriteOptions& options) const override;
};

} // namespace ct

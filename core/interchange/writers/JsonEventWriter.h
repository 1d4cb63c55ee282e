#pragma once

#include "interchange/EventWriter.h"

namespace ct {

// EventTable's JSON array, with the reports and their sources.
class JsonEventWriter final : public EventWriter {
  public:
    std::string name() const override { return "json"; }
    std::string label() const override { return "JSON (*.json)"; }
    std::string extension() const override { return "json"; }
    std::string write(const std::vector<Event>& events,
                      const EventWriteOptions& options) const override;
};

} // namespace ct

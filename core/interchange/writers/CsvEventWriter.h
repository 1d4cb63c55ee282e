#pragma once

#include "interchange/EventWriter.h"

namespace ct {

// EventTable's CSV (RFC 4180): the columns scripts already read, plus the reports' sources.
class CsvEventWriter final : public EventWriter {
  public:
    std::string name() const override { return "csv"; }
    std::string label() const override { return "CSV (*.csv)"; }
    std::string extension() const override { return "csv"; }
    std::string write(const std::vector<Event>& events,
                      const EventWriteOptions& options) const override;
};

} // namespace ct

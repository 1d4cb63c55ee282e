#pragma once

#include "interchange/TablePreset.h"

namespace ct {

// ACLED's exports (acleddata.com): one row per event with event_date ("08 January 2022" or
// ISO), time_precision 1/2/3 (day, week, month), actors with associated actors as lists.
class AcledPreset final : public TablePreset {
  public:
    std::string name() const override { return "acled"; }
    std::string label() const override { return "ACLED export"; }
    std::string dataSetName() const override { return "ACLED"; }
    int match(const std::vector<std::string>& firstRow) const override;
    Result<ColumnMapping> mapping(const std::vector<std::string>& header,
                                  std::size_t columnCount) const override;
    void finish(const std::vector<std::string>& header, const std::vector<std::string>& fields,
                Event& event) const override;
};

} // namespace ct

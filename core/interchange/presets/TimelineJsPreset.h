#pragma once

#include "interchange/TablePreset.h"

namespace ct {

// TimelineJS's Google Sheets template (Year, Month, Day, Time, End Year, …, Headline, Text,
// Media, …, Group). TimelineJS JSON files are read into the same columns (TimelineJsonReader).
class TimelineJsPreset final : public TablePreset {
  public:
    std::string name() const override { return "timelinejs"; }
    std::string label() const override { return "TimelineJS spreadsheet"; }
    std::string dataSetName() const override { return "TimelineJS"; }
    int match(const std::vector<std::string>& firstRow) const override;
    Result<ColumnMapping> mapping(const std::vector<std::string>& header,
                                  std::size_t columnCount) const override;

    // The template's columns, in its order.
    static const std::vector<std::string>& columns();
};

} // namespace ct

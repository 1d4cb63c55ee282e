#pragma once

#include "interchange/TablePreset.h"

namespace ct {

// GDELT event files (gdeltproject.org): tab-separated, no header, no quoting. GDELT 1.0's
// daily files have 57 columns (58 with SOURCEURL, from April 2013), GDELT 2.0's 15-minute
// files 61 (each geography gains an ADM2 code). Titles come from the CAMEO event code.
class GdeltPreset final : public TablePreset {
  public:
    std::string name() const override { return "gdelt"; }
    std::string label() const override { return "GDELT event file"; }
    std::string dataSetName() const override { return "GDELT"; }
    int match(const std::vector<std::string>& firstRow) const override;
    CsvOptions csvOptions() const override;
    Result<ColumnMapping> mapping(const std::vector<std::string>& header,
                                  std::size_t columnCount) const override;
    void finish(const std::vector<std::string>& header, const std::vector<std::string>& fields,
                Event& event) const override;

    struct Layout {
        std::size_t id = 0, sqlDate = 1, actor1Name = 6, actor2Name = 16, eventCode = 26,
                    numSources = 32, actionGeoFullName, sourceUrl;
    };
    static std::optional<Layout> layout(std::size_t columnCount);
};

} // namespace ct

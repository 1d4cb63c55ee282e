#pragma once

#include "interchange/TablePreset.h"

namespace ct {

// The Timeline desktop program's .timeline XML (thetimelineproj.sourceforge.net), read by
// TimelineXmlReader into these columns: start, end, text, description, category, fuzzy,
// hyperlink.
class TimelineProjPreset final : public TablePreset {
  public:
    std::string name() const override { return "timeline"; }
    std::string label() const override { return "Timeline (.timeline)"; }
    std::string dataSetName() const override { return "Timeline"; }
    int match(const std::vector<std::string>& firstRow) const override;
    Result<ColumnMapping> mapping(const std::vector<std::string>& header,
                                  std::size_t columnCount) const override;

    static const std::vector<std::string>& columns();
};

} // namespace ct

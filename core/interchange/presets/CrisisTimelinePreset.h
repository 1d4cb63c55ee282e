#pragma once

#include "interchange/TablePreset.h"

namespace ct {

// What `crisis-timeline events` writes (CSV, or JSON read into the same columns), so that an
// export can be imported into another database.
class CrisisTimelinePreset final : public TablePreset {
  public:
    std::string name() const override { return "crisis-timeline"; }
    std::string label() const override { return "Crisis Timeline export"; }
    std::string dataSetName() const override { return "Crisis Timeline"; }
    int match(const std::vector<std::string>& firstRow) const override;
    Result<ColumnMapping> mapping(const std::vector<std::string>& header,
                                  std::size_t columnCount) const override;
};

} // namespace ct

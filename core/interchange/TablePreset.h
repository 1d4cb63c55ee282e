#pragma once

#include "common/Result.h"
#include "interchange/ColumnMapping.h"
#include "interchange/CsvReader.h"
#include "model/Event.h"

#include <memory>
#include <string>
#include <vector>

namespace ct {

// A layout of event data that analysts meet (ACLED, GDELT, TimelineJS, the Timeline program):
// how to read the file and which column plays which role. Each preset is one class; they are
// registered in one place (TablePresets.cpp) and offered when a file's header fits.
class TablePreset {
  public:
    virtual ~TablePreset() = default;

    virtual std::string name() const = 0;        // "acled": --preset's value
    virtual std::string label() const = 0;       // "ACLED export", for menus
    virtual std::string dataSetName() const = 0; // the reports' outlet: "ACLED"

    // 0..100: how surely a file whose first row is `firstRow` has this layout (the first row
    // is the header for files that have one).
    virtual int match(const std::vector<std::string>& firstRow) const = 0;
    virtual CsvOptions csvOptions() const { return {}; }
    // The mapping for a file with this header (or, without a header, this many columns).
    virtual Result<ColumnMapping> mapping(const std::vector<std::string>& header,
                                          std::size_t columnCount) const = 0;
    // A last touch per row for what a mapping cannot say (GDELT's CAMEO labels as titles).
    virtual void finish(const std::vector<std::string>& header,
                        const std::vector<std::string>& fields, Event& event) const;

  protected:
    // The position of each name in the header (case-insensitive); an error naming the first
    // one missing.
    static Result<ColumnMapping>
    byName(const std::vector<std::string>& header,
           const std::vector<std::pair<const char*, ColumnRole>>& roles,
           const std::string& presetName);
    static int headerScore(const std::vector<std::string>& header,
                           const std::vector<const char*>& expected);
};

const std::vector<std::unique_ptr<TablePreset>>& tablePresets();
const TablePreset* findTablePreset(std::string_view name);
// The preset fitting this first row best (score ≥ 60), or nullptr.
const TablePreset* detectTablePreset(const std::vector<std::string>& firstRow);

} // namespace ct

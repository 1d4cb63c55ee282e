#pragma once

#include "common/Result.h"
#include "interchange/TablePreset.h"
#include "interchange/TableSource.h"

#include <filesystem>
#include <memory>

namespace ct {

// A data set file opened for import: CSV/TSV streamed, TimelineJS or other JSON and the
// Timeline program's XML read into rows. Knows the preset that fits its header, if any.
struct TableFile {
    std::unique_ptr<TableSource> source;
    const TablePreset* preset = nullptr; // detected, or the one asked for
    char delimiter = ',';                // for CSV/TSV

    // `preset` forces a layout (its CSV options too); nullptr detects one from the first row.
    static Result<TableFile> open(const std::filesystem::path& path,
                                  const TablePreset* preset = nullptr);
};

} // namespace ct

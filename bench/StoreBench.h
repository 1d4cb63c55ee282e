#pragma once

#include "CoreBench.h"

#include <cstddef>
#include <filesystem>

namespace ct::bench {

// The generated database every scale benchmark reads.
struct ScaleDatabase {
    std::filesystem::path path;
    std::size_t events = 0;
};

// Generates sizes.events synthetic events (seed 1) into dir/scale-N.sqlite, or reuses that file
// when `reuse` is set and it holds them already (iterating on the UI benchmarks).
ScaleDatabase prepareScaleDatabase(const CoreSizes& sizes, const std::filesystem::path& dir,
                                   bool reuse);
// Events overlapping random windows of 1 % of the span: the R*Tree the store uses, a B-tree
// with a maximum-duration bound, and a full scan; checks that all three agree.
void benchWindowQuery(const CoreSizes& sizes, const ScaleDatabase& db);

} // namespace ct::bench

#pragma once

#include "common/Result.h"

#include <cstddef>
#include <filesystem>

namespace ct::bench {

// A new database holding EventGenerator's events (seed 1) spread over `articles` synthetic
// articles, plus one article in Greek and Russian so that pictures of it show non-Latin text.
// For benchmarks and for looking at big exports: `ct-bench --make-db PATH [--events N]`.
Result<void> writeSyntheticDatabase(const std::filesystem::path& path, std::size_t events,
                                    std::size_t articles = 100);

} // namespace ct::bench

#pragma once

#include <cstddef>
#include <filesystem>

namespace ct::bench {

struct CoreSizes {
    std::size_t events = 1'000'000;
    std::size_t articles = 10'000;
    std::size_t sentences = 200'000;
    int queryRuns = 200;
    bool quick = false;
    // Days the generated articles' publication dates spread over (ArticleGenerator's three
    // years by default): a crisis of a few weeks makes each day's merge pool that much denser.
    int articleSpanDays = 3 * 365;
};

// Text pipeline without a database: sentences per second.
void benchExtraction(const CoreSizes& sizes);
// Import of generated articles end to end, and the insert phase against a bare
// prepared-statement loop of the same rows.
void benchImport(const CoreSizes& sizes, const std::filesystem::path& dir);

} // namespace ct::bench

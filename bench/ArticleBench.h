#pragma once

#include <filesystem>

namespace ct::bench {

// Article extraction from real saved news pages (../shared/eval/article-pages): the
// benchmark's own shingle F1 against the text a person marked, the share of stated
// publication dates found (±1 day) and pages per second on one core.
// `outDir` non-empty: the extracted bodies are written there as ID.txt, for
// shared/eval/score_articles.py to check the F1 printed here.
void benchArticles(bool quick, const std::filesystem::path& outDir, bool verbose);

} // namespace ct::bench

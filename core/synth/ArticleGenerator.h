#pragma once

#include "common/Date.h"

#include <cstdint>
#include <string>

namespace ct {

struct GeneratedArticle {
    std::string fileName;
    std::string text;
    Date published;
};

// Deterministic synthetic news articles (~3 KB) for benchmarks and crash
// tests: a title, a lede, a "Published …" byline, body paragraphs whose
// sentences carry weekday, relative and calendar expressions about known
// actors and places, and a Source line. Same seed → same articles.
class ArticleGenerator {
public:
    explicit ArticleGenerator(std::uint64_t seed, Date firstDay = Date(2020, 1, 1),
                              int spanDays = 3 * 365);

    GeneratedArticle next();

private:
    std::uint32_t random();
    std::size_t pick(std::size_t n) { return random() % n; }
    std::string sentence(const Date& published);

    std::uint64_t m_state;
    Date m_firstDay;
    int m_spanDays;
    int m_counter = 0;
};

} // namespace ct

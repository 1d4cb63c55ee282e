#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ct {

class Gazetteer;

// Turns a clause into a headline of at most maxChars characters (code points):
// attributions ("…, the Kremlin said in a statement", "According to X,", "The
// Kremlin added that") and leading conjunctions go; when still too long,
// parentheticals, appositions, trailing participle clauses and job titles
// before known people ("Russian President Vladimir Putin" → "Putin") go too,
// and what remains is elided at a word boundary with "…". Quotes stay balanced.
class TitleMaker {
  public:
    explicit TitleMaker(const Gazetteer* gazetteer = nullptr) : m_gazetteer(gazetteer) {}

    std::string make(std::string_view clause, std::size_t maxChars = 80) const;

    // Helpers shared with EventExtractor, exposed for tests.
    static std::string stripAttribution(std::string_view text);
    static std::string elide(std::string_view text, std::size_t maxChars);
    static std::size_t countChars(std::string_view text);

  private:
    std::string shortenNames(std::string_view text) const;

    const Gazetteer* m_gazetteer = nullptr;
};

} // namespace ct

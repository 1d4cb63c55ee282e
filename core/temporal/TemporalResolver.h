#pragma once

#include "model/DateSpan.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

struct TemporalMatch {
    std::size_t begin = 0; // byte offsets of the words in the sentence, end exclusive
    std::size_t end = 0;
    std::string text; // the words themselves: "on Thursday", "in the coming days"
    DateSpan span;
    std::string explanation; // "Thursday → 2022-01-06, past tense, article of 2022-01-08"
    double confidence = 1.0; // lower for guesses (tense unclear, fuzzy ranges)
    // A period counted back from a day ("over the past month": from the article's day; "in the
    // two weeks before Sunday's shooting": from a day the words name). Background to what
    // happened on that day, not its date (EventExtractor).
    enum class CountedBack : std::uint8_t { No, FromArticle, FromNamedDay };
    CountedBack countedBack = CountedBack::No;
};

enum class Tense { Past, Present, Future, Unknown };
const char* toText(Tense tense);

// Finds temporal expressions in one sentence and resolves them against the
// article's publication date with boost::gregorian. Handles weekdays by tense
// (past → most recent such day, future → the next one, the publication weekday
// itself → that day), parts of day ("late Wednesday evening"), deictic words
// (today, tonight, yesterday, tomorrow, this/last/next week, N days ago),
// explicit dates with or without a year, months, years, "until …", anaphora
// ("a day later", relative to the date just mentioned) and vague ranges
// ("in the coming days", "recently"), which come back fuzzy.
class TemporalResolver {
  public:
    explicit TemporalResolver(Date reference);

    Date reference() const { return m_reference; }

    // `previous` is the date the text last mentioned, for "a day later".
    std::vector<TemporalMatch> resolve(std::string_view sentence,
                                       std::optional<Date> previous = std::nullopt) const;

    // Whether expressions can be resolved against this article date (years 1500..9000):
    // outside, nothing is resolved rather than stepping off Boost's calendar.
    static bool supportsReference(Date reference);

    // The grammatical tense of the clause around the expression.
    static Tense detectTense(std::string_view sentence);

  private:
    Date m_reference;
};

} // namespace ct

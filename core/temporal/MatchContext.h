#pragma once

// Shared by the matcher files; not part of the public API.

#include "temporal/SentenceTokens.h"
#include "temporal/TemporalResolver.h"

#include <optional>
#include <string_view>

namespace ct::temporal {

// One expression found: tokens [first, last] and what they mean.
struct Found {
    std::size_t first = 0;
    std::size_t last = 0;
    DateSpan span;
    double confidence = 1.0;
    Tense tense = Tense::Unknown;
    const char* note = nullptr; // extra reasoning for the explanation, e.g. "relative to"
    std::optional<Date> anchor; // the date a relative expression counted from
    TemporalMatch::CountedBack countedBack = TemporalMatch::CountedBack::No;
};

struct MatchContext {
    std::string_view sentence;
    const Tokens& tokens;
    Date reference;
    std::optional<Date> previous; // the date most recently mentioned, for "a day later"

    std::size_t size() const { return tokens.size(); }
    bool isWord(std::size_t i) const { return i < size() && tokens[i].kind == TokenKind::Word; }
    bool isKw(std::size_t i, Kw k) const {
        return isWord(i) && tokens[i].info.cls == WordClass::Keyword &&
               tokens[i].info.value == static_cast<std::uint8_t>(k);
    }
    bool isPunct(std::size_t i, char c) const {
        return i < size() && tokens[i].kind == TokenKind::Punct && tokens[i].punct == c;
    }
    bool isDayPart(std::size_t i) const {
        return isWord(i) && tokens[i].info.cls == WordClass::DayPart;
    }
    std::string_view text(std::size_t i) const {
        return sentence.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    }
    Tense tenseOf(std::size_t first, std::size_t last) const;
    // Whether the sentence tells of a state that holds up to a date ("will last until",
    // "was extended until", "remains in force until") rather than a happening on it.
    bool describesLastingState() const;

    std::optional<int> monthAt(std::size_t i) const;   // 1..12, capitalised names only
    std::optional<int> weekdayAt(std::size_t i) const; // 0..6, Sunday = 0
    std::optional<int> dayAt(std::size_t i) const;     // "6", "6th": 1..31
    std::optional<int> yearAt(std::size_t i) const;    // four digits, 1800..2100
    // A year in digits or spoken in words, as broadcast transcripts write it ("nineteen
    // ninety-one", "twenty ten"); "two thousand (and) five" is a count unless `namedYear`
    // ("the year two thousand").
    struct WrittenYear {
        int year = 0;
        std::size_t last = 0;
    };
    std::optional<WrittenYear> writtenYearAt(std::size_t i, bool namedYear = false) const;
    std::optional<Unit> unitAt(std::size_t i) const;
    bool unitIsPlural(std::size_t i) const {
        return !text(i).empty() && (text(i).back() | 0x20) == 's';
    }
    // "3", "three", "a": a count; 0 for vague counts ("few", "several", "couple").
    std::optional<int> countAt(std::size_t i) const;
};

// A year written as the modifier of a happening's noun ("the 1987 crash"): tokens [year, last]
// hold the year, a determiner comes before it and the noun within two words after it.
bool yearNamesHappening(const MatchContext& ctx, std::size_t year, std::size_t last);

// Each matcher looks for an expression starting at token i.
std::optional<Found> matchVagueRange(const MatchContext& ctx, std::size_t i);
std::optional<Found> matchAnaphora(const MatchContext& ctx, std::size_t i,
                                   std::optional<Date> anchorInSentence);
std::optional<Found> matchOffset(const MatchContext& ctx, std::size_t i);
std::optional<Found> matchRelativePeriod(const MatchContext& ctx, std::size_t i);
std::optional<Found> matchDeictic(const MatchContext& ctx, std::size_t i);
std::optional<Found> matchWeekday(const MatchContext& ctx, std::size_t i);
std::optional<Found> matchExplicitDate(const MatchContext& ctx, std::size_t i);

// Which way a reader looks for a date that recurs (a month and day without a year, a
// holiday): none (nearest, a little behind), the tense's way, or ahead to a deadline
// ("until", "by", "effective").
enum class Lean { None, Past, Future, Ahead };
Lean leanOf(Tense tense);
// How far a reader would have to stretch to take `span` for the occurrence meant.
int placementCost(const DateSpan& span, Date reference, Lean lean);
int distanceInDays(const DateSpan& span, Date reference);
// Matchers of named days and periods (NamedDays.cpp).
std::optional<Found> matchReportingYear(const MatchContext& ctx, std::size_t i);
std::optional<Found> matchNamedDay(const MatchContext& ctx, std::size_t i);

// Calendar helpers built on boost::gregorian.
DateSpan daySpan(Date d, bool fuzzy = false);
DateSpan monthSpan(int year, int month);
DateSpan yearSpan(int year);
DateSpan rangeSpan(Date from, Date to, bool fuzzy);
Date mondayOf(Date d);

} // namespace ct::temporal

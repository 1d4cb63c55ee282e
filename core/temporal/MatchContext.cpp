#include "temporal/MatchContext.h"

#include "temporal/TenseDetector.h"

#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>

namespace ct::temporal {

namespace bg = boost::gregorian;

Tense MatchContext::tenseOf(std::size_t first, std::size_t last) const {
    return tenseAround(tokens, first, last);
}

bool MatchContext::describesLastingState() const {
    static constexpr std::array<std::string_view, 13> kLasting = {
        "last",     "lasts", "extended", "extend", "remain",    "remains", "stay",
        "continue", "force", "place",    "closed", "suspended", "banned"};
    for (std::size_t i = 0; i < size(); ++i) {
        if (!isWord(i))
            continue;
        const std::string_view w = text(i);
        for (auto l : kLasting)
            if (w == l)
                return true;
    }
    return false;
}

std::optional<int> MatchContext::monthAt(std::size_t i) const {
    // Capitalisation is what separates "May 5" from "may return" and "March 3"
    // from "march on".
    if (!isWord(i) || tokens[i].info.cls != WordClass::Month || !tokens[i].capitalised)
        return std::nullopt;
    return tokens[i].info.value;
}

std::optional<int> MatchContext::weekdayAt(std::size_t i) const {
    if (!isWord(i) || tokens[i].info.cls != WordClass::Weekday || !tokens[i].capitalised)
        return std::nullopt;
    // Three-letter forms ("Wed", "Sat", "Sun") are ordinary words unless they
    // carry an abbreviation dot.
    const std::string_view word = text(i);
    if (tokens[i].info.abbreviation && word.size() <= 3)
        return std::nullopt;
    return tokens[i].info.value;
}

std::optional<int> MatchContext::dayAt(std::size_t i) const {
    // "March eighth", as broadcast transcripts spell it; not "March first-quarter".
    if (isWord(i) && tokens[i].info.cls == WordClass::Ordinal && !isPunct(i + 1, '-'))
        return tokens[i].info.value;
    if (i >= size() || tokens[i].kind != TokenKind::Number || tokens[i].digits > 2)
        return std::nullopt;
    const int day = tokens[i].number;
    if (day < 1 || day > 31)
        return std::nullopt;
    return day;
}

std::optional<int> MatchContext::yearAt(std::size_t i) const {
    if (i >= size() || tokens[i].kind != TokenKind::Number || tokens[i].digits != 4 ||
        tokens[i].ordinal)
        return std::nullopt;
    const int year = tokens[i].number;
    if (year < 1800 || year > 2100)
        return std::nullopt;
    // "2022,500" is a number with a thousands separator, not a year.
    if (isPunct(i + 1, ',') && i + 2 < size() && tokens[i + 2].kind == TokenKind::Number &&
        tokens[i + 2].begin == tokens[i + 1].end)
        return std::nullopt;
    return year;
}

namespace {

// The value of a number word that is not "a"/"an" or a vague count: 1..19, 20..90.
std::optional<int> numberWordAt(const MatchContext& ctx, std::size_t i) {
    if (!ctx.isWord(i) || ctx.tokens[i].info.cls != WordClass::NumberWord ||
        ctx.tokens[i].info.value == 0 || ctx.text(i).size() < 3)
        return std::nullopt;
    return ctx.tokens[i].info.value;
}

bool wordIs(const MatchContext& ctx, std::size_t i, std::string_view word) {
    if (!ctx.isWord(i) || ctx.text(i).size() != word.size())
        return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if ((ctx.text(i)[k] | 0x20) != word[k])
            return false;
    return true;
}

// "ninety-one", "ninety one", "ten", "nineteen": the last two digits of a spoken year, and
// where they end. "thirty-minute" is a compound adjective, not a year's end.
std::optional<MatchContext::WrittenYear> spokenTensAt(const MatchContext& ctx, std::size_t j) {
    const auto tens = numberWordAt(ctx, j);
    if (!tens || *tens < 10 || (*tens >= 20 && *tens % 10 != 0))
        return std::nullopt;
    if (*tens < 20)
        return MatchContext::WrittenYear{*tens, j};
    const bool hyphen = ctx.isPunct(j + 1, '-');
    const std::size_t u = hyphen ? j + 2 : j + 1;
    if (const auto unit = numberWordAt(ctx, u); unit && *unit < 10)
        return MatchContext::WrittenYear{*tens + *unit, u};
    if (hyphen)
        return std::nullopt;
    return MatchContext::WrittenYear{*tens, j};
}

} // namespace

std::optional<MatchContext::WrittenYear> MatchContext::writtenYearAt(std::size_t i,
                                                                     bool namedYear) const {
    if (const auto y = yearAt(i))
        return WrittenYear{*y, i};
    const auto first = numberWordAt(*this, i);
    if (!first)
        return std::nullopt;
    if (*first >= 18 && *first <= 20) { // "nineteen ninety-one", "twenty ten"
        auto rest = spokenTensAt(*this, i + 1);
        if (!rest || unitAt(rest->last + 1))
            return std::nullopt; // "twenty thirty days" counts days
        return WrittenYear{*first * 100 + rest->year, rest->last};
    }
    if (!namedYear || *first != 2 || !wordIs(*this, i + 1, "thousand"))
        return std::nullopt;
    WrittenYear year{2000, i + 1}; // "the year two thousand (and) five"
    const std::size_t k = wordIs(*this, i + 2, "and") ? i + 3 : i + 2;
    if (const auto rest = numberWordAt(*this, k); rest && *rest < 20)
        year = WrittenYear{2000 + *rest, k};
    return year;
}

std::optional<Unit> MatchContext::unitAt(std::size_t i) const {
    if (!isWord(i) || tokens[i].info.cls != WordClass::Unit)
        return std::nullopt;
    return static_cast<Unit>(tokens[i].info.value);
}

std::optional<int> MatchContext::countAt(std::size_t i) const {
    if (i >= size())
        return std::nullopt;
    const Token& t = tokens[i];
    if (t.kind == TokenKind::Number && !t.ordinal && t.digits <= 3 && t.number > 0)
        return t.number;
    if (t.kind == TokenKind::Word && t.info.cls == WordClass::NumberWord)
        return t.info.value;
    return std::nullopt;
}

Lean leanOf(Tense tense) {
    switch (tense) {
    case Tense::Past:
        return Lean::Past;
    case Tense::Future:
        return Lean::Future;
    default:
        return Lean::None;
    }
}

int distanceInDays(const DateSpan& span, Date ref) {
    if (ref < span.start)
        return (span.start - ref).days();
    if (ref > span.end)
        return (ref - span.end).days();
    return 0;
}

// Publication dates are often a day off the events they report (time zones, a wire
// story dated the evening before): a past-tense date this close ahead is still that date.
constexpr int kSlackDays = 2;

// The distance from the article, much more where it runs against a clear tense ("met
// Dec. 20" is not next December), a little more ahead than behind without one (news
// reports the past).
int placementCost(const DateSpan& span, Date ref, Lean lean) {
    const int d = distanceInDays(span, ref);
    const bool ahead = span.start > ref + bg::days(kSlackDays);
    const bool behind = span.end + bg::days(kSlackDays) < ref;
    switch (lean) {
    case Lean::Past:
        return ahead ? 3 * d + 400 : d;
    case Lean::Future:
        return behind ? 3 * d + 400 : d;
    case Lean::Ahead:
        return behind ? d + 20 : d;
    case Lean::None:
        return span.start > ref ? 2 * d + 20 : d;
    }
    return d;
}

DateSpan daySpan(Date d, bool fuzzy) {
    return DateSpan{d, d, Precision::Day, fuzzy};
}

DateSpan monthSpan(int year, int month) {
    const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    return DateSpan{first, first.end_of_month(), Precision::Month, false};
}

DateSpan yearSpan(int year) {
    const auto y = static_cast<unsigned short>(year);
    return DateSpan{Date(y, bg::Jan, 1), Date(y, bg::Dec, 31), Precision::Year, false};
}

DateSpan rangeSpan(Date from, Date to, bool fuzzy) {
    if (to < from)
        std::swap(from, to);
    return DateSpan{from, to, Precision::Range, fuzzy};
}

Date mondayOf(Date d) {
    return bg::previous_weekday(d, bg::greg_weekday(bg::Monday));
}

} // namespace ct::temporal

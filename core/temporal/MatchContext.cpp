#include "temporal/MatchContext.h"

#include "temporal/TenseDetector.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace ct::temporal {

namespace bg = boost::gregorian;

Tense MatchContext::tenseOf(std::size_t first, std::size_t last) const {
    return tenseAround(tokens, first, last);
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

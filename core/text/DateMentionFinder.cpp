#include "text/DateMentionFinder.h"

#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdlib>

namespace ct {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
char lower(char c) {
    return isUpper(c) ? static_cast<char>(c + 32) : c;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::optional<Date> makeDate(int year, int month, int day) {
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    using Calendar = boost::gregorian::gregorian_calendar;
    if (day > Calendar::end_of_month_day(static_cast<unsigned short>(year),
                                         static_cast<unsigned short>(month)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

// A small cursor over the text; every helper returns false without moving on a
// mismatch, so patterns can be tried one after the other from the same spot.
struct Cursor {
    std::string_view t;
    std::size_t i;

    bool atEnd() const { return i >= t.size(); }
    char peek(std::size_t k = 0) const { return i + k < t.size() ? t[i + k] : '\0'; }

    // 1..maxDigits digits not followed by another digit.
    bool number(std::size_t minDigits, std::size_t maxDigits, int& value) {
        std::size_t k = 0;
        int v = 0;
        while (k < maxDigits && isDigit(peek(k)))
            v = v * 10 + (peek(k++) - '0');
        if (k < minDigits || isDigit(peek(k)))
            return false;
        i += k;
        value = v;
        return true;
    }
    bool skipSpaces() {
        const std::size_t from = i;
        while (peek() == ' ' || peek() == '\t')
            ++i;
        return i > from;
    }
    bool literal(char c) {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    // A capitalised month name or abbreviation with an optional dot.
    bool month(int& value) {
        if (!isUpper(peek()))
            return false;
        std::size_t k = 0;
        while (isAlpha(peek(k)))
            ++k;
        const int m = DateMentionFinder::monthNumber(t.substr(i, k));
        if (m == 0)
            return false;
        i += k;
        literal('.');
        value = m;
        return true;
    }
    void ordinalSuffix() {
        const char a = lower(peek()), b = lower(peek(1));
        if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
             (a == 't' && b == 'h')) &&
            !isAlpha(peek(2)))
            i += 2;
    }
    // ", 2022" or " 2022" after a day; a time ("7, 10:32") is not a year.
    bool year(int& value) {
        Cursor c = *this;
        c.literal(',');
        if (!c.skipSpaces() && c.i == i)
            return false;
        int y = 0;
        if (!c.number(4, 4, y) || c.peek() == ':')
            return false;
        *this = c;
        value = y;
        return true;
    }
};

// Tries the three shapes at `start`, which is the beginning of a word.
std::optional<DateMention> matchAt(std::string_view text, std::size_t start) {
    DateMention m;
    m.begin = start;
    { // 2022-01-08 or 2022/01/08
        Cursor c{text, start};
        int y = 0, mo = 0, d = 0;
        if (c.number(4, 4, y)) {
            const char sep = c.peek();
            if ((sep == '-' || sep == '/') && c.literal(sep) && c.number(1, 2, mo) &&
                c.literal(sep) && c.number(1, 2, d) &&
                (!isAlpha(c.peek()) || (c.peek() == 'T' && isDigit(c.peek(1))))) {
                m.year = y, m.month = mo, m.day = d, m.end = c.i;
                return m;
            }
        }
    }
    { // 13.01.2022 (day.month.year, as European sites write it)
        Cursor c{text, start};
        int d = 0, mo = 0, y = 0;
        if (c.number(1, 2, d) && c.literal('.') && c.number(1, 2, mo) && c.literal('.') &&
            c.number(4, 4, y) && !isAlpha(c.peek()) && !isDigit(c.peek()) && mo <= 12) {
            m.year = y, m.month = mo, m.day = d, m.end = c.i;
            return m;
        }
    }
    { // January 8, 2022 / Jan. 8 2022 / January 7
        Cursor c{text, start};
        int mo = 0, d = 0, y = 0;
        if (c.month(mo) && c.skipSpaces() && c.number(1, 2, d) && c.peek() != ':') {
            c.ordinalSuffix();
            if (!isAlpha(c.peek())) {
                if (c.year(y))
                    m.year = y;
                m.month = mo, m.day = d, m.end = c.i;
                return m;
            }
        }
    }
    { // 08 January 2022 / 8th of January, 2022 / 7 January
        Cursor c{text, start};
        int d = 0, mo = 0, y = 0;
        if (c.number(1, 2, d)) {
            c.ordinalSuffix();
            if (c.skipSpaces()) {
                if (c.peek() == 'o' && c.peek(1) == 'f' && c.peek(2) == ' ') {
                    c.i += 2;
                    c.skipSpaces();
                }
                if (c.month(mo) && !isAlpha(c.peek())) {
                    if (c.year(y))
                        m.year = y;
                    m.month = mo, m.day = d, m.end = c.i;
                    return m;
                }
            }
        }
    }
    return std::nullopt;
}

template <typename Visit> void scan(std::string_view text, Visit&& visit) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!isDigit(c) && !isUpper(c))
            continue;
        if (i > 0 && (isAlpha(text[i - 1]) || isDigit(text[i - 1])))
            continue;
        if (auto m = matchAt(text, i)) {
            if (!visit(*m))
                return;
            i = m->end - 1;
        }
    }
}

} // namespace

std::optional<Date> DateMention::date() const {
    return hasYear() ? makeDate(year, month, day) : std::nullopt;
}

std::optional<Date> DateMention::dateNear(const Date& reference) const {
    std::optional<Date> best;
    for (int y = int(reference.year()) - 1; y <= int(reference.year()) + 1; ++y) {
        const auto candidate = makeDate(y, month, day);
        if (candidate && (!best || std::abs((*candidate - reference).days()) <
                                       std::abs((*best - reference).days())))
            best = candidate;
    }
    return best;
}

int DateMentionFinder::monthNumber(std::string_view word) {
    if (word.size() < 3)
        return 0;
    char buf[10];
    if (word.size() > sizeof buf)
        return 0;
    for (std::size_t k = 0; k < word.size(); ++k)
        buf[k] = lower(word[k]);
    const std::string_view w(buf, word.size());
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        // Full name, three-letter abbreviation, or "sept".
        if (w == kMonths[m] || (w.size() == 3 && kMonths[m].starts_with(w)) ||
            (m == 8 && w == "sept"))
            return int(m) + 1;
    }
    return 0;
}

std::optional<DateMention> DateMentionFinder::findFirst(std::string_view text) {
    std::optional<DateMention> first;
    scan(text, [&](const DateMention& m) {
        first = m;
        return false;
    });
    return first;
}

std::vector<DateMention> DateMentionFinder::findAll(std::string_view text) {
    std::vector<DateMention> all;
    scan(text, [&](const DateMention& m) {
        all.push_back(m);
        return true;
    });
    return all;
}

} // namespace ct

#include "formats/html/DateText.h"

#include <array>
#include <cctype>
#include <string>

namespace ct::html {

namespace {

bool digitAt(std::string_view s, std::size_t i) {
    return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
}

int number(std::string_view s, std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

// Digits at `at`, exactly `len` of them (no digit right after).
bool digitsAt(std::string_view s, std::size_t at, std::size_t len) {
    for (std::size_t i = at; i < at + len; ++i)
        if (!digitAt(s, i))
            return false;
    return !digitAt(s, at + len);
}

// "jan", "january", "sept." → 1..12; 0 if not a month name. `len` receives the word length.
int monthAt(std::string_view s, std::size_t at, std::size_t& len) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    std::size_t end = at;
    std::string word;
    while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end])))
        word += char(std::tolower(static_cast<unsigned char>(s[end++])));
    if (word.size() < 3 || (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))))
        return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const std::string_view full = kMonths[m];
        const bool abbreviation = word.size() <= full.size() &&
                                  full.substr(0, word.size()) == word &&
                                  (word.size() == 3 || (word == "sept"));
        if (word == full || abbreviation) {
            if (end < s.size() && s[end] == '.')
                ++end;
            len = end - at;
            return int(m) + 1;
        }
    }
    return 0;
}

std::size_t skipSpaces(std::string_view s, std::size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
        ++i;
    return i;
}

// "November 19, 2019" or "19 November 2019" starting at `at`.
std::optional<Date> writtenDateAt(std::string_view s, std::size_t at) {
    std::size_t len = 0;
    if (const int month = monthAt(s, at, len)) {
        std::size_t i = skipSpaces(s, at + len);
        std::size_t dayLen = digitsAt(s, i, 1) ? 1 : digitsAt(s, i, 2) ? 2 : 0;
        if (!dayLen)
            return std::nullopt;
        const int day = number(s, i, dayLen);
        i += dayLen;
        for (const std::string_view suffix : {"st", "nd", "rd", "th"})
            if (s.substr(i, 2) == suffix)
                i += 2;
        i = skipSpaces(s, i);
        if (!digitsAt(s, i, 4))
            return std::nullopt;
        return DateText::makeDate(number(s, i, 4), month, day);
    }
    if (!digitAt(s, at) || (at > 0 && digitAt(s, at - 1)))
        return std::nullopt;
    const std::size_t dayLen = digitsAt(s, at, 1) ? 1 : digitsAt(s, at, 2) ? 2 : 0;
    if (!dayLen)
        return std::nullopt;
    std::size_t i = skipSpaces(s, at + dayLen);
    const int month = monthAt(s, i, len);
    if (!month)
        return std::nullopt;
    i = skipSpaces(s, i + len);
    if (!digitsAt(s, i, 4))
        return std::nullopt;
    return DateText::makeDate(number(s, i, 4), month, number(s, at, dayLen));
}

} // namespace

std::optional<Date> DateText::makeDate(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(
                  static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::optional<Date> DateText::parseValue(std::string_view v) {
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front())))
        v.remove_prefix(1);
    if (digitsAt(v, 0, 4) && v.size() >= 10 && (v[4] == '-' || v[4] == '/' || v[4] == '.') &&
        v[7] == v[4] && digitAt(v, 5) && digitAt(v, 6) && digitAt(v, 8) && digitAt(v, 9))
        return makeDate(number(v, 0, 4), number(v, 5, 2), number(v, 8, 2));
    if (v.size() >= 8 && digitsAt(v, 0, 8))
        return makeDate(number(v, 0, 4), number(v, 4, 2), number(v, 6, 2));
    // Written forms ("Tue, 19 Nov 2019 10:00:00 GMT"): the first date in the first words.
    return findInText(v.substr(0, 40));
}

std::optional<Date> DateText::fromUrl(std::string_view url) {
    for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
        if (url[i] != '/' && url[i] != '-' && url[i] != '_')
            continue;
        const std::size_t at = i + 1;
        if (!digitsAt(url, at, 4) && !digitsAt(url, at, 8))
            continue;
        const int year = number(url, at, 4);
        if (year < 1990 || year > 2100)
            continue;
        if (digitsAt(url, at, 8)) {
            if (auto d = makeDate(year, number(url, at + 4, 2), number(url, at + 6, 2)))
                return d;
            continue;
        }
        const std::size_t m = at + 5;
        if (m >= url.size() || (url[at + 4] != '/' && url[at + 4] != '-'))
            continue;
        const char sep = url[at + 4];
        const std::size_t mLen = digitsAt(url, m, 2) ? 2 : digitsAt(url, m, 1) ? 1 : 0;
        if (!mLen || m + mLen >= url.size() || url[m + mLen] != sep)
            continue;
        const std::size_t d = m + mLen + 1;
        const std::size_t dLen = digitsAt(url, d, 2) ? 2 : digitsAt(url, d, 1) ? 1 : 0;
        if (!dLen)
            continue;
        if (auto date = makeDate(year, number(url, m, mLen), number(url, d, dLen)))
            return date;
    }
    return std::nullopt;
}

std::optional<Date> DateText::findInText(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!std::isalnum(c) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))))
            continue;
        if (auto d = writtenDateAt(text, i))
            return d;
    }
    return std::nullopt;
}

} // namespace ct::html

#include "interchange/DateColumn.h"

#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <charconv>

namespace ct {
namespace {

constexpr std::array<const char*, 7> kNames = {
    "iso", "day-month-name", "month-name-day", "day-first", "month-first", "compact", "year"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Splits into runs of digits and runs of letters; everything else separates.
std::vector<std::string_view> tokens(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        const bool digit = isDigit(c);
        const bool alpha = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (!digit && !alpha) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() &&
               (digit ? isDigit(s[j]) : std::isalpha(static_cast<unsigned char>(s[j])) != 0))
            ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::optional<int> number(std::string_view s) {
    if (s.empty() || s.size() > 8)
        return std::nullopt;
    int v = 0;
    for (char c : s)
        if (!isDigit(c))
            return std::nullopt;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::optional<int> monthName(std::string_view s) {
    static constexpr std::array<const char*, 12> names = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (s.size() < 3)
        return std::nullopt;
    std::string lower;
    for (char c : s)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t m = 0; m < names.size(); ++m) {
        const std::string_view full = names[m];
        if (lower == full ||
            (lower.size() <= full.size() && full.substr(0, lower.size()) == lower &&
             (lower.size() == 3 || (lower == "sept" && m == 8))))
            return static_cast<int>(m) + 1;
    }
    return std::nullopt;
}

std::optional<DateSpan> make(int y, int m, int d) {
    if (y < 1400 || y > 9999)
        return std::nullopt;
    if (m == 0) {
        const Date first(static_cast<unsigned short>(y), 1, 1);
        return DateSpan{first, Date(static_cast<unsigned short>(y), 12, 31), Precision::Year,
                        false};
    }
    if (m < 1 || m > 12)
        return std::nullopt;
    const auto last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(y), static_cast<unsigned short>(m));
    if (d == 0)
        return DateSpan{Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1),
                        Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), last),
                        Precision::Month, false};
    if (d < 1 || d > last)
        return std::nullopt;
    return singleDay(Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                          static_cast<unsigned short>(d)));
}

std::optional<DateSpan> parseIso(std::string_view s) {
    // Date part only: "2022-01-08T10:00:00Z", "2022-01-08 10:00".
    const auto cut = s.find_first_of("T ");
    if (cut != std::string_view::npos && cut >= 4)
        s = s.substr(0, cut);
    const auto t = tokens(s);
    if (t.empty() || t.size() > 3 || t[0].size() != 4)
        return std::nullopt;
    for (char c : s)
        if (!isDigit(c) && c != '-')
            return std::nullopt;
    const auto y = number(t[0]);
    const auto m = t.size() > 1 ? number(t[1]) : std::optional<int>(0);
    const auto d = t.size() > 2 ? number(t[2]) : std::optional<int>(0);
    if (!y || !m || !d || (t.size() > 1 && *m == 0) || (t.size() > 2 && *d == 0))
        return std::nullopt;
    return make(*y, *m, *d);
}

std::optional<DateSpan> parseNumeric(std::string_view s, bool dayFirst) {
    const auto t = tokens(s);
    if (t.size() < 3 || t[2].size() != 4)
        return std::nullopt;
    // A time may follow ("01/08/2022 10:00").
    for (std::size_t i = 0; i < 3; ++i)
        if (!number(t[i]) || t[i].size() > 4)
            return std::nullopt;
    const int a = *number(t[0]), b = *number(t[1]), y = *number(t[2]);
    if (a == 0 || b == 0)
        return std::nullopt;
    return dayFirst ? make(y, b, a) : make(y, a, b);
}

} // namespace

const char* toText(DateFormat format) {
    return kNames[static_cast<std::size_t>(format)];
}

std::optional<DateFormat> dateFormatFromText(std::string_view text) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (text == kNames[i])
            return static_cast<DateFormat>(i);
    return std::nullopt;
}

std::optional<DateSpan> DateColumn::parse(std::string_view text, DateFormat format) {
    const std::string_view s = trim(text);
    if (s.empty())
        return std::nullopt;
    switch (format) {
    case DateFormat::Iso:
        return parseIso(s);
    case DateFormat::DayFirst:
        return parseNumeric(s, true);
    case DateFormat::MonthFirst:
        return parseNumeric(s, false);
    case DateFormat::Compact: {
        if (s.size() < 8)
            return std::nullopt;
        for (char c : s)
            if (!isDigit(c))
                return std::nullopt;
        if (s.size() != 8 && s.size() != 12 && s.size() != 14)
            return std::nullopt;
        return make(*number(s.substr(0, 4)), *number(s.substr(4, 2)), *number(s.substr(6, 2)));
    }
    case DateFormat::Year: {
        const auto y = s.size() == 4 ? number(s) : std::nullopt;
        return y ? make(*y, 0, 0) : std::nullopt;
    }
    case DateFormat::DayMonthName:
    case DateFormat::MonthNameDay: {
        const auto t = tokens(s);
        if (t.size() < 2 || t.size() > 3)
            return std::nullopt;
        const bool dayFirst = format == DateFormat::DayMonthName;
        if (t.size() == 2) { // "January 2022"
            const auto m = monthName(t[0]);
            const auto y = number(t[1]);
            return m && y && t[1].size() == 4 ? make(*y, *m, 0) : std::nullopt;
        }
        const auto d = number(dayFirst ? t[0] : t[1]);
        const auto m = monthName(dayFirst ? t[1] : t[0]);
        const auto y = number(t[2]);
        if (!d || !m || !y || t[2].size() != 4 || *d == 0)
            return std::nullopt;
        return make(*y, *m, *d);
    }
    }
    return std::nullopt;
}

DateDetection DateColumn::detect(const std::vector<std::string_view>& values) {
    DateDetection best;
    std::array<int, kNames.size()> hits{};
    bool firstAbove12 = false, secondAbove12 = false;
    std::string firstWitness, secondWitness;
    for (std::string_view raw : values) {
        const std::string_view v = trim(raw);
        if (v.empty())
            continue;
        ++best.samples;
        for (std::size_t f = 0; f < kNames.size(); ++f)
            hits[f] += parse(v, static_cast<DateFormat>(f)).has_value();
        const auto t = tokens(v);
        if (t.size() >= 3 && t[2].size() == 4 && number(t[0]) && number(t[1])) {
            if (*number(t[0]) > 12 && !firstAbove12)
                firstAbove12 = true, firstWitness = std::string(v);
            if (*number(t[1]) > 12 && !secondAbove12)
                secondAbove12 = true, secondWitness = std::string(v);
        }
    }
    // Ties go to the first in this order: an unambiguous ISO date over a bare year, a day-first
    // reading over a month-first one.
    constexpr std::array<DateFormat, 7> order = {DateFormat::Iso,          DateFormat::Compact,
                                                 DateFormat::DayMonthName, DateFormat::MonthNameDay,
                                                 DateFormat::DayFirst,     DateFormat::MonthFirst,
                                                 DateFormat::Year};
    for (DateFormat f : order) {
        const int n = hits[static_cast<std::size_t>(f)];
        if (n > best.parsed)
            best.parsed = n, best.format = f;
    }
    // A year column reads as ISO too; call it what it is.
    if (best.format == DateFormat::Iso &&
        hits[static_cast<std::size_t>(DateFormat::Year)] == best.parsed)
        best.format = DateFormat::Year;
    if (best.format == DateFormat::DayFirst || best.format == DateFormat::MonthFirst) {
        if (secondAbove12 && !firstAbove12) {
            best.format = DateFormat::MonthFirst;
            best.reason = "month first: " + secondWitness + " has a day above 12 in second place";
        } else if (firstAbove12) {
            best.format = DateFormat::DayFirst;
            best.reason = "day first: " + firstWitness + " has a day above 12 in first place";
        } else {
            best.format = DateFormat::DayFirst;
            best.reason = "day first assumed: no value has a number above 12 to tell";
        }
        best.parsed = hits[static_cast<std::size_t>(*best.format)];
    }
    if (best.parsed == 0)
        best.format.reset();
    return best;
}

} // namespace ct

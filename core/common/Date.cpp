#include "common/Date.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <charconv>
#include <chrono>
#include <ctime>

namespace ct {

DayNumber toDayNumber(const Date& date) {
    return static_cast<DayNumber>(date.day_number());
}

Date fromDayNumber(DayNumber day) {
    return Date(boost::gregorian::gregorian_calendar::from_day_number(day));
}

std::string toIso(const Date& date) {
    if (date.is_special())
        return {};
    return boost::gregorian::to_iso_extended_string(date);
}

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = pos; i < pos + len; ++i)
            if (!std::isdigit(static_cast<unsigned char>(text[i])))
                return std::nullopt;
        std::from_chars(text.data() + pos, text.data() + pos + len, value);
        return value;
    };
    const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d || *y < 1400 || *m < 1 || *m > 12 || *d < 1)
        return std::nullopt;
    if (*d > boost::gregorian::gregorian_calendar::end_of_month_day(*y, *m))
        return std::nullopt;
    return Date(static_cast<unsigned short>(*y), static_cast<unsigned short>(*m),
                static_cast<unsigned short>(*d));
}

std::string utcNowIso() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

} // namespace ct

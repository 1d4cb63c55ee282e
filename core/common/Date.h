#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ct {

using Date = boost::gregorian::date;

// Dates are stored and indexed as day numbers (Julian day numbers as Boost counts
// them): a 32-bit integer keeps the in-memory index compact and SQLite range
// queries on plain INTEGER columns.
using DayNumber = std::int32_t;

DayNumber toDayNumber(const Date& date);
Date fromDayNumber(DayNumber day);

// "2022-01-08"; empty for a not-a-date value.
std::string toIso(const Date& date);
// Accepts exactly YYYY-MM-DD with a valid calendar date.
std::optional<Date> parseIsoDate(std::string_view text);

// The current time as ISO 8601 UTC to the second ("2026-12-02T07:48:34Z"): when an article
// was imported or an offline copy taken.
std::string utcNowIso();

} // namespace ct

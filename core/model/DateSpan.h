#pragma once

#include "common/Date.h"

#include <cstdint>
#include <string>

namespace ct {

// One byte: the timeline keeps one per event in memory.
enum class Precision : std::uint8_t { Day, Month, Year, Range };

const char* toText(Precision precision);              // "day", "month", "year", "range"
std::optional<Precision> precisionFromString(std::string_view text);

// When something happened: [start, end], both inclusive. A single day has
// start == end. Month and year precision cover the whole month or year. A fuzzy
// span ("in the coming days", "recently") is an estimate, never to be shown as exact.
struct DateSpan {
    Date start;
    Date end;
    Precision precision = Precision::Day;
    bool fuzzy = false;

    bool isSingleDay() const { return start == end; }
    friend bool operator==(const DateSpan&, const DateSpan&) = default;
};

DateSpan singleDay(const Date& day);

// "2022-01-06", "2022-01-09..2022-01-15 (range, fuzzy)" — for logs and test failures.
std::string toText(const DateSpan& span);

} // namespace ct

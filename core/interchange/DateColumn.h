#pragma once

#include "model/DateSpan.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// How the dates of one column are written. Detected from the column's values, shown to the
// user (with parsed examples) and changeable before an import.
enum class DateFormat {
    Iso,          // 2022-01-08, 2022-01, 2022 (a time after the date is ignored)
    DayMonthName, // 08 January 2022, 8 Jan 2022, 8-Jan-2022
    MonthNameDay, // January 8, 2022
    DayFirst,     // 08/01/2022, 8.1.2022, 08-01-2022
    MonthFirst,   // 01/08/2022
    Compact,      // 20220108 (GDELT's SQLDATE; a time after it, as in 20220108093000, ignored)
    Year,         // 2022
};

const char* toText(DateFormat format); // "iso", "day-month-name", …, "day-first", "month-first"
std::optional<DateFormat> dateFormatFromText(std::string_view text);

struct DateDetection {
    std::optional<DateFormat> format; // nullopt: no format reads most of the values
    int parsed = 0;                   // of the non-empty samples
    int samples = 0;
    // Why day-first or month-first was chosen ("13/01/2022 has a day above 12"), or that the
    // values leave it open and day-first was assumed; empty for unambiguous formats.
    std::string reason;
};

class DateColumn {
  public:
    // The format reading the most of these values (empty ones are skipped). Slashed dates are
    // day-first when any first number is above 12, month-first when any second one is, and
    // day-first (the world's majority) when none tells.
    static DateDetection detect(const std::vector<std::string_view>& values);
    // The day, month or year the text names; nullopt when it does not fit the format.
    static std::optional<DateSpan> parse(std::string_view text, DateFormat format);
};

} // namespace ct

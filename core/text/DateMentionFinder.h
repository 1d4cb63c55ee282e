#pragma once

#include "common/Date.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace ct {

// A calendar date written out in text: "January 8, 2022", "Jan. 8 2022",
// "08 January 2022", "8th of January 2022", "2022-01-08", or without a year
// ("January 7", "7 January").
struct DateMention {
    std::size_t begin = 0; // byte offsets into the scanned text, end exclusive
    std::size_t end = 0;
    int year = 0; // 0 when the text gives no year
    int month = 0;
    int day = 0;

    bool hasYear() const { return year != 0; }
    // The date, if it has a year and exists in the calendar (not "February 30").
    std::optional<Date> date() const;
    // The date in `year`, the one of year-1/year/year+1 closest to `reference`:
    // a yearless "December 30" next to a full date in early January belongs to
    // the previous year.
    std::optional<Date> dateNear(const Date& reference) const;
};

// Finds date mentions in short lines (datelines, bylines). Month names must be
// capitalised so that "may" the verb is not a month. Linear in the text size.
class DateMentionFinder {
public:
    static std::optional<DateMention> findFirst(std::string_view text);
    static std::vector<DateMention> findAll(std::string_view text);
    // 1..12 for "January", "jan", "Sept" (case-insensitive), 0 otherwise.
    static int monthNumber(std::string_view word);
};

} // namespace ct

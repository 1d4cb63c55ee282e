#pragma once

#include "common/Date.h"

#include <optional>
#include <string_view>

namespace ct::html {

// Publication dates as pages write them in metadata, URLs and datelines.
class DateText {
  public:
    // A date at the start of a metadata value: "2019-11-19T21:03:00-05:00", "2019/11/19",
    // "20191119", "Tue, 19 Nov 2019 …", "November 19, 2019".
    static std::optional<Date> parseValue(std::string_view value);

    // A date in a URL's path: /2019/11/19/, /2019-11-19-, /20191119/.
    static std::optional<Date> fromUrl(std::string_view url);

    // The first written-out date ("Nov. 19, 2019", "19 November 2019") in running text.
    static std::optional<Date> findInText(std::string_view text);

    static std::optional<Date> makeDate(int year, int month, int day);
};

} // namespace ct::html

#pragma once

#include "model/Event.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// Writes events as CSV (RFC 4180: CRLF line ends, fields quoted when they hold
// a comma, quote or line break, quotes doubled) or as a JSON array. The first
// columns are fixed — start,end,precision,fuzzy,title,actors,places,article,sentence —
// because scripts downstream read them by position; later columns are only ever appended
// (sources = distinct outlets, first_reported = earliest publication). JSON gives each event
// its reports as a "sources" array when Event::reports is filled.
class EventTable {
public:
    using ArticleTitle = std::function<std::string(std::int64_t articleId)>;

    static std::string toCsv(const std::vector<Event>& events, const ArticleTitle& articleTitle);
    static std::string toJson(const std::vector<Event>& events, const ArticleTitle& articleTitle);
    // One row per report of each event (Event::reports), with its event's id first.
    static std::string toReportsCsv(const std::vector<Event>& events);

    static std::string csvField(std::string_view value);
    static std::string jsonString(std::string_view value);
};

} // namespace ct

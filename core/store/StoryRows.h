#pragma once

#include <cstdint>
#include <vector>

namespace ct {

// What identifies each row of a story and tells whether it changed, without its contents: cheap
// to list on a server of 100,000 events, and enough to re-base an offline copy on what changed
// since it was taken (core/store/offline/OfflineRebase). Day numbers; `noDay` for none.
struct StoryRows {
    static constexpr std::int64_t noDay = INT64_MIN;
    struct EventRow {
        std::int64_t id = 0;
        std::int64_t version = 0; // 0 where the engine keeps none (SQLite)
    };
    struct ReportRow {
        std::int64_t id = 0;
        std::int64_t eventId = 0;
        std::int64_t published = noDay; // re-resolving an article moves it in place
    };
    struct ArticleRow {
        std::int64_t id = 0;
        std::int64_t published = noDay;
    };
    std::vector<EventRow> events;
    std::vector<ReportRow> reports;
    std::vector<ArticleRow> articles;
};

// Which rows of a story to read (Store::dumpRows) or to replace (EventStore::replaceRows).
struct StoryPart {
    std::vector<std::int64_t> eventIds;   // with their names and all their reports
    std::vector<std::int64_t> articleIds; // with their texts and tags
};

} // namespace ct

#pragma once

#include "common/Result.h"
#include "model/Article.h"
#include "model/Event.h"
#include "model/TimelineEntry.h"
#include "model/TimelineSpan.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ct {

struct EventQuery {
    std::optional<Date> from; // events overlapping [from, to]
    std::optional<Date> to;
    std::string text;  // full-text (FTS5) over titles and sentences; empty = all
    std::string actor; // canonical name; empty = any
    std::string place;
    std::optional<std::int64_t> articleId;
    std::size_t limit = 0; // 0 = no limit
};

// An event's id and days, as the window index holds them.
struct EventDays {
    std::int64_t id = 0;
    DayNumber start = 0;
    DayNumber end = 0; // inclusive
    friend bool operator==(const EventDays&, const EventDays&) = default;
};

// The SQLite database behind one timeline. Schema versioned with
// PRAGMA user_version and migrated forward on open; a newer schema is refused.
class EventStore {
  public:
    static constexpr int kSchemaVersion = 2;
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    static Result<EventStore> open(const std::filesystem::path& path,
                                   Mode mode = Mode::ReadWriteCreate);

    // Defined where Impl is complete, so that code moving a store compiles.
    EventStore(EventStore&&) noexcept;
    EventStore& operator=(EventStore&&) noexcept;
    ~EventStore();

    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion() const;
    // Mode::ReadOnly, or a file SQLite could only open for reading: writes are refused.
    bool isReadOnly() const;

    // Stores the article and its events in one transaction; assigns ids.
    // Error::Code::Duplicate if an article with the same content hash exists.
    Result<std::int64_t> addArticle(Article& article, std::vector<Event>& events);
    Result<std::optional<std::int64_t>> findArticleByHash(const std::string& contentHash);
    Result<Article> article(std::int64_t id);
    Result<std::vector<Article>> articles(); // without text, newest first
    // id → title (or the file name when the title is empty), without texts or tags.
    Result<std::map<std::int64_t, std::string>> articleTitles();
    Result<std::int64_t> articleCount();

    // Replaces the article's publication date and its events that the user has
    // not created or edited, in one transaction.
    Result<void> reResolveArticle(std::int64_t articleId, Date published,
                                  std::vector<Event>& freshEvents);

    Result<Event> event(std::int64_t id);
    Result<std::vector<Event>> events(const EventQuery& query);
    Result<std::vector<TimelineEntry>> timelineEntries(const EventQuery& query);
    // Events overlapping the days [first, last], both inclusive, in no particular order:
    // answered by the R*Tree alone, without reading the events table.
    Result<std::vector<EventDays>> overlapping(DayNumber first, DayNumber last);
    // The same rows without titles, in start order: what a large timeline keeps in memory.
    // Unfiltered, it reads the events_timeline index alone.
    Result<std::vector<TimelineSpan>> timelineSpans(const EventQuery& query = {});
    // How many events start on each day, in day order: a density picture of the whole store
    // from the timeline index alone (~50 ms for a million events, a sixth of reading them).
    Result<std::vector<std::pair<DayNumber, std::int64_t>>> startDayCounts();
    // Titles of these events, in the same order; an empty string for an id that does not exist.
    Result<std::vector<std::string>> titles(const std::vector<std::int64_t>& ids);
    // One column of every event, in table order (one sequential read): what sorting a large
    // table by that column needs.
    Result<std::vector<std::pair<std::int64_t, std::string>>> allTitles();
    Result<std::vector<std::pair<std::int64_t, double>>> allConfidences();
    Result<std::int64_t> eventCount();
    // SQLite's plan for events(query) (or timelineEntries when entries is true),
    // one line per step: lets tests and benchmarks prove the window query searches.
    Result<std::string> explainQueryPlan(const EventQuery& query, bool entries = false);
    // For a connection that reads everything once (a loader thread): no page cache and no
    // memory-mapped reads, whose pages would only inflate the process.
    Result<void> tuneForStreaming();
    // The overall [first, last] day of all events; nullopt when empty.
    Result<std::optional<std::pair<Date, Date>>> extent();

    Result<std::int64_t> insertEvent(Event& event); // assigns id
    Result<void> updateEvent(const Event& event);   // marks it userEdited
    Result<void> deleteEvent(std::int64_t id);

    // id → canonical name, for lane titles and filters.
    Result<std::map<std::int32_t, std::string>> actorNames();
    Result<std::map<std::int32_t, std::string>> placeNames();
    // Lane memberships beyond an event's first actor (place), i.e. positions > 0, as distinct
    // (actor id, event id) pairs sorted by actor then event: the timeline shows such an event
    // in the lane of each of its actors while TimelineSpan keeps only the first.
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraActorLanes();
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraPlaceLanes();

    struct Impl; // shared by the store's source files, opaque to everyone else

  private:
    friend class EventBulkInsert;
    EventStore() = default;
    std::filesystem::path m_path;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ct

#pragma once

#include "common/Result.h"
#include "model/Article.h"
#include "model/Event.h"
#include "model/TimelineEntry.h"
#include "model/TimelineSpan.h"
#include "store/Sqlite.h"
#include "store/StoryEdit.h"

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
    std::optional<std::int64_t> articleId; // events with a report from this article
    int minSources = 0;                    // reported by at least this many distinct outlets
    std::size_t limit = 0;                 // 0 = no limit
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
    static constexpr int kSchemaVersion = 3;
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

    // Stores the article and its events in one transaction (a savepoint inside an import
    // batch); assigns ids. Each event found in the article becomes a report, which joins the
    // stored event it tells of (story::StoryMerger) or founds a new one; events[i].id is the
    // event it ended in. Error::Code::Duplicate if an article with the same content hash exists.
    Result<std::int64_t> addArticle(Article& article, std::vector<Event>& events);

    // An import batch: writes until commitImportBatch() share one transaction, each write
    // (each addArticle) in a savepoint of its own, so a failing file rolls back alone and a
    // crash loses the uncommitted files whole. Committing once per many files is what makes
    // imports fast: most of a small transaction's cost is flushing the full-text indexes.
    Result<void> beginImportBatch();
    Result<void> commitImportBatch();
    void abandonImportBatch(); // rolls back every file since beginImportBatch()
    bool inImportBatch() const;

    // A data set's rows (Report::Origin::Table), each event carrying its reports: one
    // transaction; every report merges like an article's (with articles' reports too).
    // events[i].id is set to the event its first report ended in.
    Result<void> addDataSetEvents(std::vector<Event>& events);
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
    Result<std::int64_t> reportCount();
    // SQLite's plan for events(query) (or timelineEntries when entries is true),
    // one line per step: lets tests and benchmarks prove the window query searches.
    Result<std::string> explainQueryPlan(const EventQuery& query, bool entries = false);
    // For a connection that reads everything once (a loader thread): no page cache and no
    // memory-mapped reads, whose pages would only inflate the process.
    Result<void> tuneForStreaming();
    // The overall [first, last] day of all events; nullopt when empty.
    Result<std::optional<std::pair<Date, Date>>> extent();

    // The story. Reports of an event, earliest publication first (user notes last).
    Result<std::vector<Report>> reports(std::int64_t eventId);
    Result<Report> report(std::int64_t reportId);
    // Each returns what it changed; revert(edit) takes it back and returns the edit that
    // re-applies it (an undo command keeps both). Decisions are stored against report keys
    // (content hash + sentence offsets), so re-import and re-resolution respect them.
    // The report leaves its event for a new one, and stays apart from the others' reports.
    Result<StoryEdit> splitReport(std::int64_t reportId);
    // `from`'s reports join `into`; `from` is deleted.
    Result<StoryEdit> mergeEvents(std::int64_t into, std::int64_t from);
    // "Not the same": the two events' reports are never merged again.
    Result<StoryEdit> markDistinct(std::int64_t a, std::int64_t b);
    // The event takes this report's date (and loses its disagreement flag).
    Result<StoryEdit> chooseDate(std::int64_t eventId, std::int64_t reportId);
    Result<StoryEdit> revert(const StoryEdit& edit);

    Result<std::int64_t> insertEvent(Event& event);  // assigns id
    Result<void> updateEvent(const Event& event);    // marks it userEdited
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

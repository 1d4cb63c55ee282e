#pragma once

#include "common/Result.h"
#include "model/Article.h"
#include "model/Event.h"
#include "model/TimelineEntry.h"
#include "model/TimelineSpan.h"
#include "store/Sqlite.h"
#include "store/Store.h"
#include "store/StoryEdit.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ct {

// The SQLite engine behind Store: one story in one file, the single-user default (the name is
// older than the interface). Schema versioned with PRAGMA user_version and migrated forward on
// open; a newer schema is refused. The interface (Store.h) documents each operation.
class EventStore final : public Store {
  public:
    static constexpr int kSchemaVersion = 3;

    static Result<EventStore> open(const std::filesystem::path& path,
                                   Mode mode = Mode::ReadWriteCreate);

    // Defined where Impl is complete, so that code moving a store compiles.
    EventStore(EventStore&&) noexcept;
    EventStore& operator=(EventStore&&) noexcept;
    ~EventStore() override;

    const std::filesystem::path& path() const { return m_path; }
    std::string engine() const override { return "sqlite"; }
    std::string location() const override { return m_path.string(); }
    int schemaVersion() const override;
    // Mode::ReadOnly, or a file SQLite could only open for reading: writes are refused.
    bool isReadOnly() const override;

    // Stores the article and its events in one transaction (a savepoint inside an import
    // batch); assigns ids. Each event found in the article becomes a report, which joins the
    // stored event it tells of (story::StoryMerger) or founds a new one; events[i].id is the
    // event it ended in. Error::Code::Duplicate if an article with the same content hash exists.
    Result<std::int64_t> addArticle(Article& article, std::vector<Event>& events,
                                    const std::vector<story::SentenceText>& texts = {}) override;

    // An import batch: writes until commitImportBatch() share one transaction, each write
    // (each addArticle) in a savepoint of its own, so a failing file rolls back alone and a
    // crash loses the uncommitted files whole. Committing once per many files is what makes
    // imports fast: most of a small transaction's cost is flushing the full-text indexes.
    Result<void> beginImportBatch() override;
    Result<void> commitImportBatch() override;
    void abandonImportBatch() override; // rolls back every file since beginImportBatch()
    bool inImportBatch() const override;

    // A data set's rows (Report::Origin::Table), each event carrying its reports: one
    // transaction; every report merges like an article's (with articles' reports too).
    // events[i].id is set to the event its first report ended in.
    Result<void> addDataSetEvents(std::vector<Event>& events) override;
    Result<std::optional<std::int64_t>> findArticleByHash(const std::string& contentHash) override;
    Result<Article> article(std::int64_t id) override;
    Result<std::vector<Article>> articles(); // without text, newest first
    // id → title (or the file name when the title is empty), without texts or tags.
    Result<std::map<std::int64_t, std::string>> articleTitles() override;
    Result<std::int64_t> articleCount() override;

    // Replaces the article's publication date and its events that the user has
    // not created or edited, in one transaction.
    Result<void> reResolveArticle(std::int64_t articleId, Date published,
                                  std::vector<Event>& freshEvents) override;

    Result<Event> event(std::int64_t id) override;
    Result<std::vector<Event>> events(const EventQuery& query) override;
    Result<std::vector<TimelineEntry>> timelineEntries(const EventQuery& query) override;
    // Events overlapping the days [first, last], both inclusive, in no particular order:
    // answered by the R*Tree alone, without reading the events table.
    Result<std::vector<EventDays>> overlapping(DayNumber first, DayNumber last) override;
    // The same rows without titles, in start order: what a large timeline keeps in memory.
    // Unfiltered, it reads the events_timeline index alone.
    Result<std::vector<TimelineSpan>> timelineSpans(const EventQuery& query = {}) override;
    // How many events start on each day, in day order: a density picture of the whole store
    // from the timeline index alone (~50 ms for a million events, a sixth of reading them).
    Result<std::vector<std::pair<DayNumber, std::int64_t>>> startDayCounts() override;
    // Titles of these events, in the same order; an empty string for an id that does not exist.
    Result<std::vector<std::string>> titles(const std::vector<std::int64_t>& ids) override;
    // One column of every event, in table order (one sequential read): what sorting a large
    // table by that column needs.
    Result<std::vector<std::pair<std::int64_t, std::string>>> allTitles() override;
    Result<std::vector<std::pair<std::int64_t, double>>> allConfidences() override;
    Result<std::int64_t> eventCount() override;
    Result<std::int64_t> reportCount() override;
    // SQLite's plan for events(query) (or timelineEntries when entries is true),
    // one line per step: lets tests and benchmarks prove the window query searches.
    Result<std::string> explainQueryPlan(const EventQuery& query, bool entries = false) override;
    // For a connection that reads everything once (a loader thread): no page cache and no
    // memory-mapped reads, whose pages would only inflate the process.
    Result<void> tuneForStreaming() override;
    // The overall [first, last] day of all events; nullopt when empty.
    Result<std::optional<std::pair<Date, Date>>> extent() override;

    // The story. Reports of an event, earliest publication first (user notes last).
    Result<std::vector<Report>> reports(std::int64_t eventId) override;
    Result<Report> report(std::int64_t reportId) override;
    // Each returns what it changed; revert(edit) takes it back and returns the edit that
    // re-applies it (an undo command keeps both). Decisions are stored against report keys
    // (content hash + sentence offsets), so re-import and re-resolution respect them.
    // The report leaves its event for a new one, and stays apart from the others' reports.
    Result<StoryEdit> splitReport(std::int64_t reportId) override;
    // `from`'s reports join `into`; `from` is deleted.
    Result<StoryEdit> mergeEvents(std::int64_t into, std::int64_t from) override;
    // "Not the same": the two events' reports are never merged again.
    Result<StoryEdit> markDistinct(std::int64_t a, std::int64_t b) override;
    // The event takes this report's date (and loses its disagreement flag).
    Result<StoryEdit> chooseDate(std::int64_t eventId, std::int64_t reportId) override;
    Result<StoryEdit> revert(const StoryEdit& edit) override;

    Result<std::int64_t> insertEvent(Event& event) override; // assigns id
    Result<void> updateEvent(const Event& event) override;   // marks it userEdited
    Result<void> deleteEvent(std::int64_t id) override;

    // id → canonical name, for lane titles and filters.
    Result<std::map<std::int32_t, std::string>> actorNames() override;
    Result<std::map<std::int32_t, std::string>> placeNames() override;
    // Lane memberships beyond an event's first actor (place), i.e. positions > 0, as distinct
    // (actor id, event id) pairs sorted by actor then event: the timeline shows such an event
    // in the lane of each of its actors while TimelineSpan keeps only the first.
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraActorLanes() override;
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraPlaceLanes() override;

    // Recorded with imports and edits (schema 4); the default is the system user's name.
    void setAnalyst(const std::string& name) override { m_analyst = name; }
    std::string analyst() const override { return m_analyst; }

    // copyStory (EventStoreCopy.cpp).
    Result<StoryKeys> storyKeys() override;
    Result<void> loadStory(const StoryDump& story, bool replace) override;
    // EventStorePart.cpp: the rows' ids (versions 0: SQLite keeps none), and part of the story
    // replaced by rows read from another store (re-basing an offline copy): the events and
    // articles of `part` replace those with their ids, with all their reports and names; the
    // events and articles of `gone` are deleted; decisions and chosen dates become `part`'s.
    // One transaction.
    Result<StoryRows> storyRows() override;
    Result<void> replaceRows(const StoryDump& part, const StoryPart& gone);

    struct Impl; // shared by the store's source files, opaque to everyone else

  private:
    friend class EventBulkInsert;
    EventStore() = default;
    std::filesystem::path m_path;
    std::string m_analyst;
    std::unique_ptr<Impl> m_impl;
};

} // namespace ct

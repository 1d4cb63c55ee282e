#pragma once

// Internal to core/store: the state behind EventStore and the helpers its source
// files (EventStore.cpp, Schema.cpp, EventWrites.cpp, EventQueries.cpp) share.

#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "store/StoryIndex.h"

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ct {

struct EventStore::Impl {
    sql::Connection db; // declared first: destroyed after the statements below
    std::string path;
    bool readOnly = false;
    bool checkedForWrites = false; // quick_check passed on this connection
    int schemaVersion = 0;
    // Prepared once per store, keyed by their SQL; node-based, so references stay
    // valid while new statements are added. Looked up by string_view: a lookup
    // per inserted row must not allocate a copy of the SQL text.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, sql::Statement, SqlHash, std::equal_to<>> statements;

    // name → id of actors and places. Ids of committed names never change (names
    // are never deleted), so they are cached for the store's life; names added by
    // the open transaction wait in `pending` until it commits.
    struct NameIds {
        std::unordered_map<std::string, std::int64_t> committed, pending;
    };
    NameIds actorIds, placeIds;

    // An import batch: one transaction around many files, each file in its own savepoint.
    std::optional<sql::Transaction> batch;
    int savepointDepth = 0;
    // What the merger compares, per stored report id: computed once per report and session
    // (a sentence never changes under its id). Cleared whenever a rollback could make an id
    // be reused.
    struct CachedReport;
    std::unordered_map<std::int64_t, std::shared_ptr<const CachedReport>> reportCache;
    // The merge candidates of the days imports touched (StoryWrites.cpp), kept across files
    // and batches. Off only to compare it with reading the candidates from the tables
    // (CT_STORY_INDEX=0, for tests).
    store::StoryIndex storyIndex;
    bool useStoryIndex = true;
    // PRAGMA data_version when this connection last began a transaction: another
    // connection's commit changes it, and then the index may hold what is no longer so.
    std::int64_t dataVersion = -1;
    // Events whose reports an import changed and whose copies of them (date, counts, first
    // report) are not rewritten yet: refreshEvent is a function of the event's reports, so
    // running it once before the transaction commits leaves what running it after every
    // report would. Meanwhile the story index holds the events' new days.
    std::set<std::int64_t> pendingRefresh;
    bool settleFailed = false; // refreshing them failed after a rollback: the batch fails
    // Whether chosen_dates holds any row, while an import batch is open: asked for every
    // joining report and every refresh, and only a user's write (never an import) changes it,
    // which forgets it (WriteScope::begin), as the batch's end does.
    std::optional<bool> anyChosenInBatch;
    // temp.event_refresh exists on this connection (StoryRefresh.cpp, writeRefreshes).
    bool refreshTableMade = false;
    // Full-text rows (reports_fts) of the reports an import batch wrote, by report id: written
    // together before the batch commits (writePendingText) instead of one statement per report
    // inside the files' savepoints. FTS5 flushes its pending terms to a new segment at every
    // savepoint it takes part in, so writing per file made one small segment per file, which it
    // then kept merging. A rolled-back file's rows are dropped from the end (WriteScope); the
    // rest only when the batch ends (forgetUncommitted leaves them: the earlier files stay).
    std::vector<std::pair<std::int64_t, std::string>> pendingText;
    // Events a report bridged into another (StoryBridge.cpp) during addArticleReports: gone →
    // kept, so that the article's earlier reports give the event they are in now.
    std::unordered_map<std::int64_t, std::int64_t> bridgedInto;
    // WAL pages between automatic checkpoints: see EventStore::open, and beginImportBatch for
    // the larger figure while a batch is open.
    static constexpr int kWalCheckpointPages = 4000;
    static constexpr int kImportWalCheckpointPages = 16000;
    // After an import batch: SQLite checks the schema's CHECK constraints again, and
    // checkpoints the log at the usual size.
    void endBatchSettings();
    void forgetUncommitted() {
        actorIds.pending.clear();
        placeIds.pending.clear();
        reportCache.clear();
        storyIndex.clear();
        pendingRefresh.clear();
    }

    // What a write does to the story index: imports keep it up to date as they write
    // (StoryWrites.cpp), every other write (edits, deletes, bulk inserts) clears it.
    enum class WriteKind { Other, Import };
    // Write transactions go through these two so the name caches follow commits
    // and rollbacks.
    Result<sql::Transaction> begin(WriteKind kind = WriteKind::Other);
    Result<void> commit(sql::Transaction& tx);
    Result<void> checkBeforeFirstWrite();

    // The cached statement for this SQL, prepared on first use.
    Result<sql::Statement*> statement(std::string_view sqlText);
    // A clear refusal before any SQL runs on a read-only store.
    Result<void> requireWritable(std::string_view doing) const;
    Error error(Error::Code code, std::string_view what) const;
};

namespace store {

// A day column: the day number, or NULL for a missing (special) date.
inline void bindDayOrNull(sql::Statement& s, int index, const Date& day) {
    if (day.is_special())
        s.bindNull(index);
    else
        s.bind(index, std::int64_t(toDayNumber(day)));
}

// One unit of writing: a transaction of its own, or a savepoint inside an import batch, so that
// every store write is whole or absent whichever way it runs. Rolls back unless committed.
class WriteScope {
  public:
    static Result<WriteScope>
    begin(EventStore::Impl& impl,
          EventStore::Impl::WriteKind kind = EventStore::Impl::WriteKind::Other);
    WriteScope(WriteScope&& other) noexcept;
    WriteScope& operator=(WriteScope&&) = delete;
    ~WriteScope();
    Result<void> commit();

  private:
    explicit WriteScope(EventStore::Impl& impl) : m_impl(&impl) {}
    EventStore::Impl* m_impl;
    std::optional<sql::Transaction> m_tx; // empty inside a batch: a savepoint instead
    bool m_active = true;
    std::size_t m_textHeld = 0; // impl.pendingText's size when the savepoint began
};

// Schema.cpp
Result<int> readUserVersion(sql::Connection& db);
// Refuses a newer schema or another program's database. Runs before anything
// that could write (journal_mode rewrites the header): a refused file stays as it was.
Result<void> checkCompatible(EventStore::Impl& impl);
// Brings the schema up to EventStore::kSchemaVersion, one transaction per step.
Result<void> migrate(EventStore::Impl& impl);

// EventWrites.cpp — callers hold the transaction.
// Ids are returned rather than written into the event, so that a rolled-back
// transaction leaves no ids behind in the caller's objects.
// Deferred leaves the window (R*Tree) and full-text rows to the caller, which
// fills them for many events at once (EventBulkInsert) before committing.
enum class SearchIndexes { Now, Deferred };
Result<std::int64_t> insertEventRow(EventStore::Impl& impl, const Event& event,
                                    std::int64_t articleId,
                                    SearchIndexes indexes = SearchIndexes::Now,
                                    std::int64_t explicitId = 0);
// Rewrites the event's actor and place links (and its primary ones) from event.actors/places.
Result<void> rewriteLinks(EventStore::Impl& impl, const Event& event);
// Adds links to names the event does not have yet after its `actorsHeld`/`placesHeld` ones:
// the rows rewriteLinks would leave, without deleting and rewriting the event's own (a
// multi-row DELETE takes a statement journal, which flushes the full-text indexes).
Result<void> appendLinks(EventStore::Impl& impl, std::int64_t eventId, std::size_t actorsHeld,
                         std::size_t placesHeld, const std::vector<std::string>& actors,
                         const std::vector<std::string>& places);
// Marks the event user-edited and rewrites its links; NotFound when the id does
// not exist.
Result<void> updateEventRow(EventStore::Impl& impl, const Event& event);

// StoryRefreshWrites.cpp — an event's row as its reports make it (StoryRefresh.cpp's
// refreshedOf), and which parts of it change.
struct EventRefresh {
    std::int64_t id = 0;
    Event e; // its dates, text and counts as they are to be
    bool days = false, text = false, counts = false;
};
// One event's refresh now: an UPDATE per part that changes.
Result<void> writeRefresh(EventStore::Impl& impl, const EventRefresh& r);
// Many events' refreshes, one statement per part for all of them (see the definition).
Result<void> writeRefreshes(EventStore::Impl& impl, const std::vector<EventRefresh>& rows);

// EventQueries.cpp
Result<Event> loadEvent(EventStore::Impl& impl, std::int64_t id);
// The event's row without its actor and place names (two queries fewer), for a refresh that
// compares and rewrites only dates, text, counts and flags.
Result<Event> loadEventRow(EventStore::Impl& impl, std::int64_t id);

// EventStorePart.cpp — a story's rows written with their ids, as a copy or a re-based offline
// copy takes them; callers hold the transaction. Articles are upserted (deleting one would take
// its events and reports with it), their tags rewritten.
Result<void> writeArticleRows(EventStore::Impl& impl, const std::vector<Article>& articles);
// Deferred: the full-text index is rebuilt once after the rows, for a whole story.
Result<void> writeReportRows(EventStore::Impl& impl,
                             const std::vector<StoryDump::KeyedReport>& reports,
                             SearchIndexes indexes = SearchIndexes::Now);
// Replaces the user's decisions and chosen dates with the story's.
Result<void> writeStoryKeys(EventStore::Impl& impl, const StoryDump& story);

// StoryWrites.cpp — callers hold the transaction.
// The user's decisions about a report key: keys it must stay apart from, keys it was merged
// with.
struct KeyDecisions {
    std::set<std::string> apart, same;
};
// The event's "@actor" and "#place" terms, actors by position, then places.
Result<std::vector<std::string>> eventNameTerms(EventStore::Impl& impl, std::int64_t eventId);
// Adds the report's actors and places that the event does not name yet, after its own.
Result<void> extendLinks(EventStore::Impl& impl, std::int64_t eventId, const Event& from);

// StoryIndexWrites.cpp — merging through impl.storyIndex, as addReport does it.
// The event the report joins (0: none) and the events it bridges.
Result<story::MergeDecision>
decideFromIndex(EventStore::Impl& impl, const Report& report, const std::string& key,
                const Event& asEvent, const KeyDecisions& decisions, const std::string& ownDataSet,
                const std::string& print, const story::ReportFeatures& sentenceFeatures);
// The index learns what addReport wrote: the report joined `eventId` (its names extended, its
// days perhaps moved), or founded it. `daysFromReports`: refreshEvent was deferred, so the days
// are the index's own reckoning of refreshEvent's; otherwise they are read back.
Result<void> indexReport(EventStore::Impl& impl, std::int64_t eventId, std::int64_t reportId,
                         bool founded, const Report& report, const std::string& key,
                         const Event& asEvent, const std::string& print, bool daysFromReports,
                         const story::ReportFeatures& sentenceFeatures);
// extendLinks, from what the story index knows of the event's names when it holds it.
Result<void> linkNewNames(EventStore::Impl& impl, std::int64_t eventId, const Event& from);

// StoryBridge.cpp — callers hold the transaction.
// Merges with `joined` (the event a report just joined) each event the report bridges
// (story::MergeDecision::bridged) that may be one with it (store::mayBridge): the older event
// stays, the other is deleted; no decision is recorded. Returns the event the report is in.
Result<std::int64_t> bridgeEvents(EventStore::Impl& impl, std::int64_t joined,
                                  const std::vector<std::int64_t>& bridged);

// StoryWrites.cpp
// Stores the report, joining the event it tells of (StoryMerger) or founding a new one from
// `asEvent` (its title, actors, places, user flags). Returns the event's id. `sameAs`: the key
// of a report this one is known to retell (Event::retells), joined like a user's merge.
// `text`: the sentence's story::sentenceTextOf when the caller has it (null: computed here).
Result<std::int64_t> addReport(EventStore::Impl& impl, const Report& report, const std::string& key,
                               const Event& asEvent, bool allowMerge = true,
                               const std::string& sameAs = {},
                               const story::SentenceText* text = nullptr);
// Stores a report of `eventId` as it is, without merging. Deferred leaves its full-text row
// to the caller (EventBulkInsert).
Result<void> insertReport(EventStore::Impl& impl, const Report& report, std::int64_t eventId,
                          const std::string& key, SearchIndexes indexes = SearchIndexes::Now);
// The key of the report `e` retells (Event::retells) in the article's `events`; empty if none.
std::string retoldKey(const Article& article, const std::vector<Event>& events, const Event& e);
// The article's events as reports, each merged or founding an event; returns the event ids.
// `texts`: one per event (Store::addArticle), or empty.
Result<std::vector<std::int64_t>>
addArticleReports(EventStore::Impl& impl, const Article& article, std::int64_t articleId,
                  const std::vector<Event>& events,
                  const std::vector<story::SentenceText>& texts = {});
// Recomputes the event's copies of its reports (date, counts, first report); deletes it when
// no report is left. Leaves the date and title of a user-edited event alone.
Result<void> refreshEvent(EventStore::Impl& impl, std::int64_t eventId);
// refreshEvent from what the story index holds of the event's reports (their dates, order and
// sources; only the first report is read), when it holds the event and no date was chosen.
// Only while the index is right: not after a savepoint rolled back under it.
Result<void> refreshFromIndex(EventStore::Impl& impl, std::int64_t eventId);
// Whether the user chose any report's date at all (chosen_dates is not empty).
Result<bool> anyChosenDate(EventStore::Impl& impl);
// Writes the full-text rows an import batch deferred (EventStore::Impl::pendingText). Runs
// outside the files' savepoints: before the batch commits, and before any other write or a
// text search in the batch (a report's delete trigger removes its full-text row, which must be
// there by then).
Result<void> writePendingText(EventStore::Impl& impl);
// Runs the refreshEvent calls that imports deferred (see EventStore::Impl::pendingRefresh).
// `indexHeld`: the story index holds what was written (see refreshFromIndex).
Result<void> refreshPending(EventStore::Impl& impl, bool indexHeld = false);
Result<std::vector<Report>> loadReports(EventStore::Impl& impl, std::int64_t eventId);
// The report, and its key when `key` is given.
Result<Report> loadReport(EventStore::Impl& impl, std::int64_t reportId, std::string* key);
Result<std::vector<std::string>> reportKeys(EventStore::Impl& impl, std::int64_t eventId);

} // namespace store
} // namespace ct

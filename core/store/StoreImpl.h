#pragma once

// Internal to core/store: the state behind EventStore and the helpers its source
// files (EventStore.cpp, Schema.cpp, EventWrites.cpp, EventQueries.cpp) share.

#include "store/EventStore.h"
#include "store/Sqlite.h"

#include <functional>
#include <memory>
#include <optional>
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
    void forgetUncommitted() {
        actorIds.pending.clear();
        placeIds.pending.clear();
        reportCache.clear();
    }

    // Write transactions go through these two so the name caches follow commits
    // and rollbacks.
    Result<sql::Transaction> begin();
    Result<void> commit(sql::Transaction& tx);
    Result<void> checkBeforeFirstWrite();

    // The cached statement for this SQL, prepared on first use.
    Result<sql::Statement*> statement(std::string_view sqlText);
    // A clear refusal before any SQL runs on a read-only store.
    Result<void> requireWritable(std::string_view doing) const;
    Error error(Error::Code code, std::string_view what) const;
};

namespace store {

// One unit of writing: a transaction of its own, or a savepoint inside an import batch, so that
// every store write is whole or absent whichever way it runs. Rolls back unless committed.
class WriteScope {
  public:
    static Result<WriteScope> begin(EventStore::Impl& impl);
    WriteScope(WriteScope&& other) noexcept;
    WriteScope& operator=(WriteScope&&) = delete;
    ~WriteScope();
    Result<void> commit();

  private:
    explicit WriteScope(EventStore::Impl& impl) : m_impl(&impl) {}
    EventStore::Impl* m_impl;
    std::optional<sql::Transaction> m_tx; // empty inside a batch: a savepoint instead
    bool m_active = true;
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
// Marks the event user-edited and rewrites its links; NotFound when the id does
// not exist.
Result<void> updateEventRow(EventStore::Impl& impl, const Event& event);

// EventQueries.cpp
Result<Event> loadEvent(EventStore::Impl& impl, std::int64_t id);

// StoryWrites.cpp — callers hold the transaction.
// The key that names a report across re-imports (see Schema.cpp, version 3).
std::string articleReportKey(const std::string& contentHash, std::int64_t begin, std::int64_t end);
// Stores the report, joining the event it tells of (StoryMerger) or founding a new one from
// `asEvent` (its title, actors, places, user flags). Returns the event's id.
Result<std::int64_t> addReport(EventStore::Impl& impl, const Report& report,
                               const std::string& key, const Event& asEvent,
                               bool allowMerge = true);
// Stores a report of `eventId` as it is, without merging.
Result<void> insertReport(EventStore::Impl& impl, const Report& report, std::int64_t eventId,
                          const std::string& key);
// The article's events as reports, each merged or founding an event; returns the event ids.
Result<std::vector<std::int64_t>> addArticleReports(EventStore::Impl& impl, const Article& article,
                                                    std::int64_t articleId,
                                                    const std::vector<Event>& events);
// Recomputes the event's copies of its reports (date, counts, first report); deletes it when
// no report is left. Leaves the date and title of a user-edited event alone.
Result<void> refreshEvent(EventStore::Impl& impl, std::int64_t eventId);
Result<std::vector<Report>> loadReports(EventStore::Impl& impl, std::int64_t eventId);
// The report, and its key when `key` is given.
Result<Report> loadReport(EventStore::Impl& impl, std::int64_t reportId, std::string* key);
Result<std::vector<std::string>> reportKeys(EventStore::Impl& impl, std::int64_t eventId);

} // namespace store
} // namespace ct

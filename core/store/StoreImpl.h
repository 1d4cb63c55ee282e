#pragma once

// Internal to core/store: the state behind EventStore and the helpers its source
// files (EventStore.cpp, Schema.cpp, EventWrites.cpp, EventQueries.cpp) share.

#include "store/EventStore.h"
#include "store/Sqlite.h"

#include <functional>
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
                                    SearchIndexes indexes = SearchIndexes::Now);
// Marks the event user-edited and rewrites its links; NotFound when the id does
// not exist.
Result<void> updateEventRow(EventStore::Impl& impl, const Event& event);

// EventQueries.cpp
Result<Event> loadEvent(EventStore::Impl& impl, std::int64_t id);

} // namespace store
} // namespace ct

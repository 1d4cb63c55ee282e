#pragma once

#include "common/Result.h"
#include "model/Event.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ct {

// Writes many events in one transaction, fast: the statements are prepared once and reused,
// and the indexes that cost most per row are built once at the end instead of row by row —
// the window R*Tree and the full-text index always, the B-tree indexes when the store held no
// events before (a fresh database, the `generate` command). Building an index from sorted
// data is several times cheaper than keeping it up to date through a million inserts.
// Nothing is visible to other connections until commit(); destroying it uncommitted leaves
// the database as it was, dropped indexes included (DDL is transactional in SQLite).
class EventBulkInsert {
  public:
    static Result<EventBulkInsert> begin(EventStore& store);

    EventBulkInsert(EventBulkInsert&&) noexcept;
    EventBulkInsert& operator=(EventBulkInsert&&) = delete;
    ~EventBulkInsert();

    // Events of no article (articleId is ignored); ids are assigned in order but not written
    // back, as they only become real at commit. An event's reports (a data set's rows) are
    // stored as they are, merged with nothing; an event without reports gets one of its own.
    Result<void> add(std::span<const Event> events);
    std::int64_t added() const { return m_added; }
    // Builds the deferred indexes and commits; returns the number of events added.
    Result<std::int64_t> commit();

  private:
    EventBulkInsert(EventStore::Impl& impl, sql::Transaction tx);

    EventStore::Impl* m_impl;
    std::optional<sql::Transaction> m_tx;
    std::int64_t m_firstNewId = 1; // events with id >= this were added here
    std::int64_t m_added = 0;
    // CREATE INDEX statements of the B-tree indexes dropped for the load, to run at commit.
    std::vector<std::string> m_droppedIndexes;
};

} // namespace ct

// PgStore's transactions: a write's framing and its change-feed row, the import batch.
#include "store/pg/PgChangeFeed.h"
#include "store/pg/PgImport.h"
#include "store/pg/PgImportCache.h"
#include "store/pg/PgStore.h"
#include "store/pg/PgWindowTiles.h"

#include <utility>

namespace ct {

namespace {

const char* kindText(StoreChange::Kind kind) {
    switch (kind) {
    case StoreChange::Kind::Import:
        return "import";
    case StoreChange::Kind::Story:
        return "story";
    case StoreChange::Kind::Delete:
        return "delete";
    case StoreChange::Kind::Edit:
        break;
    }
    return "edit";
}

} // namespace

// Write -------------------------------------------------------------------------------------

Result<pg::Statement> PgStore::Write::beginStatement(PgStore& store, std::string_view doing) {
    if (store.m_readOnly)
        return store.error(Error::Code::Database,
                           "cannot " + std::string(doing) + ": the story is read-only");
    return pg::Statement{store.m_inBatch
                             ? "SAVEPOINT ct_write_" + std::to_string(store.m_savepoints)
                             : std::string("BEGIN"),
                         {}};
}

PgStore::Write PgStore::Write::started(PgStore& store) {
    if (store.m_inBatch)
        ++store.m_savepoints;
    store.m_writeMarked.reset();
    return Write(store);
}

Result<PgStore::Write> PgStore::Write::begin(PgStore& store, std::string_view doing) {
    // Other writes in a batch read and write events as the server has them.
    if (auto r = store.flushRefreshes(); !r)
        return r.error();
    auto statement = beginStatement(store, doing);
    if (!statement)
        return statement.error();
    if (auto r = store.m_db.script(statement->sql); !r)
        return r.error();
    return started(store);
}

PgStore::Write::Write(Write&& other) noexcept : m_store(other.m_store), m_active(other.m_active) {
    other.m_active = false;
}

PgStore::Write::~Write() {
    if (!m_active)
        return;
    m_store->forgetImports();
    if (m_store->m_inBatch) {
        --m_store->m_savepoints;
        const std::string name = "ct_write_" + std::to_string(m_store->m_savepoints);
        (void)m_store->m_db.script("ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name);
    } else {
        (void)m_store->m_db.script("ROLLBACK");
        m_store->m_tilesMarked = false; // its marks went with it
    }
}

void PgStore::Write::done() {
    m_active = false;
    m_store->m_tilesMarked = m_store->m_tilesMarked || m_store->m_writeMarked.value_or(true);
}

pg::Statement PgStore::Write::commitStatement() const {
    return {m_store->m_inBatch
                ? "RELEASE SAVEPOINT ct_write_" + std::to_string(m_store->m_savepoints - 1)
                : std::string("COMMIT"),
            {}};
}

void PgStore::Write::committed() {
    done();
    if (m_store->m_inBatch)
        --m_store->m_savepoints;
    else
        m_store->afterCommit();
}

Result<void> PgStore::Write::commit() {
    done();
    if (m_store->m_inBatch) {
        --m_store->m_savepoints;
        return m_store->m_db.script("RELEASE SAVEPOINT ct_write_" +
                                    std::to_string(m_store->m_savepoints));
    }
    if (auto r = m_store->m_db.script("COMMIT"); !r) {
        (void)m_store->m_db.script("ROLLBACK");
        m_store->forgetImports();
        m_store->m_tilesMarked = false;
        return r;
    }
    m_store->afterCommit();
    return {};
}

Result<void> PgStore::beginImportBatch() {
    if (m_inBatch)
        return error(Error::Code::Internal, "an import batch is already open");
    if (m_readOnly)
        return error(Error::Code::Database, "cannot import: the story is read-only");
    if (auto r = m_db.script(std::string("BEGIN; ") + kImportLockSql); !r) {
        (void)m_db.script("ROLLBACK");
        return r;
    }
    m_inBatch = true;
    m_savepoints = 0;
    m_pendingRefresh.clear();
    m_tilesMarked = false;
    return {};
}

Result<void> PgStore::commitImportBatch() {
    if (!m_inBatch)
        return {}; // as on SQLite: nothing to commit
    auto flushed = flushRefreshes();
    m_inBatch = false;
    if (auto r = flushed ? m_db.script("COMMIT") : flushed; !r) {
        (void)m_db.script("ROLLBACK");
        forgetImports();
        m_tilesMarked = false;
        return r;
    }
    afterCommit();
    return {};
}

void PgStore::abandonImportBatch() {
    if (!m_inBatch)
        return;
    m_inBatch = false;
    m_pendingRefresh.clear();
    (void)m_db.script("ROLLBACK");
    forgetImports();
    m_tilesMarked = false;
}

Result<void> PgStore::flushRefreshes() {
    if (m_pendingRefresh.empty())
        return {};
    std::vector<Event> events;
    events.reserve(m_pendingRefresh.size());
    for (auto& [id, e] : m_pendingRefresh)
        events.push_back(std::move(e));
    m_pendingRefresh.clear();
    // Planned as the articles' writes are (pgimport::addGenericPlans says why).
    std::vector<pg::Statement> out;
    pgimport::addGenericPlans(out, true);
    const std::size_t at = out.size();
    for (pg::Statement& s : refreshStatements(events)) {
        s.sql += " RETURNING e.id, e.xmin::text::bigint";
        s.reuse = true;
        out.push_back(std::move(s));
    }
    pgimport::addSessionPlans(out);
    auto rows = m_db.pipeline(out);
    if (!rows)
        return rows.error();
    // The kept events are as written: the next batch's articles need not read them again.
    if (m_importCache)
        for (int i = 0; i < (*rows)[at].size(); ++i)
            m_importCache->rewritten((*rows)[at].integer(i, 0), (*rows)[at].integer(i, 1));
    return {};
}

// Window tiles ------------------------------------------------------------------------------

// After the commit rather than inside the write: concurrent writers would otherwise queue on
// the same tiles' rows, and an import would hold them to its batch's end. The rebuild's
// try-lock lets one client repack at a time while the others go on. Most edits (titles,
// names, story decisions) mark nothing: they skip the rebuild's round trip. Marks a rebuild
// leaves (another client held it) are seen by the next write's recordChange.
void PgStore::afterCommit() {
    const bool marked = std::exchange(m_tilesMarked, false);
    if (m_readOnly || !marked)
        return;
    ++m_rebuildsAfterCommits;
    (void)rebuildWindowTiles();
}

Result<int> PgStore::rebuildWindowTiles() {
    return pg::WindowTiles::rebuild(m_db);
}

pg::Statement PgStore::changeStatement(StoreChange::Kind kind,
                                       const std::vector<std::int64_t>& ids) const {
    return {"INSERT INTO changes(kind, event_ids, analyst) VALUES ($1, $2, $3)",
            pg::Params().add(kindText(kind)).add(pg::arrayOf(ids)).add(m_analyst)};
}

Result<void> PgStore::recordChange(StoreChange::Kind kind, const std::vector<std::int64_t>& ids) {
    const pg::Statement change = changeStatement(kind, ids);
    // The last statement of every write but an import's pipeline: it also says, in the same
    // round trip, whether a tile is marked (this transaction's marks, or a commit's that no
    // rebuild took yet), for afterCommit.
    auto marked =
        m_db.exec(change.sql + " RETURNING EXISTS (SELECT FROM event_tiles_dirty)", change.params);
    if (!marked)
        return marked.error();
    m_writeMarked = marked->boolean(0, 0);
    return {};
}

Result<std::unique_ptr<ChangeFeed>> PgStore::openChangeFeed() {
    auto feed = PgChangeFeed::open(m_conninfo);
    if (!feed)
        return feed.error();
    return std::unique_ptr<ChangeFeed>(std::move(*feed));
}

} // namespace ct

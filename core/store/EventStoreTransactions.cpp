// How a SQLite store's writes are framed: the statement cache, transactions and the
// savepoints nested in them (WriteScope), import batches (a transaction over many files, a
// savepoint each), the checks before the first write, and errors that name the file.
#include "store/EventStore.h"
#include "store/StoreImpl.h"

#include <utility>

namespace ct {

Result<sql::Statement*> EventStore::Impl::statement(std::string_view sqlText) {
    if (auto it = statements.find(sqlText); it != statements.end())
        return &it->second;
    auto prepared = db.prepare(sqlText);
    if (!prepared)
        return prepared.error();
    auto [it, inserted] = statements.emplace(std::string(sqlText), std::move(*prepared));
    return &it->second;
}

Result<sql::Transaction> EventStore::Impl::begin(WriteKind kind) {
    // Whatever a failed transaction left pending was rolled back with it.
    actorIds.pending.clear();
    placeIds.pending.clear();
    if (!checkedForWrites) {
        if (auto r = checkBeforeFirstWrite(); !r)
            return r.error();
        checkedForWrites = true;
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return tx;
    // Asked once the write lock is held: no other connection can commit until this
    // transaction ends, so what the index holds stays true while it runs.
    auto version = statement("PRAGMA data_version");
    if (!version)
        return version.error();
    sql::ResetGuard guard(**version);
    auto row = (*version)->step();
    if (!row)
        return row.error();
    const std::int64_t now = *row ? (*version)->columnInt(0) : -1;
    if (now != dataVersion || kind != WriteKind::Import)
        storyIndex.clear();
    dataVersion = now;
    return tx;
}

namespace store {

Result<WriteScope> WriteScope::begin(EventStore::Impl& impl, EventStore::Impl::WriteKind kind) {
    WriteScope scope(impl);
    if (!impl.batch) {
        auto tx = impl.begin(kind);
        if (!tx)
            return tx.error();
        scope.m_tx.emplace(std::move(*tx));
        return scope;
    }
    if (kind != EventStore::Impl::WriteKind::Import) {
        // Other writes read and change events as the tables hold them (and may delete reports,
        // whose trigger deletes their full-text rows).
        if (auto r = writePendingText(impl); !r)
            return r.error();
        if (auto r = refreshPending(impl); !r)
            return r.error();
        impl.storyIndex.clear();
        impl.anyChosenInBatch.reset(); // a user's write may choose a date
    }
    if (auto r = impl.db.exec("SAVEPOINT write_" + std::to_string(impl.savepointDepth)); !r)
        return r.error();
    ++impl.savepointDepth;
    scope.m_textHeld = impl.pendingText.size();
    return scope;
}

WriteScope::WriteScope(WriteScope&& other) noexcept
    : m_impl(other.m_impl), m_tx(std::move(other.m_tx)), m_active(other.m_active),
      m_textHeld(other.m_textHeld) {
    other.m_active = false;
    other.m_tx.reset();
}

WriteScope::~WriteScope() {
    if (!m_active)
        return;
    if (m_tx) {
        m_tx.reset(); // rolls back
        m_impl->forgetUncommitted();
        return;
    }
    // Only this write's savepoint: the batch's earlier files stay.
    --m_impl->savepointDepth;
    const std::string name = "write_" + std::to_string(m_impl->savepointDepth);
    (void)m_impl->db.exec("ROLLBACK TO " + name + "; RELEASE " + name);
    // The rolled-back reports' full-text rows are never written.
    if (m_impl->pendingText.size() > m_textHeld)
        m_impl->pendingText.resize(m_textHeld);
    // The earlier files' deferred refreshes still stand (this file's own are refreshed too,
    // harmlessly: refreshEvent only reads what is there). A failure here fails the batch.
    if (!refreshPending(*m_impl))
        m_impl->settleFailed = true;
    m_impl->forgetUncommitted();
}

Result<void> WriteScope::commit() {
    if (m_tx) {
        if (auto r = refreshPending(*m_impl, true); !r)
            return r;
        if (auto r = m_impl->commit(*m_tx); !r)
            return r;
        m_active = false;
        return {};
    }
    const std::string name = "write_" + std::to_string(m_impl->savepointDepth - 1);
    if (auto r = m_impl->db.exec("RELEASE " + name); !r)
        return r;
    --m_impl->savepointDepth;
    m_active = false;
    return {};
}

} // namespace store

Result<void> EventStore::beginImportBatch() {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("import"); !r)
        return r;
    if (impl.batch)
        return impl.error(Error::Code::Internal, "an import batch is already open");
    auto tx = impl.begin(Impl::WriteKind::Import);
    if (!tx)
        return tx.error();
    // The schema's CHECK(x IN (…)) constraints of three or more values (a report's origin and
    // precision, an event's precision) make SQLite build a temporary b-tree for every row it
    // writes: a quarter of an import's instructions. The batch writes typed values only
    // (enums written by toText), and the store says "ends before it starts" itself
    // (checkDates, insertReportRow), so the checks are off while it is open. Switching them
    // re-prepares the cached statements, once per batch.
    if (auto r = impl.db.exec("PRAGMA ignore_check_constraints = ON"); !r)
        return r;
    // A checkpoint copies every page the log holds back into the database and syncs it. An
    // import rewrites the same pages (events it refreshes, their index entries, the inner
    // pages of every b-tree) batch after batch, so checkpointing every 64 MB of log instead
    // of 16 MB copies each of them a quarter as often. The usual size returns after the
    // batch (endBatchSettings), so the log does not grow for the user's edits.
    if (auto r = impl.db.exec("PRAGMA wal_autocheckpoint = " +
                              std::to_string(Impl::kImportWalCheckpointPages));
        !r)
        return r;
    impl.batch.emplace(std::move(*tx));
    impl.savepointDepth = 0;
    impl.anyChosenInBatch.reset();
    return {};
}

Result<void> EventStore::commitImportBatch() {
    Impl& impl = *m_impl;
    if (!impl.batch)
        return {};
    auto r = impl.settleFailed ? Result<void>(impl.error(Error::Code::Internal,
                                                         "an import batch could not be settled"))
                               : store::writePendingText(impl);
    if (r)
        r = store::refreshPending(impl, true);
    if (r)
        r = impl.commit(*impl.batch);
    impl.settleFailed = false;
    impl.pendingText.clear(); // written, or rolled back with the batch
    impl.anyChosenInBatch.reset();
    impl.batch.reset(); // after a failed commit: rolls back
    impl.endBatchSettings();
    if (!r)
        impl.forgetUncommitted();
    return r;
}

void EventStore::abandonImportBatch() {
    m_impl->settleFailed = false;
    m_impl->pendingText.clear();
    m_impl->anyChosenInBatch.reset();
    m_impl->batch.reset();
    m_impl->endBatchSettings();
    m_impl->forgetUncommitted();
}

void EventStore::Impl::endBatchSettings() {
    // Flags of the connection: they cannot fail short of a closed connection, where nothing
    // is written any more.
    (void)db.exec("PRAGMA ignore_check_constraints = OFF; PRAGMA wal_autocheckpoint = " +
                  std::to_string(kWalCheckpointPages));
}

bool EventStore::inImportBatch() const {
    return m_impl->batch.has_value();
}

Result<void> EventStore::Impl::checkBeforeFirstWrite() {
    // SQLite notices damage only on the pages a statement reads, so an import
    // could otherwise write on top of a damaged index and make it worse. One
    // b-tree walk per connection (well under a second for a million events)
    // buys "nothing is written to a damaged file".
    auto check = db.prepare("PRAGMA quick_check(1)");
    if (!check)
        return check.error();
    auto row = check->step();
    if (!row)
        return row.error();
    const std::string verdict = *row ? check->columnText(0) : std::string("no answer");
    if (verdict == "ok")
        return {};
    return error(Error::Code::Database,
                 "the database is damaged (" + verdict +
                     "); nothing was written. Restore it from a backup, or open it with the "
                     "sqlite3 tool and use .recover");
}

Result<void> EventStore::Impl::commit(sql::Transaction& tx) {
    if (auto r = tx.commit(); !r)
        return r;
    for (NameIds* names : {&actorIds, &placeIds}) {
        names->committed.merge(names->pending);
        names->pending.clear();
    }
    return {};
}

Result<void> EventStore::Impl::requireWritable(std::string_view doing) const {
    if (!readOnly)
        return {};
    return error(Error::Code::Database,
                 "cannot " + std::string(doing) + ": the database is read-only");
}

Error EventStore::Impl::error(Error::Code code, std::string_view what) const {
    return makeError(code, path + ": " + std::string(what));
}

} // namespace ct

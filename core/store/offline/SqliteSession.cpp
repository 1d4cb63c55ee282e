// The session extension is declared by sqlite3.h only with these two defined; Debian's
// libsqlite3 is built with both (sqlite3session_* are exported).
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include "store/offline/SqliteSession.h"

#include <memory>
#include <sqlite3.h>

namespace ct::offline {
namespace {

// RAII for the three handles the extension hands out: nothing here calls the matching
// delete/finalize/free by hand, so an early return cannot leak one.
struct SessionDeleter {
    void operator()(sqlite3_session* s) const { sqlite3session_delete(s); }
};
struct IteratorFinalizer {
    void operator()(sqlite3_changeset_iter* it) const { sqlite3changeset_finalize(it); }
};
struct BufferFree {
    void operator()(void* p) const { sqlite3_free(p); }
};
using Session = std::unique_ptr<sqlite3_session, SessionDeleter>;
using Iterator = std::unique_ptr<sqlite3_changeset_iter, IteratorFinalizer>;
using Buffer = std::unique_ptr<void, BufferFree>;

RowChange::Cell cellOf(sqlite3_value* value) {
    RowChange::Cell cell;
    if (value == nullptr)
        return cell; // not part of this change
    cell.present = true;
    switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
        break;
    case SQLITE_INTEGER:
        cell.isNull = false;
        cell.integer = sqlite3_value_int64(value);
        break;
    default:
        cell.isNull = false;
        if (const unsigned char* t = sqlite3_value_text(value))
            cell.text.assign(reinterpret_cast<const char*>(t),
                             static_cast<std::size_t>(sqlite3_value_bytes(value)));
        break;
    }
    return cell;
}

} // namespace

const RowChange::Cell& RowChange::key(int column) const {
    const auto& side = op == Op::Insert ? after : before;
    return side.at(static_cast<std::size_t>(column));
}

Result<std::vector<RowChange>> diffTables(sql::Connection& db, const std::string& baseSchema,
                                          const std::vector<std::string>& tables) {
    sqlite3_session* raw = nullptr;
    if (int rc = sqlite3session_create(db.handle(), "main", &raw); rc != SQLITE_OK)
        return sql::sqliteError(db.handle(), rc, "starting a session");
    Session session(raw);
    for (const std::string& table : tables) {
        if (int rc = sqlite3session_attach(session.get(), table.c_str()); rc != SQLITE_OK)
            return sql::sqliteError(db.handle(), rc, "watching table " + table);
        char* message = nullptr;
        const int rc =
            sqlite3session_diff(session.get(), baseSchema.c_str(), table.c_str(), &message);
        const std::unique_ptr<char, BufferFree> owned(message);
        if (rc != SQLITE_OK)
            return makeError(Error::Code::Database, db.path() + ": comparing " + table +
                                                        " with the copy's base: " +
                                                        (message ? message : sqlite3_errstr(rc)));
    }
    int size = 0;
    void* bytes = nullptr;
    if (int rc = sqlite3session_changeset(session.get(), &size, &bytes); rc != SQLITE_OK)
        return sql::sqliteError(db.handle(), rc, "reading the changeset");
    const Buffer changeset(bytes);

    std::vector<RowChange> out;
    if (size == 0)
        return out;
    sqlite3_changeset_iter* rawIt = nullptr;
    if (int rc = sqlite3changeset_start(&rawIt, size, changeset.get()); rc != SQLITE_OK)
        return makeError(Error::Code::Database,
                         db.path() + ": reading the changeset: " + sqlite3_errstr(rc));
    const Iterator it(rawIt);
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(it.get())) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        if (int r = sqlite3changeset_op(it.get(), &table, &columns, &op, &indirect); r != SQLITE_OK)
            return makeError(Error::Code::Database,
                             db.path() + ": reading the changeset: " + sqlite3_errstr(r));
        RowChange change;
        change.table = table ? table : "";
        change.op = op == SQLITE_INSERT   ? RowChange::Op::Insert
                    : op == SQLITE_DELETE ? RowChange::Op::Delete
                                          : RowChange::Op::Update;
        for (int c = 0; c < columns; ++c) {
            sqlite3_value* value = nullptr;
            if (change.op != RowChange::Op::Insert) {
                value = nullptr;
                (void)sqlite3changeset_old(it.get(), c, &value);
                change.before.push_back(cellOf(value));
            }
            if (change.op != RowChange::Op::Delete) {
                value = nullptr;
                (void)sqlite3changeset_new(it.get(), c, &value);
                change.after.push_back(cellOf(value));
            }
        }
        out.push_back(std::move(change));
    }
    if (rc != SQLITE_DONE)
        return makeError(Error::Code::Database,
                         db.path() + ": reading the changeset: " + sqlite3_errstr(rc));
    return out;
}

} // namespace ct::offline

#include "store/Sqlite.h"

#include <filesystem>
#include <sqlite3.h>

namespace ct::sql {

namespace {

std::string fileNameOf(sqlite3* db) {
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name && *name ? std::string(name) : std::string("(in-memory database)");
}

Error::Code codeFor(int rc) {
    switch (rc & 0xff) {
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error::Code::Io;
    default:
        return Error::Code::Database;
    }
}

std::string reasonFor(sqlite3* db, int rc) {
    // errmsg is only meaningful when it describes this rc; after a close or an
    // out-of-memory it may be stale, errstr never is.
    std::string reason =
        db && sqlite3_extended_errcode(db) == rc ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return "not an SQLite database (" + reason + ")";
    case SQLITE_CORRUPT:
        return "the database is damaged (" + reason + ")";
    case SQLITE_READONLY:
        return "the database is read-only (" + reason + ")";
    case SQLITE_FULL:
        return "the disk is full (" + reason + ")";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database is locked by another program (" + reason + ")";
    default:
        return reason;
    }
}

// The statement (or its first `limit` characters) in quotes for an error message. Built by
// appending to one reserved string: GCC 12 at -O3 inlines `"\"" + s + "\""` into a memcpy it
// cannot prove disjoint and warns -Wrestrict (a false positive that breaks -Werror builds).
std::string quoted(std::string_view text, std::size_t limit) {
    const std::string_view shown = text.substr(0, limit);
    std::string out;
    out.reserve(shown.size() + 2);
    out.push_back('"');
    out.append(shown);
    out.push_back('"');
    return out;
}

Error openError(const std::string& path, sqlite3* db, int rc, std::string_view doing) {
    return makeError(codeFor(rc),
                     path + ": cannot " + std::string(doing) + ": " + reasonFor(db, rc));
}

} // namespace

Error sqliteError(sqlite3* db, int rc, std::string_view doing) {
    return makeError(codeFor(rc),
                     fileNameOf(db) + ": " + std::string(doing) + " failed: " + reasonFor(db, rc));
}

void Connection::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const {
    sqlite3_finalize(stmt);
}

namespace {

// Reads page 1 and the schema, so that a file that is not a database (or whose
// schema is damaged) is refused at open with its name, not later mid-import.
int probeSchema(sqlite3* raw) {
    sqlite3_stmt* probe = nullptr;
    int rc = sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_schema", -1, &probe, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(probe);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(probe);
    return rc;
}

int openRaw(const std::string& name, int flags, Connection& conn, sqlite3*& raw) {
    raw = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
    conn = Connection::adopt(raw);
    return rc;
}

std::string immutableUri(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#')
            uri += c == '%' ? "%25" : c == '?' ? "%3f" : "%23";
        else
            uri += c;
    }
    return uri + "?immutable=1";
}

} // namespace

Connection Connection::adopt(sqlite3* raw) {
    Connection conn;
    conn.m_db.reset(raw); // sqlite3_open_v2 may hand back a handle even on failure
    return conn;
}

Result<Connection> Connection::open(const std::string& path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* raw = nullptr;
    Connection conn;
    const int rc = openRaw(path, flags, conn, raw);
    conn.m_path = path;
    if (rc != SQLITE_OK) {
        // SQLite says only "unable to open database file"; the usual cause is simpler.
        std::error_code ec;
        if ((rc & 0xff) == SQLITE_CANTOPEN && mode != Mode::ReadWriteCreate &&
            !std::filesystem::exists(path, ec))
            return makeError(Error::Code::Io, path + ": cannot open the database: no such file");
        return openError(path, raw, rc, "open the database");
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);

    int prc = probeSchema(raw);
    std::error_code ec;
    // A WAL database whose folder this user cannot write (a colleague's shared,
    // read-only copy) cannot get its -shm file. With no -wal file left over there
    // is no writer to coordinate with, so SQLite may read it as immutable.
    if (prc != SQLITE_OK && mode == Mode::ReadOnly &&
        ((prc & 0xff) == SQLITE_READONLY || (prc & 0xff) == SQLITE_CANTOPEN) &&
        (!std::filesystem::exists(path + "-wal", ec) ||
         std::filesystem::file_size(path + "-wal", ec) == 0)) {
        const int urc = openRaw(immutableUri(path), flags | SQLITE_OPEN_URI, conn, raw);
        conn.m_path = path;
        if (urc != SQLITE_OK)
            return openError(path, raw, urc, "open the database");
        sqlite3_extended_result_codes(raw, 1);
        prc = probeSchema(raw);
    }
    if (prc != SQLITE_OK)
        return openError(path, raw, prc, "read the database");
    return conn;
}

bool Connection::isReadOnly() const {
    return sqlite3_db_readonly(m_db.get(), "main") == 1;
}

Result<void> Connection::exec(std::string_view sql) {
    // sqlite3_exec needs a NUL-terminated string; DDL is short, the copy is cheap.
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db.get(), rc, quoted(text, 60));
    return {};
}

Result<Statement> Connection::prepare(std::string_view sql) const {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    Statement stmt;
    stmt.m_stmt.reset(raw);
    stmt.m_db = m_db.get();
    if (rc != SQLITE_OK)
        return sqliteError(m_db.get(), rc, "preparing " + quoted(sql, 60));
    if (!raw)
        return makeError(Error::Code::Internal,
                         m_path + ": empty SQL statement \"" + std::string(sql) + "\"");
    return stmt;
}

std::int64_t Connection::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db.get());
}

int Connection::changes() const {
    return sqlite3_changes(m_db.get());
}

std::string Connection::lastError() const {
    return sqlite3_errmsg(m_db.get());
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt.get(), index, value);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    // A null data pointer would bind SQL NULL; an empty string must stay ''.
    static const char empty = '\0';
    const int rc = sqlite3_bind_text64(m_stmt.get(), index, text.empty() ? &empty : text.data(),
                                       text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt.get(), index);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step() {
    if (m_bindError != SQLITE_OK)
        return sqliteError(m_db, m_bindError, "binding parameters of " + quoted(sql(), 80));
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, rc, quoted(sql(), 80));
}

Result<void> Statement::run() {
    for (;;) {
        auto more = step();
        if (!more) {
            reset();
            return more.error();
        }
        if (!*more)
            break;
    }
    reset();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_bindError = SQLITE_OK;
}

std::int64_t Statement::columnInt(int column) const {
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt.get(), column);
}

std::string Statement::columnText(int column) const {
    return std::string(columnView(column));
}

std::string_view Statement::columnView(int column) const {
    // text before bytes: the documented order that keeps the pointer valid.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return text ? std::string_view(text, static_cast<std::size_t>(size)) : std::string_view();
}

bool Statement::columnIsNull(int column) const {
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt.get());
}

std::string Statement::sql() const {
    const char* text = sqlite3_sql(m_stmt.get());
    std::string out = text ? text : "";
    if (out.size() > 80)
        out = out.substr(0, 77) + "...";
    return out;
}

Result<Transaction> Transaction::begin(Connection& db) {
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads
    // first can fail with SQLITE_BUSY half-way instead of waiting its turn.
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
        return r.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db), m_active(other.m_active) {
    other.m_active = false;
}

Transaction::~Transaction() {
    // After SQLITE_FULL or an I/O error SQLite may already have rolled back; then
    // there is no transaction and this ROLLBACK's error means nothing.
    if (m_active && m_db && sqlite3_get_autocommit(m_db->handle()) == 0)
        sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::commit() {
    if (!m_active)
        return makeError(Error::Code::Internal,
                         m_db->path() + ": commit of a finished transaction");
    if (auto r = m_db->exec("COMMIT"); !r)
        return r.error(); // still active: the destructor rolls back
    m_active = false;
    return {};
}

} // namespace ct::sql

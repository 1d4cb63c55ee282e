#pragma once

#include "common/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ct::sql {

// RAII over sqlite3* and sqlite3_stmt*: nothing in core calls sqlite3_close or
// sqlite3_finalize by hand.
class Statement;

// A connection belongs to one thread at a time (it is opened with
// SQLITE_OPEN_NOMUTEX): a worker thread opens its own.
class Connection {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    // Opens and reads the schema at once: SQLite opens any file lazily, so a text
    // file or a damaged header would otherwise only fail at the first query.
    static Result<Connection> open(const std::string& path, Mode mode);
    // Takes ownership of a handle from sqlite3_open_v2 (which may be non-null on failure).
    static Connection adopt(sqlite3* raw);

    sqlite3* handle() const { return m_db.get(); }
    const std::string& path() const { return m_path; }
    // True for Mode::ReadOnly and for a file SQLite could only open for reading.
    bool isReadOnly() const;
    Result<void> exec(std::string_view sql);  // for DDL and pragmas, no parameters
    Result<Statement> prepare(std::string_view sql) const;
    std::int64_t lastInsertId() const;
    int changes() const;
    std::string lastError() const;

private:
    struct Closer { void operator()(sqlite3* db) const; };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::string m_path;
};

class Statement {
public:
    // Binding is 1-based like SQLite's. Text is copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindNull(int index);
    Statement& bind(int index, std::nullopt_t) { return bindNull(index); }

    // SQLITE_ROW → true, SQLITE_DONE → false, anything else → error.
    Result<bool> step();
    Result<void> run();  // step until done, then reset
    // Steps through every row, calling onRow(*this) for each; stops at the
    // first error. The caller resets (a ResetGuard), as with step().
    template <typename OnRow>
    Result<void> forEachRow(OnRow&& onRow) {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            onRow(*this);
        }
    }
    void reset();        // reset and clear bindings, ready for reuse

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;
    // Valid until the next step/reset; avoids a copy on hot read paths.
    std::string_view columnView(int column) const;
    int columnCount() const;
    std::string sql() const;

private:
    friend class Connection;
    struct Finalizer { void operator()(sqlite3_stmt* stmt) const; };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    sqlite3* m_db = nullptr;
    int m_bindError = 0;  // first failed bind, reported by step() so chains stay fluent
};

// Resets a cached statement when a scope ends, whatever way it ends: a statement
// left mid-step would keep its read transaction (and WAL snapshot) open.
class ResetGuard {
public:
    explicit ResetGuard(Statement& statement) : m_statement(statement) {}
    ResetGuard(const ResetGuard&) = delete;
    ResetGuard& operator=(const ResetGuard&) = delete;
    ~ResetGuard() { m_statement.reset(); }

private:
    Statement& m_statement;
};

// An error value naming the database file, what was being done and SQLite's reason.
Error sqliteError(sqlite3* db, int rc, std::string_view doing);

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit()
// succeeded: an early return or exception leaves the database as it was.
class Transaction {
public:
    static Result<Transaction> begin(Connection& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Connection& db) : m_db(&db) {}
    Connection* m_db;
    bool m_active = true;
};

} // namespace ct::sql

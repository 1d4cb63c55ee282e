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

class Connection {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    static Result<Connection> open(const std::string& path, Mode mode);

    sqlite3* handle() const { return m_db.get(); }
    Result<void> exec(std::string_view sql);  // for DDL and pragmas, no parameters
    Result<Statement> prepare(std::string_view sql) const;
    std::int64_t lastInsertId() const;
    int changes() const;
    std::string lastError() const;

private:
    struct Closer { void operator()(sqlite3* db) const; };
    std::unique_ptr<sqlite3, Closer> m_db;
};

class Statement {
public:
    // Binding is 1-based like SQLite's. Text is copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindNull(int index);

    // SQLITE_ROW → true, SQLITE_DONE → false, anything else → error.
    Result<bool> step();
    Result<void> run();  // step until done, then reset
    void reset();        // reset and clear bindings, ready for reuse

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class Connection;
    struct Finalizer { void operator()(sqlite3_stmt* stmt) const; };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    sqlite3* m_db = nullptr;
};

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

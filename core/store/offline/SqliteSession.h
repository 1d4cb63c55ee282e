#pragma once

#include "common/Result.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct::offline {

// One row a changeset records: which table, insert/update/delete, and the primary key (plus
// whatever columns SQLite put in the change). Values are kept as text or integers, enough to
// name rows; the rest of a row is read from the files themselves.
struct RowChange {
    enum class Op { Insert, Update, Delete };
    struct Cell {
        bool present = false; // an UPDATE leaves unchanged non-key columns out
        bool isNull = true;
        std::int64_t integer = 0;
        std::string text;
    };
    std::string table;
    Op op = Op::Update;
    std::vector<Cell> before; // DELETE and UPDATE
    std::vector<Cell> after;  // INSERT and UPDATE
    // The first primary key column (events.id, reports.id, articles.id, story_decisions.kind …),
    // from whichever side the operation has.
    const Cell& key(int column = 0) const;
};

// What `tables` of the connection's "main" database hold that the same tables of the attached
// database `baseSchema` do not, as SQLite's session extension computes it (sqlite3session_diff):
// the changeset that turns the base into main, read back row by row. Works across restarts,
// unlike a session attached while editing, because it compares two files.
Result<std::vector<RowChange>> diffTables(sql::Connection& db, const std::string& baseSchema,
                                          const std::vector<std::string>& tables);

} // namespace ct::offline

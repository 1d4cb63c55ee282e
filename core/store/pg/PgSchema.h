#pragma once

#include "common/Result.h"
#include "store/pg/Pg.h"

namespace ct::pg {

// The story schema on PostgreSQL: the concepts of SQLite's schema 3 (articles, events, reports,
// actors and places with their links, story decisions, chosen dates, report keys) plus what a
// shared store needs (row versions, who did what, the change feed). Versioned in a
// schema_version table and migrated forward on open; a newer schema is refused.
inline constexpr int kSchemaVersion = 7;

// The database's schema version: 0 for an empty database. Unsupported for a database that
// holds other tables (another program's) or a newer schema.
Result<int> readSchemaVersion(Connection& db);
// Brings the schema up to kSchemaVersion, each step in one transaction that holds an advisory
// lock, so two clients opening a fresh database at once migrate it once. Tests stop at an
// earlier `toVersion` to build a story as an older version left it.
Result<int> migrate(Connection& db, int fromVersion, int toVersion = kSchemaVersion);

} // namespace ct::pg

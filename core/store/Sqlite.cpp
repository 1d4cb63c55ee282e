#include "store/Sqlite.h"

#include <sqlite3.h>

namespace ct::sql {

void Connection::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const {
    sqlite3_finalize(stmt);
}

} // namespace ct::sql

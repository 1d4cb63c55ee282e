#pragma once

#include "common/Result.h"
#include "store/Store.h"
#include "store/pg/Pg.h"

#include <vector>

namespace ct::pg {

// The window's query over the tiles (schema 5; their arithmetic as SQL functions since schema
// 6, PgSchemaTiles.cpp): a tile is one duration class's events starting in one bucket of
// 2^max(3, class) days, pre-packed as 16-byte rows (id, start, end in network order). A window
// [first, last] reads, by primary key, the tiles of each class whose bucket can hold an event
// reaching it (class c < 16: starts from first - (2^c - 1); the last class unbounded), and,
// for the buckets a write has marked dirty and no rebuild has repacked yet, the events
// themselves through events_by_span — one statement, one snapshot, so the answer is exact
// whatever the tiles' state; when nothing is marked (most of the time), the tiles alone. The
// query is the schema's function ct_window_tiles (schema 6). The tiles' edges hold events
// outside the window: the client drops them.
class WindowTiles {
  public:
    // Events overlapping [first, last], both inclusive, in no particular order.
    static Result<std::vector<EventDays>> overlapping(Connection& db, DayNumber first,
                                                      DayNumber last);
    // Repacks the tiles marked dirty, in a transaction of its own (call it outside one): the
    // number of tiles repacked, or -1 when another client holds the rebuild's lock (its
    // rebuild or the next one takes these marks too).
    static Result<int> rebuild(Connection& db);
    // The window's statement ($1 first, $2 last), for EXPLAIN (the benchmark: the function's
    // own statements' plans need auto_explain with log_nested_statements).
    static const char* sql();
    // How many tiles are marked dirty (tests, the benchmark).
    static Result<std::int64_t> dirtyCount(Connection& db);
};

} // namespace ct::pg

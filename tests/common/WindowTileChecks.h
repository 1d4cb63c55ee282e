#pragma once

#include "store/Store.h"
#include "store/pg/Pg.h"

#include <cstdint>
#include <set>
#include <string>
#include <tuple>

// Checks of a server story's window tiles (store/pg/PgWindowTiles.h) against its events, for
// the tests of the tiles (tst_pg_window_tiles) and of their schema (tst_pg_tile_schema).
namespace ct::test {

using TileRow = std::tuple<std::int64_t, DayNumber, DayNumber>; // id, start, end

// A multiple of 1024 (2026-02-…): stories start their events around it, and windowsDiffer
// looks at windows around it too.
constexpr DayNumber kTileBase = 2461056;

// The tile an event belongs in, as the schema defines it (PgSchemaTiles.cpp), computed here
// apart from the server's functions: class 0 for a single day, else one more than the highest
// power of two ≤ its duration in days, at most 16; bucket: its start >> max(3, class).
struct Tile {
    int cls = 0;
    std::int64_t bucket = 0;
    bool operator==(const Tile&) const = default;
};
Tile tileOf(DayNumber start, DayNumber end);

// What a scan of the events says overlaps [first, last].
std::set<TileRow> scanned(pg::Connection& db, DayNumber first, DayNumber last);
// Windows at and around every stored event's first and last day, and some wide ones: the
// store's answer (no row twice) equals the scan's. Empty when so, else the first window that
// differs.
std::string windowsDiffer(Store& store, pg::Connection& db);
// Every tile holds exactly the events of its class and bucket (tileOf), and no event is
// missing. Empty when so.
std::string tilesDiffer(pg::Connection& db);
// How many tiles are marked dirty; -1 when it cannot be read.
std::int64_t dirtyTiles(pg::Connection& db);
// Rebuilds through the store, then: empty when no mark is left, every tile holds exactly its
// bucket's events and every window equals the scan; else what is wrong.
std::string rebuildLeavesExact(Store& store, pg::Connection& db);

} // namespace ct::test

#include "store/pg/PgWindowTiles.h"

namespace ct::pg {

namespace {

// Per class c (0 to the class of the longest duration), through schema 6's tile functions
// (PgSchemaTiles.cpp): the earliest start of an event of the class that reaches `first` (lo),
// and the range of buckets [b0, b1] from it to `last`. Buckets marked dirty in that range are
// read from events_by_span (the functions inline to its expressions, so the planner matches
// the index and its packed column) and their tiles skipped. The OFFSET 0s keep each class's
// tiles a range scan of the primary key (the planner's guess for 17 classes otherwise chose to
// hash the whole table), and the packed expression in the scan of events_by_span (README,
// "Team"). Prepared: planned once per connection.
constexpr const char* kWindowSql =
    "WITH r AS (SELECT c, lo, ct_tile_bucket(c, lo) AS b0, ct_tile_bucket(c, $2::bigint) AS b1"
    " FROM (SELECT c, coalesce($1::bigint - ct_tile_longest(c), -2147483648) AS lo"
    " FROM generate_series(0, ct_tile_class(0, 2147483647)) AS c) k),"
    " dirty AS MATERIALIZED (SELECT DISTINCT d.class, d.bucket, r.lo FROM r JOIN"
    " event_tiles_dirty d ON d.class = r.c AND d.bucket BETWEEN r.b0 AND r.b1)"
    " SELECT t.packed FROM r, LATERAL (SELECT class, bucket, packed FROM event_tiles"
    " WHERE class = r.c AND bucket BETWEEN r.b0 AND r.b1 OFFSET 0) t"
    " WHERE NOT EXISTS (SELECT FROM dirty WHERE dirty.class = t.class AND dirty.bucket = t.bucket)"
    " UNION ALL SELECT string_agg(e.p, ''::bytea) FROM dirty, LATERAL"
    " (SELECT ct_tile_row(id, start_day, end_day) AS p FROM events"
    " WHERE ct_tile_class(start_day, end_day) = dirty.class"
    " AND start_day >= greatest(ct_tile_first_day(dirty.class, dirty.bucket), dirty.lo)"
    " AND start_day < least(ct_tile_first_day(dirty.class, dirty.bucket + 1), $2::bigint + 1)"
    " AND end_day >= $1::bigint OFFSET 0) e";

constexpr std::size_t kPacked = 16; // int8send(id) || int4send(start) || int4send(end)

} // namespace

Result<std::vector<EventDays>> WindowTiles::overlapping(Connection& db, DayNumber first,
                                                        DayNumber last) {
    auto rows = db.execPrepared(kWindowSql,
                                Params().add(std::int64_t(first)).add(std::int64_t(last)), true);
    if (!rows)
        return rows.error();
    std::size_t bytes = 0;
    for (int i = 0; i < rows->size(); ++i)
        if (!rows->isNull(i, 0)) // the dirty part's string_agg over no rows
            bytes += rows->view(i, 0).size();
    std::vector<EventDays> out;
    // A tile holds its whole bucket; most of a window's rows are inside it.
    out.reserve(bytes / kPacked);
    for (int i = 0; i < rows->size(); ++i) {
        if (rows->isNull(i, 0))
            continue;
        const std::string_view packed = rows->view(i, 0);
        if (packed.size() % kPacked != 0)
            return db.error(Error::Code::Database, "a window tile has an unexpected length");
        for (std::size_t at = 0; at < packed.size(); at += kPacked) {
            const char* row = packed.data() + at;
            const auto start = DayNumber(networkInteger(row + 8, 4));
            const auto end = DayNumber(networkInteger(row + 12, 4));
            if (start <= last && end >= first)
                out.push_back({networkInteger(row, 8), start, end});
        }
    }
    return out;
}

const char* WindowTiles::sql() {
    return kWindowSql;
}

Result<int> WindowTiles::rebuild(Connection& db) {
    auto rows = db.exec("SELECT ct_rebuild_event_tiles()");
    if (!rows)
        return rows.error();
    return int(rows->integer(0, 0));
}

Result<std::int64_t> WindowTiles::dirtyCount(Connection& db) {
    auto rows = db.exec("SELECT count(*) FROM (SELECT DISTINCT class, bucket"
                        " FROM event_tiles_dirty) d");
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

} // namespace ct::pg

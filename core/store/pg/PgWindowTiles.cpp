#include "store/pg/PgWindowTiles.h"

namespace ct::pg {

namespace {

// The query is the schema's (ct_window_tiles, PgSchemaTiles.cpp), with the tile arithmetic it
// shares with the triggers and the repack. Prepared: the function's statements are planned
// once per connection.
constexpr const char* kWindowSql = "SELECT ct_window_tiles($1::bigint, $2::bigint)";

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

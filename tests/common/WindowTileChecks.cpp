#include "WindowTileChecks.h"

#include "store/pg/PgStore.h"
#include "store/pg/PgWindowTiles.h"

#include <limits>
#include <utility>
#include <vector>

namespace ct::test {

Tile tileOf(DayNumber start, DayNumber end) {
    const std::int64_t days = std::int64_t(end) - start;
    int cls = 0;
    while (cls < 16 && days >= (std::int64_t(1) << cls))
        ++cls;
    return {cls, std::int64_t(start) >> std::max(3, cls)};
}

std::set<TileRow> scanned(pg::Connection& db, DayNumber first, DayNumber last) {
    std::set<TileRow> out;
    auto rows = db.exec("SELECT id, start_day, end_day FROM events WHERE start_day <= $2"
                        " AND end_day >= $1",
                        pg::Params().add(std::int64_t(first)).add(std::int64_t(last)));
    if (rows)
        for (int i = 0; i < rows->size(); ++i)
            out.emplace(rows->integer(i, 0), DayNumber(rows->integer(i, 1)),
                        DayNumber(rows->integer(i, 2)));
    return out;
}

std::string windowsDiffer(Store& store, pg::Connection& db) {
    auto days = db.exec("SELECT DISTINCT d FROM events, LATERAL (VALUES (start_day),"
                        " (end_day)) v(d) ORDER BY 1 LIMIT 60");
    if (!days)
        return "no days: " + days.error().message;
    std::vector<std::pair<DayNumber, DayNumber>> windows{
        {0, std::numeric_limits<DayNumber>::max() - 1},
        {kTileBase - 50000, kTileBase + 50000},
        {kTileBase, kTileBase + 109}};
    for (int i = 0; i < days->size(); ++i) {
        const auto d = DayNumber(days->integer(i, 0));
        for (const auto& w : {std::pair(d, d), std::pair(d - 1, d - 1), std::pair(d + 1, d + 1),
                              std::pair(d - 9, d + 9), std::pair(d + 1, d + 200)})
            windows.push_back(w);
    }
    for (const auto& [first, last] : windows) {
        auto found = store.overlapping(first, last);
        if (!found)
            return found.error().message;
        std::set<TileRow> got;
        for (const EventDays& e : *found)
            got.emplace(e.id, e.start, e.end);
        const std::set<TileRow> expected = scanned(db, first, last);
        if (got != expected || got.size() != found->size())
            return "window " + std::to_string(first) + "–" + std::to_string(last) + ": " +
                   std::to_string(found->size()) + " rows, the scan " +
                   std::to_string(expected.size());
    }
    return {};
}

std::string tilesDiffer(pg::Connection& db) {
    auto tiles = db.exec("SELECT class, bucket, packed FROM event_tiles");
    auto events = db.exec("SELECT id, start_day, end_day FROM events");
    if (!tiles || !events)
        return "the tiles or the events cannot be read";
    using Tiled = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;
    std::multiset<Tiled> inTiles, expected;
    for (int i = 0; i < events->size(); ++i) {
        const auto start = DayNumber(events->integer(i, 1)), end = DayNumber(events->integer(i, 2));
        const Tile tile = tileOf(start, end);
        expected.emplace(tile.cls, tile.bucket, events->integer(i, 0), start, end);
    }
    for (int i = 0; i < tiles->size(); ++i) {
        // bytea in text form: \x and two hex digits a byte.
        const std::string hex = tiles->text(i, 2).substr(2);
        std::string bytes;
        for (std::size_t at = 0; at + 1 < hex.size(); at += 2)
            bytes += char(std::stoi(hex.substr(at, 2), nullptr, 16));
        if (bytes.empty() || bytes.size() % 16 != 0)
            return "tile " + tiles->text(i, 0) + "/" + tiles->text(i, 1) + " has " +
                   std::to_string(bytes.size()) + " bytes";
        for (std::size_t at = 0; at < bytes.size(); at += 16)
            inTiles.emplace(tiles->integer(i, 0), tiles->integer(i, 1),
                            pg::networkInteger(bytes.data() + at, 8),
                            pg::networkInteger(bytes.data() + at + 8, 4),
                            pg::networkInteger(bytes.data() + at + 12, 4));
    }
    if (inTiles != expected)
        return std::to_string(inTiles.size()) + " rows in the tiles, " +
               std::to_string(expected.size()) + " events";
    return {};
}

std::int64_t dirtyTiles(pg::Connection& db) {
    auto n = pg::WindowTiles::dirtyCount(db);
    return n ? *n : -1;
}

std::string rebuildLeavesExact(Store& store, pg::Connection& db) {
    if (auto rebuilt = dynamic_cast<PgStore&>(store).rebuildWindowTiles(); !rebuilt)
        return "rebuild failed: " + rebuilt.error().message;
    if (const std::int64_t left = dirtyTiles(db); left != 0)
        return std::to_string(left) + " marks left after the rebuild";
    if (std::string tiles = tilesDiffer(db); !tiles.empty())
        return tiles;
    return windowsDiffer(store, db);
}

} // namespace ct::test

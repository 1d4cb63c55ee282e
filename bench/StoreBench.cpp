#include "StoreBench.h"

#include "BenchReport.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "synth/SyntheticDatabase.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace ct::bench {
namespace {

EventStore openStore(const std::filesystem::path& path, EventStore::Mode mode) {
    auto store = EventStore::open(path, mode);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        require(false, "the scale database opens");
    }
    return std::move(*store);
}

// The alternatives to the store's R*Tree, read with the same loop so that only the index
// differs: the events_timeline B-tree (start_day, end_day, ...) bounded by the longest
// duration, and no index at all.
std::vector<EventDays> readDays(sql::Statement& stmt, DayNumber first, DayNumber last) {
    std::vector<EventDays> out;
    stmt.bind(1, std::int64_t(first)).bind(2, std::int64_t(last));
    for (;;) {
        auto row = stmt.step();
        require(row.ok(), "window query runs");
        if (!*row)
            break;
        out.push_back({stmt.columnInt(0), static_cast<DayNumber>(stmt.columnInt(1)),
                       static_cast<DayNumber>(stmt.columnInt(2))});
    }
    stmt.reset();
    return out;
}

std::vector<std::int64_t> sortedIds(const std::vector<EventDays>& rows) {
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const auto& r : rows)
        ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, std::size_t(double(v.size()) * p))];
}

} // namespace

ScaleDatabase prepareScaleDatabase(const CoreSizes& sizes, const std::filesystem::path& dir,
                                   bool reuse) {
    ScaleDatabase db;
    db.path = dir / ("scale-" + std::to_string(sizes.events) + ".sqlite");
    db.events = sizes.events;
    if (reuse && std::filesystem::exists(db.path)) {
        EventStore store = openStore(db.path, EventStore::Mode::ReadOnly);
        auto count = store.eventCount();
        if (count && std::size_t(*count) == sizes.events) {
            std::fprintf(stderr, "reusing %s\n", db.path.string().c_str());
            return db;
        }
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db.path.string() + suffix);
    EventStore store = openStore(db.path, EventStore::Mode::ReadWriteCreate);
    const double t0 = nowMs();
    auto written = SyntheticDatabase::generate(store, sizes.events, 1);
    const double ms = nowMs() - t0;
    require(written.ok() && *written == sizes.events, "the synthetic events are written");
    auto count = store.eventCount();
    require(count.ok() && std::size_t(*count) == sizes.events, "the database holds them all");
    report("generate_events_per_s", double(sizes.events) / (ms / 1000.0), "events/s");
    return db;
}

void benchWindowQuery(const CoreSizes& sizes, const ScaleDatabase& db) {
    EventStore store = openStore(db.path, EventStore::Mode::ReadOnly);
    auto extent = store.extent();
    require(extent.ok() && extent->has_value(), "the scale database has an extent");
    const DayNumber first = toDayNumber((*extent)->first), last = toDayNumber((*extent)->second);
    const DayNumber window = std::max<DayNumber>(1, (last - first) / 100);

    auto conn = sql::Connection::open(db.path.string(), sql::Connection::Mode::ReadOnly);
    require(conn.ok(), "a second connection opens");
    // The same cache settings as the store's connection, so that only the index differs.
    require(conn->exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 0").ok(), "pragmas apply");
    auto longest = conn->prepare("SELECT max(end_day - start_day) FROM events");
    require(longest.ok() && *longest->step(), "the longest duration is known");
    const std::int64_t maxDuration = longest->columnInt(0);
    auto btree =
        conn->prepare("SELECT id, start_day, end_day FROM events INDEXED BY events_timeline"
                      " WHERE start_day BETWEEN ?1 - " +
                      std::to_string(maxDuration) + " AND ?2 AND end_day >= ?1");
    auto scan = conn->prepare("SELECT id, start_day, end_day FROM events NOT INDEXED"
                              " WHERE end_day >= ?1 AND start_day <= ?2");
    require(btree.ok() && scan.ok(), "the comparison queries prepare");

    std::mt19937 rng(42);
    std::uniform_int_distribution<DayNumber> startDist(first, std::max(first, last - window));
    std::vector<double> rtreeUs, btreeUs, rows;
    const int runs = sizes.queryRuns;
    std::vector<DayNumber> starts;
    for (int i = 0; i < runs; ++i)
        starts.push_back(startDist(rng));
    for (const DayNumber from : starts) {
        double t0 = nowMs();
        auto hits = store.overlapping(from, from + window);
        rtreeUs.push_back((nowMs() - t0) * 1000.0);
        require(hits.ok(), "the store's window query runs");
        rows.push_back(double(hits->size()));
        t0 = nowMs();
        const auto viaBtree = readDays(*btree, from, from + window);
        btreeUs.push_back((nowMs() - t0) * 1000.0);
        require(viaBtree.size() == hits->size(), "the B-tree finds as many events as the R*Tree");
    }
    // A scan reads the whole table: a few runs give a stable median.
    std::vector<double> scanUs;
    const int scanRuns = std::min(runs, 7);
    for (int i = 0; i < scanRuns; ++i) {
        const DayNumber from = starts[std::size_t(i)];
        const double t0 = nowMs();
        const auto viaScan = readDays(*scan, from, from + window);
        scanUs.push_back((nowMs() - t0) * 1000.0);
        auto hits = store.overlapping(from, from + window);
        require(hits.ok() && sortedIds(*hits) == sortedIds(viaScan),
                "the R*Tree finds exactly the events a full scan finds");
        require(sortedIds(readDays(*btree, from, from + window)) == sortedIds(viaScan),
                "the bounded B-tree finds exactly the events a full scan finds");
    }
    const double rtree = median(rtreeUs), bt = median(btreeUs), sc = median(scanUs);
    report("window_query_us", rtree, "us");
    report("window_query_p90_us", percentile(rtreeUs, 0.9), "us");
    report("window_query_rows", median(rows), "events");
    report("window_query_btree_us", bt, "us");
    report("window_query_scan_us", sc, "us");
    report("window_query_scan_ratio", sc / std::max(rtree, 1e-3), "x");
    report("window_query_btree_scan_ratio", sc / std::max(bt, 1e-3), "x");
}

} // namespace ct::bench

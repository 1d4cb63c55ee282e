#include "TableImportBench.h"

#include "BenchReport.h"
#include "interchange/CsvReader.h"
#include "interchange/TableImporter.h"
#include "store/EventStore.h"

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <random>
#include <sys/resource.h>

namespace ct::bench {
namespace {

// ACLED's column set, with values of realistic length (notes of ~150 bytes, lists of actors).
void writeCsv(const std::filesystem::path& path, std::size_t rows) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    require(f != nullptr, "writing the benchmark CSV");
    std::fputs("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
               "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
               "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,"
               "longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n",
               f);
    static const std::array<const char*, 6> subTypes = {
        "Peaceful protest", "Violent demonstration",    "Armed clash", "Attack",
        "Arrests",          "Protest with intervention"};
    static const std::array<const char*, 8> places = {
        "Almaty", "Zhanaozen", "Aktau", "Nur-Sultan", "Shymkent", "Taraz", "Aktobe", "Karaganda"};
    static const std::array<const char*, 12> months = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    std::mt19937 rng(7);
    const boost::gregorian::date first(1997, 1, 1);
    for (std::size_t i = 0; i < rows; ++i) {
        const auto day = first + boost::gregorian::days(static_cast<long>(rng() % 9500));
        const char* place = places[rng() % places.size()];
        std::fprintf(
            f,
            "KAZ%zu,%02d %s %d,%d,%u,Demonstrations,Protests,%s,Protesters (Kazakhstan),"
            "\"Labour Group (Kazakhstan); Oil Workers %u\",6,Police Forces of Kazakhstan,,1,"
            "16,,398,Central Asia,Kazakhstan,Region %u,,,%s,43.25,76.95,1,Reuters; Kazinform,"
            "National,\"On this day, about %u people gathered in %s to protest fuel prices; "
            "police said the crowd was \"\"peaceful\"\" and dispersed it.\",%u,,1642000000\n",
            i + 1, static_cast<int>(day.day()), months[day.month() - 1],
            static_cast<int>(day.year()), static_cast<int>(day.year()),
            1 + static_cast<unsigned>(rng() % 3), subTypes[rng() % subTypes.size()],
            static_cast<unsigned>(rng() % 50), static_cast<unsigned>(rng() % 17), place,
            static_cast<unsigned>(rng() % 5000), place, static_cast<unsigned>(rng() % 4));
    }
    std::fclose(f);
}

// Process CPU seconds: on a machine shared by many builds the wall time says more about the
// neighbours than about the import, so both are reported.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

void benchTableImport(bool quick, const std::filesystem::path& dir) {
    const std::size_t rows = quick ? 20'000 : 1'000'000;
    const auto csvPath = dir / "table-import.csv";
    const auto dbPath = dir / "table-import.db";
    writeCsv(csvPath, rows);
    std::error_code ec;
    std::filesystem::remove(dbPath, ec);

    const double t0 = nowMs();
    const double cpu0 = cpuSeconds();
    auto store = EventStore::open(dbPath);
    require(store.ok(), "a new database for the table import");
    auto csv = CsvReader::open(csvPath);
    require(csv.ok(), "opening the benchmark CSV");
    const TablePreset* preset = detectTablePreset((*csv)->header());
    require(preset && preset->name() == "acled", "the ACLED preset detected");
    auto mapping = preset->mapping((*csv)->header(), (*csv)->header().size());
    require(mapping.ok(), "the ACLED mapping");
    TableImporter importer(*mapping, {OnBadRow::Stop, "ACLED", "table-import.csv", 0}, preset);
    auto summary = importer.import(*store, **csv);
    const double ms = nowMs() - t0;
    const double cpu = cpuSeconds() - cpu0;
    if (!summary)
        std::fprintf(stderr, "%s\n", summary.error().message.c_str());
    require(summary.ok() && summary->imported == static_cast<std::int64_t>(rows),
            "every generated row imported");
    require(*store->eventCount() == static_cast<std::int64_t>(rows), "the events stored");
    {
        // The parsing and conversion alone, without the store: where the time goes.
        auto again = CsvReader::open(csvPath);
        const double c0 = cpuSeconds();
        TableImporter convertOnly(*mapping, {OnBadRow::Stop, "ACLED", "table-import.csv", 0},
                                  preset);
        std::int64_t n = 0;
        (void)convertOnly.convert(**again).ok();
        n = static_cast<std::int64_t>(rows);
        report("table_convert_cpu_rows_per_s", double(n) / std::max(cpuSeconds() - c0, 1e-6),
               "rows/s");
    }
    report("table_import_rows_per_s", double(rows) / (ms / 1000.0), "rows/s");
    report("table_import_ms", ms, "ms");
    report("table_import_cpu_rows_per_s", double(rows) / std::max(cpu, 1e-6), "rows/s");
    std::filesystem::remove(csvPath, ec);
}

} // namespace ct::bench

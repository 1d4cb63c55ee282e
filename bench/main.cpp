// Crisis Timeline benchmarks: one "NAME VALUE UNIT" line per metric.
// Full sizes: build/bench/ct-bench; in the test suite: ct-bench --quick
// (small sizes; checks results, not times).
//   --keep DIR   write the generated databases to DIR and reuse them on the next run
//   --only A,B   run only these groups: extract, import, window, timeline, open, export, articles,
//   dates, table, pg
//   --articles-out DIR   write each saved page's extracted body to DIR/ID.txt (for
//                        shared/eval/score_articles.py); VERBOSE=1 prints per-page figures
//   --events N, --articles N   other sizes than the 1,000,000 events and 10,000 articles
//   --span-days N   the import's generated articles over N days (three years by default)
//   --make-db PATH [--events N]   only write a synthetic database (100,000 events) to look at
#include "ArticleBench.h"
#include "BenchReport.h"
#include "CoreBench.h"
#include "DatesBench.h"
#include "ExportBench.h"
#include "OpenBench.h"
#include "PgBench.h"
#include "StoreBench.h"
#include "SyntheticDatabase.h"
#include "TableImportBench.h"
#include "UiBench.h"

#include <QApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

int main(int argc, char* argv[]) {
    bool quick = false;
    std::filesystem::path keepDir;
    std::string only;
    std::size_t events = 0, articles = 0;
    int spanDays = 0;
    const char* makeDb = nullptr;
    std::filesystem::path articlesOut;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--make-db") == 0 && i + 1 < argc)
            makeDb = argv[++i];
        quick = quick || std::strcmp(argv[i], "--quick") == 0;
        if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc)
            keepDir = argv[++i];
        if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            only = std::string(",") + argv[++i] + ",";
        if (std::strcmp(argv[i], "--articles-out") == 0 && i + 1 < argc)
            articlesOut = argv[++i];
        if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc)
            events = std::strtoull(argv[++i], nullptr, 10);
        if (std::strcmp(argv[i], "--articles") == 0 && i + 1 < argc)
            articles = std::strtoull(argv[++i], nullptr, 10);
        if (std::strcmp(argv[i], "--span-days") == 0 && i + 1 < argc)
            spanDays = std::atoi(argv[++i]);
    }
    if (makeDb) {
        const auto written = ct::bench::writeSyntheticDatabase(makeDb, events ? events : 100'000);
        if (!written)
            std::fprintf(stderr, "%s\n", written.error().message.c_str());
        return written ? 0 : 1;
    }
    auto runs = [&only](const char* group) {
        return only.empty() || only.find(std::string(",") + group + ",") != std::string::npos;
    };
    // The software rasteriser, whatever the machine has: the targets are for it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ct::bench::CoreSizes sizes;
    sizes.quick = quick;
    if (quick) {
        sizes.events = 20'000;
        sizes.articles = 200;
        sizes.sentences = 5'000;
        sizes.queryRuns = 20;
    }
    if (events)
        sizes.events = events;
    if (articles)
        sizes.articles = articles;
    if (spanDays > 0)
        sizes.articleSpanDays = spanDays;
    QTemporaryDir temp;
    ct::bench::require(temp.isValid(), "a temporary folder");
    const std::filesystem::path dir =
        keepDir.empty() ? std::filesystem::path(temp.path().toStdString()) : keepDir;
    std::filesystem::create_directories(dir);

    ct::bench::report("cores", double(std::thread::hardware_concurrency()), "count");
    if (runs("extract"))
        ct::bench::benchExtraction(sizes);
    if (runs("dates"))
        ct::bench::benchDates();
    if (runs("import"))
        ct::bench::benchImport(sizes, dir);
    if (runs("window") || runs("timeline") || runs("open")) {
        const auto db = ct::bench::prepareScaleDatabase(sizes, dir, !keepDir.empty());
        if (runs("window"))
            ct::bench::benchWindowQuery(sizes, db);
        if (runs("timeline"))
            ct::bench::benchTimeline(sizes, db);
        if (runs("open"))
            ct::bench::benchOpen(sizes, db);
    }
    if (runs("export"))
        ct::bench::benchExport(quick, dir);
    if (runs("articles"))
        ct::bench::benchArticles(quick, articlesOut,
                                 qEnvironmentVariable("VERBOSE") == QLatin1String("1"));
    if (runs("table"))
        ct::bench::benchTableImport(quick, dir);
    if (runs("pg"))
        ct::bench::benchPostgres(sizes);
    return 0;
}

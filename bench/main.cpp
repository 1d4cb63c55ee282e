// Crisis Timeline benchmarks: one "NAME VALUE UNIT" line per metric.
// Full sizes: build/bench/ct-bench; in the test suite: ct-bench --quick
// (small sizes; checks results, not times).
#include "BenchReport.h"
#include "CoreBench.h"
#include "SyntheticDatabase.h"
#include "UiBench.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>

int main(int argc, char* argv[]) {
    bool quick = false;
    const char* makeDb = nullptr; // --make-db PATH [--events N]: a big database to look at
    std::size_t makeEvents = 100'000;
    for (int i = 1; i < argc; ++i) {
        quick = quick || std::strcmp(argv[i], "--quick") == 0;
        if (std::strcmp(argv[i], "--make-db") == 0 && i + 1 < argc)
            makeDb = argv[++i];
        else if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc)
            makeEvents = std::strtoull(argv[++i], nullptr, 10);
    }
    if (makeDb) {
        const auto written = ct::bench::writeSyntheticDatabase(makeDb, makeEvents);
        if (!written)
            std::fprintf(stderr, "%s\n", written.error().message.c_str());
        return written ? 0 : 1;
    }
    // Export draws text: fonts need a QGuiApplication, which needs no display offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir scratch;
    ct::bench::require(scratch.isValid(), "a scratch folder");

    ct::bench::CoreSizes sizes;
    if (quick) {
        sizes.events = 20'000;
        sizes.articles = 200;
        sizes.sentences = 5'000;
        sizes.queryRuns = 20;
    }
    ct::bench::report("cores", double(std::thread::hardware_concurrency()), "cores");
    ct::bench::benchExtraction(sizes);
    ct::bench::benchExport(quick, scratch.path().toStdString());
    return 0;
}

// Crisis Timeline benchmarks: one "NAME VALUE UNIT" line per metric.
// Full sizes: build/bench/ct-bench; in the test suite: ct-bench --quick
// (small sizes; checks results, not times).
//   --keep DIR   write the generated databases to DIR and reuse them on the next run
//   --only A,B   run only these groups: extract, window, timeline (for profiling one of them)
#include "BenchReport.h"
#include "CoreBench.h"
#include "StoreBench.h"
#include "UiBench.h"

#include <QApplication>
#include <QTemporaryDir>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

int main(int argc, char* argv[]) {
    bool quick = false;
    std::filesystem::path keepDir;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        quick = quick || std::strcmp(argv[i], "--quick") == 0;
        if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc)
            keepDir = argv[++i];
        if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc)
            only = std::string(",") + argv[++i] + ",";
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
    QTemporaryDir temp;
    ct::bench::require(temp.isValid(), "a temporary folder");
    const std::filesystem::path dir =
        keepDir.empty() ? std::filesystem::path(temp.path().toStdString()) : keepDir;
    std::filesystem::create_directories(dir);

    ct::bench::report("cores", double(std::thread::hardware_concurrency()), "count");
    if (runs("extract"))
        ct::bench::benchExtraction(sizes);
    const auto db = ct::bench::prepareScaleDatabase(sizes, dir, !keepDir.empty());
    if (runs("window"))
        ct::bench::benchWindowQuery(sizes, db);
    if (runs("timeline"))
        ct::bench::benchTimeline(sizes, db);
    return 0;
}

// Crisis Timeline benchmarks: one "NAME VALUE UNIT" line per metric.
// Full sizes: build/bench/ct-bench; in the test suite: ct-bench --quick
// (small sizes; checks results, not times).
#include "BenchReport.h"
#include "CoreBench.h"

#include <cstring>
#include <filesystem>
#include <thread>

int main(int argc, char* argv[]) {
    bool quick = false;
    for (int i = 1; i < argc; ++i)
        quick = quick || std::strcmp(argv[i], "--quick") == 0;

    ct::bench::CoreSizes sizes;
    if (quick) {
        sizes.events = 20'000;
        sizes.articles = 200;
        sizes.sentences = 5'000;
        sizes.queryRuns = 20;
    }
    ct::bench::report("cores", double(std::thread::hardware_concurrency()), "cores");
    ct::bench::benchExtraction(sizes);
    return 0;
}

#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <ctime>
#include <string>
#include <vector>

namespace ct::bench {

// Prints "NAME VALUE UNIT" lines, the format the README and the closing notes quote.
inline void report(const std::string& name, double value, const std::string& unit) {
    std::printf("%s %.3f %s\n", name.c_str(), value, unit.c_str());
    std::fflush(stdout);
}

inline double nowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// CPU time of the calling thread (user and system), in milliseconds.
inline double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// Median wall time of `runs` calls, in milliseconds.
inline double medianMs(int runs, const std::function<void()>& body) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double t0 = nowMs();
        body();
        times.push_back(nowMs() - t0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Fails the benchmark run loudly: --quick runs in the test suite to keep the
// benchmark code honest, so it checks results (not times).
inline void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "benchmark check failed: %s\n", what);
        std::exit(1);
    }
}

} // namespace ct::bench

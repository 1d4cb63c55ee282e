#include "OpenBench.h"

#include "BenchReport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <ctime>
#include <map>

namespace ct::bench {
namespace {

long long monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1'000'000'000LL + ts.tv_nsec;
}

struct Launch {
    double firstPaintMs = 0, firstFrameMs = 0, fullFrameMs = 0;
    double rssMb = 0, peakMb = 0, anonMb = 0, fileMb = 0;
};

Launch launch(const ScaleDatabase& db) {
    QTemporaryDir home;
    require(home.isValid(), "a throw-away home folder");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CT_REPORT_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProgram(QStringLiteral(CT_APP_BINARY));
    app.setArguments({QString::fromStdString(db.path.string())});
    const long long t0 = monotonicNs();
    app.start();
    require(app.waitForFinished(120000) && app.exitCode() == 0, "the application starts and quits");
    std::map<std::string, long long> values;
    for (const QByteArray& line : app.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            values[parts[0].toStdString()] = parts[1].toLongLong();
    }
    for (const char* key : {"first_paint_ns", "first_frame_ns", "loaded_ns", "rss_kb", "hwm_kb"})
        require(values.count(key) == 1, "the application reports its startup");
    Launch l;
    l.firstPaintMs = double(values["first_paint_ns"] - t0) / 1e6;
    l.firstFrameMs = double(values["first_frame_ns"] - t0) / 1e6;
    l.fullFrameMs = double(values["loaded_ns"] - t0) / 1e6;
    l.rssMb = double(values["rss_kb"]) / 1024;
    l.peakMb = double(values["hwm_kb"]) / 1024;
    l.anonMb = double(values["rss_anon_kb"]) / 1024;
    l.fileMb = double(values["rss_file_kb"]) / 1024;
    require(l.firstPaintMs <= l.firstFrameMs && l.firstFrameMs <= l.fullFrameMs,
            "the frames come in order");
    return l;
}

double medianOf(std::vector<Launch>& runs, double Launch::*field) {
    std::sort(runs.begin(), runs.end(),
              [field](const Launch& a, const Launch& b) { return a.*field < b.*field; });
    return runs[runs.size() / 2].*field;
}

} // namespace

void benchOpen(const CoreSizes& sizes, const ScaleDatabase& db) {
    // One launch first to have the file in the operating system's cache, as when a user opens
    // the database they worked on last.
    launch(db);
    std::vector<Launch> runs;
    for (int i = 0; i < (sizes.quick ? 1 : 5); ++i)
        runs.push_back(launch(db));
    report("open_first_paint_ms", medianOf(runs, &Launch::firstPaintMs), "ms");
    report("open_first_frame_ms", medianOf(runs, &Launch::firstFrameMs), "ms");
    report("open_full_frame_ms", medianOf(runs, &Launch::fullFrameMs), "ms");
    report("rss_mb", medianOf(runs, &Launch::rssMb), "MB");
    report("rss_peak_mb", medianOf(runs, &Launch::peakMb), "MB");
    report("rss_anon_mb", medianOf(runs, &Launch::anonMb), "MB");
    report("rss_file_mb", medianOf(runs, &Launch::fileMb), "MB");
}

} // namespace ct::bench

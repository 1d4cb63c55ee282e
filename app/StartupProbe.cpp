#include "StartupProbe.h"

#include "document/TimelineDocument.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {

long long monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1'000'000'000LL + ts.tv_nsec;
}

long long statusKb(const QByteArray& status, const char* key) {
    for (const QByteArray& line : status.split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

bool StartupProbe::wanted() {
    return qEnvironmentVariableIsSet("CT_REPORT_STARTUP");
}

StartupProbe::StartupProbe(ct::ui::MainWindow& window) : QObject(&window), m_window(window) {
    connect(window.timeline(), &ct::ui::CentralTimeline::framePainted, this,
            &StartupProbe::painted);
}

void StartupProbe::painted(std::size_t eventsInView) {
    if (!m_anyPainted) {
        m_anyPainted = true;
        std::printf("first_paint_ns %lld\n", monotonicNs());
    }
    if (eventsInView == 0 || m_done)
        return;
    if (!m_firstReported) {
        m_firstReported = true;
        std::printf("first_frame_ns %lld\n", monotonicNs());
        std::fflush(stdout);
    }
    if (m_window.document().isTimelineLoading())
        return;
    m_done = true;
    std::printf("loaded_ns %lld\n", monotonicNs());
    std::fflush(stdout);
    // Let the table and the details pane settle, as a user would see them, then measure.
    QTimer::singleShot(200, this, [] {
        QFile file(QStringLiteral("/proc/self/status"));
        const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        std::printf("rss_kb %lld\nhwm_kb %lld\nrss_anon_kb %lld\nrss_file_kb %lld\n",
                    statusKb(status, "VmRSS:"), statusKb(status, "VmHWM:"),
                    statusKb(status, "RssAnon:"), statusKb(status, "RssFile:"));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

#pragma once

#include <QObject>

namespace ct::ui {
class MainWindow;
}

// For ct-bench: with CT_REPORT_STARTUP set, the app prints when the timeline was first painted
// at all and when a frame first showed events (a large database's density preview counts), as
// CLOCK_MONOTONIC nanoseconds comparable with the clock of the process that launched it; then,
// once the timeline is fully loaded and painted, its resident memory; and quits:
//   first_paint_ns N, first_frame_ns N, loaded_ns N, rss_kb N, hwm_kb N, rss_anon_kb, rss_file_kb
class StartupProbe : public QObject {
    Q_OBJECT
  public:
    static bool wanted();
    explicit StartupProbe(ct::ui::MainWindow& window);

  private:
    void painted(std::size_t eventsInView);

    ct::ui::MainWindow& m_window;
    bool m_anyPainted = false;
    bool m_firstReported = false;
    bool m_done = false;
};

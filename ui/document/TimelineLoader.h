#pragma once

#include "common/Result.h"
#include "layout/LaneLayout.h"
#include "layout/TimelineIndex.h"
#include "store/Store.h"
#include "timeline/TimelineLaneNames.h"

#include <QObject>
#include <QString>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ct::ui {

// What the timeline and the table show of an open database: every event's placement (no text),
// and the lanes for one mode. Immutable, shared between threads and views.
struct TimelineSnapshot {
    std::shared_ptr<const TimelineIndex> index = std::make_shared<const TimelineIndex>();
    std::shared_ptr<const LaneLayout> lanes; // for `lanes->mode()`; null until asked for
    // Lanes of each actor (place) after an event's first: see TimelineLaneNames. Read here, on
    // the loader's connection, because for a large story the scan would otherwise fill the
    // window's page cache (~50 MB resident at a million events) and hold up its thread.
    TimelineLaneNames::Memberships extraActors, extraPlaces;
    quint64 generation = 0; // which load made it
    // A stand-in while a large load runs: one single-day span per event at its start day,
    // without ids (negative), lane keys or durations — except that the last one reaches the
    // latest end, so that fitting it shows the final range. Clustered, it draws the same
    // density picture as the real events (clusters count events by start); nothing in it can
    // be selected or listed.
    bool preview = false;
};

// Reads a TimelineSnapshot from a database. A small one is read on the caller's thread (a few
// milliseconds, and callers see edits at once); a large one on a worker thread with its own
// read-only connection (by location: a file or a server) — connections are never shared between
// threads — so the window
// stays responsive while a million rows are read. A newer load makes older ones moot: their
// results are dropped.
class TimelineLoader : public QObject {
    Q_OBJECT
  public:
    explicit TimelineLoader(QObject* parent = nullptr);
    ~TimelineLoader() override; // waits for loads in flight

    static Result<TimelineSnapshot> read(Store& store, LaneMode mode);
    // The preview (see TimelineSnapshot) from the store's per-day counts.
    static Result<TimelineSnapshot> readPreview(Store& store);

    // Starts a load; `loaded` (or `failed`) arrives later on this object's thread, tagged with
    // the returned generation — with `preview`, first a preview snapshot (in a sixth of the
    // time), then the real one.
    quint64 start(const QString& location, LaneMode mode, bool preview = false);
    // Forgets loads in flight: their results will not be delivered.
    void cancel();
    bool isLoading() const { return m_pending != 0; }

  signals:
    void loaded(const ct::ui::TimelineSnapshot& snapshot);
    void failed(quint64 generation, const QString& message);

  private:
    void reap();

    quint64 m_generation = 0;
    quint64 m_pending = 0; // generation of the load still expected, 0 when none
    std::mutex m_threadsMutex;
    std::vector<std::thread> m_threads;
    std::shared_ptr<std::atomic<int>> m_running = std::make_shared<std::atomic<int>>(0);
};

} // namespace ct::ui

Q_DECLARE_METATYPE(ct::ui::TimelineSnapshot)

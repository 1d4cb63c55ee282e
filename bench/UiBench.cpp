#include "UiBench.h"

#include "BenchReport.h"
#include "document/TimelineLoader.h"
#include "store/EventStore.h"
#include "timeline/TimelineFrameLayout.h"
#include "timeline/TimelineRenderer.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <random>

namespace ct::bench {
namespace {

using ui::TimelineRenderer;
using ui::TimelineRenderOptions;

constexpr QSize kViewSize(1920, 1080);

EventStore openScaleStore(const std::filesystem::path& path) {
    auto store = EventStore::open(path, EventStore::Mode::ReadOnly);
    require(store.ok(), "the scale database opens");
    return std::move(*store);
}

struct Range {
    double from = 0, to = 1;
};

// The busiest stretch of `days` days: where clustering and labels have most to do.
Range densest(const TimelineIndex& index, double days, double step) {
    Range best{double(index.firstDay()), double(index.firstDay()) + days};
    std::size_t most = 0;
    for (double from = index.firstDay(); from < index.lastDay() + 1.0; from += step) {
        const std::size_t n = index.countStarting(from, from + days);
        if (n > most) {
            most = n;
            best = {from, from + days};
        }
    }
    return best;
}

TimelineRenderOptions optionsFor(Range r, LaneMode mode) {
    TimelineRenderOptions o;
    o.fromDay = r.from;
    o.toDay = r.to;
    o.size = QSizeF(kViewSize);
    o.laneMode = mode;
    o.font = QApplication::font();
    return o;
}

// Median of a full repaint: the frame's layout is recomputed each time (nudging the range by
// a negligible amount), then everything is painted. Titles and text widths are warm, as after
// the first frame at that zoom.
double paintMs(const TimelineRenderer& renderer, TimelineRenderOptions o, int runs,
               std::size_t* inView = nullptr) {
    QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter warm(&image);
        renderer.paint(warm, o);
    }
    if (inView)
        *inView = renderer.frame(o).eventsInView;
    int flip = 0;
    return medianMs(runs, [&] {
        o.toDay += (++flip % 2 ? 1e-9 : -1e-9);
        QPainter p(&image);
        renderer.paint(p, o);
    });
}

} // namespace

void benchTimeline(const CoreSizes& sizes, const ScaleDatabase& db) {
    EventStore loaderStore = openScaleStore(db.path);
    require(loaderStore.tuneForStreaming().ok(), "the loader connection is tuned");
    std::optional<Result<ui::TimelineSnapshot>> loaded;
    const double loadMs = medianMs(sizes.quick ? 1 : 3, [&] {
        loaded.emplace(ui::TimelineLoader::read(loaderStore, LaneMode::None));
    });
    require(loaded && loaded->ok(), "the timeline loads");
    const ui::TimelineSnapshot snapshot = std::move(**loaded);
    require(snapshot.index->size() == db.events, "the timeline holds every event");
    report("timeline_load_ms", loadMs, "ms");

    // Titles come from the store on the GUI thread, as in the window.
    EventStore titleStore = openScaleStore(db.path);
    auto fetch = [&titleStore](const std::vector<std::int64_t>& ids) {
        auto titles = titleStore.titles(ids);
        require(titles.ok(), "titles load");
        return std::move(*titles);
    };
    TimelineRenderer renderer;
    renderer.setData(snapshot.index, ui::TimelineTitles(fetch), {}, snapshot.lanes);
    const TimelineIndex& index = renderer.index();

    const double span = index.lastDay() + 1.0 - index.firstDay();
    const Range fit{index.firstDay() - span * 0.05, index.lastDay() + 1.0 + span * 0.05};
    const Range month = densest(index, 31, 7);
    const Range densestDay = densest(index, 1, 1);
    // The day with the most labels: the most text to lay out and draw. (The densest days hold
    // more events than can be labelled and are drawn as clusters, which costs less.)
    std::mt19937 rng(7);
    std::uniform_int_distribution<DayNumber> anyDay(index.firstDay(), index.lastDay());
    Range day = densestDay;
    int mostLabels = -1;
    for (int i = 0; i < (sizes.quick ? 60 : 400); ++i) {
        // Half the samples from the dense month, where the crises are.
        const double from =
            i % 2 ? double(anyDay(rng)) : std::floor(month.from) + double(rng() % 31);
        const auto& frame = renderer.frame(optionsFor({from, from + 1}, LaneMode::None));
        const auto labels = std::count_if(frame.items.begin(), frame.items.end(),
                                          [](const auto& item) { return !item.label.isEmpty(); });
        if (labels > mostLabels) {
            mostLabels = int(labels);
            day = {from, from + 1};
        }
    }
    report("paint_day_labels", double(mostLabels), "labels");
    require(mostLabels > 0, "a day view labels its events");
    const int runs = sizes.quick ? 3 : 15;
    struct Case {
        const char* name;
        Range range;
    };
    for (const LaneMode mode : {LaneMode::None, LaneMode::Actor}) {
        for (const Case& c : {Case{"fit", fit}, Case{"month", month}, Case{"day", day},
                              Case{"day_densest", densestDay}}) {
            std::size_t inView = 0;
            const double ms = paintMs(renderer, optionsFor(c.range, mode), runs, &inView);
            const std::string suffix = mode == LaneMode::None ? "" : "_actor_lanes";
            report(std::string("paint_") + c.name + suffix + "_ms", ms, "ms");
            if (mode == LaneMode::None)
                report(std::string("paint_") + c.name + "_events", double(inView), "events");
            require(inView > 0, "the view shows events");
        }
    }
    // Clustering accounts for every event in a fit-all view.
    require(renderer.frame(optionsFor(fit, LaneMode::None)).eventsInView == index.size(),
            "fit-all clusters count every event");

    // Wheel steps on the real widget, from fit-all into the densest day and back out: each is
    // the view's layout update plus a synchronous repaint of the whole widget.
    ui::TimelineView view;
    view.resize(kViewSize);
    view.setData(snapshot.index, ui::TimelineTitles(fetch), {}, snapshot.lanes);
    view.show();
    QApplication::processEvents();
    view.setVisibleRange(fit.from, fit.to);
    view.repaint();
    std::vector<double> steps;
    auto wheel = [&](double centreDay, int delta) {
        // The cursor stays over the chosen day, so every step keeps it in view.
        const QPointF at(std::clamp(view.xForDay(centreDay), 0.0, kViewSize.width() - 1.0),
                         kViewSize.height() / 2.0);
        QWheelEvent event(at, view.mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        const double t0 = nowMs();
        QApplication::sendEvent(&view, &event);
        view.repaint();
        steps.push_back(nowMs() - t0);
    };
    // From fit-all into a day and back out, about the labelled day, the densest day and a few
    // days anywhere; the first visit of each zoom level fetches titles and measures text.
    std::vector<double> targets{(day.from + day.to) / 2, (densestDay.from + densestDay.to) / 2};
    for (int i = 0; i < (sizes.quick ? 1 : 4); ++i)
        targets.push_back(anyDay(rng) + 0.5);
    int inSteps = 0;
    for (const double target : targets) {
        view.setVisibleRange(fit.from, fit.to);
        view.repaint();
        int n = 0;
        while (view.visibleTo() - view.visibleFrom() > 1.0 && n < 80) {
            wheel(target, 120);
            ++n;
        }
        for (int i = 0; i < n; ++i)
            wheel(target, -120);
        inSteps = std::max(inSteps, n);
    }
    std::vector<double> sorted = steps;
    std::sort(sorted.begin(), sorted.end());
    report("zoom_step_ms", sorted[sorted.size() / 2], "ms");
    report("zoom_step_p90_ms", sorted[sorted.size() * 9 / 10], "ms");
    report("zoom_step_max_ms", sorted.back(), "ms");
}

} // namespace ct::bench

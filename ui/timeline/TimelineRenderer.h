#pragma once

#include "layout/LaneLayout.h"
#include "layout/TimelineIndex.h"
#include "timeline/TimelineFrameLayout.h"
#include "timeline/TimelineLaneNames.h"
#include "timeline/TimelineRenderOptions.h"

#include <QPainter>
#include <optional>

namespace ct::ui {

// Draws the timeline into any QPainter (widget, QImage, SVG generator, PDF writer), so the
// screen and every export come from this one piece of code. Holds the data and caches the
// last frame's layout, which hit-testing reuses; not meant to be shared between threads.
class TimelineRenderer {
  public:
    struct Hit {
        enum class Kind { None, Event, Cluster };
        Kind kind = Kind::None;
        qint64 eventId = -1;
        double startDay = 0; // cluster extent, for zooming into it
        double endDay = 0;
        std::size_t count = 0;
        int lane = -1;
    };

    void setData(std::vector<TimelineEntry> entries, TimelineLaneNames names);
    const TimelineIndex& index() const { return index_; }
    const TimelineLaneNames& laneNames() const { return names_; }
    // Lane assignment for a mode; recomputed only when the mode or the data changes.
    const LaneLayout& lanes(LaneMode mode) const;
    QString laneName(LaneMode mode, int lane) const;

    void paint(QPainter& painter, const TimelineRenderOptions& options) const;
    Hit hitTest(const TimelineRenderOptions& options, QPointF point) const;
    // The layout of a frame with these options (cached for the last options used).
    const TimelineFrame& frame(const TimelineRenderOptions& options) const;

  private:
    void paintLanes(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintGrid(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintEvents(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintNameColumn(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintAxis(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintTitleAndLegend(QPainter& p, const TimelineFrame& f,
                             const TimelineRenderOptions& o) const;
    // Returns where the key starts, so that the lane legend stops before it.
    double paintMarkKey(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintSources(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;

    TimelineIndex index_;
    TimelineLaneNames names_;
    mutable LaneLayout lanes_;
    mutable bool lanesValid_ = false;
    mutable TimelineFrameLayout layout_;
    mutable std::optional<TimelineFrame> frame_;
    mutable TimelineRenderOptions frameOptions_;
};

} // namespace ct::ui

#pragma once

#include "layout/LaneLayout.h"
#include "layout/TimelineIndex.h"
#include "timeline/TimelineFrameLayout.h"
#include "timeline/TimelineLaneNames.h"
#include "timeline/TimelineRenderOptions.h"
#include "timeline/TimelineTitles.h"

#include <QPainter>
#include <memory>
#include <optional>

namespace ct::ui {

// Draws the timeline into any QPainter (widget, QImage, SVG generator, PDF writer), so the
// screen and every export come from this one piece of code. Holds the data and caches the
// last frame's layout, which hit-testing reuses; not meant to be shared between threads.
class TimelineRenderer {
  public:
    struct Hit {
        // Earlier/Later: the edge markers counting events outside the range.
        enum class Kind { None, Event, Cluster, Earlier, Later };
        Kind kind = Kind::None;
        qint64 eventId = -1;
        double startDay = 0; // cluster extent, for zooming into it
        double endDay = 0;
        std::size_t count = 0;
        int lane = -1;
    };

    // A small timeline, titles included.
    void setData(std::vector<TimelineEntry> entries, TimelineLaneNames names);
    // A large one, built elsewhere (on a loader thread) and shared: nothing is copied.
    // `lanes`, when given, is the lane assignment for its mode, computed along with the index.
    void setData(std::shared_ptr<const TimelineIndex> index, TimelineTitles titles,
                 TimelineLaneNames names, std::shared_ptr<const LaneLayout> lanes = {});
    const TimelineIndex& index() const { return *index_; }
    std::shared_ptr<const TimelineIndex> sharedIndex() const { return index_; }
    const TimelineTitles& titles() const { return titles_; }
    // The title of the event at this position of index().
    QString title(std::uint32_t position) const { return titles_.title(*index_, position); }
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
    void paintEvents(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintLinks(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;

    std::shared_ptr<const TimelineIndex> index_ = std::make_shared<const TimelineIndex>();
    TimelineTitles titles_;
    TimelineLaneNames names_;
    mutable std::shared_ptr<const LaneLayout> lanes_;
    mutable TimelineFrameLayout layout_;
    mutable std::optional<TimelineFrame> frame_;
    mutable TimelineRenderOptions frameOptions_;
};

} // namespace ct::ui

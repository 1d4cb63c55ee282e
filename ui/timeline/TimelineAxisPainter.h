#pragma once

#include "timeline/TimelineFrameLayout.h"
#include "timeline/TimelineRenderOptions.h"

#include <QPainter>

namespace ct::ui {

class TimelineRenderer;

// The frame around the events that says where they are in time and in which lane: the grid
// behind them, the time axis, the column of lane names and the "← 2 earlier" edge markers.
// TimelineRenderer draws these through it, so every picture gets the same frame.
class TimelineAxisPainter {
  public:
    explicit TimelineAxisPainter(const TimelineRenderer& renderer) : renderer_(renderer) {}

    void paintGrid(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintAxis(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintNameColumn(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;
    void paintEdgeMarkers(QPainter& p, const TimelineFrame& f,
                          const TimelineRenderOptions& o) const;

  private:
    const TimelineRenderer& renderer_;
};

} // namespace ct::ui

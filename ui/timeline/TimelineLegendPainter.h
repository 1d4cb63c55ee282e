#pragma once

#include "timeline/TimelineFrameLayout.h"
#include "timeline/TimelineRenderOptions.h"

#include <QPainter>

namespace ct::ui {

class TimelineRenderer;

// What a picture needs to be read on its own, away from the window: its title, the lanes'
// colours, a key to the marks in it, and the sources block of an export.
class TimelineLegendPainter {
  public:
    explicit TimelineLegendPainter(const TimelineRenderer& renderer) : renderer_(renderer) {}

    void paintTitleAndLegend(QPainter& p, const TimelineFrame& f,
                             const TimelineRenderOptions& o) const;
    void paintSources(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;

  private:
    // Returns where the key starts, so that the lane legend stops before it.
    double paintMarkKey(QPainter& p, const TimelineFrame& f, const TimelineRenderOptions& o) const;

    const TimelineRenderer& renderer_;
};

} // namespace ct::ui

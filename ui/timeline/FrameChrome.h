#pragma once

#include "timeline/TimelineFrameLayout.h"

namespace ct::ui {

// The chrome of one frame: the title above, the sources footer, the key and the time axis
// below, and the strip of edge markers ("← 2 earlier") over the lanes. Each takes its height
// off the picture; what is left between them is the plot, and its row height is set here too.
class FrameChrome {
  public:
    // A frame holding only the chrome's rectangles, texts and ticks, the plot rectangle and
    // the row height: what TimelineFrameLayout lays the lanes into.
    static TimelineFrame place(const TimelineIndex& index, const LaneLayout& lanes,
                               const TimelineRenderOptions& options, const QFontMetricsF& fm);

  private:
    FrameChrome(const TimelineRenderOptions& options, const QFontMetricsF& fm);
    void placeTitle();
    void placeSources();
    void placeLegend(const LaneLayout& lanes);
    void placeAxis();
    void countOutside(const TimelineIndex& index);
    void placeEdgeMarkers();

    const TimelineRenderOptions& o_;
    const QFontMetricsF& fm_;
    const double w_, h_;
    const double line_;
    double top_ = 0, bottom_; // the room left for the plot so far
    TimelineFrame f_;
};

} // namespace ct::ui

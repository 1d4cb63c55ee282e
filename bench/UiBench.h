#pragma once

#include "CoreBench.h"
#include "StoreBench.h"

namespace ct::bench {

// Loading the timeline, painting it at three zoom levels into a 1920×1080 image with the
// software rasteriser, and wheel-zooming the real TimelineView.
void benchTimeline(const CoreSizes& sizes, const ScaleDatabase& db);

} // namespace ct::bench

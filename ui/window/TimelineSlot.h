#pragma once

// The one place that names the widget in the centre of the window. The
// placeholder has the same calls and signals as ui/timeline's TimelineView
// (setData, setSelection, setLaneMode, zoomIn/zoomOut/fitAll/fitToSelection;
// selectionChanged, redateRequested(id, newStartDay)), so the swap is: include
// TimelineView here, change the alias, and in MainWindow pass the lane names to
// setData and ct::LaneMode(int(choice)) to setLaneMode.
#include "window/TimelinePlaceholder.h"

namespace ct::ui {
using CentralTimeline = TimelinePlaceholder;
} // namespace ct::ui

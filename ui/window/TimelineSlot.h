#pragma once

// The widget in the centre of the window. Until ui/timeline's TimelineView is
// in the tree, TimelinePlaceholder (same calls and signals) stands in; once it
// is, this header picks the real view up by itself, whichever branch merges
// first. When both are in main, drop the placeholder branch and its files.
#include "window/LaneChoice.h"

#if __has_include("timeline/TimelineView.h")
#include "timeline/OverviewStrip.h"
#include "timeline/TimelineLaneNames.h"
#include "timeline/TimelineView.h"
#define CT_HAVE_TIMELINE_VIEW 1
namespace ct::ui {
using CentralTimeline = TimelineView;
inline LaneMode timelineLanes(LaneChoice choice) {
    return LaneMode(int(choice));
}
} // namespace ct::ui
#else
#include "window/TimelinePlaceholder.h"
#define CT_HAVE_TIMELINE_VIEW 0
namespace ct::ui {
using CentralTimeline = TimelinePlaceholder;
inline LaneChoice timelineLanes(LaneChoice choice) {
    return choice;
}
} // namespace ct::ui
#endif

#pragma once

// The one place that names the widget in the centre of the window. When
// ui/timeline/TimelineView lands, include it here and change the alias; the
// window only uses the calls TimelinePlaceholder declares.
#include "window/TimelinePlaceholder.h"

namespace ct::ui {
using CentralTimeline = TimelinePlaceholder;
} // namespace ct::ui

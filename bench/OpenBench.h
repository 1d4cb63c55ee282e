#pragma once

#include "CoreBench.h"
#include "StoreBench.h"

namespace ct::bench {

// Starts the real application binary on the scale database, as a user would (offscreen
// platform, software raster, a throw-away settings folder), and reads what it reports with
// CT_REPORT_STARTUP: time from launch to the first painted frame showing events, to the frame
// from the complete data, and the resident memory with the database open and shown.
void benchOpen(const CoreSizes& sizes, const ScaleDatabase& db);

} // namespace ct::bench

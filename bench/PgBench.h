#pragma once

#include "CoreBench.h"

namespace ct::bench {

// The PostgreSQL engine on a private server (tests/common/TestPostgres): the window query on
// sizes.events events against a scan and a B-tree with a maximum-duration bound, open + first
// frame, import with merging, and the change feed's latency between two clients; SQLite's
// figures for the same work beside them. Skipped (with a line saying why) without the server
// binaries.
void benchPostgres(const CoreSizes& sizes);

} // namespace ct::bench

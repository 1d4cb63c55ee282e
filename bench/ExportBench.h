#pragma once

#include <filesystem>

namespace ct::bench {

// export_png_ms: the command line's PNG export (8000×2000, 100,000 events; --quick: 800×200,
// 5,000 events), median of repeated runs, file written. Needs a QGuiApplication.
void benchExport(bool quick, const std::filesystem::path& dir);

} // namespace ct::bench

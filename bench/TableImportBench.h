#pragma once

#include <filesystem>

namespace ct::bench {

// table_import_rows_per_s: a generated ACLED-shaped CSV of `rows` rows (1M at full size)
// imported through the preset into a new database, the way `import-table` does it.
void benchTableImport(bool quick, const std::filesystem::path& dir);

} // namespace ct::bench

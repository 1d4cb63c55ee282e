#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline import --db FILE [--published YYYY-MM-DD] ARTICLE...
// One line per file; exit status 1 if any file failed, 2 on a usage or database error.
int runImportCommand(const QStringList& arguments);

} // namespace ct::cli

#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline import-table --db FILE [--preset NAME] [--map SPEC] [--on-error skip|stop] FILE
int runImportTableCommand(const QStringList& arguments);

} // namespace ct::cli

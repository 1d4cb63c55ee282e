#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline events --db FILE [--from DATE] [--to DATE] [--query TEXT] [--format csv|json]
int runEventsCommand(const QStringList& arguments);

} // namespace ct::cli

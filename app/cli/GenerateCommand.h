#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline generate --db FILE --events N [--seed S]
// Writes N synthetic events (EventGenerator: 30 bursty years, 400 actors, 250 places) in one
// transaction. Same seed → same events. Exit status 2 on a usage or database error.
int runGenerateCommand(const QStringList& arguments);

} // namespace ct::cli

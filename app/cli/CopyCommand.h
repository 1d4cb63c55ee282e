#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline copy --from A --to B [--replace]
// Copies a story whole (articles, events, reports, decisions, chosen dates, user edits, who and
// when) between a SQLite file and a PostgreSQL server story, either way, in one transaction on
// the target. A target that holds a story is refused unless --replace. Exit status 0 on
// success, 1 when the copy failed, 2 on a usage error.
int runCopyCommand(const QStringList& arguments);

} // namespace ct::cli

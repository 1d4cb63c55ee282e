#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline offline --from SERVER --to FILE [--replace]
// Takes an offline copy of a server story: the whole story into the SQLite file FILE, with
// where it came from and a pristine twin (FILE.base) that `sync` compares it with later.
// Exit status 0 on success, 1 when the copy failed, 2 on a usage error.
int runOfflineCommand(const QStringList& arguments);

} // namespace ct::cli

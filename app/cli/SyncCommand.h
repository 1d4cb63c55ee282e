#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline sync --db FILE [--server URI] [--mine | --theirs]
// Brings the changes made in an offline copy back to its server story (store/offline/BringBack):
// prints what it applied and every conflict. Without --mine or --theirs a conflict applies
// nothing (exit status 3), so that an analyst looks before anything is lost either way.
// Exit status 0 when applied, 1 on an error, 2 on a usage error, 3 on undecided conflicts.
int runSyncCommand(const QStringList& arguments);

} // namespace ct::cli

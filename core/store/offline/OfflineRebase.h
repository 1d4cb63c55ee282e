#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <string>

namespace ct::offline {

// What a re-base brought from the server.
struct RebaseSummary {
    bool incremental = false; // only what changed since the copy was taken; else a full copy
    int events = 0;           // events brought in again (changed or new on the server)
    int eventsGone = 0;       // events deleted from the copy (gone from the server)
    int articles = 0;
};

// Brings what changed on `server` since the offline copy `file` was taken (or last re-based)
// into its pristine twin, then makes the copy the twin (SQLite's backup API, through the
// copy's own locking, so a window holding the copy open is safe). What changed is found by
// comparing row versions and ids (Store::storyRows) with the twin's: events whose version rose
// or that are new or gone, events whose reports moved, appeared, vanished or were re-dated,
// articles new, gone or re-dated. Returns false when an incremental re-base is not possible or
// not worth it: a copy from before the server's schema was recorded, a different server schema
// now, an engine without row listings, or so many changes that a full copy is faster. On false
// or an error the caller takes a full copy (rebaseOfflineCopy), which overwrites both files.
Result<bool> rebaseIncrementally(Store& server, const std::string& file, RebaseSummary& summary);

// The copy at `to` becomes what `from` holds, page by page, in one write transaction on `to`.
Result<void> copyDatabaseFile(const std::string& from, const std::string& to);

} // namespace ct::offline

#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <cstdint>
#include <map>
#include <string>

namespace ct {

// Where an offline copy came from, as recorded inside the copy (tables offline_origin and
// offline_versions, which the store itself never reads).
struct OfflineOrigin {
    std::string server;  // the server story's location, without its password
    std::string takenAt; // ISO 8601 UTC of the copy (or of the last bring-back)
    // Every event's row version on the server at that moment: bringBack calls an event a
    // colleague changed since a conflict when the analyst changed it too.
    std::map<std::int64_t, std::int64_t> versions;
    // A bring-back was about to commit on the server and the copy was not re-based after it
    // (a crash, a lost connection): its changes may be on the server already, so bringing them
    // again could apply them twice.
    bool bringBackPending = false;
    // The server's schema version when the copy was taken (0: not recorded): a re-base brings
    // only what changed as long as it is the same.
    int serverSchema = 0;
};

// The pristine twin of an offline copy: the story as it was taken, which bringBack compares
// the copy with (sqlite3session_diff) to know what the analyst changed.
std::string offlineBasePath(const std::string& file);

// A SQLite copy of a server story for working without the network: the whole story
// (copyStory), its origin, and the pristine twin beside it. Refuses an existing story in
// `file` unless `replace`.
Result<OfflineOrigin> takeOffline(Store& server, const std::string& file, bool replace = false);

// The origin recorded in `file`; Error::Code::NotFound when it is no offline copy.
Result<OfflineOrigin> readOfflineOrigin(const std::string& file);
bool isOfflineCopy(const std::string& file);
// Set just before a bring-back commits on the server; rebaseOfflineCopy clears it.
Result<void> markBringBackPending(const std::string& file, bool pending);

// After a bring-back: the copy becomes the server story as it now is (with what was just
// applied and what colleagues did), and so does its twin, so nothing is applied twice.
// Incremental where possible (offline::rebaseIncrementally), else a full copy; `incremental`
// says which it was.
Result<OfflineOrigin> rebaseOfflineCopy(Store& server, const std::string& file,
                                        bool* incremental = nullptr);

} // namespace ct

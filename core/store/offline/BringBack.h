#pragma once

#include "common/Result.h"
#include "model/Event.h"
#include "store/Store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ct {

// An event the analyst changed offline that a colleague changed on the server since the copy
// was taken (or deleted): both versions, for the user to choose between. Never resolved by
// overwriting silently.
struct OfflineConflict {
    std::int64_t eventId = 0;
    std::string mineDid;          // "edited", "deleted", "merged", "split"
    std::optional<Event> mine;    // the copy's event; nullopt when deleted or merged away
    std::optional<Event> theirs;  // the server's event now; nullopt when a colleague deleted it
    std::int64_t baseVersion = 0; // the server's version when the copy was taken
};

enum class ConflictChoice {
    Abort,  // apply nothing while a conflict is undecided
    Mine,   // the analyst's change wins (a colleague's deletion still stands)
    Theirs, // the server's event stays as the colleague left it; the offline change is dropped
};

struct BringBackOptions {
    ConflictChoice onConflict = ConflictChoice::Abort;
    std::map<std::int64_t, ConflictChoice> choices; // per event id; overrides onConflict
};

struct BringBackResult {
    bool applied = false; // false: a conflict was left undecided and nothing was written
    std::vector<OfflineConflict> conflicts; // every conflict found, decided or not
    int imported = 0;                       // articles imported offline, now imported on the server
    int alreadyOnServer = 0;                // of those, a colleague had imported the same file
    int created = 0, edited = 0, deleted = 0, merged = 0, split = 0;
    int decisions = 0, datesChosen = 0;
    int keptTheirs = 0;   // conflicts decided for the server's version
    bool rebased = false; // the copy now equals the server story; a second run applies nothing
    bool rebasedIncrementally = false; // only what changed on the server was brought in
    std::vector<std::string> notes;    // what was not brought back, and why
    int applyCount() const {
        return imported - alreadyOnServer + created + edited + deleted + merged + split +
               decisions + datesChosen;
    }
};

// Brings what the analyst changed in the offline copy `file` back to `server` (the story it
// was taken of): imported articles are imported there, events added, edited, deleted, merged
// and split as in the copy, decisions and chosen dates made. An event a colleague changed
// since the copy was taken is a conflict, decided by `options`; undecided conflicts leave the
// server untouched. Everything is applied in one server transaction or not at all; then the
// copy is re-based on the server's story.
Result<BringBackResult> bringBack(const std::string& file, Store& server,
                                  const BringBackOptions& options = {});

} // namespace ct

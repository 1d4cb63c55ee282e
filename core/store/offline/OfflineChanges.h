#pragma once

#include "common/Result.h"
#include "store/StoryEdit.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct {

// What an analyst did in an offline copy since its base, in the terms of the story (not of
// rows): read from the changeset between the copy and its pristine twin (offline::diffTables).
// Ids are the copy's; those of rows the base has are the server's too (copyStory keeps ids).
struct OfflineChanges {
    // A report that now belongs to another event: a merge moves all of an event's reports into
    // an existing one, a split moves one into a new event.
    struct Move {
        std::int64_t reportId = 0;
        std::int64_t fromEvent = 0; // in the base (and on the server)
        std::int64_t toEvent = 0;   // in the copy
        bool toNewEvent = false;    // toEvent was made in the copy (a split)
    };
    std::vector<std::int64_t> newArticles;   // imported offline
    std::vector<std::int64_t> createdEvents; // added by hand offline
    std::vector<std::int64_t> editedEvents;  // of the base, changed by hand (user_edited)
    std::vector<std::int64_t> deletedEvents; // of the base, deleted (not merged away)
    std::vector<Move> moves;
    std::vector<StoryDecision> addedDecisions;
    std::vector<std::string> chosenDates; // report keys whose date the analyst chose
    // What the copy holds that no store operation brings to the server, said in words.
    std::vector<std::string> unsupported;

    bool empty() const {
        return newArticles.empty() && createdEvents.empty() && editedEvents.empty() &&
               deletedEvents.empty() && moves.empty() && addedDecisions.empty() &&
               chosenDates.empty() && unsupported.empty();
    }
};

// Opens `file` with its twin attached, diffs them and names the changes.
Result<OfflineChanges> readOfflineChanges(const std::string& file);

} // namespace ct

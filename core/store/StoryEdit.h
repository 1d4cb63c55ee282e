#pragma once

#include "model/Event.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct {

// A user decision about the story, as stored: 'apart' (two reports tell of different
// happenings) or 'same' (they tell of one), between two report keys.
struct StoryDecision {
    enum class Kind { Apart, Same };
    Kind kind = Kind::Apart;
    std::string a, b;
    friend bool operator==(const StoryDecision&, const StoryDecision&) = default;
};

// What one story edit (split, merge, not-the-same, choose date) changed, exactly enough to
// take it back: EventStore::revert(edit) undoes it and returns the edit that redoes it.
struct StoryEdit {
    struct Move {
        std::int64_t reportId = 0;
        std::int64_t fromEvent = 0; // where revert puts it back
        std::int64_t toEvent = 0;   // where it is now
    };
    std::vector<Move> moves;
    std::vector<std::int64_t> createdEvents; // revert deletes them (their reports moved away)
    std::vector<Event> removedEvents;        // revert re-creates them with their ids
    std::vector<StoryDecision> addedDecisions, removedDecisions;
    std::vector<std::string> chosenAdded, chosenRemoved; // report keys whose date was chosen
    std::int64_t resultEvent = 0; // the event to show after the edit (the new or kept one)
    std::vector<std::int64_t> touchedEvents; // for views: these events changed or vanished
};

} // namespace ct

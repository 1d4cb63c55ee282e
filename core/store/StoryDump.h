#pragma once

#include "model/Article.h"
#include "model/Event.h"
#include "store/StoryEdit.h"

#include <map>
#include <string>
#include <vector>

namespace ct {

// A whole story as plain values, for copying it between stores of either engine (copyStory):
// articles with their texts and tags, events with their ids, names, user flags and who/when,
// reports with their keys, and the user's decisions and chosen dates.
struct StoryDump {
    struct KeyedReport {
        Report report; // report.eventId: the event it belongs to
        std::string key;
    };
    std::vector<Article> articles;
    std::vector<Event> events; // reports left empty: they are in `reports`
    std::vector<KeyedReport> reports;
    std::vector<StoryDecision> decisions;
    std::vector<std::string> chosenDates;
};

// What only the engine knows: report keys by report id, decisions and chosen dates.
struct StoryKeys {
    std::map<std::int64_t, std::string> reportKeys;
    std::vector<StoryDecision> decisions;
    std::vector<std::string> chosenDates;
};

} // namespace ct

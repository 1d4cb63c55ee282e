#include "interchange/presets/AcledPreset.h"

#include <algorithm>

namespace ct {

int AcledPreset::match(const std::vector<std::string>& firstRow) const {
    return headerScore(firstRow, {"event_id_cnty", "event_date", "time_precision", "event_type",
                                  "sub_event_type", "actor1", "actor2", "country", "location",
                                  "source", "notes"});
}

Result<ColumnMapping> AcledPreset::mapping(const std::vector<std::string>& header,
                                           std::size_t) const {
    auto mapping = byName(header,
                          {{"event_id_cnty", ColumnRole::Id},
                           {"event_date", ColumnRole::Start},
                           {"time_precision", ColumnRole::Precision},
                           {"sub_event_type", ColumnRole::Title},
                           {"actor1", ColumnRole::Actors},
                           {"assoc_actor_1", ColumnRole::Actors},
                           {"actor2", ColumnRole::Actors},
                           {"assoc_actor_2", ColumnRole::Actors},
                           {"location", ColumnRole::Places},
                           {"admin1", ColumnRole::Places},
                           {"country", ColumnRole::Places},
                           {"source", ColumnRole::Source},
                           {"notes", ColumnRole::Description}},
                          name());
    return mapping;
}

// "Peaceful protest in Almaty": the sub-event type says what, the location where.
void AcledPreset::finish(const std::vector<std::string>& header,
                         const std::vector<std::string>& fields, Event& event) const {
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i)
        if (header[i] == "location" && !fields[i].empty() && !event.title.empty()) {
            event.title.append(" in ").append(fields[i]);
            break;
        }
    // The columns run country, admin1, location; the lane (first place) should be the town.
    std::reverse(event.places.begin(), event.places.end());
    if (!event.reports.empty())
        event.reports.front().title = event.title;
}

} // namespace ct

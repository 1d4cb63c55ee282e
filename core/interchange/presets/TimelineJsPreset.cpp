#include "interchange/presets/TimelineJsPreset.h"

namespace ct {

const std::vector<std::string>& TimelineJsPreset::columns() {
    static const std::vector<std::string> names = {
        "Year",      "Month",   "Day",          "Time",          "End Year",
        "End Month", "End Day", "End Time",     "Display Date",  "Headline",
        "Text",      "Media",   "Media Credit", "Media Caption", "Media Thumbnail",
        "Type",      "Group",   "Background"};
    return names;
}

int TimelineJsPreset::match(const std::vector<std::string>& firstRow) const {
    return headerScore(firstRow, {"Year", "Month", "Day", "End Year", "End Month", "End Day",
                                  "Headline", "Text", "Media", "Group"});
}

Result<ColumnMapping> TimelineJsPreset::mapping(const std::vector<std::string>& header,
                                                std::size_t) const {
    auto m = byName(header,
                    {{"Year", ColumnRole::Start},
                     {"Month", ColumnRole::Start},
                     {"Day", ColumnRole::Start},
                     {"End Year", ColumnRole::End},
                     {"End Month", ColumnRole::End},
                     {"End Day", ColumnRole::End},
                     {"Headline", ColumnRole::Title},
                     {"Text", ColumnRole::Description},
                     {"Media", ColumnRole::Source},
                     {"Group", ColumnRole::Actors}},
                    name());
    if (m) {
        // Year, Month and Day are joined with '-' into a partial ISO date ("2022-1-8", "2022").
        m->startFormat = DateFormat::Iso;
        m->endFormat = DateFormat::Iso;
    }
    return m;
}

} // namespace ct

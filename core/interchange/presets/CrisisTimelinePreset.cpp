#include "interchange/presets/CrisisTimelinePreset.h"

namespace ct {

int CrisisTimelinePreset::match(const std::vector<std::string>& firstRow) const {
    // The fixed leading columns, which scripts read by position.
    static const std::vector<std::string> lead = {"start", "end",    "precision", "fuzzy",
                                                  "title", "actors", "places"};
    if (firstRow.size() < lead.size())
        return 0;
    return std::equal(lead.begin(), lead.end(), firstRow.begin()) ? 100 : 0;
}

Result<ColumnMapping> CrisisTimelinePreset::mapping(const std::vector<std::string>& header,
                                                    std::size_t) const {
    auto m = byName(header,
                    {{"start", ColumnRole::Start},
                     {"end", ColumnRole::End},
                     {"precision", ColumnRole::Precision},
                     {"fuzzy", ColumnRole::Fuzzy},
                     {"title", ColumnRole::Title},
                     {"actors", ColumnRole::Actors},
                     {"places", ColumnRole::Places},
                     {"sentence", ColumnRole::Description},
                     {"url", ColumnRole::Source}},
                    name());
    if (m) {
        m->startFormat = DateFormat::Iso;
        m->endFormat = DateFormat::Iso;
    }
    return m;
}

} // namespace ct

#include "interchange/presets/TimelineProjPreset.h"

namespace ct {

const std::vector<std::string>& TimelineProjPreset::columns() {
    static const std::vector<std::string> names = {"start",    "end",   "text",     "description",
                                                   "category", "fuzzy", "hyperlink"};
    return names;
}

int TimelineProjPreset::match(const std::vector<std::string>& firstRow) const {
    return firstRow == columns() ? 100 : 0;
}

Result<ColumnMapping> TimelineProjPreset::mapping(const std::vector<std::string>& header,
                                                  std::size_t) const {
    auto m = byName(header,
                    {{"start", ColumnRole::Start},
                     {"end", ColumnRole::End},
                     {"text", ColumnRole::Title},
                     {"description", ColumnRole::Description},
                     {"category", ColumnRole::Actors},
                     {"fuzzy", ColumnRole::Fuzzy},
                     {"hyperlink", ColumnRole::Source}},
                    name());
    if (m) {
        m->startFormat = DateFormat::Iso;
        m->endFormat = DateFormat::Iso;
        m->listSeparator = std::string(1, '\t'); // a category is one name
    }
    return m;
}

} // namespace ct

#include "interchange/presets/GdeltPreset.h"

#include "interchange/CameoCodes.h"

namespace ct {

std::optional<GdeltPreset::Layout> GdeltPreset::layout(std::size_t columnCount) {
    Layout l;
    if (columnCount == 57 || columnCount == 58) { // GDELT 1.0
        l.actionGeoFullName = 50;
        l.sourceUrl = columnCount == 58 ? 57 : columnCount;
        return l;
    }
    if (columnCount == 61) { // GDELT 2.0
        l.actionGeoFullName = 52;
        l.sourceUrl = 60;
        return l;
    }
    return std::nullopt;
}

int GdeltPreset::match(const std::vector<std::string>& firstRow) const {
    const auto l = layout(firstRow.size());
    if (!l)
        return 0;
    const std::string& date = firstRow[l->sqlDate];
    if (date.size() != 8 || date.find_first_not_of("0123456789") != std::string::npos)
        return 0;
    return 90;
}

CsvOptions GdeltPreset::csvOptions() const {
    CsvOptions options;
    options.delimiter = '\t';
    options.quoting = false;
    options.header = false;
    return options;
}

Result<ColumnMapping> GdeltPreset::mapping(const std::vector<std::string>&,
                                           std::size_t columnCount) const {
    const auto l = layout(columnCount);
    if (!l)
        return makeError(Error::Code::InvalidInput,
                         "preset gdelt: " + std::to_string(columnCount) +
                             " columns; GDELT event files have 57 or 58 (1.0) or 61 (2.0)");
    ColumnMapping m;
    m.set(l->id, ColumnRole::Id);
    m.set(l->sqlDate, ColumnRole::Start);
    m.set(l->actor1Name, ColumnRole::Actors);
    m.set(l->actor2Name, ColumnRole::Actors);
    m.set(l->actionGeoFullName, ColumnRole::Places);
    if (l->sourceUrl < columnCount)
        m.set(l->sourceUrl, ColumnRole::Source);
    m.startFormat = DateFormat::Compact;
    m.listSeparator = std::string(1, '\t'); // names are single values; never split them
    return m;
}

// "Make a visit: RUSSIA, KAZAKHSTAN" from EventCode 042 and the actors' names.
void GdeltPreset::finish(const std::vector<std::string>&, const std::vector<std::string>& fields,
                         Event& event) const {
    const auto l = layout(fields.size());
    if (!l)
        return;
    const std::string& code = fields[l->eventCode];
    std::string title = CameoCodes::label(code);
    if (title.empty())
        title = "CAMEO " + code;
    std::string who;
    for (const auto& actor : event.actors) {
        if (!who.empty())
            who += ", ";
        who += actor;
    }
    if (!who.empty())
        title += ": " + who;
    event.title = title;
    const std::string& sources = fields[l->numSources];
    event.resolution = "GDELT event " + fields[l->id] + ", CAMEO " + code + " (" +
                       CameoCodes::rootLabel(code) + "), " + sources + " source(s)";
    if (!event.reports.empty()) {
        event.reports.front().title = title;
        event.reports.front().resolution = event.resolution;
    }
}

} // namespace ct

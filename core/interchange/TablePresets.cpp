#include "interchange/TablePreset.h"
#include "interchange/presets/AcledPreset.h"
#include "interchange/presets/CrisisTimelinePreset.h"
#include "interchange/presets/GdeltPreset.h"
#include "interchange/presets/TimelineJsPreset.h"
#include "interchange/presets/TimelineProjPreset.h"

#include <cctype>

namespace ct {
namespace {

std::string lower(std::string_view s) {
    std::string out;
    for (char c : s)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

void TablePreset::finish(const std::vector<std::string>&, const std::vector<std::string>&,
                         Event&) const {}

Result<ColumnMapping>
TablePreset::byName(const std::vector<std::string>& header,
                    const std::vector<std::pair<const char*, ColumnRole>>& roles,
                    const std::string& presetName) {
    ColumnMapping mapping;
    for (const auto& [name, role] : roles) {
        bool found = false;
        for (std::size_t i = 0; i < header.size() && !found; ++i)
            if (lower(header[i]) == lower(name)) {
                mapping.set(i, role);
                found = true;
            }
        if (!found && role == ColumnRole::Start)
            return makeError(Error::Code::InvalidInput,
                             "preset " + presetName + ": the file has no column \"" + name + "\"");
    }
    return mapping;
}

int TablePreset::headerScore(const std::vector<std::string>& header,
                             const std::vector<const char*>& expected) {
    int found = 0;
    for (const char* name : expected)
        for (const auto& column : header)
            if (lower(column) == lower(name)) {
                ++found;
                break;
            }
    return expected.empty() ? 0 : found * 100 / static_cast<int>(expected.size());
}

const std::vector<std::unique_ptr<TablePreset>>& tablePresets() {
    static const auto presets = [] {
        std::vector<std::unique_ptr<TablePreset>> list;
        list.push_back(std::make_unique<AcledPreset>());
        list.push_back(std::make_unique<GdeltPreset>());
        list.push_back(std::make_unique<TimelineJsPreset>());
        list.push_back(std::make_unique<TimelineProjPreset>());
        list.push_back(std::make_unique<CrisisTimelinePreset>());
        return list;
    }();
    return presets;
}

const TablePreset* findTablePreset(std::string_view name) {
    for (const auto& preset : tablePresets())
        if (preset->name() == name)
            return preset.get();
    return nullptr;
}

const TablePreset* detectTablePreset(const std::vector<std::string>& firstRow) {
    const TablePreset* best = nullptr;
    int bestScore = 59;
    for (const auto& preset : tablePresets()) {
        const int score = preset->match(firstRow);
        if (score > bestScore)
            bestScore = score, best = preset.get();
    }
    return best;
}

} // namespace ct

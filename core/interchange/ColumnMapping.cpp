#include "interchange/ColumnMapping.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ct {
namespace {

constexpr std::array<const char*, 11> kRoleNames = {"ignored",     "start",  "end",    "title",
                                                    "description", "actors", "places", "source",
                                                    "precision",   "fuzzy",  "id"};

std::vector<std::string_view> split(std::string_view s, char by) {
    std::vector<std::string_view> out;
    std::size_t from = 0;
    for (;;) {
        const auto at = s.find(by, from);
        out.push_back(
            s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos)
            return out;
        from = at + 1;
    }
}

std::string lower(std::string_view s) {
    std::string out;
    for (char c : s)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

const char* toText(ColumnRole role) {
    return kRoleNames[static_cast<std::size_t>(role)];
}

std::optional<ColumnRole> columnRoleFromText(std::string_view text) {
    const std::string l = lower(text);
    for (std::size_t i = 0; i < kRoleNames.size(); ++i)
        if (l == kRoleNames[i])
            return static_cast<ColumnRole>(i);
    if (l == "url" || l == "link")
        return ColumnRole::Source;
    if (l == "date")
        return ColumnRole::Start;
    return std::nullopt;
}

void ColumnMapping::set(std::size_t column, ColumnRole role) {
    if (roles.size() <= column)
        roles.resize(column + 1, ColumnRole::Ignored);
    roles[column] = role;
}

std::vector<std::size_t> ColumnMapping::columns(ColumnRole role) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (roles[i] == role)
            out.push_back(i);
    return out;
}

Result<ColumnMapping> ColumnMapping::fromSpec(std::string_view spec,
                                              const std::vector<std::string>& header) {
    ColumnMapping mapping;
    auto fail = [](std::string message) {
        return makeError(Error::Code::InvalidInput, "--map: " + std::move(message));
    };
    auto findColumn = [&](std::string_view name) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return i;
        for (std::size_t i = 0; i < header.size(); ++i)
            if (lower(header[i]) == lower(name))
                return i;
        if (!name.empty() &&
            std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            const std::size_t n = std::stoul(std::string(name));
            if (n >= 1)
                return n - 1;
        }
        return std::nullopt;
    };
    // "sep=," would be cut at its own comma: a separator given as "sep=," ends the item early,
    // so "comma", "semicolon", "pipe" and "space" are accepted by name as well.
    for (std::string_view item : split(spec, ',')) {
        if (item.empty())
            continue;
        const auto eq = item.find('=');
        if (eq == std::string_view::npos)
            return fail("\"" + std::string(item) + "\" is not KEY=COLUMNS");
        const std::string key = lower(item.substr(0, eq));
        const std::string_view value = item.substr(eq + 1);
        if (key == "sep") {
            static const std::array<std::pair<const char*, const char*>, 5> named = {
                {{"comma", ","},
                 {"semicolon", ";"},
                 {"pipe", "|"},
                 {"space", " "},
                 {"slash", "/"}}};
            mapping.listSeparator = std::string(value);
            for (const auto& [name, sep] : named)
                if (value == name)
                    mapping.listSeparator = sep;
            if (mapping.listSeparator.empty())
                return fail("sep= needs a separator");
            continue;
        }
        if (key == "dates" || key == "start-format" || key == "end-format") {
            const auto format = dateFormatFromText(value);
            if (!format)
                return fail("unknown date format \"" + std::string(value) +
                            "\" (iso, day-month-name, month-name-day, day-first, month-first, "
                            "compact, year)");
            if (key != "end-format")
                mapping.startFormat = format;
            if (key != "start-format")
                mapping.endFormat = format;
            continue;
        }
        const auto role = columnRoleFromText(key);
        if (!role || *role == ColumnRole::Ignored)
            return fail("unknown role \"" + key +
                        "\" (start, end, title, description, actors, places, source, "
                        "precision, fuzzy, id)");
        for (std::string_view name : split(value, '+')) {
            const auto column = findColumn(name);
            if (!column)
                return fail("no column \"" + std::string(name) + "\" in the file's header");
            mapping.set(*column, *role);
        }
    }
    if (!mapping.has(ColumnRole::Start))
        return fail("no start= column: every event needs a date");
    return mapping;
}

std::string ColumnMapping::toSpec(const std::vector<std::string>& header) const {
    std::string out;
    for (std::size_t r = 1; r < kRoleNames.size(); ++r) {
        const auto cols = columns(static_cast<ColumnRole>(r));
        if (cols.empty())
            continue;
        if (!out.empty())
            out += ',';
        out += kRoleNames[r];
        out += '=';
        for (std::size_t i = 0; i < cols.size(); ++i) {
            if (i)
                out += '+';
            out += cols[i] < header.size() && !header[cols[i]].empty()
                       ? header[cols[i]]
                       : std::to_string(cols[i] + 1);
        }
    }
    if (listSeparator != ";")
        out += ",sep=" + (listSeparator == "," ? std::string("comma") : listSeparator);
    if (startFormat)
        out += std::string(",start-format=") + toText(*startFormat);
    if (endFormat)
        out += std::string(",end-format=") + toText(*endFormat);
    return out;
}

} // namespace ct

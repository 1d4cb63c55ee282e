#pragma once

#include "common/Result.h"
#include "interchange/DateColumn.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// What a column of a data set means for the timeline.
enum class ColumnRole {
    Ignored,
    Start,       // the date (several columns are joined with '-': Year, Month, Day)
    End,         // the last day, inclusive
    Title,       // several columns are joined with " – "
    Description, // the report's sentence; several are joined with a line break
    Actors,      // each column one actor, or a list split at the list separator
    Places,
    Source,    // a URL, or the name of the source (ACLED's "source")
    Precision, // day/week/month/year, or ACLED's 1/2/3
    Fuzzy,     // true/false, yes/no, 1/0
    Id,        // the row's id in the data set (ACLED's event_id_cnty)
};

const char* toText(ColumnRole role); // "ignored", "start", "end", "title", …
std::optional<ColumnRole> columnRoleFromText(std::string_view text);

// Which columns play which role, by position. Made by the user in the mapping dialog, from a
// preset, or from a SPEC on the command line.
struct ColumnMapping {
    std::vector<ColumnRole> roles;         // one per column; missing ones are ignored
    std::string listSeparator = ";";       // splits an actors/places cell holding a list
    std::optional<DateFormat> startFormat; // nullopt: detected from the first rows
    std::optional<DateFormat> endFormat;

    ColumnRole role(std::size_t column) const {
        return column < roles.size() ? roles[column] : ColumnRole::Ignored;
    }
    void set(std::size_t column, ColumnRole role);
    std::vector<std::size_t> columns(ColumnRole role) const;
    bool has(ColumnRole role) const { return !columns(role).empty(); }

    // start=event_date,title=event_type+sub_event_type,actors=actor1+actor2,sep=;,dates=day-first
    // Columns by header name, or by 1-based number (files without a header). Keys: the roles
    // (start end title description actors places source precision fuzzy id), "sep" for the
    // list separator, "dates" (or "start-format"/"end-format") for a date format.
    static Result<ColumnMapping> fromSpec(std::string_view spec,
                                          const std::vector<std::string>& header);
    // The SPEC naming columns by header name where there is one.
    std::string toSpec(const std::vector<std::string>& header) const;
};

} // namespace ct

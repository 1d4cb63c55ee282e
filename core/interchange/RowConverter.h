#pragma once

#include "interchange/ColumnMapping.h"
#include "interchange/TablePreset.h"
#include "model/Event.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace ct {

// A row that could not become an event, and why.
struct RowProblem {
    std::int64_t line = 0;
    std::string reason; // "no date", "unparseable date \"32/13/2022\" in event_date", …
    friend bool operator==(const RowProblem&, const RowProblem&) = default;
};

// Turns one row of a data set into an event with one report (origin Table): the data set's
// name as outlet, the row's id (or its line) as sourceRef, the source URL, the description as
// the sentence. Date formats the mapping leaves open are detected from a sample of rows first.
class RowConverter {
  public:
    struct Source {
        std::string dataSetName; // "ACLED", or the file's name
        std::string fileName;
        std::vector<std::string> header;
        std::size_t columnCount = 0; // 0: the header's, or the first row's
    };

    RowConverter(ColumnMapping mapping, Source source, const TablePreset* preset = nullptr);

    // Fills in the start/end formats the mapping leaves open, from these rows.
    void detectFormats(const std::vector<std::vector<std::string>>& sample);
    const ColumnMapping& mapping() const { return m_mapping; }
    // The detected formats, with why day-first or month-first (for the dialog and the CLI).
    const DateDetection& startDetection() const { return m_startDetection; }

    // An event, or the reason the row is bad.
    std::variant<Event, std::string> convert(const std::vector<std::string>& fields,
                                             std::int64_t line);

  private:
    std::string joined(const std::vector<std::string>& fields, const std::vector<std::size_t>& cols,
                       std::string_view glue) const;
    std::optional<DateSpan> applyPrecision(DateSpan span, std::string_view precision,
                                           std::string& problem) const;

    ColumnMapping m_mapping;
    Source m_source;
    const TablePreset* m_preset;
    DateDetection m_startDetection;
    std::vector<std::size_t> m_start, m_end, m_title, m_description, m_actors, m_places,
        m_sourceCols, m_precision, m_fuzzy, m_id;
};

} // namespace ct

#include "interchange/RowConverter.h"

#include <algorithm>
#include <cctype>

namespace ct {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out;
    for (char c : s)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// At most `bytes` bytes, cut at a UTF-8 character boundary, with an ellipsis when cut.
std::string shorten(std::string_view text, std::size_t bytes) {
    if (text.size() <= bytes)
        return std::string(text);
    std::size_t cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(trim(text.substr(0, cut))) + "…";
}

bool isUrl(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.");
}

void addSplit(std::vector<std::string>& out, std::string_view cell, std::string_view sep) {
    std::size_t from = 0;
    while (from <= cell.size()) {
        const auto at = cell.find(sep, from);
        const auto item = trim(
            cell.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (!item.empty() && std::find(out.begin(), out.end(), item) == out.end())
            out.emplace_back(item);
        if (at == std::string_view::npos)
            break;
        from = at + sep.size();
    }
}

std::optional<DateSpan> parseJoined(const std::string& text, const std::optional<DateFormat>& f) {
    return f ? DateColumn::parse(text, *f) : std::nullopt;
}

} // namespace

RowConverter::RowConverter(ColumnMapping mapping, Source source, const TablePreset* preset)
    : m_mapping(std::move(mapping)), m_source(std::move(source)), m_preset(preset) {
    m_start = m_mapping.columns(ColumnRole::Start);
    m_end = m_mapping.columns(ColumnRole::End);
    m_title = m_mapping.columns(ColumnRole::Title);
    m_description = m_mapping.columns(ColumnRole::Description);
    m_actors = m_mapping.columns(ColumnRole::Actors);
    m_places = m_mapping.columns(ColumnRole::Places);
    m_sourceCols = m_mapping.columns(ColumnRole::Source);
    m_precision = m_mapping.columns(ColumnRole::Precision);
    m_fuzzy = m_mapping.columns(ColumnRole::Fuzzy);
    m_id = m_mapping.columns(ColumnRole::Id);
    if (m_source.columnCount == 0)
        m_source.columnCount = m_source.header.size();
    if (m_mapping.startFormat)
        m_startDetection.format = m_mapping.startFormat;
}

std::string RowConverter::joined(const std::vector<std::string>& fields,
                                 const std::vector<std::size_t>& cols,
                                 std::string_view glue) const {
    std::string out;
    for (std::size_t c : cols) {
        if (c >= fields.size())
            continue;
        const auto v = trim(fields[c]);
        if (v.empty())
            continue;
        if (!out.empty())
            out += glue;
        out += v;
    }
    return out;
}

void RowConverter::detectFormats(const std::vector<std::vector<std::string>>& sample) {
    auto detect = [&](const std::vector<std::size_t>& cols, std::optional<DateFormat>& format,
                      DateDetection& detection) {
        if (format || cols.empty())
            return;
        std::vector<std::string> texts;
        for (const auto& row : sample)
            texts.push_back(joined(row, cols, "-"));
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        detection = DateColumn::detect(views);
        format = detection.format;
    };
    detect(m_start, m_mapping.startFormat, m_startDetection);
    DateDetection endDetection;
    detect(m_end, m_mapping.endFormat, endDetection);
    // An end column in the same style as the start: when its values leave day-first open,
    // the start's evidence decides.
    if (m_mapping.endFormat && m_mapping.startFormat &&
        (*m_mapping.endFormat == DateFormat::DayFirst ||
         *m_mapping.endFormat == DateFormat::MonthFirst) &&
        (*m_mapping.startFormat == DateFormat::DayFirst ||
         *m_mapping.startFormat == DateFormat::MonthFirst) &&
        endDetection.reason.find("assumed") != std::string::npos)
        m_mapping.endFormat = m_mapping.startFormat;
}

std::optional<DateSpan> RowConverter::applyPrecision(DateSpan span, std::string_view text,
                                                     std::string& problem) const {
    const std::string p = lower(trim(text));
    if (p.empty() || p == "1" || p == "day")
        return span;
    if (p == "2" || p == "week") { // ACLED: the date is known within a week
        span.start = span.start - boost::gregorian::days(3);
        span.end = span.end + boost::gregorian::days(3);
        span.precision = Precision::Range;
        span.fuzzy = true;
        return span;
    }
    if (p == "3" || p == "month") {
        span.start = Date(span.start.year(), span.start.month(), 1);
        span.end = std::max(span.end, span.start.end_of_month());
        span.precision = Precision::Month;
        return span;
    }
    if (p == "year") {
        span.start = Date(span.start.year(), 1, 1);
        span.end = std::max(span.end, Date(span.start.year(), 12, 31));
        span.precision = Precision::Year;
        return span;
    }
    if (p == "range") {
        span.precision = span.start == span.end ? Precision::Day : Precision::Range;
        return span;
    }
    problem =
        "unknown precision \"" + std::string(text) + "\" (day, week, month, year, range or 1/2/3)";
    return std::nullopt;
}

std::variant<Event, std::string> RowConverter::convert(const std::vector<std::string>& fields,
                                                       std::int64_t line) {
    if (m_source.columnCount != 0 && fields.size() != m_source.columnCount)
        return "wrong column count: " + std::to_string(fields.size()) + " fields, expected " +
               std::to_string(m_source.columnCount);
    const std::string startText = joined(fields, m_start, "-");
    if (startText.empty())
        return std::string("no date");
    auto span = parseJoined(startText, m_mapping.startFormat);
    if (!span) {
        std::string why = "unparseable date \"" + startText + "\"";
        if (m_mapping.startFormat)
            why += std::string(" (expected ") + toText(*m_mapping.startFormat) + ")";
        return why;
    }
    const std::string endText = joined(fields, m_end, "-");
    if (!endText.empty()) {
        const auto end =
            parseJoined(endText, m_mapping.endFormat ? m_mapping.endFormat : m_mapping.startFormat);
        if (!end)
            return "unparseable end date \"" + endText + "\"";
        if (end->end < span->start)
            return "end date " + toIso(end->end) + " before the start " + toIso(span->start);
        if (end->end != span->end) {
            span->end = end->end;
            span->precision = Precision::Range;
            // A whole month or year written as a range (the Timeline program's way).
            if (span->start.day() == 1 && span->end == span->start.end_of_month())
                span->precision = Precision::Month;
            else if (span->start.day() == 1 && span->start.month() == 1 &&
                     span->end == Date(span->start.year(), 12, 31))
                span->precision = Precision::Year;
        }
    }
    if (!m_precision.empty()) {
        std::string problem;
        span = applyPrecision(*span, joined(fields, m_precision, ""), problem);
        if (!span)
            return problem;
    }
    const std::string fuzzy = lower(joined(fields, m_fuzzy, ""));
    if (fuzzy == "true" || fuzzy == "yes" || fuzzy == "1" || fuzzy == "x")
        span->fuzzy = true;

    Event e;
    e.when = *span;
    e.sentence = joined(fields, m_description, "\n");
    e.title = joined(fields, m_title, " – ");
    if (e.title.empty())
        e.title = e.sentence.empty() ? "Row " + std::to_string(line) : shorten(e.sentence, 80);
    for (std::size_t c : m_actors)
        if (c < fields.size())
            addSplit(e.actors, fields[c], m_mapping.listSeparator);
    for (std::size_t c : m_places)
        if (c < fields.size())
            addSplit(e.places, fields[c], m_mapping.listSeparator);
    e.dateText = endText.empty() ? startText : startText + " – " + endText;

    Report r = reportOf(e, Report::Origin::Table);
    r.outlet = m_source.dataSetName;
    r.articleTitle = m_source.fileName;
    r.published = e.when.start;
    r.sourceRef = joined(fields, m_id, " ");
    if (r.sourceRef.empty())
        r.sourceRef = "line " + std::to_string(line);
    for (std::size_t c : m_sourceCols) {
        if (c >= fields.size())
            continue;
        const auto v = trim(fields[c]);
        if (isUrl(v) && r.url.empty())
            r.url = v;
        else if (!v.empty()) // ACLED names its sources ("Reuters; Kazinform")
            r.articleTitle = v;
    }
    e.resolution = m_source.dataSetName + " " + r.sourceRef + ": \"" + startText + "\" read as " +
                   (m_mapping.startFormat ? toText(*m_mapping.startFormat) : "?");
    r.resolution = e.resolution;
    e.reports.push_back(std::move(r));
    if (m_preset)
        m_preset->finish(m_source.header, fields, e);
    return e;
}

} // namespace ct

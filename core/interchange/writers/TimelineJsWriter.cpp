#include "interchange/writers/TimelineJsWriter.h"

#include "io/EventTable.h"

namespace ct {
namespace {

std::string dateObject(const Date& d, Precision precision) {
    std::string out = "{\"year\": " + std::to_string(static_cast<int>(d.year()));
    if (precision != Precision::Year)
        out += ", \"month\": " + std::to_string(static_cast<int>(d.month()));
    if (precision != Precision::Year && precision != Precision::Month)
        out += ", \"day\": " + std::to_string(static_cast<int>(d.day()));
    return out + "}";
}

} // namespace

std::string TimelineJsWriter::write(const std::vector<Event>& events,
                                    const EventWriteOptions& options) const {
    const auto json = [](std::string_view s) { return EventTable::jsonString(s); };
    std::string out = "{\n";
    if (!options.title.empty())
        out += "  \"title\": {\"text\": {\"headline\": " + json(options.title) + "}},\n";
    out += "  \"events\": [";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        const bool partial =
            e.when.precision == Precision::Month || e.when.precision == Precision::Year;
        std::string text =
            e.sentence.empty() ? std::string() : "<p>" + escapeMarkup(e.sentence) + "</p>";
        if (e.when.fuzzy)
            text += "<p><em>Estimated date</em></p>";
        std::string sources;
        for (const Report& r : e.reports) {
            std::string name = r.outlet.empty() ? r.articleTitle : r.outlet;
            if (!r.articleTitle.empty() && r.articleTitle != name)
                name += ", " + r.articleTitle;
            if (name.empty())
                continue;
            sources += sources.empty() ? "" : "; ";
            sources += r.url.empty() ? escapeMarkup(name)
                                     : "<a href=\"" + escapeMarkup(r.url) + "\">" +
                                           escapeMarkup(name) + "</a>";
        }
        if (!sources.empty())
            text += "<p>Sources: " + sources + "</p>";
        out += i ? ",\n    {" : "\n    {";
        out += "\"unique_id\": " +
               json(e.id ? "event-" + std::to_string(e.id) : "row-" + std::to_string(i + 1));
        out += ", \"start_date\": " + dateObject(e.when.start, e.when.precision);
        if (!e.when.isSingleDay() && !partial)
            out += ", \"end_date\": " + dateObject(e.when.end, e.when.precision);
        out += ", \"text\": {\"headline\": " + json(escapeMarkup(e.title)) +
               ", \"text\": " + json(text) + "}";
        const std::string g = group(e, options);
        if (!g.empty())
            out += ", \"group\": " + json(g);
        out += "}";
    }
    out += events.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

} // namespace ct

#include "interchange/writers/IcsWriter.h"

#include "common/Sha256.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>

namespace ct {
namespace {

std::string basicDate(const Date& d) {
    return boost::gregorian::to_iso_string(d); // 20220108
}

std::string stampText(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

std::string describe(const Event& e, const std::string& articleTitle) {
    std::string out;
    if (e.when.fuzzy)
        out += "Estimated date (fuzzy): " + toIso(e.when.start) +
               (e.when.isSingleDay() ? std::string() : " to " + toIso(e.when.end)) +
               ", not an exact day.\n";
    else if (e.when.precision == Precision::Month || e.when.precision == Precision::Year)
        out += std::string("Known to the ") + toText(e.when.precision) + " only.\n";
    if (!e.actors.empty()) {
        out += "Actors:";
        for (const auto& a : e.actors)
            out += " " + a + (&a == &e.actors.back() ? "" : ";");
        out += "\n";
    }
    if (e.reports.empty()) {
        // A store without reports: the event's own article is its source.
        if (!articleTitle.empty())
            out += "\nSource: " + articleTitle + "\n";
        if (!e.sentence.empty())
            out += "\n\"" + e.sentence + "\"\n";
        return out;
    }
    out += e.reports.size() == 1 ? "\nSource:\n" : "\nSources:\n";
    for (const Report& r : e.reports) {
        out += "- " + (r.outlet.empty() ? std::string("(unknown source)") : r.outlet);
        if (!r.articleTitle.empty())
            out += ", " + r.articleTitle;
        if (!r.published.is_special())
            out += ", " + toIso(r.published);
        if (!r.sourceRef.empty() && r.origin == Report::Origin::Table)
            out += " (" + r.sourceRef + ")";
        if (!r.url.empty())
            out += " " + r.url;
        out += "\n";
        if (!r.sentence.empty())
            out += "  \"" + r.sentence + "\"\n";
    }
    return out;
}

} // namespace

std::string IcsWriter::escapeText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "\\n";
            break;
        default:
            // Other control characters are not allowed in TEXT.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out += c;
        }
    }
    return out;
}

std::string IcsWriter::fold(std::string_view line) {
    std::string out;
    std::size_t limit = 75; // the first line; continuations hold 74 after their space
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string IcsWriter::write(const std::vector<Event>& events,
                             const EventWriteOptions& options) const {
    const std::string stamp = stampText(options.stamp ? options.stamp : std::time(nullptr));
    std::string out;
    auto line = [&out](std::string_view text) { out += fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Crisis Timeline//Crisis Timeline//EN");
    line("CALSCALE:GREGORIAN");
    if (!options.title.empty())
        line("X-WR-CALNAME:" + escapeText(options.title));
    for (const Event& e : events) {
        line("BEGIN:VEVENT");
        // The event's id names it in its database; an event not stored yet is named by what
        // it is, so exporting the same data set twice gives the same UIDs.
        const std::string uid =
            e.id ? "event-" + std::to_string(e.id)
                 : "row-" +
                       sha256Hex(toIso(e.when.start) + '\n' + e.title + '\n' +
                                 (e.reports.empty() ? std::string() : e.reports.front().sourceRef))
                           .substr(0, 16);
        line("UID:" + uid + "@" + options.uidDomain);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + basicDate(e.when.start));
        line("DTEND;VALUE=DATE:" + basicDate(e.when.end + boost::gregorian::days(1)));
        line("SUMMARY:" + escapeText(e.when.fuzzy ? e.title + " (estimated date)" : e.title));
        const std::string description = describe(e, articleTitle(e, options));
        if (!description.empty())
            line("DESCRIPTION:" + escapeText(description));
        if (!e.places.empty()) {
            std::string places;
            for (const auto& p : e.places) {
                // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict) on
                // `const char* + std::string` inside the loop.
                if (!places.empty())
                    places += "; ";
                places += p;
            }
            line("LOCATION:" + escapeText(places));
        }
        if (!e.actors.empty()) {
            std::string categories;
            for (const auto& a : e.actors) {
                if (!categories.empty())
                    categories += ',';
                categories += escapeText(a);
            }
            line("CATEGORIES:" + categories);
        }
        for (const Report& r : e.reports)
            if (!r.url.empty() && r.url.find_first_of(" \t\r\n\"") == std::string::npos) {
                line("URL:" + r.url);
                break;
            }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace ct

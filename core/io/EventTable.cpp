#include "io/EventTable.h"

#include <cstdio>

namespace ct {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += "; ";
        out += item;
    }
    return out;
}

// A single day leaves `end` empty so that spreadsheets show one date.
std::string endText(const Event& e) {
    return e.when.isSingleDay() ? std::string() : toIso(e.when.end);
}

std::string confidenceText(double c) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", c);
    return buf;
}

} // namespace

std::string EventTable::csvField(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string EventTable::jsonString(std::string_view value) {
    std::string out = "\"";
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                out += buf;
            } else {
                out += c;  // UTF-8 passes through: JSON is UTF-8
            }
        }
    }
    out += '"';
    return out;
}

std::string EventTable::toCsv(const std::vector<Event>& events, const ArticleTitle& articleTitle) {
    std::string out = "start,end,precision,fuzzy,title,actors,places,article,sentence,"
                      "date_text,resolution,confidence,id,sources,first_reported\r\n";
    for (const Event& e : events) {
        const std::string fields[] = {
            toIso(e.when.start),
            endText(e),
            toText(e.when.precision),
            e.when.fuzzy ? "true" : "false",
            e.title,
            join(e.actors),
            join(e.places),
            e.articleId ? articleTitle(e.articleId) : std::string(),
            e.sentence,
            e.dateText,
            e.resolution,
            confidenceText(e.confidence),
            std::to_string(e.id),
            std::to_string(e.sourceCount),
            toIso(e.firstReported),
        };
        bool first = true;
        for (const auto& f : fields) {
            if (!first)
                out += ',';
            out += csvField(f);
            first = false;
        }
        out += "\r\n";
    }
    return out;
}

std::string EventTable::toReportsCsv(const std::vector<Event>& events) {
    std::string out = "event,report,start,end,precision,fuzzy,title,outlet,article,published,"
                      "sentence,date_text,resolution,confidence,url,source_ref,origin\r\n";
    for (const Event& e : events)
        for (const Report& r : e.reports) {
            const std::string fields[] = {
                std::to_string(e.id),
                std::to_string(r.id),
                toIso(r.when.start),
                r.when.isSingleDay() ? std::string() : toIso(r.when.end),
                toText(r.when.precision),
                r.when.fuzzy ? "true" : "false",
                r.title,
                r.outlet,
                r.articleTitle,
                toIso(r.published),
                r.sentence,
                r.dateText,
                r.resolution,
                confidenceText(r.confidence),
                r.url,
                r.sourceRef,
                toText(r.origin),
            };
            bool first = true;
            for (const auto& f : fields) {
                if (!first)
                    out += ',';
                out += csvField(f);
                first = false;
            }
            out += "\r\n";
        }
    return out;
}

std::string EventTable::toJson(const std::vector<Event>& events, const ArticleTitle& articleTitle) {
    auto list = [](const std::vector<std::string>& items) {
        std::string out = "[";
        for (std::size_t i = 0; i < items.size(); ++i)
            out += (i ? ", " : "") + jsonString(items[i]);
        return out + "]";
    };
    std::string out = "[\n";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        out += "  {\"id\": " + std::to_string(e.id);
        out += ", \"start\": " + jsonString(toIso(e.when.start));
        out += ", \"end\": " + (e.when.isSingleDay() ? std::string("null") : jsonString(toIso(e.when.end)));
        out += ", \"precision\": " + jsonString(toText(e.when.precision));
        out += std::string(", \"fuzzy\": ") + (e.when.fuzzy ? "true" : "false");
        out += ", \"title\": " + jsonString(e.title);
        out += ", \"actors\": " + list(e.actors);
        out += ", \"places\": " + list(e.places);
        out += ", \"article\": " + jsonString(e.articleId ? articleTitle(e.articleId) : std::string());
        out += ", \"sentence\": " + jsonString(e.sentence);
        out += ", \"date_text\": " + jsonString(e.dateText);
        out += ", \"resolution\": " + jsonString(e.resolution);
        out += ", \"confidence\": " + confidenceText(e.confidence);
        out += ", \"source_count\": " + std::to_string(e.sourceCount);
        out += ", \"report_count\": " + std::to_string(e.reportCount);
        out += ", \"first_reported\": " +
               (e.firstReported.is_special() ? std::string("null") : jsonString(toIso(e.firstReported)));
        out += std::string(", \"date_disputed\": ") + (e.dateDisputed ? "true" : "false");
        out += ", \"sources\": [";
        for (std::size_t k = 0; k < e.reports.size(); ++k) {
            const Report& r = e.reports[k];
            out += k ? ",\n    " : "\n    ";
            out += "{\"report\": " + std::to_string(r.id);
            out += ", \"origin\": " + jsonString(toText(r.origin));
            out += ", \"article\": " + jsonString(r.articleTitle);
            out += ", \"outlet\": " + jsonString(r.outlet);
            out += ", \"published\": " +
                   (r.published.is_special() ? std::string("null") : jsonString(toIso(r.published)));
            out += ", \"start\": " + jsonString(toIso(r.when.start));
            out += ", \"end\": " + (r.when.isSingleDay() ? std::string("null") : jsonString(toIso(r.when.end)));
            out += ", \"sentence\": " + jsonString(r.sentence);
            out += ", \"date_text\": " + jsonString(r.dateText);
            out += ", \"resolution\": " + jsonString(r.resolution);
            out += ", \"url\": " + jsonString(r.url);
            if (!r.sourceRef.empty())
                out += ", \"source_ref\": " + jsonString(r.sourceRef);
            out += "}";
        }
        out += e.reports.empty() ? "]" : "\n  ]";
        out += i + 1 < events.size() ? "},\n" : "}\n";
    }
    out += "]\n";
    return out;
}

} // namespace ct

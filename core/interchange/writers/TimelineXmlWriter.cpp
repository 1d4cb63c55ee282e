#include "interchange/writers/TimelineXmlWriter.h"

#include "common/Sha256.h"

#include <set>

namespace ct {
namespace {

std::string timeText(const Date& d) {
    return toIso(d) + " 00:00:00";
}

// A colour per category, the same for the same name in every export.
std::string colour(const std::string& name) {
    const std::string hash = sha256Hex(name);
    auto channel = [&](std::size_t at) {
        return std::to_string(120 + std::stoi(hash.substr(at, 2), nullptr, 16) % 120);
    };
    return channel(0) + "," + channel(2) + "," + channel(4);
}

} // namespace

std::string TimelineXmlWriter::write(const std::vector<Event>& events,
                                     const EventWriteOptions& options) const {
    EventWriteOptions grouping = options;
    if (grouping.groupBy == EventWriteOptions::GroupBy::None)
        grouping.groupBy = EventWriteOptions::GroupBy::Actor;
    std::vector<std::string> categories;
    std::set<std::string> seen;
    for (const Event& e : events) {
        const std::string g = group(e, grouping);
        if (!g.empty() && seen.insert(g).second)
            categories.push_back(g);
    }
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline>\n"
                      "  <version>2.4.0</version>\n  <timetype>gregoriantime</timetype>\n"
                      "  <categories>\n";
    for (const auto& c : categories)
        out += "    <category>\n      <name>" + escapeMarkup(c) + "</name>\n      <color>" +
               colour(c) +
               "</color>\n      <progress_color>255,153,153</progress_color>\n"
               "      <done_color>255,153,153</done_color>\n      <font_color>0,0,0</font_color>\n"
               "    </category>\n";
    out += "  </categories>\n  <events>\n";
    for (const Event& e : events) {
        out += "    <event>\n";
        out += "      <start>" + timeText(e.when.start) + "</start>\n";
        out += "      <end>" + timeText(e.when.end) + "</end>\n";
        out += "      <text>" + escapeMarkup(e.title) + "</text>\n";
        out += "      <progress>0</progress>\n";
        out += std::string("      <fuzzy>") + (e.when.fuzzy ? "True" : "False") + "</fuzzy>\n";
        out += "      <locked>False</locked>\n      <ends_today>False</ends_today>\n";
        const std::string g = group(e, grouping);
        if (!g.empty())
            out += "      <category>" + escapeMarkup(g) + "</category>\n";
        if (!e.sentence.empty())
            out += "      <description>" + escapeMarkup(e.sentence) + "</description>\n";
        for (const Report& r : e.reports)
            if (!r.url.empty()) {
                out += "      <hyperlink>" + escapeMarkup(r.url) + "</hyperlink>\n";
                break;
            }
        out += "      <default_color>200,200,200</default_color>\n";
        out += "    </event>\n";
    }
    out += "  </events>\n  <view>\n    <displayed_period>\n";
    if (!events.empty()) {
        Date first = events.front().when.start, last = events.front().when.end;
        for (const Event& e : events) {
            first = std::min(first, e.when.start);
            last = std::max(last, e.when.end);
        }
        out += "      <start>" + timeText(first) + "</start>\n      <end>" +
               timeText(last + boost::gregorian::days(1)) + "</end>\n";
    }
    out += "    </displayed_period>\n    <hidden_categories>\n    </hidden_categories>\n"
           "  </view>\n</timeline>\n";
    return out;
}

} // namespace ct

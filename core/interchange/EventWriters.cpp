#include "interchange/EventWriter.h"
#include "interchange/writers/CsvEventWriter.h"
#include "interchange/writers/IcsWriter.h"
#include "interchange/writers/JsonEventWriter.h"
#include "interchange/writers/TimelineJsWriter.h"
#include "interchange/writers/TimelineXmlWriter.h"

#include <cctype>

namespace ct {

std::string EventWriter::articleTitle(const Event& event, const EventWriteOptions& options) {
    if (event.articleId && options.articleTitle)
        return options.articleTitle(event.articleId);
    if (!event.reports.empty())
        return event.reports.front().articleTitle;
    return {};
}

std::string EventWriter::escapeMarkup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t')
                out += c;
        }
    }
    return out;
}

std::string EventWriter::group(const Event& event, const EventWriteOptions& options) {
    switch (options.groupBy) {
    case EventWriteOptions::GroupBy::None:
        return {};
    case EventWriteOptions::GroupBy::Actor:
        return event.actors.empty() ? std::string() : event.actors.front();
    case EventWriteOptions::GroupBy::Place:
        return event.places.empty() ? std::string() : event.places.front();
    case EventWriteOptions::GroupBy::Article:
        return articleTitle(event, options);
    }
    return {};
}

const std::vector<std::unique_ptr<EventWriter>>& eventWriters() {
    static const auto writers = [] {
        std::vector<std::unique_ptr<EventWriter>> list;
        list.push_back(std::make_unique<CsvEventWriter>());
        list.push_back(std::make_unique<JsonEventWriter>());
        list.push_back(std::make_unique<IcsWriter>());
        list.push_back(std::make_unique<TimelineJsWriter>());
        list.push_back(std::make_unique<TimelineXmlWriter>());
        return list;
    }();
    return writers;
}

const EventWriter* findEventWriter(std::string_view name) {
    for (const auto& writer : eventWriters())
        if (writer->name() == name)
            return writer.get();
    return nullptr;
}

const EventWriter* eventWriterForFile(std::string_view fileName) {
    const auto dot = fileName.rfind('.');
    if (dot == std::string_view::npos)
        return nullptr;
    std::string ext;
    for (char c : fileName.substr(dot + 1))
        ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // A TimelineJS file is JSON too; ".timelinejs.json" (or "….tljs.json") picks it.
    if (ext == "json" && (fileName.find(".timelinejs.") != std::string_view::npos))
        return findEventWriter("timelinejs");
    for (const auto& writer : eventWriters())
        if (writer->extension() == ext)
            return writer.get();
    return nullptr;
}

} // namespace ct

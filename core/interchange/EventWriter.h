#pragma once

#include "model/Event.h"

#include <cstdint>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

struct EventWriteOptions {
    enum class GroupBy { None, Actor, Place, Article };
    std::function<std::string(std::int64_t articleId)> articleTitle; // may be empty
    GroupBy groupBy = GroupBy::None; // TimelineJS's group, the Timeline program's category
    std::string title;               // the calendar's or timeline's name
    std::string uidDomain = "crisis-timeline"; // iCalendar UIDs: event-ID@DOMAIN
    std::time_t stamp = 0;                     // iCalendar DTSTAMP; 0: now
};

// One way of writing events for another program: a calendar, a TimelineJS page, the Timeline
// program, a spreadsheet. Each format is one class, registered in one place (EventWriters.cpp).
class EventWriter {
  public:
    virtual ~EventWriter() = default;
    virtual std::string name() const = 0;      // "ics": `events --format`'s value
    virtual std::string label() const = 0;     // "iCalendar (*.ics)", for the save dialog
    virtual std::string extension() const = 0; // "ics"
    virtual std::string write(const std::vector<Event>& events,
                              const EventWriteOptions& options) const = 0;

  protected:
    // The lane an event falls in for this grouping (its first actor, place or article).
    static std::string group(const Event& event, const EventWriteOptions& options);
    static std::string articleTitle(const Event& event, const EventWriteOptions& options);
    // Text for HTML or XML element content and attribute values: the markup characters as
    // entities, and the control characters XML 1.0 forbids (HTML does not render them
    // either) left out.
    static std::string escapeMarkup(std::string_view text);
};

const std::vector<std::unique_ptr<EventWriter>>& eventWriters();
const EventWriter* findEventWriter(std::string_view name);
// By a file name's extension (".ics", ".json", …); nullptr when none fits.
const EventWriter* eventWriterForFile(std::string_view fileName);

} // namespace ct

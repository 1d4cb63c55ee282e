#pragma once

#include "interchange/EventWriter.h"

namespace ct {

// iCalendar (RFC 5545) for calendar programs: one all-day VEVENT per event (DTSTART;VALUE=DATE,
// DTEND the day after the last, as the RFC's exclusive end), the date's precision and whether
// it is an estimate, the sources and their sentences in DESCRIPTION, UIDs that stay the same
// from one export to the next, TEXT escaped, lines folded at 75 octets, CRLF line ends.
class IcsWriter final : public EventWriter {
  public:
    std::string name() const override { return "ics"; }
    std::string label() const override { return "iCalendar (*.ics)"; }
    std::string extension() const override { return "ics"; }
    std::string write(const std::vector<Event>& events,
                      const EventWriteOptions& options) const override;

    static std::string escapeText(std::string_view text);
    // Splits a content line into CRLF-ended lines of at most 75 octets, never inside a UTF-8
    // character; continuation lines start with a space.
    static std::string fold(std::string_view line);
};

} // namespace ct

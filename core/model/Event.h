#pragma once

#include "model/DateSpan.h"
#include "model/Report.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct {

struct Event {
    std::int64_t id = 0;        // 0 until stored
    std::int64_t articleId = 0; // 0 for an event a user added by hand

    DateSpan when;
    std::string title; // short headline, at most ~80 characters

    // The evidence: the whole sentence, and where it stands in the article text
    // (UTF-8 byte offsets into Article::text, end exclusive).
    std::string sentence;
    std::int64_t sentenceBegin = 0;
    std::int64_t sentenceEnd = 0;

    // How the date was found: the words ("on Thursday") and the reasoning
    // ("Thursday → 2022-01-06, past tense, article of 2022-01-08").
    std::string dateText;
    std::string resolution;

    double confidence = 1.0; // 0..1
    std::vector<std::string> actors;
    std::vector<std::string> places;

    bool userCreated = false; // added by hand
    bool userEdited = false;  // changed by hand: survives re-resolution

    // The story: an event is a happening told by one or more reports. The fields above are
    // the event's own (what its reports agree on, or what the user chose); sentence, offsets,
    // articleId, dateText and resolution are those of its first report.
    int reportCount = 1;
    int sourceCount = 1;         // distinct outlets (a republished wire story counts once)
    Date firstReported;          // earliest publication date among its reports
    bool dateDisputed = false;   // its reports give different dates; the user may pick one
    std::vector<Report> reports; // filled where asked for (details pane, export), earliest first
    // From the extractor: the index, in the same article's list of events, of the one whose
    // happening this sentence retells without a date word (-1: none). The store joins it to
    // that report's event, as if the user had merged them; the article itself says so.
    int retells = -1;

    // Who did what, and the row version a shared store checks on write (optimistic locking):
    // updateEvent() of a version another analyst has since replaced is a Conflict.
    std::int64_t version = 0;
    std::string editedBy; // analyst of the last edit; empty when never edited
    std::string editedAt; // ISO 8601 UTC
};

// The event's own telling as a report of `origin`: its date, title, sentence and where the
// sentence stands, the date words and their resolution, its confidence. What an event that
// comes without reports (a note, a data set's row, an extracted sentence) is stored as.
Report reportOf(const Event& event, Report::Origin origin);

} // namespace ct

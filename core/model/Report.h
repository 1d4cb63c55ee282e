#pragma once

#include "common/Date.h"
#include "model/DateSpan.h"

#include <cstdint>
#include <string>

namespace ct {

// One telling of a happening: a sentence of one article (or a row of a data set, or a
// user's note) with the date it gives. An Event (the happening) has one or more reports;
// the event's own date and title are what its reports agree on.
struct Report {
    enum class Origin : std::uint8_t { Article, Table, User };

    std::int64_t id = 0;        // 0 until stored
    std::int64_t eventId = 0;   // the event it tells of
    std::int64_t articleId = 0; // 0 unless Origin::Article
    Origin origin = Origin::Article;

    DateSpan when;                  // the date this report gives
    std::string title;              // headline made from this report's sentence
    std::string sentence;           // the evidence (a data set row: its description)
    std::int64_t sentenceBegin = 0; // UTF-8 byte offsets into the article's text
    std::int64_t sentenceEnd = 0;
    std::string dateText;   // "on Thursday"
    std::string resolution; // "Thursday → 2022-01-06, past tense, article of 2022-01-08"
    double confidence = 1.0;

    // Where it comes from, copied from the article or data set so a report reads alone.
    std::string outlet;       // the article's source ("Reuters"), or the data set's name ("ACLED")
    std::string articleTitle; // or the data set file's name
    std::string url;          // the article's or the row's source URL, may be empty
    std::string sourceRef;    // a data set's row id ("KAZ1234"), empty for articles
    Date published;           // the article's publication date (a row: its event date)
};

const char* toText(Report::Origin origin); // "article", "table", "user"

} // namespace ct

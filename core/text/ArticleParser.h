#pragma once

#include "common/Date.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// One block of the article: a run of non-blank lines.
struct ArticleBlock {
    enum class Kind { Title, Lede, Meta, Dateline, Body, Source };
    Kind kind = Kind::Body;
    std::size_t begin = 0;  // byte offsets into ParsedArticle::text, end exclusive
    std::size_t end = 0;
};

struct ParsedArticle {
    std::string text;  // the whole input, verbatim
    std::string title;
    std::string lede;
    std::string idHash;               // from a meta line such as "6c57c9ee… Καζακστάν, ΚΡΕΜΛΙΝΟ"
    std::vector<std::string> tags;    // from that meta line
    std::string source;               // from "Source: …"
    std::vector<ArticleBlock> blocks; // in text order; only Title, Lede and Body hold events

    std::optional<Date> published;    // detected from the text, if any
    std::string publishedEvidence;    // the words it came from ("Published January 08, 2022")
    std::string publishedProblem;     // why a date-like line could not be used (e.g. no year)
};

// Recognises the parts of a plain-text news article: a title line, a lede, an
// optional meta line (id hash + comma-separated tags, any script), body
// paragraphs, datelines/bylines ("MOSCOW, January 7", "Published January 08, 2022",
// "08 January 2022", "2022-01-08") and a trailing "Source:" line.
// Metadata lines never produce events.
//
// The publication date is read only from header-like lines: short lines near
// the top or alone in their paragraph, whose other words are keywords
// ("Published", "Updated", "By"), weekdays, names or a city, and from a
// "CITY, Month D" prefix of the first paragraphs; never from body sentences.
// "Published"/"Posted" beats a plain date, which beats "Updated". A yearless
// dateline takes the year (nearest to) the first full date in the text; without
// one, `published` stays empty and `publishedProblem` says so. When there is no
// date-like line at all, both stay empty and the caller must ask for the date.
class ArticleParser {
public:
    static ParsedArticle parse(std::string_view text);
};

} // namespace ct

#pragma once

#include <string>
#include <string_view>

namespace ct::html {

// What a page's JSON-LD (schema.org NewsArticle and kin) says about its article. Parsed
// with QJsonDocument: a real JSON parser, so escapes, nesting and @graph arrays come out right.
struct JsonLdArticle {
    std::string headline;
    std::string datePublished;
    std::string publisher;
    std::string author;
    std::string url;
    bool isArticle = false; // an Article type, not just a WebPage
};

class JsonLd {
  public:
    // Merges one <script type="application/ld+json"> into `into`; article types win over
    // pages and organisations; a first value is kept.
    static void read(std::string_view json, JsonLdArticle& into);
};

} // namespace ct::html

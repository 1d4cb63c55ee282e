#pragma once

#include "common/Date.h"

#include <gumbo.h>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ct::html {

// What a page says about itself in its markup: title, publication date (and where it was
// found), outlet, author and address.
struct PageMetadata {
    std::string title;
    std::optional<Date> published;
    std::string publishedEvidence; // "JSON-LD datePublished", "meta article:published_time" …
    std::string outlet;
    std::string author;
    std::string url;
};

class HtmlMetadata {
  public:
    static PageMetadata read(const GumboNode* root);

    // "Talks resume in Geneva | The Daily Post" → "Talks resume in Geneva".
    static std::string withoutSiteName(std::string title, std::string_view outlet);

  private:
    void visit(const GumboNode* n, int depth, bool inBoilerplate);
    PageMetadata result() const;
    std::optional<Date> publishedFrom(std::string& evidence) const;

    std::map<std::string, std::string> m_meta; // lower-case property/name/itemprop → content
    std::string m_titleTag;
    std::string m_h1;
    std::string m_canonical;
    std::string m_itempropDate;
    std::string m_timeDate;
    std::string m_jsonHeadline, m_jsonDate, m_jsonPublisher, m_jsonAuthor, m_jsonUrl;
    bool m_jsonIsArticle = false;
};

} // namespace ct::html

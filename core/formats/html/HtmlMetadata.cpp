#include "formats/html/HtmlMetadata.h"

#include "formats/html/ClassHints.h"
#include "formats/html/DateText.h"
#include "formats/html/GumboNodes.h"
#include "formats/html/JsonLd.h"

#include <array>
#include <vector>

namespace ct::html {

namespace {

std::string rawText(const GumboNode* n) {
    std::string out;
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(kids.data[i]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
            c->type == GUMBO_NODE_WHITESPACE)
            out += c->v.text.text;
    }
    return out;
}

std::string collapsed(std::string_view s) {
    std::string out;
    appendCollapsed(out, s);
    return trimmed(out);
}

bool sameWords(std::string_view a, std::string_view b) {
    return !a.empty() && lowerAscii(trimmed(a)) == lowerAscii(trimmed(b));
}

std::size_t wordCount(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (const char c : s) {
        const bool space = c == ' ';
        if (!space && !in)
            ++n;
        in = !space;
    }
    return n;
}

} // namespace

PageMetadata HtmlMetadata::read(const GumboNode* root) {
    HtmlMetadata reader;
    if (root)
        reader.visit(root, 0, false);
    return reader.result();
}

void HtmlMetadata::visit(const GumboNode* n, int depth, bool inBoilerplate) {
    if (!isElement(n) || depth > 3000)
        return;
    const GumboTag tag = tagOf(n);
    switch (tag) {
    case GUMBO_TAG_META: {
        std::string key = lowerAscii(attribute(n, "property"));
        if (key.empty())
            key = lowerAscii(attribute(n, "name"));
        if (key.empty())
            key = lowerAscii(attribute(n, "itemprop"));
        const std::string content = collapsed(attribute(n, "content"));
        if (!key.empty() && !content.empty())
            m_meta.emplace(key, content);
        return;
    }
    case GUMBO_TAG_TITLE:
        if (m_titleTag.empty())
            m_titleTag = collapsed(rawText(n));
        return;
    case GUMBO_TAG_LINK:
        if (m_canonical.empty() && lowerAscii(attribute(n, "rel")) == "canonical")
            m_canonical = trimmed(attribute(n, "href"));
        return;
    case GUMBO_TAG_SCRIPT:
        if (lowerAscii(attribute(n, "type")) == "application/ld+json") {
            JsonLdArticle article;
            article.headline = m_jsonHeadline;
            article.datePublished = m_jsonDate;
            article.publisher = m_jsonPublisher;
            article.author = m_jsonAuthor;
            article.url = m_jsonUrl;
            article.isArticle = m_jsonIsArticle;
            JsonLd::read(rawText(n), article);
            m_jsonHeadline = article.headline;
            m_jsonDate = article.datePublished;
            m_jsonPublisher = article.publisher;
            m_jsonAuthor = article.author;
            m_jsonUrl = article.url;
            m_jsonIsArticle = article.isArticle;
        }
        return;
    case GUMBO_TAG_H1:
        if (m_h1.empty() && !inBoilerplate)
            m_h1 = textOf(n);
        break;
    case GUMBO_TAG_TIME:
        if (m_timeDate.empty() && !inBoilerplate)
            m_timeDate = trimmed(attribute(n, "datetime"));
        break;
    default:
        break;
    }
    if (m_itempropDate.empty() && lowerAscii(attribute(n, "itemprop")) == "datepublished") {
        m_itempropDate = trimmed(attribute(n, "datetime"));
        if (m_itempropDate.empty())
            m_itempropDate = trimmed(attribute(n, "content"));
        if (m_itempropDate.empty())
            m_itempropDate = textOf(n);
    }
    // Related-story lists carry their own times and headings.
    const bool boilerplate = inBoilerplate || ClassHints::isBoilerplate(n);
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i)
        visit(static_cast<const GumboNode*>(kids.data[i]), depth + 1, boilerplate);
}

std::optional<Date> HtmlMetadata::publishedFrom(std::string& evidence) const {
    if (auto d = DateText::parseValue(m_jsonDate)) {
        evidence = "JSON-LD datePublished";
        return d;
    }
    static constexpr std::array<std::string_view, 17> kMetaKeys = {"article:published_time",
                                                                   "og:published_time",
                                                                   "article.published",
                                                                   "datepublished",
                                                                   "pubdate",
                                                                   "publishdate",
                                                                   "publish-date",
                                                                   "publish_date",
                                                                   "publication_date",
                                                                   "date",
                                                                   "dc.date",
                                                                   "dc.date.issued",
                                                                   "dcterms.created",
                                                                   "dcterms.date",
                                                                   "sailthru.date",
                                                                   "parsely-pub-date",
                                                                   "cxenseparse:recs:publishtime"};
    for (const std::string_view key : kMetaKeys) {
        const auto it = m_meta.find(std::string(key));
        if (it == m_meta.end())
            continue;
        if (auto d = DateText::parseValue(it->second)) {
            evidence = "meta " + std::string(key);
            return d;
        }
    }
    if (auto d = DateText::parseValue(m_itempropDate)) {
        evidence = "microdata datePublished";
        return d;
    }
    if (auto d = DateText::parseValue(m_timeDate)) {
        evidence = "<time datetime>";
        return d;
    }
    return std::nullopt;
}

std::string HtmlMetadata::withoutSiteName(std::string title, std::string_view outlet) {
    static constexpr std::array<std::string_view, 6> kSeparators = {" | ", " - ",  " – ",
                                                                    " — ", " :: ", " · "};
    for (const std::string_view sep : kSeparators) {
        const std::size_t last = title.rfind(sep);
        if (last != std::string::npos && last > 0) {
            const std::string head = trimmed(std::string_view(title).substr(0, last));
            const std::string tail = trimmed(std::string_view(title).substr(last + sep.size()));
            if (sameWords(tail, outlet) || (wordCount(tail) <= 4 && wordCount(head) >= 3))
                return withoutSiteName(head, outlet);
        }
        const std::size_t first = title.find(sep);
        if (first != std::string::npos && first > 0) {
            const std::string head = trimmed(std::string_view(title).substr(0, first));
            if (sameWords(head, outlet))
                return trimmed(std::string_view(title).substr(first + sep.size()));
        }
    }
    return title;
}

PageMetadata HtmlMetadata::result() const {
    PageMetadata m;
    const auto meta = [this](const char* key) {
        const auto it = m_meta.find(key);
        return it == m_meta.end() ? std::string() : it->second;
    };
    m.outlet = meta("og:site_name");
    if (m.outlet.empty())
        m.outlet = collapsed(m_jsonPublisher);
    if (m.outlet.empty())
        m.outlet = meta("application-name");
    m.url = meta("og:url");
    if (m.url.empty())
        m.url = m_canonical;
    if (m.url.empty())
        m.url = m_jsonUrl;
    m.author = collapsed(m_jsonAuthor);
    for (const char* key : {"author", "article:author", "parsely-author", "byl", "dc.creator"}) {
        const std::string a = meta(key);
        if (m.author.empty() && !a.empty() && a.find("://") == std::string::npos)
            m.author = a;
    }
    for (const std::string& candidate :
         {meta("og:title"), collapsed(m_jsonHeadline), meta("twitter:title"), m_h1, m_titleTag}) {
        if (!candidate.empty()) {
            m.title = withoutSiteName(candidate, m.outlet);
            break;
        }
    }
    m.published = publishedFrom(m.publishedEvidence);
    if (!m.published) {
        if (auto d = DateText::fromUrl(m.url)) {
            m.published = d;
            m.publishedEvidence = "URL path";
        }
    }
    return m;
}

} // namespace ct::html

#include "formats/html/ClassHints.h"

#include "formats/html/GumboNodes.h"

#include <array>
#include <string>
#include <string_view>

namespace ct::html {

namespace {

// Words found anywhere in a class or id ("mainNavigation", "social-share-tools").
constexpr std::array<std::string_view, 48> kBoilerplateWords = {
    "navigation",   "navbar",          "menu",           "breadcrumb", "share",
    "sharing",      "social",          "related",        "recommend",  "comment",
    "disqus",       "footer",          "sidebar",        "cookie",     "consent",
    "gdpr",         "promo",           "newsletter",     "subscribe",  "signup",
    "sign-up",      "paywall",         "popup",          "modal",      "overlay",
    "caption",      "credit",          "byline",         "advert",     "sponsor",
    "banner",       "widget",          "toolbar",        "tooltip",    "skip-link",
    "skiplink",     "visually-hidden", "visuallyhidden", "sr-only",    "screen-reader",
    "screenreader", "print-only",      "outbrain",       "taboola",    "most-popular",
    "mostpopular",  "trending",        "author-bio"};

// Whole tokens only: as substrings they hide in ordinary words ("header" holds "ad").
constexpr std::array<std::string_view, 16> kBoilerplateTokens = {
    "ad",     "ads",      "adv",        "nav",   "tags", "tag",  "meta", "share",
    "social", "masthead", "pagination", "pager", "more", "next", "prev", "timestamp"};

// Whole class names ("field-label-hidden" hides only a label, not the field).
constexpr std::array<std::string_view, 5> kHiddenClasses = {"hidden", "hide", "d-none", "is-hidden",
                                                            "invisible"};

constexpr std::array<std::string_view, 11> kArticleWords = {
    "article",  "content", "entry", "post", "story", "body-text",
    "bodytext", "text",    "main",  "blog", "hentry"};

constexpr std::array<std::string_view, 14> kArticleBodyNames = {
    "articlebody",     "article-body", "article__body", "article-content", "entry-content",
    "post-content",    "story-body",   "storybody",     "post-body",       "article_body",
    "field-name-body", "article-text", "story-content", "snippet-body"};

std::string classAndId(const GumboNode* n) {
    std::string s = lowerAscii(attribute(n, "class"));
    s += ' ';
    s += lowerAscii(attribute(n, "id"));
    return s;
}

bool hasToken(const std::string& s, std::string_view token) {
    std::size_t at = 0;
    while ((at = s.find(token, at)) != std::string::npos) {
        const auto sep = [](char c) { return !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9'); };
        const bool startOk = at == 0 || sep(s[at - 1]);
        const std::size_t end = at + token.size();
        const bool endOk = end >= s.size() || sep(s[end]);
        if (startOk && endOk)
            return true;
        at = end;
    }
    return false;
}

template <std::size_t N>
bool containsAny(const std::string& s, const std::array<std::string_view, N>& words) {
    for (const std::string_view w : words)
        if (s.find(w) != std::string::npos)
            return true;
    return false;
}

bool hasClassName(const std::string& s, std::string_view name) {
    std::size_t at = 0;
    while ((at = s.find(name, at)) != std::string::npos) {
        const std::size_t end = at + name.size();
        if ((at == 0 || s[at - 1] == ' ') && (end >= s.size() || s[end] == ' '))
            return true;
        at = end;
    }
    return false;
}

bool negative(const std::string& s) {
    if (containsAny(s, kBoilerplateWords))
        return true;
    for (const std::string_view c : kHiddenClasses)
        if (hasClassName(s, c))
            return true;
    for (const std::string_view t : kBoilerplateTokens)
        if (hasToken(s, t))
            return true;
    return false;
}

} // namespace

int ClassHints::weight(const GumboNode* n) {
    const std::string s = classAndId(n);
    if (s.size() <= 1)
        return 0;
    int w = 0;
    if (containsAny(s, kArticleWords))
        w += 25;
    if (negative(s))
        w -= 25;
    return w;
}

bool ClassHints::marksArticleBody(const GumboNode* n) {
    return tagOf(n) == GUMBO_TAG_ARTICLE || namesArticleBody(n);
}

bool ClassHints::namesArticleBody(const GumboNode* n) {
    if (lowerAscii(attribute(n, "itemprop")) == "articlebody")
        return true;
    const std::string s = classAndId(n);
    return containsAny(s, kArticleBodyNames);
}

bool ClassHints::isBoilerplateElement(const GumboNode* n) {
    const GumboTag tag = tagOf(n);
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
        tag == GUMBO_TAG_FIGCAPTION)
        return true;
    if (!isElement(n))
        return false;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden"))
        return true;
    if (attribute(n, "aria-hidden") == "true")
        return true;
    const std::string role = lowerAscii(attribute(n, "role"));
    if (role == "navigation" || role == "complementary" || role == "contentinfo" ||
        role == "banner" || role == "dialog" || role == "alertdialog" || role == "menu" ||
        role == "menubar" || role == "toolbar")
        return true;
    const std::string style = lowerAscii(attribute(n, "style"));
    if (style.find("display:none") != std::string::npos ||
        style.find("display: none") != std::string::npos ||
        style.find("visibility:hidden") != std::string::npos)
        return true;
    return false;
}

bool ClassHints::hasBoilerplateName(const GumboNode* n) {
    const GumboTag tag = tagOf(n);
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN)
        return false;
    const std::string s = classAndId(n);
    // An embedded post ("social-media-embed", "twitter-embed") is quoted in the article;
    // a share bar is not embedded anything.
    if (s.find("embed") != std::string::npos)
        return false;
    return s.size() > 1 && negative(s) && !containsAny(s, kArticleBodyNames);
}

} // namespace ct::html

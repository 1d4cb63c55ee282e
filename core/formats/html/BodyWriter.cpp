#include "formats/html/BodyWriter.h"

#include "formats/html/GumboNodes.h"

#include <array>
#include <string_view>

namespace ct::html {

using Kind = ReadArticle::Paragraph::Kind;

std::vector<BodyWriter::Block> BodyWriter::write(const std::vector<const GumboNode*>& nodes) {
    m_blocks.clear();
    m_kinds.assign(1, Kind::Body);
    for (const GumboNode* n : nodes) {
        visit(n, 0);
        flush();
    }
    return std::move(m_blocks);
}

namespace {

// "Advertisement", "Comments", "DON'T MISS": a label of a page widget, not a paragraph.
// Headings are kept; a body line of one or two words without a full stop is a label.
bool isLabel(const std::string& text) {
    std::size_t words = 1;
    for (const char c : text)
        words += c == ' ' ? 1 : 0;
    const char last = text.back();
    return words <= 2 && last != '.' && last != '!' && last != '?' && last != '"';
}

// Time stamps and prompts the CMS writes inside the article block ("Updated at 1:23 p.m.",
// "READ MORE: …", "Sign up for …"): short lines that open with a stock phrase.
bool isStampOrPrompt(const std::string& text) {
    static constexpr std::array<std::string_view, 12> kOpenings = {
        "posted",   "updated", "published",     "last updated", "read more", "see more",
        "related:", "more:",   "advertisement", "click here",   "sign up",   "subscribe"};
    if (text.size() > 160)
        return false;
    const std::string head = lowerAscii(std::string_view(text).substr(0, 16));
    for (const std::string_view o : kOpenings)
        if (head.starts_with(o))
            return true;
    return false;
}

} // namespace

void BodyWriter::flush() {
    std::string text = trimmed(m_current);
    m_current.clear();
    if (visibleLength(text) == 0)
        return;
    if (m_kinds.back() == Kind::Body && (isLabel(text) || isStampOrPrompt(text)))
        return;
    m_blocks.push_back({m_kinds.back(), std::move(text)});
}

bool BodyWriter::skip(const GumboNode* n) const {
    const GumboTag tag = tagOf(n);
    if (isNeverText(tag) || m_scorer.isBoilerplate(n))
        return true;
    const ContentScorer::Stats* s = m_scorer.stats(n);
    if (!s || s->text == 0)
        return true;
    const double ld = m_scorer.linkDensity(n);
    switch (tag) {
    case GUMBO_TAG_P:
        // "Read more: …" lines are mostly link; a sentence with a link in it is not.
        return ld > 0.5 && s->text < 200;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
        return ld > 0.5;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
        return ld > 0.5 && s->commas < 10;
    default:
        return false;
    }
}

void BodyWriter::visit(const GumboNode* n, int depth) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
        appendCollapsed(m_current, n->v.text.text);
        return;
    }
    if (!isElement(n) || depth > ContentScorer::kMaxDepth || skip(n))
        return;
    const GumboTag tag = tagOf(n);
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
        flush();
        return;
    }
    const bool block = isBlock(tag);
    if (block) {
        flush();
        Kind kind = m_kinds.back();
        if (isHeading(tag))
            kind = Kind::Heading;
        else if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
            kind = Kind::ListItem;
        else if (tag == GUMBO_TAG_BLOCKQUOTE)
            kind = Kind::Quote;
        m_kinds.push_back(kind);
    }
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i)
        visit(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    if (block) {
        flush();
        m_kinds.pop_back();
    }
}

} // namespace ct::html

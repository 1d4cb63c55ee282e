#include "formats/html/GumboNodes.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace ct::html {

std::string_view attribute(const GumboNode* n, const char* name) {
    if (!isElement(n))
        return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view();
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool isNeverText(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag) {
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

bool isBlock(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return isHeading(tag);
    }
}

namespace {

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void collectText(const GumboNode* n, std::string& out, int depth) {
    if (depth > 400)
        return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
        appendCollapsed(out, n->v.text.text);
        return;
    }
    if (!hasChildren(n) || (isElement(n) && isNeverText(tagOf(n))))
        return;
    const bool block = isElement(n) && isBlock(tagOf(n));
    if (block)
        appendCollapsed(out, " ");
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i)
        collectText(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
    if (block)
        appendCollapsed(out, " ");
}

} // namespace

void appendCollapsed(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const bool nbsp =
            c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
        // Control characters (a stray &#1; or a form feed) are not text; the input policy
        // refuses text made of them.
        if (isSpace(c) || nbsp || c < 0x20 || c == 0x7F) {
            if (nbsp)
                ++i;
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += char(c);
        }
    }
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

std::string textOf(const GumboNode* n) {
    std::string out;
    collectText(n, out, 0);
    return trimmed(out);
}

std::size_t visibleLength(std::string_view s) {
    std::size_t n = 0;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) != 0x80 && !isSpace(c))
            ++n;
    }
    return n;
}

} // namespace ct::html

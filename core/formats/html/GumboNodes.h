#pragma once

#include <gumbo.h>
#include <string>
#include <string_view>

// Small read-only helpers over gumbo's C tree, shared by the scorer, the writer and the
// metadata reader.
namespace ct::html {

inline bool isElement(const GumboNode* n) {
    return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}
inline GumboTag tagOf(const GumboNode* n) {
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}
inline const GumboVector& childrenOf(const GumboNode* n) {
    return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}
inline const GumboNode* childAt(const GumboNode* n, unsigned i) {
    return static_cast<const GumboNode*>(childrenOf(n).data[i]);
}
inline bool hasChildren(const GumboNode* n) {
    return n->type == GUMBO_NODE_DOCUMENT || isElement(n);
}

// The attribute's value, empty when absent.
std::string_view attribute(const GumboNode* n, const char* name);
std::string lowerAscii(std::string_view s);

// Elements whose content is never article text (scripts, forms, embedded media).
bool isNeverText(GumboTag tag);
// Elements that start a new paragraph in the written text.
bool isBlock(GumboTag tag);
bool isHeading(GumboTag tag);

// The text inside `n` with whitespace collapsed, scripts and styles left out.
std::string textOf(const GumboNode* n);
// Appends `s` collapsing runs of ASCII whitespace (and NBSP) into one space.
void appendCollapsed(std::string& out, std::string_view s);
std::string trimmed(std::string_view s);

// Non-space characters (UTF-8 code points) in `s`.
std::size_t visibleLength(std::string_view s);

} // namespace ct::html

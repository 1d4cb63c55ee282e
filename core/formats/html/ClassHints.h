#pragma once

#include <gumbo.h>

namespace ct::html {

// What a page's own markup says about an element: class and id names ("article-body",
// "share-bar"), ARIA roles, hidden flags. The words follow what Readability and
// trafilatura look for; they are hints weighed with text statistics, not verdicts.
class ClassHints {
  public:
    // +25 for an article-ish class or id (article, content, entry, post, story, body-text),
    // -25 for a boilerplate one; both can apply.
    static int weight(const GumboNode* n);

    // Navigation, menus, share bars, related links, comments, cookie banners, captions and
    // credits, hidden or screen-reader-only text: never article text.
    static bool isBoilerplate(const GumboNode* n) {
        return isBoilerplateElement(n) || hasBoilerplateName(n);
    }
    // By what the element is: <nav>, <aside>, a navigation role, hidden.
    static bool isBoilerplateElement(const GumboNode* n);
    // By its class or id alone: weaker, since page wrappers carry names like
    // "one-sidebar" or "menu-type-dropdown" too.
    static bool hasBoilerplateName(const GumboNode* n);

    // The page marks this element as the article body itself (itemprop=articleBody,
    // <article>, "entry-content" …): boilerplate hints on its ancestors are ignored.
    static bool marksArticleBody(const GumboNode* n);
    // Narrower: itemprop=articleBody or a body class name, not any <article>.
    static bool namesArticleBody(const GumboNode* n);
};

} // namespace ct::html

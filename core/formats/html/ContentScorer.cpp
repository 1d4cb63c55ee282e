#include "formats/html/ContentScorer.h"

#include "formats/html/ClassHints.h"
#include "formats/html/GumboNodes.h"

#include <algorithm>

namespace ct::html {

namespace {

struct Counts {
    std::size_t text = 0;
    std::size_t links = 0;
    std::size_t commas = 0;
};

// Where points for a paragraph start: containers that usually wrap articles start higher
// than lists and headings.
double baseScore(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_TH:
        return -5;
    default:
        return isHeading(tag) ? -5 : 0;
    }
}

bool hasBlockChild(const GumboNode* n) {
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(kids.data[i]);
        if (isElement(c) && isBlock(tagOf(c)) && tagOf(c) != GUMBO_TAG_BR)
            return true;
    }
    return false;
}

bool isParagraphLike(const GumboNode* n) {
    switch (tagOf(n)) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
        return true;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
        return !hasBlockChild(n);
    default:
        return false;
    }
}

bool isAncestor(const GumboNode* ancestor, const GumboNode* n) {
    for (const GumboNode* p = n; p; p = p->parent)
        if (p == ancestor)
            return true;
    return false;
}

// Text in `n` outside its block children: direct text and inline elements.
Counts looseText(const GumboNode* n) {
    Counts c;
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k->type == GUMBO_NODE_TEXT) {
            const std::string_view t = k->v.text.text;
            c.text += visibleLength(t);
            c.commas += std::size_t(std::count(t.begin(), t.end(), ','));
        } else if (isElement(k) && !isBlock(tagOf(k)) && !isNeverText(tagOf(k)) &&
                   tagOf(k) != GUMBO_TAG_A) {
            const std::string t = textOf(k);
            c.text += visibleLength(t);
            c.commas += std::size_t(std::count(t.begin(), t.end(), ','));
        }
    }
    return c;
}

Counts measureTree(const GumboNode* n, int depth, bool inLink,
                   std::unordered_map<const GumboNode*, ContentScorer::Stats>& out) {
    Counts c;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        const std::string_view t = n->v.text.text;
        c.text = visibleLength(t);
        c.commas = std::size_t(std::count(t.begin(), t.end(), ','));
        c.links = inLink ? c.text : 0;
        return c;
    }
    if (!isElement(n) || depth > ContentScorer::kMaxDepth || isNeverText(tagOf(n)))
        return c;
    const bool link = inLink || tagOf(n) == GUMBO_TAG_A;
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i) {
        const Counts k =
            measureTree(static_cast<const GumboNode*>(kids.data[i]), depth + 1, link, out);
        c.text += k.text;
        c.links += k.links;
        c.commas += k.commas;
    }
    ContentScorer::Stats& s = out[n];
    s.text = c.text;
    s.links = c.links;
    s.commas = c.commas;
    const bool element = ClassHints::isBoilerplateElement(n);
    s.byNameOnly = !element && ClassHints::hasBoilerplateName(n);
    s.boilerplate = element || s.byNameOnly;
    return c;
}

} // namespace

ContentScorer::ContentScorer(const GumboNode* body) {
    if (!body)
        return;
    m_stats.reserve(4096);
    measureTree(body, 0, false, m_stats);
    // A wrapper holding most of the page's text is the page, whatever its name says.
    const std::size_t total = m_stats[body].text;
    for (auto& [node, s] : m_stats)
        if (s.byNameOnly && s.text * 5 >= total * 2 && s.links * 2 < s.text)
            s.boilerplate = false;
    markBodyAncestors(body, 0);
    score(body, 0);
    if (const GumboNode* top = pickTop())
        collectSiblings(top);
}

const ContentScorer::Stats* ContentScorer::stats(const GumboNode* n) const {
    const auto it = m_stats.find(n);
    return it == m_stats.end() ? nullptr : &it->second;
}

double ContentScorer::linkDensity(const GumboNode* n) const {
    const Stats* s = stats(n);
    return s && s->text > 0 ? double(s->links) / double(s->text) : 0.0;
}

bool ContentScorer::isBoilerplate(const GumboNode* n) const {
    const Stats* s = stats(n);
    return s && s->boilerplate && !m_holdsBody.count(n);
}

void ContentScorer::markBodyAncestors(const GumboNode* n, int depth) {
    if (!isElement(n) || depth > kMaxDepth)
        return;
    const Stats* s = stats(n);
    if (!s)
        return;
    if (s->text > 200 && !s->boilerplate && ClassHints::marksArticleBody(n)) {
        if (ClassHints::namesArticleBody(n) && (!m_namedBody || stats(m_namedBody)->text < s->text))
            m_namedBody = n;
        for (const GumboNode* p = n->parent; p && !m_holdsBody.count(p); p = p->parent)
            m_holdsBody.insert(p);
    }
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i)
        markBodyAncestors(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
}

void ContentScorer::addToCandidate(const GumboNode* n, double points) {
    Stats& s = m_stats[n];
    if (!s.candidate) {
        s.candidate = true;
        s.score = baseScore(tagOf(n)) + ClassHints::weight(n);
        m_candidates.push_back(n);
    }
    s.score += points;
}

void ContentScorer::addParagraph(const GumboNode* parent, std::size_t text, std::size_t commas) {
    const double points = 1.0 + double(commas) + std::min(double(text / 100), 3.0);
    int level = 0;
    for (const GumboNode* p = parent; p && isElement(p) && level < 5; p = p->parent, ++level) {
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        addToCandidate(p, points / divider);
    }
}

void ContentScorer::score(const GumboNode* n, int depth) {
    if (!isElement(n) || depth > kMaxDepth || isNeverText(tagOf(n)) || isBoilerplate(n))
        return;
    const Stats* s = stats(n);
    if (!s || s->text == 0)
        return;
    if (isParagraphLike(n)) {
        if (s->text >= 25)
            addParagraph(n->parent, s->text, s->commas);
    } else if (tagOf(n) != GUMBO_TAG_BODY) {
        // Text written straight into a container, lines split by <br> (Blogger, old CMSs):
        // a paragraph of the container itself.
        const Counts loose = looseText(n);
        if (loose.text >= 25)
            addParagraph(n, loose.text, loose.commas);
    }
    const GumboVector& kids = childrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i)
        score(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
}

const GumboNode* ContentScorer::pickTop() {
    const GumboNode* top = nullptr;
    double best = 0;
    std::vector<std::pair<double, const GumboNode*>> ranked;
    for (const GumboNode* c : m_candidates) {
        Stats& s = m_stats.at(c);
        s.score *= 1.0 - linkDensity(c);
        ranked.emplace_back(s.score, c);
        if (s.score > best) {
            best = s.score;
            top = c;
        }
    }
    if (!top)
        return nullptr;
    // The page names its article body (itemprop=articleBody, "entry-content" …): take it
    // unless something else scores far better.
    if (m_namedBody && !isAncestor(m_namedBody, top)) {
        const Stats* named = stats(m_namedBody);
        if (named->score * 3 >= best || !named->candidate)
            top = m_namedBody;
    } else if (m_namedBody) {
        top = m_namedBody;
    }
    // Several near-best candidates under one ancestor: the article is split into blocks
    // (one per section or ad slot), so the ancestor is the article.
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const GumboNode*> close;
    for (std::size_t i = 1; i < ranked.size() && i <= 5; ++i)
        if (ranked[i].first >= 0.75 * best && !isAncestor(ranked[i].second, top) &&
            !isAncestor(top, ranked[i].second))
            close.push_back(ranked[i].second);
    if (close.size() >= 3) {
        for (const GumboNode* p = top->parent; p && isElement(p); p = p->parent) {
            const auto inside = std::count_if(close.begin(), close.end(),
                                              [p](const GumboNode* c) { return isAncestor(p, c); });
            if (inside >= 3) {
                top = p;
                break;
            }
        }
    }
    // A wrapper whose only content is the candidate: its siblings are the ones that count.
    while (top->parent && isElement(top->parent) && tagOf(top->parent) != GUMBO_TAG_BODY) {
        const Stats* ps = stats(top->parent);
        const Stats* ts = stats(top);
        if (!ps || !ts || ps->text != ts->text)
            break;
        top = top->parent;
    }
    return top;
}

void ContentScorer::collectSiblings(const GumboNode* top) {
    const GumboNode* parent = top->parent;
    if (!parent || !isElement(parent) || tagOf(top) == GUMBO_TAG_BODY) {
        m_article.push_back(top);
        return;
    }
    const Stats* ts = stats(top);
    const double topScore = ts ? ts->score : 0;
    const double threshold = std::max(10.0, topScore * 0.2);
    const std::string_view topClass = attribute(top, "class");
    std::vector<const GumboNode*> picked;
    std::vector<const GumboNode*> headings;
    const GumboVector& kids = childrenOf(parent);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(kids.data[i]);
        if (c == top) {
            picked.push_back(c);
            continue;
        }
        if (!isElement(c) || isNeverText(tagOf(c)) || isBoilerplate(c))
            continue;
        const Stats* s = stats(c);
        if (!s || s->text == 0)
            continue;
        const double bonus =
            !topClass.empty() && attribute(c, "class") == topClass ? topScore * 0.2 : 0;
        bool take = s->candidate && s->score + bonus >= threshold;
        if (!take && isParagraphLike(c)) {
            const double ld = linkDensity(c);
            const std::string text = textOf(c);
            if (s->text > 80 && ld < 0.25)
                take = true;
            else if (s->text < 80 && ld == 0 &&
                     (text.ends_with('.') || text.find(". ") != std::string::npos))
                take = true;
        }
        if (take)
            picked.push_back(c);
        else if (isHeading(tagOf(c)))
            headings.push_back(c);
    }
    // Subheadings between picked paragraphs belong to the article.
    for (const GumboNode* h : headings) {
        const auto before = std::find_if(picked.begin(), picked.end(), [h](const GumboNode* p) {
            return p->index_within_parent < h->index_within_parent;
        });
        const auto after = std::find_if(picked.begin(), picked.end(), [h](const GumboNode* p) {
            return p->index_within_parent > h->index_within_parent;
        });
        if (before != picked.end() && after != picked.end())
            picked.push_back(h);
    }
    std::sort(picked.begin(), picked.end(), [](const GumboNode* a, const GumboNode* b) {
        return a->index_within_parent < b->index_within_parent;
    });
    m_article = std::move(picked);
}

} // namespace ct::html

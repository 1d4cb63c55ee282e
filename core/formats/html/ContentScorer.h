#pragma once

#include <cstddef>
#include <gumbo.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ct::html {

// Finds the elements that hold the article in the manner of Readability: every paragraph
// gives points (for its length and commas) to its parent and, less, to its grandparents;
// class/id hints and link density adjust them; the best element and its siblings that
// score well (or read like paragraphs) are the article.
class ContentScorer {
  public:
    struct Stats {
        std::size_t text = 0;  // visible characters
        std::size_t links = 0; // of which inside <a>
        std::size_t commas = 0;
        double score = 0;
        bool candidate = false;
        bool boilerplate = false; // by its own markup
        bool byNameOnly = false;  // … and only by its class or id
    };

    explicit ContentScorer(const GumboNode* body);

    // The article's elements in document order; empty if nothing reads like an article.
    const std::vector<const GumboNode*>& articleNodes() const { return m_article; }

    const Stats* stats(const GumboNode* n) const;
    double linkDensity(const GumboNode* n) const;
    // Boilerplate by its own markup, unless it holds what the page marks as the body.
    bool isBoilerplate(const GumboNode* n) const;

    static constexpr int kMaxDepth = 3000;

  private:
    void measure(const GumboNode* n, int depth);
    void score(const GumboNode* n, int depth);
    void addParagraph(const GumboNode* parent, std::size_t text, std::size_t commas);
    void addToCandidate(const GumboNode* n, double points);
    void markBodyAncestors(const GumboNode* n, int depth);
    const GumboNode* pickTop();
    void collectSiblings(const GumboNode* top);

    std::unordered_map<const GumboNode*, Stats> m_stats;
    std::unordered_set<const GumboNode*> m_holdsBody;
    std::vector<const GumboNode*> m_candidates;
    std::vector<const GumboNode*> m_article;
    const GumboNode* m_namedBody = nullptr;
};

} // namespace ct::html

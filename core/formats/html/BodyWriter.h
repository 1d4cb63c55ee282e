#pragma once

#include "formats/ArticleReader.h"
#include "formats/html/ContentScorer.h"

#include <string>
#include <vector>

namespace ct::html {

// Writes the article's elements as paragraphs: one per block element, headings, list items
// and quotes marked as such; boilerplate inside the article (share bars, captions, link
// lists, "read more" boxes) left out.
class BodyWriter {
  public:
    struct Block {
        ReadArticle::Paragraph::Kind kind = ReadArticle::Paragraph::Kind::Body;
        std::string text;
    };

    explicit BodyWriter(const ContentScorer& scorer) : m_scorer(scorer) {}

    std::vector<Block> write(const std::vector<const GumboNode*>& nodes);

  private:
    void visit(const GumboNode* n, int depth);
    bool skip(const GumboNode* n) const;
    void flush();

    const ContentScorer& m_scorer;
    std::vector<Block> m_blocks;
    std::string m_current;
    std::vector<ReadArticle::Paragraph::Kind> m_kinds;
};

} // namespace ct::html

#pragma once

#include "formats/ArticleReader.h"

namespace ct {

class ArticleReaders;

// E-mail (.eml, RFC 5322/MIME) through GMime: Date: is the publication date, Subject: (RFC 2047
// decoded) the title, the sender's name the outlet; transfer encodings and charsets decoded by
// GMime. The body is the HTML part read by whichever reader the registry has for text/html,
// else the text part. A newsletter whose text part separates stories with rule lines
// (----, ====, * * *) gives one article per story.
class EmailArticleReader final : public ArticleReader {
  public:
    // `readers` is where the HTML part's reader is looked up at read time.
    explicit EmailArticleReader(const ArticleReaders& readers) : m_readers(readers) {}

    std::string_view name() const override { return "e-mail"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;

  private:
    const ArticleReaders& m_readers;
};

// The stories of a newsletter's text: blocks between rule lines that each look like a story
// (a heading line and a paragraph); empty when the text is not clearly split into two or more.
std::vector<std::string> splitNewsletterStories(const std::string& text);

} // namespace ct

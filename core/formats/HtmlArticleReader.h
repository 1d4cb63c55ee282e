#pragma once

#include "formats/ArticleReader.h"

namespace ct {

// Saved web pages (.html, .htm, .xhtml): the article body found by content scoring
// (see html/ContentScorer), title, publication date, outlet, author and address from the
// page's metadata, the character set from the BOM or the page's declaration.
class HtmlArticleReader final : public ArticleReader {
  public:
    std::string_view name() const override { return "HTML"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;

    // The same from markup whose charset a container already named (an MHTML part, an
    // e-mail's HTML body); `declaredCharset` empty means: look at the bytes.
    static Result<ReadArticle> readMarkup(std::string_view bytes, const std::string& fileName,
                                          std::string_view declaredCharset = {});

    static constexpr std::size_t kMaxBytes = 32u * 1024 * 1024;
};

} // namespace ct

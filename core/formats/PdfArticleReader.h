#pragma once

#include "formats/ArticleReader.h"

namespace ct {

// PDF through Poppler's C++ API: the words with their boxes, laid out by PdfLayout (reading
// order, columns, running headers dropped, hyphens rejoined). The publication date is left to
// the text (ArticleParser reads bylines); the file's creation date is only a suggestion.
// Refuses encrypted files and files without a text layer (scans) by name.
class PdfArticleReader final : public ArticleReader {
  public:
    static constexpr int kMaxPages = 2000;

    std::string_view name() const override { return "PDF"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;
};

} // namespace ct

#pragma once

#include "formats/ArticleReader.h"
#include "text/ArticleFile.h"

namespace ct {

// Plain text under today's input policy (ArticleFile): UTF-8 only, no binary, the size
// limit. The text is passed on verbatim (after BOM and line-end normalisation) so that the
// plain-text pipeline and its content hash see exactly what they saw before readers existed.
class TextArticleReader final : public ArticleReader {
  public:
    explicit TextArticleReader(std::size_t maxBytes = ArticleFile::kDefaultMaxBytes)
        : m_maxBytes(maxBytes) {}

    std::string_view name() const override { return "text"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;

  private:
    std::size_t m_maxBytes;
};

} // namespace ct

#pragma once

#include "formats/ArticleReader.h"

namespace ct {

// OpenDocument text (.odt): text:h and text:p of content.xml in order (notes and annotations
// left out), the "Title" paragraph style as the title; title, author and creation date (a
// suggestion only) from meta.xml. The zip is opened with bomb checks (ZipArchive).
class OdtArticleReader final : public ArticleReader {
  public:
    std::string_view name() const override { return "ODT"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;
};

} // namespace ct

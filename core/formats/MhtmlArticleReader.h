#pragma once

#include "formats/ArticleReader.h"

namespace ct {

// Single-file web page saves (.mhtml, .mht): the HTML part is unpacked and read as a web page.
class MhtmlArticleReader final : public ArticleReader {
  public:
    std::string_view name() const override { return "MHTML"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;
};

} // namespace ct

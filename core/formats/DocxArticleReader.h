#pragma once

#include "formats/ArticleReader.h"

namespace ct {

// Word (.docx): paragraphs of word/document.xml in order, Title/Heading styles kept as title and
// headings, deleted revisions and field codes left out; title, author and creation date (a
// suggestion only) from docProps/core.xml. The zip is opened with bomb checks (ZipArchive).
class DocxArticleReader final : public ArticleReader {
  public:
    std::string_view name() const override { return "DOCX"; }
    int sniff(std::string_view bytes, std::string_view fileName) const override;
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const override;
};

} // namespace ct

#include "formats/TextArticleReader.h"

#include "formats/FileName.h"

namespace ct {

int TextArticleReader::sniff(std::string_view /*bytes*/, std::string_view fileName) const {
    // The fallback: any reader that recognises the content beats it.
    const std::string ext = fileExtension(fileName);
    return ext == "txt" || ext == "text" || ext == "md" ? 10 : 1;
}

Result<std::vector<ReadArticle>> TextArticleReader::read(std::string_view bytes,
                                                         const std::string& fileName) const {
    auto text = ArticleFile::validate(std::string(bytes), fileName, m_maxBytes);
    if (!text)
        return text.error();
    ReadArticle article;
    article.format = "text";
    article.text = std::move(*text);
    // Title, dates and outlet come from ArticleParser, which reads plain text best.
    return std::vector<ReadArticle>{std::move(article)};
}

} // namespace ct

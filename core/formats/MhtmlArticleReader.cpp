#include "formats/MhtmlArticleReader.h"

#include "formats/HtmlArticleReader.h"
#include "formats/html/GumboNodes.h"
#include "formats/html/MimeArchive.h"

namespace ct {

int MhtmlArticleReader::sniff(std::string_view bytes, std::string_view fileName) const {
    const std::string head = html::lowerAscii(bytes.substr(0, 4096));
    const bool mime = head.find("mime-version:") != std::string::npos ||
                      head.starts_with("from:") || head.starts_with("content-type:");
    if (mime && head.find("multipart/related") != std::string::npos)
        return 95;
    const std::string name = html::lowerAscii(fileName);
    if (name.ends_with(".mhtml") || name.ends_with(".mht"))
        return mime ? 80 : 30;
    return 0;
}

Result<std::vector<ReadArticle>> MhtmlArticleReader::read(std::string_view bytes,
                                                          const std::string& fileName) const {
    if (bytes.size() > HtmlArticleReader::kMaxBytes)
        return makeError(Error::Code::InvalidInput,
                         fileName + ": larger than the 32 MB limit for web pages");
    auto page = html::MimeArchive::htmlPart(bytes, fileName);
    if (!page)
        return page.error();
    auto article = HtmlArticleReader::readMarkup(page->html, fileName, page->charset);
    if (!article)
        return article.error();
    if (article->url.empty())
        article->url = page->location;
    return std::vector<ReadArticle>{std::move(*article)};
}

} // namespace ct

#include "HtmlCheck.h"

#include "formats/HtmlArticleReader.h"
#include "formats/MhtmlArticleReader.h"
#include "formats/html/CharsetDecoder.h"

#include <string_view>

namespace ct::fuzz {

namespace {

std::string checkArticles(const Result<std::vector<ReadArticle>>& read, const std::string& name) {
    if (!read)
        return read.error().message.starts_with(name)
                   ? ""
                   : "error without the file name: " + read.error().message;
    if (read->empty())
        return "no article and no error";
    for (const ReadArticle& a : *read) {
        if (html::CharsetDecoder::repairUtf8(a.text) != a.text)
            return "text is not valid UTF-8";
        if (a.paragraphs.empty() ||
            a.paragraphs.front().kind != ReadArticle::Paragraph::Kind::Title)
            return "no title paragraph";
        if (a.title.empty() || a.text.compare(0, a.title.size(), a.title) != 0)
            return "the text does not start with the title";
        std::size_t last = 0;
        for (const auto& p : a.paragraphs) {
            if (p.begin < last || p.end < p.begin || p.end > a.text.size())
                return "paragraph range outside the text or out of order";
            if (p.end == p.begin)
                return "empty paragraph";
            last = p.end;
        }
        if (a.text.find("\n\n\n") != std::string::npos)
            return "more than one blank line between paragraphs";
    }
    return {};
}

} // namespace

std::string checkHtmlReaders(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const HtmlArticleReader htmlReader;
    const MhtmlArticleReader mhtmlReader;
    for (const ArticleReader* reader : {static_cast<const ArticleReader*>(&htmlReader),
                                        static_cast<const ArticleReader*>(&mhtmlReader)}) {
        const int sniffed = reader->sniff(bytes, "page.html");
        if (sniffed < 0 || sniffed > 100)
            return "sniff out of range";
        const std::string name = "fuzz page.html";
        const std::string broken = checkArticles(reader->read(bytes, name), name);
        if (!broken.empty())
            return std::string(reader->name()) + ": " + broken;
    }
    return {};
}

} // namespace ct::fuzz

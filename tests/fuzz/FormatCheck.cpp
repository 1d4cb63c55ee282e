#include "FormatCheck.h"

#include "formats/ArticleReaders.h"
#include "text/ArticleFile.h"

#include <vector>

namespace ct::fuzz {

namespace {

std::string who0(const ArticleReader& reader) {
    return std::string(reader.name()) + ": ";
}

std::string checkReader(const ArticleReader& reader, std::string_view bytes) {
    const std::string name = "fuzz.input";
    for (const char* fileName : {"fuzz.input", "a.pdf", "a.docx", "a.odt", "a.eml"}) {
        const int score = reader.sniff(bytes, fileName);
        if (score < 0 || score > 100)
            return who0(reader) + "sniff score out of range";
    }
    auto read = reader.read(bytes, name);
    const std::string who = std::string(reader.name()) + ": ";
    if (!read) {
        if (!read.error().message.starts_with(name + ": "))
            return who + "error does not name the file: " + read.error().message;
        return {};
    }
    for (const ReadArticle& article : *read) {
        if (article.text.empty())
            return who + "an article with no text";
        if (auto valid = ArticleFile::validate(article.text, name, 1u << 30); !valid)
            return who + "article text is not valid UTF-8 text: " + valid.error().message;
        std::size_t last = 0;
        for (const auto& p : article.paragraphs) {
            if (p.begin < last || p.end < p.begin || p.end > article.text.size())
                return who + "paragraph offsets out of order or outside the text";
            last = p.end;
        }
    }
    return {};
}

} // namespace

std::string checkFormat(std::string_view family, const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ArticleReaders& readers = ArticleReaders::standard();
    std::vector<std::string_view> names;
    if (family == "zip")
        names = {"DOCX", "ODT"};
    else
        names = {family};
    for (const std::string_view name : names) {
        const ArticleReader* reader = readers.byName(name);
        if (!reader)
            return "no reader named " + std::string(name);
        if (std::string broken = checkReader(*reader, bytes); !broken.empty())
            return broken;
    }
    return {};
}

} // namespace ct::fuzz

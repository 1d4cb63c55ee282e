#include "formats/ArticleReaders.h"

#include "formats/DocxArticleReader.h"
#include "formats/EmailArticleReader.h"
#include "formats/HtmlArticleReader.h"
#include "formats/MhtmlArticleReader.h"
#include "formats/OdtArticleReader.h"
#include "formats/PdfArticleReader.h"
#include "formats/TextArticleReader.h"

#include <algorithm>
#include <cctype>

namespace ct {

ArticleReaders::ArticleReaders(Standard) {
    // The registry of formats. Order breaks sniff-score ties; text is the fallback.
    add(std::make_unique<TextArticleReader>(), {"text/plain"});
    add(std::make_unique<PdfArticleReader>(), {"application/pdf"});
    add(std::make_unique<DocxArticleReader>(),
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"});
    add(std::make_unique<OdtArticleReader>(), {"application/vnd.oasis.opendocument.text"});
    add(std::make_unique<HtmlArticleReader>(), {"text/html", "application/xhtml+xml"});
    add(std::make_unique<MhtmlArticleReader>(), {"multipart/related", "application/x-mimearchive"});
    // The e-mail reader finds the HTML part's reader here, by media type, when it reads.
    add(std::make_unique<EmailArticleReader>(*this), {"message/rfc822"});
}

const ArticleReaders& ArticleReaders::standard() {
    static const ArticleReaders readers{Standard{}};
    return readers;
}

void ArticleReaders::add(std::unique_ptr<ArticleReader> reader,
                         std::vector<std::string> mediaTypes) {
    if (reader)
        m_entries.push_back({std::move(reader), std::move(mediaTypes)});
}

const ArticleReader* ArticleReaders::choose(std::string_view bytes,
                                            std::string_view fileName) const {
    const ArticleReader* best = nullptr;
    int bestScore = 0;
    for (const Entry& entry : m_entries) {
        const int score = entry.reader->sniff(bytes, fileName);
        if (score > bestScore) {
            best = entry.reader.get();
            bestScore = score;
        }
    }
    return best ? best : byName("text");
}

const ArticleReader* ArticleReaders::forMediaType(std::string_view mediaType) const {
    std::string type(mediaType.substr(0, mediaType.find(';')));
    type.erase(
        std::remove_if(type.begin(), type.end(), [](unsigned char c) { return std::isspace(c); }),
        type.end());
    std::transform(type.begin(), type.end(), type.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const Entry& entry : m_entries)
        if (std::find(entry.mediaTypes.begin(), entry.mediaTypes.end(), type) !=
            entry.mediaTypes.end())
            return entry.reader.get();
    return nullptr;
}

const ArticleReader* ArticleReaders::byName(std::string_view name) const {
    for (const Entry& entry : m_entries)
        if (entry.reader->name() == name)
            return entry.reader.get();
    return nullptr;
}

Result<std::vector<ReadArticle>> ArticleReaders::read(std::string_view bytes,
                                                      const std::string& fileName) const {
    const ArticleReader* reader = choose(bytes, fileName);
    if (!reader)
        return makeError(Error::Code::Unsupported, fileName + ": no reader for this file");
    return reader->read(bytes, fileName);
}

std::vector<std::string_view> ArticleReaders::names() const {
    std::vector<std::string_view> out;
    for (const Entry& entry : m_entries)
        out.push_back(entry.reader->name());
    return out;
}

std::string collapseSpaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        bool isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            isSpace = true; // U+00A0 no-break space
            ++i;
        }
        if (isSpace) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

ReadArticleBuilder::ReadArticleBuilder(std::string format) {
    meta.format = std::move(format);
}

void ReadArticleBuilder::add(std::string_view paragraph, ReadArticle::Paragraph::Kind kind) {
    std::string clean = collapseSpaces(paragraph);
    if (clean.empty())
        return;
    m_size += clean.size() + 2;
    m_items.emplace_back(std::move(clean), kind);
}

ReadArticle ReadArticleBuilder::finish() {
    using Kind = ReadArticle::Paragraph::Kind;
    ReadArticle article = std::move(meta);
    auto titleAt = std::find_if(m_items.begin(), m_items.end(),
                                [](const auto& item) { return item.second == Kind::Title; });
    std::string title;
    if (titleAt != m_items.end())
        title = titleAt->first;
    else if (!article.title.empty())
        title = collapseSpaces(article.title);
    else if (!m_items.empty())
        title = m_items.front().first;
    if (titleAt != m_items.end() && titleAt->first == title)
        m_items.erase(titleAt);
    else if (titleAt == m_items.end() && !m_items.empty() && m_items.front().first == title)
        m_items.erase(m_items.begin());
    article.title = title;

    std::string& text = article.text;
    text.clear();
    auto append = [&](const std::string& paragraph, Kind kind) {
        if (!text.empty())
            text += "\n\n";
        article.paragraphs.push_back({kind, text.size(), text.size() + paragraph.size()});
        text += paragraph;
    };
    if (!title.empty())
        append(title, Kind::Title);
    for (const auto& [paragraph, kind] : m_items)
        append(paragraph, kind == Kind::Title ? Kind::Heading : kind);
    text += '\n';
    m_items.clear();
    m_size = 0;
    return article;
}

} // namespace ct

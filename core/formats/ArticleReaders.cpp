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

namespace {

// Length of the well-formed UTF-8 sequence at p[0..n), or 0 (Unicode table 3-7).
std::size_t utf8Length(const unsigned char* p, std::size_t n) {
    const unsigned char c = p[0];
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (len > n || p[1] < lo || p[1] > hi)
        return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    return len;
}

} // namespace

std::string collapseSpaces(std::string_view text) {
    // Also the one place where what a library hands over becomes text the store accepts:
    // bytes that are not UTF-8 become U+FFFD and control characters become spaces.
    std::string out;
    out.reserve(text.size());
    bool space = false;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const std::size_t len = utf8Length(p + i, n - i);
        // U+00A0 no-break space; U+FEFF, a byte-order mark left inside text, is no text.
        const bool isSpace =
            len == 1 ? (p[i] < 0x20 || p[i] == 0x7F || p[i] == ' ')
                     : (len == 2 && p[i] == 0xC2 && p[i + 1] == 0xA0) ||
                           (len == 3 && p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF);
        if (isSpace) {
            space = !out.empty();
            i += len;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
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

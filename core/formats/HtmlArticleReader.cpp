#include "formats/HtmlArticleReader.h"

#include "formats/html/BodyWriter.h"
#include "formats/html/CharsetDecoder.h"
#include "formats/html/ContentScorer.h"
#include "formats/html/DateText.h"
#include "formats/html/GumboNodes.h"
#include "formats/html/HtmlDocument.h"
#include "formats/html/HtmlMetadata.h"

#include <filesystem>

namespace ct {

namespace {

using Kind = ReadArticle::Paragraph::Kind;

const GumboNode* findBody(const GumboNode* root) {
    if (!html::isElement(root))
        return nullptr;
    const GumboVector& kids = html::childrenOf(root);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(kids.data[i]);
        if (html::tagOf(c) == GUMBO_TAG_BODY)
            return c;
    }
    return nullptr;
}

std::string baseName(const std::string& fileName) {
    return std::filesystem::path(fileName).filename().string();
}

std::string stem(const std::string& fileName) {
    return std::filesystem::path(fileName).stem().string();
}

void appendParagraph(ReadArticle& a, Kind kind, const std::string& text) {
    if (!a.text.empty())
        a.text += "\n\n";
    const std::size_t begin = a.text.size();
    a.text += text;
    a.paragraphs.push_back({kind, begin, a.text.size()});
}

} // namespace

int HtmlArticleReader::sniff(std::string_view bytes, std::string_view fileName) const {
    std::string_view head = bytes.substr(0, 2048);
    if (head.starts_with("\xEF\xBB\xBF"))
        head.remove_prefix(3);
    while (!head.empty() && (head.front() == ' ' || head.front() == '\n' || head.front() == '\r' ||
                             head.front() == '\t'))
        head.remove_prefix(1);
    const std::string low = html::lowerAscii(head);
    const std::string name = html::lowerAscii(fileName);
    const bool htmlName =
        name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml");
    if (low.starts_with("<!doctype html"))
        return 95;
    if (low.starts_with("<html"))
        return 90;
    if (low.starts_with("<") &&
        (low.find("<html") != std::string::npos || low.find("<body") != std::string::npos ||
         low.find("<head") != std::string::npos))
        return 80;
    if (low.starts_with("<") &&
        (low.find("<p>") != std::string::npos || low.find("<div") != std::string::npos))
        return htmlName ? 60 : 40;
    return htmlName ? 20 : 0;
}

Result<std::vector<ReadArticle>> HtmlArticleReader::read(std::string_view bytes,
                                                         const std::string& fileName) const {
    auto article = readMarkup(bytes, fileName);
    if (!article)
        return article.error();
    return std::vector<ReadArticle>{std::move(*article)};
}

Result<ReadArticle> HtmlArticleReader::readMarkup(std::string_view bytes,
                                                  const std::string& fileName,
                                                  std::string_view declaredCharset) {
    const std::string shown = baseName(fileName);
    if (bytes.size() > kMaxBytes)
        return makeError(Error::Code::InvalidInput,
                         shown + ": larger than the 32 MB limit for web pages");
    html::CharsetDecoder::Decoded decoded = html::CharsetDecoder::decode(bytes, declaredCharset);
    auto doc = html::HtmlDocument::parse(std::move(decoded.utf8), shown);
    if (!doc)
        return doc.error();
    const html::PageMetadata meta = html::HtmlMetadata::read(doc->root());
    const GumboNode* body = findBody(doc->root());
    const html::ContentScorer scorer(body);
    html::BodyWriter writer(scorer);
    std::vector<html::BodyWriter::Block> blocks = writer.write(scorer.articleNodes());

    std::string title = meta.title;
    if (title.empty() && !blocks.empty() && blocks.front().kind == Kind::Heading)
        title = blocks.front().text;
    // The headline inside the article block repeats the title line.
    while (!blocks.empty() && blocks.front().kind == Kind::Heading &&
           (blocks.front().text == title || blocks.front().text == meta.title))
        blocks.erase(blocks.begin());
    std::size_t visible = 0;
    for (const auto& b : blocks)
        visible += html::visibleLength(b.text);
    if (visible < 20)
        return makeError(Error::Code::InvalidInput, shown + ": no article body found");
    if (title.empty())
        title = stem(fileName);

    ReadArticle a;
    a.format = "HTML";
    appendParagraph(a, Kind::Title, title);
    for (const auto& b : blocks)
        appendParagraph(a, b.kind, b.text);
    a.title = title;
    a.published = meta.published;
    a.publishedEvidence = meta.publishedEvidence;
    if (!a.published) {
        // A dateline ("WASHINGTON, Nov. 19, 2019 —") in the article's first lines.
        std::string lede;
        for (std::size_t i = 0; i < blocks.size() && i < 2; ++i)
            lede += blocks[i].text.substr(0, 200) + "\n";
        if (auto d = html::DateText::findInText(lede)) {
            a.published = d;
            a.publishedEvidence = "dateline";
        }
    }
    a.outlet = meta.outlet;
    a.author = meta.author;
    a.url = meta.url;
    return a;
}

} // namespace ct

#include "formats/DocxArticleReader.h"

#include "formats/ArticleReaders.h"
#include "formats/FileName.h"
#include "formats/OfficeMeta.h"
#include "formats/ZipArchive.h"

#include <QByteArray>
#include <QXmlStreamReader>

namespace ct {

namespace {

using Kind = ReadArticle::Paragraph::Kind;

Kind kindOfStyle(QStringView style) {
    if (style.compare(u"Title", Qt::CaseInsensitive) == 0)
        return Kind::Title;
    if (style.startsWith(u"Heading", Qt::CaseInsensitive) ||
        style.compare(u"Subtitle", Qt::CaseInsensitive) == 0)
        return Kind::Heading;
    if (style.contains(u"Quote", Qt::CaseInsensitive))
        return Kind::Quote;
    if (style.compare(u"Caption", Qt::CaseInsensitive) == 0)
        return Kind::Caption;
    if (style.startsWith(u"List", Qt::CaseInsensitive))
        return Kind::ListItem;
    return Kind::Body;
}

struct OpenParagraph {
    std::string text;
    Kind kind = Kind::Body;
};

} // namespace

int DocxArticleReader::sniff(std::string_view bytes, std::string_view fileName) const {
    const bool zip = bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
    if (zip && bytes.find("word/document.xml") != std::string_view::npos)
        return 100;
    return fileExtension(fileName) == "docx" ? 20 : 0;
}

Result<std::vector<ReadArticle>> DocxArticleReader::read(std::string_view bytes,
                                                         const std::string& fileName) const {
    auto fail = [&](const std::string& why) {
        return makeError(Error::Code::InvalidInput, fileName + ": " + why);
    };
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return fail("not a Word document: " + zip.error().message);
    auto document = zip->read("word/document.xml");
    if (!document)
        return fail(document.error().code == Error::Code::NotFound
                        ? "not a Word document (word/document.xml is missing)"
                        : document.error().message);

    ReadArticleBuilder builder("DOCX");
    QXmlStreamReader xml(
        QByteArray::fromRawData(document->data(), static_cast<qsizetype>(document->size())));
    // A stack because text boxes put paragraphs inside paragraphs.
    std::vector<OpenParagraph> open;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"p") {
                open.emplace_back();
            } else if (open.empty()) {
                continue;
            } else if (name == u"pStyle") {
                for (const auto& attribute : xml.attributes())
                    if (attribute.name() == u"val")
                        open.back().kind = kindOfStyle(attribute.value());
            } else if (name == u"outlineLvl" && open.back().kind == Kind::Body) {
                open.back().kind = Kind::Heading;
            } else if (name == u"t") {
                open.back().text += xml.readElementText().toStdString();
            } else if (name == u"tab" || name == u"br" || name == u"cr") {
                open.back().text += ' ';
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"p" && !open.empty()) {
            builder.add(open.back().text, open.back().kind);
            open.pop_back();
        }
    }
    if (xml.hasError())
        return fail("damaged Word document: word/document.xml line " +
                    std::to_string(xml.lineNumber()) + ": " + xml.errorString().toStdString());
    if (builder.empty())
        return fail("the Word document has no text");

    if (zip->contains("docProps/core.xml")) {
        if (auto core = zip->read("docProps/core.xml"); core) {
            const OfficeMeta meta = readOfficeMeta(*core);
            builder.meta.author = meta.author;
            if (meta.created) {
                builder.meta.suggestedPublished = meta.created;
                builder.meta.suggestedEvidence = "DOCX creation date";
            }
            // The title property is often a template's leftover; a Title paragraph is better.
            builder.meta.title = meta.title;
        }
    }
    ReadArticle article = builder.finish();
    return std::vector<ReadArticle>{std::move(article)};
}

} // namespace ct

#include "formats/OdtArticleReader.h"

#include "formats/ArticleReaders.h"
#include "formats/FileName.h"
#include "formats/OfficeMeta.h"
#include "formats/ZipArchive.h"

#include <QByteArray>
#include <QXmlStreamReader>

namespace ct {

namespace {

using Kind = ReadArticle::Paragraph::Kind;

constexpr std::string_view kMimeType = "application/vnd.oasis.opendocument.text";

Kind kindOf(QStringView element, QStringView style) {
    if (style == u"Title")
        return Kind::Title;
    if (element == u"h" || style == u"Subtitle" || style.startsWith(u"Heading"))
        return Kind::Heading;
    if (style == u"Quotations")
        return Kind::Quote;
    if (style.startsWith(u"Caption") || style == u"Illustration")
        return Kind::Caption;
    return Kind::Body;
}

struct OpenParagraph {
    std::string text;
    Kind kind = Kind::Body;
};

} // namespace

int OdtArticleReader::sniff(std::string_view bytes, std::string_view fileName) const {
    // ODF puts an uncompressed "mimetype" member first so that the type is at a fixed offset.
    if (bytes.size() >= 38 + kMimeType.size() &&
        bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) &&
        bytes.substr(30, 8) == "mimetype" && bytes.substr(38, kMimeType.size()) == kMimeType)
        return 100;
    return fileExtension(fileName) == "odt" ? 20 : 0;
}

Result<std::vector<ReadArticle>> OdtArticleReader::read(std::string_view bytes,
                                                        const std::string& fileName) const {
    auto fail = [&](const std::string& why) {
        return makeError(Error::Code::InvalidInput, fileName + ": " + why);
    };
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return fail("not an OpenDocument text: " + zip.error().message);
    auto content = zip->read("content.xml");
    if (!content)
        return fail(content.error().code == Error::Code::NotFound
                        ? "not an OpenDocument text (content.xml is missing)"
                        : content.error().message);

    ReadArticleBuilder builder("ODT");
    QXmlStreamReader xml(
        QByteArray::fromRawData(content->data(), static_cast<qsizetype>(content->size())));
    std::vector<OpenParagraph> open;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"note" || name == u"annotation" || name == u"tracked-changes") {
                xml.skipCurrentElement(); // footnotes, comments, deleted text
            } else if (name == u"p" || name == u"h") {
                open.push_back(
                    {{},
                     kindOf(name, xml.attributes().value(QLatin1StringView("text:style-name")))});
            } else if (!open.empty() && (name == u"s" || name == u"tab" || name == u"line-break")) {
                open.back().text += ' ';
            }
        } else if (token == QXmlStreamReader::Characters && !open.empty()) {
            open.back().text += xml.text().toString().toStdString();
        } else if (token == QXmlStreamReader::EndElement && !open.empty() &&
                   (xml.name() == u"p" || xml.name() == u"h")) {
            builder.add(open.back().text, open.back().kind);
            open.pop_back();
        }
    }
    if (xml.hasError())
        return fail("damaged OpenDocument text: content.xml line " +
                    std::to_string(xml.lineNumber()) + ": " + xml.errorString().toStdString());
    if (builder.empty())
        return fail("the OpenDocument text has no text");

    if (zip->contains("meta.xml")) {
        if (auto metaXml = zip->read("meta.xml"); metaXml) {
            const OfficeMeta meta = readOfficeMeta(*metaXml);
            builder.meta.title = meta.title;
            builder.meta.author = meta.author;
            if (meta.created) {
                builder.meta.suggestedPublished = meta.created;
                builder.meta.suggestedEvidence = "ODT creation date";
            }
        }
    }
    return std::vector<ReadArticle>{builder.finish()};
}

} // namespace ct

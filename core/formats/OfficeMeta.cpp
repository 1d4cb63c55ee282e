#include "formats/OfficeMeta.h"

#include "formats/ArticleReaders.h"

#include <QByteArray>
#include <QXmlStreamReader>

namespace ct {

OfficeMeta readOfficeMeta(std::string_view xml) {
    OfficeMeta meta;
    QXmlStreamReader reader(
        QByteArray::fromRawData(xml.data(), static_cast<qsizetype>(xml.size())));
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        if (name == u"title" && meta.title.empty()) {
            meta.title = collapseSpaces(reader.readElementText().toStdString());
        } else if ((name == u"creator" || name == u"initial-creator") && meta.author.empty()) {
            meta.author = collapseSpaces(reader.readElementText().toStdString());
        } else if ((name == u"created" || name == u"creation-date") && !meta.created) {
            const std::string text = reader.readElementText().toStdString();
            meta.created = parseIsoDate(std::string_view(text).substr(0, 10));
        }
    }
    return meta;
}

} // namespace ct

#include "interchange_qt/TimelineXmlReader.h"

#include "interchange/presets/TimelineProjPreset.h"

#include <QXmlStreamReader>

namespace ct {

Result<std::unique_ptr<RowTable>> TimelineXmlReader::read(const std::string& bytes,
                                                          const std::string& fileName) {
    QXmlStreamReader xml(
        QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())));
    const auto& columns = TimelineProjPreset::columns();
    std::vector<std::vector<std::string>> rows;
    std::vector<std::int64_t> lines;
    bool sawTimeline = false;
    std::vector<std::string> row;
    bool inEvent = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("timeline"))
                sawTimeline = true;
            else if (name == QLatin1String("event")) {
                inEvent = true;
                row.assign(columns.size(), std::string());
                lines.push_back(xml.lineNumber());
            } else if (inEvent) {
                const std::string tag = name.toString().toStdString();
                const std::string text =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements).toStdString();
                std::string key = tag;
                if (tag == "fuzzy_start" || tag == "fuzzy_end")
                    key = "fuzzy";
                for (std::size_t i = 0; i < columns.size(); ++i)
                    if (columns[i] == key && (key != "fuzzy" || text == "True"))
                        row[i] = text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("event") && inEvent) {
            inEvent = false;
            rows.push_back(std::move(row));
        }
    }
    if (xml.hasError())
        return makeError(Error::Code::InvalidInput, fileName + ": line " +
                                                        std::to_string(xml.lineNumber()) + ": " +
                                                        xml.errorString().toStdString());
    if (!sawTimeline)
        return makeError(Error::Code::InvalidInput,
                         fileName + ": not a Timeline file (no <timeline> element)");
    return std::make_unique<RowTable>(columns, std::move(rows), std::move(lines));
}

} // namespace ct

#include "interchange_qt/TimelineJsonReader.h"

#include "interchange/presets/TimelineJsPreset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ct {
namespace {

std::string text(const QJsonValue& v) {
    if (v.isString())
        return v.toString().toStdString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15).toStdString();
    if (v.isBool())
        return v.toBool() ? "true" : "false";
    if (v.isArray()) {
        std::string out;
        for (const auto& item : v.toArray()) {
            if (!out.empty())
                out += "; ";
            out += text(item);
        }
        return out;
    }
    return {};
}

} // namespace

std::string TimelineJsonReader::htmlToText(const std::string& html) {
    QString s = QString::fromStdString(html);
    s.replace(QRegularExpression(QStringLiteral("</p>\\s*<p[^>]*>|<br\\s*/?>")),
              QStringLiteral("\n"));
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.trimmed().toStdString();
}

Result<std::unique_ptr<RowTable>> TimelineJsonReader::read(const std::string& bytes,
                                                           const std::string& fileName) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())), &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt gives a byte offset; a line is what an editor shows.
        const auto offset = static_cast<std::size_t>(std::max(0, error.offset));
        const auto line =
            1 + std::count(bytes.begin(), bytes.begin() + std::min(offset, bytes.size()), '\n');
        return makeError(Error::Code::InvalidInput,
                         fileName + ": line " + std::to_string(line) +
                             ": invalid JSON: " + error.errorString().toStdString());
    }
    std::vector<std::vector<std::string>> rows;
    if (doc.isObject() && doc.object().value(QLatin1String("events")).isArray()) {
        const auto& columns = TimelineJsPreset::columns();
        auto col = [&](const char* name) {
            return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) -
                                            columns.begin());
        };
        for (const auto& value : doc.object().value(QLatin1String("events")).toArray()) {
            const QJsonObject e = value.toObject();
            std::vector<std::string> row(columns.size());
            const QJsonObject start = e.value(QLatin1String("start_date")).toObject();
            const QJsonObject end = e.value(QLatin1String("end_date")).toObject();
            row[col("Year")] = text(start.value(QLatin1String("year")));
            row[col("Month")] = text(start.value(QLatin1String("month")));
            row[col("Day")] = text(start.value(QLatin1String("day")));
            row[col("End Year")] = text(end.value(QLatin1String("year")));
            row[col("End Month")] = text(end.value(QLatin1String("month")));
            row[col("End Day")] = text(end.value(QLatin1String("day")));
            const QJsonObject t = e.value(QLatin1String("text")).toObject();
            row[col("Headline")] = htmlToText(text(t.value(QLatin1String("headline"))));
            row[col("Text")] = htmlToText(text(t.value(QLatin1String("text"))));
            row[col("Media")] =
                text(e.value(QLatin1String("media")).toObject().value(QLatin1String("url")));
            row[col("Group")] = text(e.value(QLatin1String("group")));
            row[col("Display Date")] = text(e.value(QLatin1String("display_date")));
            rows.push_back(std::move(row));
        }
        return std::make_unique<RowTable>(columns, std::move(rows), std::vector<std::int64_t>{});
    }
    if (doc.isArray()) {
        std::vector<std::string> header;
        for (const auto& value : doc.array())
            for (const auto& key : value.toObject().keys())
                if (std::find(header.begin(), header.end(), key.toStdString()) == header.end())
                    header.push_back(key.toStdString());
        // Keep the export's column order when it is ours (start, end, precision, …).
        static const std::vector<std::string> ours = {"start", "end",    "precision", "fuzzy",
                                                      "title", "actors", "places"};
        std::vector<std::string> ordered;
        for (const auto& k : ours)
            if (std::find(header.begin(), header.end(), k) != header.end())
                ordered.push_back(k);
        for (const auto& k : header)
            if (std::find(ordered.begin(), ordered.end(), k) == ordered.end())
                ordered.push_back(k);
        for (const auto& value : doc.array()) {
            const QJsonObject o = value.toObject();
            std::vector<std::string> row;
            for (const auto& k : ordered)
                row.push_back(text(o.value(QString::fromStdString(k))));
            rows.push_back(std::move(row));
        }
        return std::make_unique<RowTable>(std::move(ordered), std::move(rows),
                                          std::vector<std::int64_t>{});
    }
    return makeError(
        Error::Code::InvalidInput,
        fileName + ": neither a TimelineJS file ({\"events\": [...]}) nor an array of events");
}

} // namespace ct

#include "formats/html/JsonLd.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace ct::html {

namespace {

bool isArticleType(const QJsonValue& type) {
    const auto check = [](const QString& t) {
        return t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting") ||
               t == QLatin1String("Report") || t == QLatin1String("LiveBlogPosting") ||
               t == QLatin1String("SocialMediaPosting");
    };
    if (type.isArray()) {
        for (const QJsonValue& v : type.toArray())
            if (check(v.toString()))
                return true;
        return false;
    }
    return check(type.toString());
}

// "name" of an object, of the first of an array, or the string itself.
QString nameOf(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue& item : v.toArray()) {
            const QString n = nameOf(item);
            if (!n.isEmpty())
                names << n;
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

void setIfEmpty(std::string& field, const QString& value) {
    if (field.empty() && !value.trimmed().isEmpty())
        field = value.trimmed().toStdString();
}

void readObject(const QJsonObject& o, JsonLdArticle& into, int depth) {
    if (depth > 8)
        return;
    if (o.contains(QLatin1String("@graph"))) {
        for (const QJsonValue& v : o.value(QLatin1String("@graph")).toArray())
            if (v.isObject())
                readObject(v.toObject(), into, depth + 1);
    }
    const bool article = isArticleType(o.value(QLatin1String("@type")));
    const bool hasArticleFields =
        o.contains(QLatin1String("datePublished")) || o.contains(QLatin1String("headline"));
    if (!article && !hasArticleFields)
        return;
    if (article && !into.isArticle) {
        // An Article's fields replace what a WebPage said before it.
        into = JsonLdArticle{};
        into.isArticle = true;
    } else if (!article && into.isArticle) {
        return;
    }
    setIfEmpty(into.headline, o.value(QLatin1String("headline")).toString());
    setIfEmpty(into.datePublished, o.value(QLatin1String("datePublished")).toString());
    setIfEmpty(into.datePublished, o.value(QLatin1String("dateCreated")).toString());
    setIfEmpty(into.publisher, nameOf(o.value(QLatin1String("publisher"))));
    setIfEmpty(into.author, nameOf(o.value(QLatin1String("author"))));
    setIfEmpty(into.url, o.value(QLatin1String("url")).toString());
    const QJsonValue main = o.value(QLatin1String("mainEntityOfPage"));
    setIfEmpty(into.url, main.isObject() ? main.toObject().value(QLatin1String("@id")).toString()
                                         : main.toString());
}

} // namespace

void JsonLd::read(std::string_view json, JsonLdArticle& into) {
    // Raw line breaks and tabs inside strings are invalid JSON but common in pages; outside
    // strings they are whitespace anyway.
    QByteArray bytes(json.data(), qsizetype(json.size()));
    for (char& c : bytes)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    if (doc.isObject()) {
        readObject(doc.object(), into, 0);
    } else if (doc.isArray()) {
        for (const QJsonValue& v : doc.array())
            if (v.isObject())
                readObject(v.toObject(), into, 0);
    }
}

} // namespace ct::html

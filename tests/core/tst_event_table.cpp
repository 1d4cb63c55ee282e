#include "TestPrinters.h"

#include "io/EventTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QTest>

using namespace ct;

namespace {

Event makeEvent(const char* start, const char* end, const std::string& title) {
    Event e;
    e.id = 7;
    e.articleId = 3;
    e.when = DateSpan{isoDate(start), isoDate(end), Precision::Day, false};
    if (e.when.start != e.when.end)
        e.when.precision = Precision::Range;
    e.title = title;
    e.sentence = "He said: \"it was, in fact, late\".\nNext line.";
    e.actors = {"Vladimir Putin", "Kassym-Jomart Tokayev"};
    e.places = {"Kazakhstan"};
    e.confidence = 0.75;
    return e;
}

std::string articleTitle(std::int64_t id) {
    return id == 3 ? "Kazakhstan: Presidents Putin and Tokayev" : "?";
}

} // namespace

class TestEventTable : public QObject {
    Q_OBJECT
private slots:
    void csvField_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text stays bare") << "Putin" << "Putin";
        QTest::newRow("comma forces quotes") << "a, b" << "\"a, b\"";
        QTest::newRow("quotes are doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline forces quotes") << "a\nb" << "\"a\nb\"";
        QTest::newRow("carriage return forces quotes") << "a\rb" << "\"a\rb\"";
        QTest::newRow("non-ASCII passes through") << "Καζακστάν" << "Καζακστάν";
        QTest::newRow("empty stays empty") << "" << "";
    }
    void csvField() {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(EventTable::csvField(raw.toStdString())), expected);
    }

    void jsonString_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quote and backslash") << "a\"b\\c" << "\"a\\\"b\\\\c\"";
        QTest::newRow("newline and tab") << "a\nb\tc" << "\"a\\nb\\tc\"";
        QTest::newRow("control character") << QString(QChar(0x01)) << "\"\\u0001\"";
        QTest::newRow("UTF-8 kept") << "Τοκάγεφ" << "\"Τοκάγεφ\"";
    }
    void jsonString() {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(EventTable::jsonString(raw.toStdString())), expected);
    }

    void csvHasHeaderAndOneRecordPerEvent() {
        const std::vector<Event> events = {makeEvent("2022-01-06", "2022-01-06", "Force arrives"),
                                           makeEvent("2022-01-09", "2022-01-15", "Teleconference")};
        const QString csv = QString::fromStdString(EventTable::toCsv(events, articleTitle));
        QVERIFY(csv.startsWith(
            "start,end,precision,fuzzy,title,actors,places,article,sentence,"));
        // Quoted sentence holds a newline, so count records by their CRLF ends.
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 3);
        QVERIFY(csv.contains("2022-01-06,,day,false,Force arrives,"
                             "Vladimir Putin; Kassym-Jomart Tokayev,Kazakhstan,"
                             "Kazakhstan: Presidents Putin and Tokayev,"));
        QVERIFY(csv.contains("2022-01-09,2022-01-15,range,false,Teleconference,"));
        QVERIFY(csv.contains("\"He said: \"\"it was, in fact, late\"\".\nNext line.\""));
    }

    void jsonParsesWithOneObjectPerEvent() {
        std::vector<Event> events = {makeEvent("2022-01-09", "2022-01-15", "Teleconference"),
                                     makeEvent("2022-01-06", "2022-01-06", "Force \"arrives\"")};
        events[0].when.fuzzy = true;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromStdString(EventTable::toJson(events, articleTitle)), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject fuzzy = array[0].toObject();
        QCOMPARE(fuzzy["start"].toString(), QStringLiteral("2022-01-09"));
        QCOMPARE(fuzzy["end"].toString(), QStringLiteral("2022-01-15"));
        QCOMPARE(fuzzy["fuzzy"].toBool(), true);
        QCOMPARE(fuzzy["actors"].toArray().size(), 2);
        QCOMPARE(fuzzy["confidence"].toDouble(), 0.75);
        QCOMPARE(fuzzy["sentence"].toString(), QString::fromStdString(events[0].sentence));
        const QJsonObject single = array[1].toObject();
        QVERIFY(single["end"].isNull());
        QCOMPARE(single["title"].toString(), QStringLiteral("Force \"arrives\""));
    }
};

QTEST_GUILESS_MAIN(TestEventTable)
#include "tst_event_table.moc"

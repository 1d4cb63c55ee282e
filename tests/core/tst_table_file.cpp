#include "interchange/EventWriter.h"
#include "interchange/TableImporter.h"
#include "interchange_qt/TableFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

Event makeEvent(const char* start, const char* end, Precision precision, const char* title,
                std::vector<std::string> actors, bool fuzzy = false) {
    Event e;
    e.when = DateSpan{*parseIsoDate(start), *parseIsoDate(end), precision, fuzzy};
    e.title = title;
    e.actors = std::move(actors);
    e.sentence = std::string("The sentence of ") + title + ", with a comma & an <angle>.";
    return e;
}

std::vector<Event> sampleEvents() {
    return {makeEvent("2022-01-05", "2022-01-05", Precision::Day, "Protests in Zhanaozen",
                      {"Protesters"}),
            makeEvent("2022-01-06", "2022-01-06", Precision::Day, "Putin talks to Tokayev",
                      {"Putin", "Tokayev"}),
            makeEvent("2022-01-09", "2022-01-15", Precision::Range, "Troops \"withdraw\"", {"CSTO"},
                      true),
            makeEvent("2022-02-01", "2022-02-28", Precision::Month, "Trials begin", {}),
            makeEvent("2023-01-01", "2023-12-31", Precision::Year, "Reforms", {"Tokayev"})};
}

Result<std::vector<Event>> importFile(const QString& path) {
    auto file = TableFile::open(path.toStdString());
    if (!file)
        return file.error();
    if (!file->preset)
        return makeError(Error::Code::InvalidInput, "no preset detected");
    auto mapping = file->preset->mapping(file->source->header(), file->source->header().size());
    if (!mapping)
        return mapping.error();
    TableImporter importer(*mapping, {OnBadRow::Stop, file->preset->dataSetName(), "f", 0},
                           file->preset);
    return importer.convert(*file->source);
}

} // namespace

class TestTableFile : public QObject {
    Q_OBJECT
  private slots:
    // Every format written, read back: the same dates, titles and (where the format carries
    // them) actors and fuzziness.
    void writeThenReadBack_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("allActors"); // the format keeps every actor, not only the lane
        QTest::addColumn<bool>("keepsFuzzy");
        QTest::newRow("CSV") << "csv"
                             << "events.csv" << true << true;
        QTest::newRow("JSON") << "json"
                              << "events.json" << true << true;
        QTest::newRow("TimelineJS") << "timelinejs"
                                    << "events.timelinejs.json" << false << false;
        QTest::newRow("Timeline") << "timeline"
                                  << "events.timeline" << false << true;
    }
    void writeThenReadBack() {
        QFETCH(QString, format);
        QFETCH(QString, fileName);
        QFETCH(bool, allActors);
        QFETCH(bool, keepsFuzzy);
        const auto events = sampleEvents();
        const EventWriter* writer = findEventWriter(format.toStdString());
        QVERIFY(writer);
        QCOMPARE(eventWriterForFile(fileName.toStdString()), writer);
        EventWriteOptions options;
        options.groupBy = EventWriteOptions::GroupBy::Actor;
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(writer->write(events, options)));
        f.close();
        auto back = importFile(path);
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QCOMPARE(back->size(), events.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Event& a = events[i];
            const Event& b = (*back)[i];
            QCOMPARE(b.title, a.title);
            DateSpan expected = a.when;
            if (!keepsFuzzy)
                expected.fuzzy = false;
            QCOMPARE(toText(b.when), toText(expected));
            if (allActors)
                QCOMPARE(b.actors, a.actors);
            else
                QCOMPARE(b.actors,
                         a.actors.empty() ? a.actors : std::vector<std::string>{a.actors.front()});
            QVERIFY2(b.sentence.find(a.sentence) != std::string::npos, b.sentence.c_str());
        }
    }

    // A control character copied from a web page would make the Timeline program's XML
    // unreadable and means nothing in TimelineJS's HTML: both leave it out, keeping the rest.
    void markupFormatsLeaveOutControlCharacters_data() {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("TimelineJS") << "events.timelinejs.json";
        QTest::newRow("Timeline") << "events.timeline";
    }
    void markupFormatsLeaveOutControlCharacters() {
        QFETCH(QString, fileName);
        const EventWriter* writer = eventWriterForFile(fileName.toStdString());
        QVERIFY(writer);
        Event e = makeEvent("2022-01-05", "2022-01-05", Precision::Day, "Shots fired", {"Police"});
        e.sentence = "Shots\x01 were fired\x1b & <b>police</b>\tsaid.";
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(writer->write({e}, {})));
        f.close();
        auto back = importFile(path);
        QVERIFY2(back, back ? "" : back.error().message.c_str());
        QCOMPARE(back->size(), std::size_t(1));
        const std::string& sentence = back->front().sentence;
        QVERIFY2(sentence.find("Shots were fired & <b>police</b>") != std::string::npos,
                 sentence.c_str());
        QVERIFY2(sentence.find('\x01') == std::string::npos, sentence.c_str());
    }

    void handWrittenTimelineFileImports() {
        // A file in the shape the Timeline program (2.x) saves.
        auto events =
            importFile(QStringLiteral(CT_TEST_DATA_DIR "/interchange/kazakhstan.timeline"));
        QVERIFY2(events, events ? "" : events.error().message.c_str());
        QCOMPARE(events->size(), std::size_t(2));
        QCOMPARE(toText((*events)[0].when), std::string("2022-01-02 (day)"));
        QCOMPARE((*events)[0].title, std::string("Fuel price protests start"));
        QCOMPARE((*events)[0].actors, std::vector<std::string>{"Kazakhstan"});
        QCOMPARE((*events)[0].sentence, std::string("In Zhanaozen & Aktau."));
        QCOMPARE(toText((*events)[1].when), std::string("2022-01-07..2022-01-13 (range, fuzzy)"));
    }

    void handWrittenTimelineJsImports() {
        // A file in the shape of TimelineJS3's documentation example.
        auto events =
            importFile(QStringLiteral(CT_TEST_DATA_DIR "/interchange/kazakhstan-timelinejs.json"));
        QVERIFY2(events, events ? "" : events.error().message.c_str());
        QCOMPARE(events->size(), std::size_t(3));
        QCOMPARE(toText((*events)[0].when), std::string("2022-01-05 (day)"));
        QCOMPARE((*events)[0].title, std::string("State of emergency"));
        QCOMPARE((*events)[0].actors, std::vector<std::string>{"Government"});
        QCOMPARE((*events)[0].sentence, std::string("Declared in Almaty & Mangystau."));
        QCOMPARE((*events)[0].reports[0].url, std::string("https://example.org/photo.jpg"));
        QCOMPARE(toText((*events)[1].when), std::string("2022-01-01..2022-01-31 (month)"));
        QCOMPARE(toText((*events)[2].when), std::string("2022-01-07..2022-01-19 (range)"));
    }

    void malformedFilesNameTheLine_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("XML not closed")
            << "a.timeline" << QByteArray("<timeline>\n<events>\n<event>\n") << "a.timeline: line ";
        QTest::newRow("not a Timeline file")
            << "b.timeline" << QByteArray("<html></html>") << "not a Timeline file";
        QTest::newRow("JSON syntax")
            << "c.json" << QByteArray("{\"events\": [\n{\"a\": 1},\n{,}\n]}")
            << "c.json: line 3: invalid JSON";
        QTest::newRow("JSON of another shape")
            << "d.json" << QByteArray("{\"x\": 1}") << "neither a TimelineJS file";
    }
    void malformedFilesNameTheLine() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(fileName));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto file = TableFile::open(f.fileName().toStdString());
        QVERIFY(!file);
        QVERIFY2(QString::fromStdString(file.error().message).contains(expected),
                 file.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_table_file.moc"

// Data sets into a store of either engine: runs on SQLite and on a private PostgreSQL server.
#include "TestPrinters.h"
#include "common/BothEngines.h"
#include "common/TestPostgres.h"
#include "interchange/CsvReader.h"
#include "interchange/TableImporter.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace ct;

namespace {

// An extract in the shape of ACLED's export (columns as acleddata.com writes them).
const char* kAcled =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,tags,timestamp\r\n"
    "KAZ1001,05 January 2022,2022,1,Demonstrations,Protests,Peaceful protest,Protesters "
    "(Kazakhstan),"
    "Labour Group (Kazakhstan); Oil Workers,6,,,0,60,,398,Central Asia,Kazakhstan,Mangystau,"
    "Zhanaozen,,Zhanaozen,43.3412,52.8619,1,Reuters; Kazinform,National-International,"
    "\"On 5 January 2022, oil workers protested fuel prices in Zhanaozen, \"\"peacefully\"\".\","
    "0,crowd size=thousands,1642000000\r\n"
    "KAZ1002,06 January 2022,2022,2,Political violence,Riots,Violent demonstration,Rioters "
    "(Kazakhstan),"
    ",5,Police Forces of Kazakhstan (2019-),,1,15,,398,Central Asia,Kazakhstan,Almaty,,,Almaty,"
    "43.25,76.95,1,AFP,International,Rioters clashed with police in Almaty.,8,,1642000001\r\n"
    "KAZ1003,January 2022,2022,3,Political violence,Protests,Protest with intervention,Protesters "
    "(Kazakhstan),,6,,,0,60,,398,Central Asia,Kazakhstan,Almaty,,,Almaty,43.25,76.95,1,RFE/RL,"
    "International,Protests across the month.,0,,1642000002\r\n";

// Two GDELT 1.0 rows (58 tab-separated columns, no header).
std::string gdeltRow(const std::string& id, const std::string& date, const std::string& actor1,
                     const std::string& actor2, const std::string& code, const std::string& url) {
    std::vector<std::string> f(58);
    f[0] = id;
    f[1] = date;
    f[2] = date.substr(0, 6);
    f[3] = date.substr(0, 4);
    f[6] = actor1;
    f[16] = actor2;
    f[26] = code;
    f[27] = code.substr(0, 3);
    f[28] = code.substr(0, 2);
    f[32] = "4";
    f[50] = "Almaty, Almaty, Kazakhstan";
    f[56] = date;
    f[57] = url;
    std::string row;
    for (std::size_t i = 0; i < f.size(); ++i)
        row += (i ? "\t" : "") + f[i];
    return row + "\n";
}

std::unique_ptr<CsvReader> csv(const std::string& text, CsvOptions options = {}) {
    auto r = CsvReader::fromText(text, options, "data.csv");
    if (!r)
        qFatal("%s", r.error().message.c_str());
    return std::move(*r);
}

// An article whose one event is the Zhanaozen protest of kAcled's first row, or, with
// `elsewhere`, a happening months away (a non-empty store where nothing can merge).
void addArticle(Store& store, bool elsewhere = false) {
    Article a;
    a.contentHash = elsewhere ? "other" : "zhanaozen";
    a.title = elsewhere ? "Budget passed" : "Oil workers protest in Zhanaozen";
    a.source = "Reuters";
    a.url = "https://example.org/zhanaozen";
    a.published = isoDate(elsewhere ? "2021-06-02" : "2022-01-06");
    a.text = a.title + "\n\nBody.";
    Event e;
    e.when = {isoDate(elsewhere ? "2021-06-01" : "2022-01-05"),
              isoDate(elsewhere ? "2021-06-01" : "2022-01-05"), Precision::Day, false};
    e.title = a.title;
    e.sentence = elsewhere ? "Parliament passed the budget on Tuesday."
                           : "Oil workers protested fuel prices in Zhanaozen on Wednesday.";
    e.sentenceBegin = 0;
    e.sentenceEnd = static_cast<std::int64_t>(e.sentence.size());
    e.actors = {elsewhere ? "Parliament" : "Oil Workers"};
    e.places = {elsewhere ? "Astana" : "Zhanaozen"};
    std::vector<Event> events{e};
    if (auto r = store.addArticle(a, events); !r)
        qFatal("article: %s", r.error().message.c_str());
}

Result<TableImportSummary> importAcled(Store& store) {
    auto source = csv(kAcled);
    const TablePreset* preset = detectTablePreset(source->header());
    auto mapping = preset->mapping(source->header(), source->header().size());
    TableImporter importer(*mapping, {OnBadRow::Stop, "ACLED", "acled.csv", 0}, preset);
    return importer.import(store, *source);
}

} // namespace

class TestTableImporter : public QObject {
    Q_OBJECT
  public:
    // server: each test on a fresh database of it; nullptr: on SQLite files.
    explicit TestTableImporter(test::TestPostgres* server = nullptr) : m_server(server) {}

  private:
    test::TestPostgres* m_server;
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Store> freshStore() {
        const std::string location =
            m_server ? m_server->freshDatabase()
                     : m_dir.filePath(QStringLiteral("t%1.db").arg(++m_files)).toStdString();
        return test::TestPostgres::open(location);
    }

  private slots:
    void initTestCase() {
        if (m_server && !m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
    }

    void acledExtractImports() {
        auto source = csv(kAcled);
        const TablePreset* preset = detectTablePreset(source->header());
        QVERIFY(preset);
        QCOMPARE(preset->name(), std::string("acled"));
        auto mapping = preset->mapping(source->header(), source->header().size());
        QVERIFY(mapping);
        TableImporter importer(*mapping, {OnBadRow::Stop, "ACLED", "acled.csv", 0}, preset);
        auto events = importer.convert(*source);
        QVERIFY2(events, events ? "" : events.error().message.c_str());
        QCOMPARE(events->size(), std::size_t(3));
        const Event& first = (*events)[0];
        QCOMPARE(toText(first.when), std::string("2022-01-05 (day)"));
        QCOMPARE(first.title, std::string("Peaceful protest in Zhanaozen"));
        QCOMPARE(first.actors,
                 (std::vector<std::string>{"Protesters (Kazakhstan)", "Labour Group (Kazakhstan)",
                                           "Oil Workers"}));
        QCOMPARE(first.places.front(), std::string("Zhanaozen"));
        QVERIFY(first.sentence.find("\"peacefully\"") != std::string::npos);
        QCOMPARE(first.reports.size(), std::size_t(1));
        QCOMPARE(first.reports[0].origin, Report::Origin::Table);
        QCOMPARE(first.reports[0].outlet, std::string("ACLED"));
        QCOMPARE(first.reports[0].sourceRef, std::string("KAZ1001"));
        QCOMPARE(first.reports[0].articleTitle, std::string("Reuters; Kazinform"));
        // time_precision 2: known within a week; 3: the month.
        QCOMPARE(toText((*events)[1].when), std::string("2022-01-03..2022-01-09 (range, fuzzy)"));
        QCOMPARE((*events)[1].actors.back(), std::string("Police Forces of Kazakhstan (2019-)"));
        QCOMPARE(toText((*events)[2].when), std::string("2022-01-01..2022-01-31 (month)"));
    }

    void gdeltRowsImport_data() {
        QTest::addColumn<int>("columns");
        QTest::newRow("GDELT 1.0") << 58;
        QTest::newRow("GDELT 2.0") << 61;
    }
    void gdeltRowsImport() {
        QFETCH(int, columns);
        std::string text =
            gdeltRow("1001", "20220106", "RUSSIA", "KAZAKHSTAN", "042", "https://example.org/a") +
            gdeltRow("1002", "20220107", "PROTESTER", "POLICE", "1451", "https://example.org/b");
        if (columns == 61) { // 2.0: ADM2 codes after each ADM1 code, so later columns shift
            std::string shifted;
            std::size_t from = 0;
            while (from < text.size()) {
                const auto end = text.find('\n', from);
                std::vector<std::string> f;
                std::string line = text.substr(from, end - from);
                std::size_t p = 0;
                for (;;) {
                    const auto t = line.find('\t', p);
                    f.push_back(line.substr(p, t == std::string::npos ? std::string::npos : t - p));
                    if (t == std::string::npos)
                        break;
                    p = t + 1;
                }
                std::vector<std::string> g(f.begin(), f.begin() + 39);
                g.push_back("");
                g.insert(g.end(), f.begin() + 39, f.begin() + 46);
                g.push_back("");
                g.insert(g.end(), f.begin() + 46, f.begin() + 53);
                g.push_back("");
                g.insert(g.end(), f.begin() + 53, f.end());
                for (std::size_t i = 0; i < g.size(); ++i)
                    shifted += (i ? "\t" : "") + g[i];
                shifted += '\n';
                from = end + 1;
            }
            text = shifted;
        }
        auto probe = csv(text, {'\t', false, false});
        std::vector<std::string> first;
        QVERIFY(*probe->next(first));
        QCOMPARE(int(first.size()), columns);
        const TablePreset* preset = detectTablePreset(first);
        QVERIFY(preset);
        QCOMPARE(preset->name(), std::string("gdelt"));
        auto source = csv(text, preset->csvOptions());
        auto mapping = preset->mapping({}, first.size());
        QVERIFY(mapping);
        TableImporter importer(*mapping, {OnBadRow::Stop, "GDELT", "gdelt.tsv", 0}, preset);
        auto events = importer.convert(*source);
        QVERIFY2(events, events ? "" : events.error().message.c_str());
        QCOMPARE(events->size(), std::size_t(2));
        QCOMPARE(toText((*events)[0].when), std::string("2022-01-06 (day)"));
        QCOMPARE((*events)[0].title, std::string("Make a visit: RUSSIA, KAZAKHSTAN"));
        QCOMPARE((*events)[0].places, (std::vector<std::string>{"Almaty, Almaty, Kazakhstan"}));
        QCOMPARE((*events)[0].reports[0].url, std::string("https://example.org/a"));
        QCOMPARE((*events)[1].title, std::string("Protest violently, riot: PROTESTER, POLICE"));
    }

    void badRowsAreReportedByLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no date") << QByteArray("date,title\n2022-01-05,a\n,b\n") << qint64(3)
                                 << QStringLiteral("no date");
        QTest::newRow("unparseable date")
            << QByteArray("date,title\n2022-01-05,a\n2022-02-31,b\n") << qint64(3)
            << QStringLiteral("unparseable date \"2022-02-31\"");
        QTest::newRow("wrong column count")
            << QByteArray("date,title\n2022-01-05,a\n\n2022-01-06,b,c\n") << qint64(4)
            << QStringLiteral("wrong column count: 3 fields, expected 2");
    }
    void badRowsAreReportedByLine() {
        QFETCH(QByteArray, text);
        QFETCH(qint64, line);
        QFETCH(QString, reason);
        auto store = freshStore();
        QVERIFY(store);
        auto mapping = ColumnMapping::fromSpec("start=date,title=title", {"date", "title"});
        QVERIFY(mapping);
        { // skip: the good row is kept, the bad one reported
            auto source = csv(text.toStdString());
            TableImporter importer(*mapping, {OnBadRow::Skip, "set", "data.csv", 0});
            auto summary = importer.import(*store, *source);
            QVERIFY(summary);
            QCOMPARE(summary->imported, std::int64_t(1));
            QCOMPARE(summary->problems.size(), std::size_t(1));
            QCOMPARE(summary->problems[0].line, std::int64_t(line));
            QVERIFY2(QString::fromStdString(summary->problems[0].reason).startsWith(reason),
                     summary->problems[0].reason.c_str());
        }
        { // stop: the import fails naming the line, and the database is as it was
            auto source = csv(text.toStdString());
            TableImporter importer(*mapping, {OnBadRow::Stop, "set", "data.csv", 0});
            auto summary = importer.import(*store, *source);
            QVERIFY(!summary);
            QVERIFY2(QString::fromStdString(summary.error().message)
                         .contains(QStringLiteral("data.csv: line %1: ").arg(line) + reason),
                     summary.error().message.c_str());
            QCOMPARE(*store->eventCount(), std::int64_t(1));
        }
    }

    void aBrokenFileLeavesTheDatabaseUnchanged() {
        auto store = freshStore();
        QVERIFY(store);
        // Past the first 4096-row batch, so rows are written before the break (on the server
        // with COPY into the empty story, as on SQLite with its bulk insert).
        const int rows = 10000;
        std::string text = "date,title\n";
        for (int i = 0; i < rows; ++i)
            text += "2022-01-05,row " + std::to_string(i) + "\n";
        text += "2022-01-06,\"never closed\n";
        auto source = csv(text);
        auto mapping = ColumnMapping::fromSpec("start=date,title=title", {"date", "title"});
        TableImporter importer(*mapping, {OnBadRow::Skip, "set", "data.csv", 0});
        auto summary = importer.import(*store, *source);
        QVERIFY(!summary);
        QVERIFY2(QString::fromStdString(summary.error().message)
                     .contains(QStringLiteral("line %1").arg(rows + 2)),
                 summary.error().message.c_str());
        QCOMPARE(*store->eventCount(), std::int64_t(0));
    }

    void cancelLeavesTheDatabaseUnchanged() {
        // A cancel is seen after a 4096-row batch is written.
        auto store = freshStore();
        QVERIFY(store);
        std::string text = "date,title\n";
        for (int i = 0; i < 20000; ++i)
            text += "2022-01-05,row " + std::to_string(i) + "\n";
        auto source = csv(text);
        auto mapping = ColumnMapping::fromSpec("start=date,title=title", {"date", "title"});
        TableImporter importer(*mapping, {OnBadRow::Skip, "set", "data.csv", 0});
        auto summary = importer.import(*store, *source, [](double, std::int64_t) { return false; });
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Cancelled);
        QCOMPARE(*store->eventCount(), std::int64_t(0));
    }

    void importedEventsAreSearchable() {
        auto store = freshStore();
        auto source = csv(kAcled);
        const TablePreset* preset = detectTablePreset(source->header());
        auto mapping = preset->mapping(source->header(), source->header().size());
        TableImporter importer(*mapping, {OnBadRow::Stop, "ACLED", "acled.csv", 0}, preset);
        auto summary = importer.import(*store, *source);
        QVERIFY(summary);
        QCOMPARE(summary->imported, std::int64_t(3));
        EventQuery query;
        query.text = "Zhanaozen";
        auto found = store->events(query);
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(1));
        EventQuery byActor;
        byActor.actor = "Oil Workers";
        QCOMPARE(store->events(byActor)->size(), std::size_t(1));
    }
    // Both paths: the bulk one into a fresh database, the merging one into a store that
    // already holds events.
    void rowsKeepTheirReports_data() {
        QTest::addColumn<bool>("storeHoldsEvents");
        QTest::newRow("fresh database, bulk path") << false;
        QTest::newRow("store with an unrelated article, merging path") << true;
    }

    void rowsKeepTheirReports() {
        QFETCH(bool, storeHoldsEvents);
        auto store = freshStore();
        QVERIFY(store);
        if (storeHoldsEvents)
            addArticle(*store, true);
        auto summary = importAcled(*store);
        QVERIFY2(summary, summary ? "" : summary.error().message.c_str());
        QCOMPARE(*store->eventCount(), std::int64_t(storeHoldsEvents ? 4 : 3));
        EventQuery query;
        query.text = "Zhanaozen";
        auto found = store->events(query);
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(1));
        auto reports = store->reports(found->front().id);
        QVERIFY(reports);
        QCOMPARE(reports->size(), std::size_t(1));
        const Report& r = reports->front();
        QCOMPARE(r.origin, Report::Origin::Table);
        QCOMPARE(r.outlet, std::string("ACLED"));
        QCOMPARE(r.sourceRef, std::string("KAZ1001"));
        QVERIFY(QString::fromStdString(r.sentence).contains(QStringLiteral("oil workers")));
        QCOMPARE(r.when.start, isoDate("2022-01-05"));
        // First reported when the row was (it has no publication date: its own date), on the
        // bulk path as on the merging one.
        QCOMPARE(found->front().firstReported, isoDate("2022-01-05"));
        QCOMPARE(*store->reportCount(), std::int64_t(storeHoldsEvents ? 4 : 3));
    }

    void rowUrlBecomesTheReportsUrl() {
        auto store = freshStore();
        QVERIFY(store);
        auto source = csv("id,date,title,link\n"
                          "r1,2022-01-05,Protest in Zhanaozen,https://example.org/a\n");
        auto mapping = ColumnMapping::fromSpec("start=date,title=title,source=link,id=id",
                                               {"id", "date", "title", "link"});
        QVERIFY2(mapping, mapping ? "" : mapping.error().message.c_str());
        TableImporter importer(*mapping, {OnBadRow::Stop, "My set", "data.csv", 0});
        QVERIFY(importer.import(*store, *source));
        auto events = store->events({});
        QCOMPARE(events->size(), std::size_t(1));
        auto reports = store->reports(events->front().id);
        QCOMPARE(reports->size(), std::size_t(1));
        QCOMPARE(reports->front().url, std::string("https://example.org/a"));
        QCOMPARE(reports->front().outlet, std::string("My set"));
        QCOMPARE(reports->front().sourceRef, std::string("r1"));
    }

    void aRowAndAnArticleOfTheSameHappeningAreOneEvent() {
        auto store = freshStore();
        QVERIFY(store);
        addArticle(*store);
        QVERIFY(importAcled(*store));
        // The article's protest and ACLED's KAZ1001 are one; the other two rows stand alone.
        QCOMPARE(*store->eventCount(), std::int64_t(3));
        QCOMPARE(*store->reportCount(), std::int64_t(4));
        EventQuery query;
        query.text = "Zhanaozen";
        auto found = store->events(query);
        QCOMPARE(found->size(), std::size_t(1));
        auto reports = store->reports(found->front().id);
        QCOMPARE(reports->size(), std::size_t(2));
        std::set<Report::Origin> origins;
        for (const Report& r : *reports)
            origins.insert(r.origin);
        QCOMPARE(origins,
                 (std::set<Report::Origin>{Report::Origin::Article, Report::Origin::Table}));
        QCOMPARE(found->front().sourceCount, 2);
    }

    void rowsOfOneDataSetNeverMerge_data() {
        QTest::addColumn<bool>("storeHoldsEvents");
        QTest::newRow("fresh database, bulk path") << false;
        QTest::newRow("store with an article of that day, merging path") << true;
    }

    void rowsOfOneDataSetNeverMerge() {
        QFETCH(bool, storeHoldsEvents);
        auto store = freshStore();
        QVERIFY(store);
        if (storeHoldsEvents)
            addArticle(*store, true);
        auto source = csv("id,date,notes\n"
                          "a,2021-06-01,Parliament passed the budget in Astana.\n"
                          "b,2021-06-01,Parliament passed the budget in Astana on Tuesday.\n");
        auto mapping =
            ColumnMapping::fromSpec("start=date,description=notes,id=id", {"id", "date", "notes"});
        QVERIFY2(mapping, mapping ? "" : mapping.error().message.c_str());
        TableImporter importer(*mapping, {OnBadRow::Stop, "Curated", "data.csv", 0});
        QVERIFY(importer.import(*store, *source));
        // Each row is an event of its own, though the article may join one of them.
        QCOMPARE(*store->eventCount(), std::int64_t(2));
        auto events = store->events({});
        std::set<std::string> refs;
        for (const Event& e : *events) {
            auto reports = store->reports(e.id);
            QVERIFY(reports);
            for (const Report& r : *reports)
                if (r.origin == Report::Origin::Table)
                    refs.insert(r.sourceRef + "@" + std::to_string(e.id));
        }
        QCOMPARE(refs.size(), std::size_t(2));
        QCOMPARE(*store->reportCount(), std::int64_t(storeHoldsEvents ? 3 : 2));
    }
};

int main(int argc, char** argv) {
    return test::runOnBothEngines<TestTableImporter>(argc, argv);
}
#include "tst_table_importer.moc"

// The import pipeline on files of every format: reader → parser → extractor → store, with the
// reader's metadata taking precedence and a suggested date never used silently. Runs on SQLite
// and on a private PostgreSQL server.
#include "TestPrinters.h"
#include "common/BothEngines.h"
#include "common/TestPostgres.h"
#include "extract/Gazetteer.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;

namespace {

std::filesystem::path fixture(const char* name) {
    return std::filesystem::path(CT_TEST_DATA_DIR "/formats") / name;
}

} // namespace

class TestFormatImport : public QObject {
    Q_OBJECT
  public:
    // server: each test on a fresh database of it; nullptr: on SQLite files.
    explicit TestFormatImport(test::TestPostgres* server = nullptr) : m_server(server) {}

  private:
    test::TestPostgres* m_server;
    QTemporaryDir m_dir;
    std::optional<Gazetteer> m_gazetteer;
    int m_db = 0;

    std::unique_ptr<Store> openStore() {
        const std::string location =
            m_server ? m_server->freshDatabase()
                     : m_dir.filePath(QString("db%1.sqlite").arg(++m_db)).toStdString();
        auto store = ct::openStore(location);
        if (!store)
            qFatal("cannot open store: %s", store.error().message.c_str());
        return std::move(*store);
    }

  private slots:
    void initTestCase() {
        if (m_server && !m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        auto g = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(g.ok());
        m_gazetteer = std::move(*g);
    }

    void importsEachFormat_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("minEvents");
        QTest::newRow("PDF: date from its byline") << "two-column.pdf"
                                                   << "PDF"
                                                   << "Unrest spreads across Kazakhstan"
                                                   << "2022-01-08"
                                                   << "" << 1 << 5;
        QTest::newRow("DOCX") << "headings.docx"
                              << "DOCX"
                              << "Ceasefire talks resume in Almaty"
                              << "2022-01-08"
                              << "" << 1 << 2;
        QTest::newRow("ODT: ISO date line") << "report.odt"
                                            << "ODT"
                                            << "Border crossings reopen"
                                            << "2022-01-10"
                                            << "" << 1 << 2;
        QTest::newRow("newsletter: two stories, Date: header, sender as outlet")
            << "newsletter.eml"
            << "e-mail"
            << "Fuel protests reach Almaty"
            << "2022-01-08"
            << "Steppe Brief" << 2 << 3;
    }
    void importsEachFormat() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, outlet);
        QFETCH(int, articles);
        QFETCH(int, minEvents);
        auto store = openStore();
        Importer importer(*store, *m_gazetteer);

        const auto preview = importer.preview(fixture(file.toUtf8().constData()));
        QVERIFY2(preview.ok(), preview.ok() ? "" : preview.error().message.c_str());
        QCOMPARE(QString::fromStdString(preview->format), format);
        QVERIFY(preview->published);
        QCOMPARE(QString::fromStdString(toIso(*preview->published)), published);
        QVERIFY(!preview->publishedEvidence.empty());
        QCOMPARE(int(preview->articleCount), articles);

        const auto report = importer.importFile(fixture(file.toUtf8().constData()));
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(QString::fromStdString(report->format), format);
        QCOMPARE(int(report->articleCount), articles);
        QCOMPARE(int(report->articleIds.size()), articles);
        QVERIFY2(int(report->eventCount) >= minEvents,
                 qPrintable(QString::number(report->eventCount)));
        QCOMPARE(*store->articleCount(), std::int64_t(articles));
        const auto stored = store->article(report->articleIds.front());
        QVERIFY(stored.ok());
        QVERIFY2(QString::fromStdString(stored->title).startsWith(title), stored->title.c_str());
        QCOMPARE(QString::fromStdString(toIso(stored->published)), published);
        QCOMPARE(QString::fromStdString(stored->source), outlet);

        const auto again = importer.importFile(fixture(file.toUtf8().constData()));
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QCOMPARE(*store->articleCount(), std::int64_t(articles));
    }

    void suggestedDateIsOfferedNeverUsed() {
        auto store = openStore();
        Importer importer(*store, *m_gazetteer);
        const auto preview = importer.preview(fixture("no-date.pdf"));
        QVERIFY(preview.ok());
        QVERIFY(!preview->published);
        QCOMPARE(preview->suggestedPublished, isoDate("2022-01-11"));
        QCOMPARE(QString::fromStdString(preview->suggestedEvidence),
                 QStringLiteral("PDF creation date"));

        const auto refused = importer.importFile(fixture("no-date.pdf"));
        QVERIFY(!refused.ok());
        const QString message = QString::fromStdString(refused.error().message);
        QVERIFY2(message.contains("no-date.pdf") && message.contains("2022-01-11") &&
                     message.contains("--published"),
                 qPrintable(message));
        QCOMPARE(*store->articleCount(), std::int64_t(0));

        ImportOptions options;
        options.published = isoDate("2022-01-11");
        const auto imported = importer.importFile(fixture("no-date.pdf"), options);
        QVERIFY(imported.ok());
        QCOMPARE(imported->published, isoDate("2022-01-11"));
    }

    void refusedFilesLeaveNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("encrypted PDF") << "encrypted.pdf";
        QTest::newRow("scanned PDF") << "scanned.pdf";
        QTest::newRow("zip bomb") << "bomb.docx";
        QTest::newRow("malformed e-mail") << "malformed.eml";
    }
    void refusedFilesLeaveNothing() {
        QFETCH(QString, file);
        auto store = openStore();
        Importer importer(*store, *m_gazetteer);
        const auto report = importer.importFile(fixture(file.toUtf8().constData()));
        QVERIFY(!report.ok());
        QVERIFY(QString::fromStdString(report.error().message).contains(file));
        QCOMPARE(*store->articleCount(), std::int64_t(0));
    }

    void containerSizeLimitIsPerFormat() {
        auto store = openStore();
        Importer importer(*store, *m_gazetteer);
        ImportOptions options;
        options.maxFileBytes = 1000;
        const auto report = importer.importFile(fixture("two-column.pdf"), options);
        QVERIFY(!report.ok());
        QVERIFY2(QString::fromStdString(report.error().message).contains("size limit"),
                 report.error().message.c_str());
    }

    void fetchedUrlTravelsWithTheArticle() {
        auto store = openStore();
        Importer importer(*store, *m_gazetteer);
        ImportOptions options;
        options.url = "https://news.example.org/a.eml";
        QFile f(QString::fromStdString(fixture("alert-latin1.eml").string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto report = importer.importBytes(std::string_view(bytes.constData(), bytes.size()),
                                                 options.url, options);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QCOMPARE(report->url, options.url);
        QCOMPARE(report->outlet, std::string("Regional Alerts"));
        QCOMPARE(report->published, isoDate("2022-01-11"));
    }
};

int main(int argc, char** argv) {
    return test::runOnBothEngines<TestFormatImport>(argc, argv);
}
#include "tst_format_import.moc"

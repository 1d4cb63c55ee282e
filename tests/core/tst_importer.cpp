// The importer into a store of either engine: run on SQLite and on a private PostgreSQL server.
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

std::string readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll().toStdString();
}

const QString kSeed = QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
public:
    // server: each test on a fresh database of it; nullptr: on SQLite files.
    explicit TestImporter(test::TestPostgres* server = nullptr) : m_server(server) {}

private:
    test::TestPostgres* m_server;
    QTemporaryDir m_dir;
    std::optional<Gazetteer> m_gazetteer;

    std::unique_ptr<Store> freshStore(const QString& fileName) {
        const std::string location =
            m_server ? m_server->freshDatabase() : m_dir.filePath(fileName).toStdString();
        return test::TestPostgres::open(location);
    }

private slots:
    void initTestCase() {
        if (m_server && !m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        auto g = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(g.ok());
        m_gazetteer = std::move(*g);
    }

    void seedImportStoresArticleAndEvents() {
        auto store = freshStore("seed.db");
        QVERIFY(store);
        Importer importer(*store, *m_gazetteer);
        ImportOptions options;
        options.published = isoDate("2022-01-08");
        const auto report = importer.importFile(kSeed.toStdString(), options);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        QVERIFY(!report->duplicate);
        QVERIFY(report->eventCount >= 5);
        QCOMPARE(report->published, isoDate("2022-01-08"));

        const auto article = store->article(report->articleId);
        QVERIFY(article.ok());
        QCOMPARE(article->text, readFile(kSeed));  // verbatim
        QCOMPARE(article->source, std::string("RES-EAP"));
        QCOMPARE(article->tags.size(), std::size_t(4));
        QCOMPARE(article->contentHash.size(), std::size_t(64));

        EventQuery query;
        query.articleId = report->articleId;
        const auto events = store->events(query);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), report->eventCount);
        for (const Event& e : *events) {
            // Evidence offsets point at the sentence inside the stored text.
            QCOMPARE(article->text.substr(std::size_t(e.sentenceBegin),
                                          std::size_t(e.sentenceEnd - e.sentenceBegin)),
                     e.sentence);
            QVERIFY(!e.resolution.empty());
        }
    }

    void sameTextTwiceIsADuplicate() {
        auto store = freshStore("dup.db");
        QVERIFY(store);
        Importer importer(*store, *m_gazetteer);
        ImportOptions options;
        options.published = isoDate("2022-01-08");
        const auto first = importer.importText(readFile(kSeed), "a.txt", options);
        const auto second = importer.importText(readFile(kSeed), "b.txt", options);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!first->duplicate);
        QVERIFY(second->duplicate);
        QCOMPARE(second->articleId, first->articleId);
        QCOMPARE(*store->articleCount(), std::int64_t(1));
    }

    void noPublicationDateIsRefusedWithAdvice() {
        auto store = freshStore("nodate.db");
        QVERIFY(store);
        Importer importer(*store, *m_gazetteer);
        const auto report = importer.importText(readFile(kSeed), "seed.txt", {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::InvalidInput);
        const QString message = QString::fromStdString(report.error().message);
        QVERIFY2(message.startsWith("seed.txt: "), qPrintable(message));
        QVERIFY2(message.contains("--published"), qPrintable(message));
        QCOMPARE(*store->articleCount(), std::int64_t(0));
    }

    void previewDetectsTheSampleDate() {
        auto store = freshStore("preview.db");
        QVERIFY(store);
        Importer importer(*store, *m_gazetteer);
        const auto sample = importer.preview(
            CT_SOURCE_DIR "/resources/samples/kazakhstan-putin-tokayev-call.txt");
        QVERIFY(sample.ok());
        QCOMPARE(sample->published, std::optional<Date>(isoDate("2022-01-08")));
        QVERIFY(!sample->publishedEvidence.empty());
        const auto seed = importer.preview(kSeed.toStdString());
        QVERIFY(seed.ok());
        QVERIFY(!seed->published.has_value());
        QCOMPARE(*store->articleCount(), std::int64_t(0));  // preview writes nothing
    }
};

int main(int argc, char** argv) {
    return test::runOnBothEngines<TestImporter>(argc, argv);
}
#include "tst_importer.moc"

// ImportPipeline: files prepared on a worker thread, stored in order on the caller's, give
// what importing them one by one gives — outcomes, ids, merged events — and the worker stops
// when the pipeline goes away early.
#include "extract/Gazetteer.h"
#include "import/ImportBatch.h"
#include "import/ImportPipeline.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "synth/ArticleGenerator.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

#include <chrono>
#include <fstream>

using namespace ct;

namespace {

// One input: generated article number `article`, or a special case.
enum class Kind { Generated, Copy, NoDate, Missing, Empty };
struct FileSpec {
    Kind kind = Kind::Generated;
    int article = 0; // Generated: which one; Copy: of which earlier file
};

// What a caller sees of one file's import, as a line.
std::string outcomeOf(const Result<ImportReport>& r) {
    if (!r)
        return "error: " + r.error().message;
    if (r->duplicate)
        return "duplicate of " + std::to_string(r->articleId);
    return std::to_string(r->eventCount) + " events, article " + std::to_string(r->articleId);
}

// The stored story, as text: every event with its days, title and counts.
std::string storyOf(Store& store) {
    auto events = store.events({});
    if (!events)
        return "error: " + events.error().message;
    std::string out;
    for (const Event& e : *events)
        out += std::to_string(e.id) + " " + toIso(e.when.start) + ".." + toIso(e.when.end) + " " +
               e.title + " (" + std::to_string(e.reportCount) + "/" +
               std::to_string(e.sourceCount) + ")\n";
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<FileSpec>)

class TestImportPipeline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Gazetteer> m_gazetteer;

    // Writes the files of `specs` into a fresh folder; returns their paths.
    std::vector<std::filesystem::path> writeFiles(const QString& folder,
                                                  const std::vector<FileSpec>& specs) {
        const std::filesystem::path dir = m_dir.filePath(folder).toStdString();
        std::filesystem::create_directories(dir);
        ArticleGenerator generator(3, Date(2022, 1, 1), 20);
        std::vector<GeneratedArticle> generated;
        std::vector<std::filesystem::path> paths;
        for (std::size_t i = 0; i < specs.size(); ++i) {
            const FileSpec& spec = specs[i];
            const std::filesystem::path path = dir / ("file" + std::to_string(i) + ".txt");
            paths.push_back(path);
            std::string text;
            switch (spec.kind) {
            case Kind::Generated:
                while (int(generated.size()) <= spec.article)
                    generated.push_back(generator.next());
                text = generated[std::size_t(spec.article)].text;
                break;
            case Kind::Copy:
                text = generated[std::size_t(spec.article)].text;
                break;
            case Kind::NoDate:
                text = "A title\n\nProtesters gathered in Almaty on Tuesday.\n";
                break;
            case Kind::Missing:
                continue; // never written
            case Kind::Empty:
                break;
            }
            std::ofstream(path, std::ios::binary) << text;
        }
        return paths;
    }

  private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto g = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(g.ok());
        m_gazetteer = std::move(*g);
    }

    void sameOutcomesAndStoryAsFileByFile_data() {
        QTest::addColumn<std::vector<FileSpec>>("specs");
        QTest::addColumn<int>("ahead");
        std::vector<FileSpec> twelve;
        for (int i = 0; i < 12; ++i)
            twelve.push_back({Kind::Generated, i});
        QTest::newRow("twelve articles of three weeks") << twelve << 4;
        QTest::newRow("one file ahead") << twelve << 1;
        QTest::newRow("duplicates, one of them right after its original")
            << std::vector<FileSpec>{{Kind::Generated, 0}, {Kind::Copy, 0}, {Kind::Generated, 1},
                                     {Kind::Generated, 2}, {Kind::Copy, 1}}
            << 8;
        QTest::newRow("failed files between stored ones")
            << std::vector<FileSpec>{{Kind::Generated, 0}, {Kind::NoDate, 0}, {Kind::Missing, 0},
                                     {Kind::Generated, 1}, {Kind::Empty, 0}, {Kind::Generated, 2}}
            << 2;
    }

    void sameOutcomesAndStoryAsFileByFile() {
        QFETCH(std::vector<FileSpec>, specs);
        QFETCH(int, ahead);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_');
        const auto paths = writeFiles(tag, specs);

        auto one = openStore(m_dir.filePath(tag + "-one.db").toStdString());
        auto two = openStore(m_dir.filePath(tag + "-two.db").toStdString());
        QVERIFY(one && two);
        std::vector<std::string> expected, got;
        {
            Importer importer(**one, *m_gazetteer);
            ImportBatch batch(**one, 3);
            for (const auto& path : paths) {
                QVERIFY(batch.beforeFile());
                expected.push_back(outcomeOf(importer.importFile(path)));
                QVERIFY(batch.afterFile());
            }
            QVERIFY(batch.finish());
        }
        {
            Importer importer(**two, *m_gazetteer);
            ImportBatch batch(**two, 3);
            std::vector<ImportSource> sources;
            for (const auto& path : paths)
                sources.push_back({path, {}, {}, {}});
            ImportPipeline pipeline(importer, std::move(sources), std::size_t(ahead));
            QCOMPARE(pipeline.size(), paths.size());
            for (std::size_t i = 0; i < paths.size(); ++i) {
                QVERIFY(batch.beforeFile());
                got.push_back(outcomeOf(importer.store(pipeline.take())));
                QVERIFY(batch.afterFile());
            }
            QVERIFY(batch.finish());
        }
        QCOMPARE(got, expected);
        const std::string story = storyOf(**one);
        QVERIFY(!story.empty());
        QCOMPARE(storyOf(**two), story);
        QCOMPARE(*(*two)->reportCount(), *(*one)->reportCount());
    }

    void bytesImportLikeTheirFile() {
        const auto paths = writeFiles("bytes", {{Kind::Generated, 0}});
        std::ifstream in(paths.front(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        auto store = openStore(m_dir.filePath("bytes.db").toStdString());
        QVERIFY(store);
        Importer importer(**store, *m_gazetteer);
        ImportSource source;
        source.bytes = text;
        source.name = "pasted.txt";
        ImportPipeline pipeline(importer, {source, source});
        const auto first = importer.store(pipeline.take());
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(first->fileName, std::string("pasted.txt"));
        QVERIFY(first->eventCount > 0);
        const auto second = importer.store(pipeline.take());
        QVERIFY(second && second->duplicate);
        QCOMPARE(second->articleId, first->articleId);
    }

    void takingPastTheEndIsAnError() {
        const auto paths = writeFiles("end", {{Kind::Generated, 0}});
        auto store = openStore(m_dir.filePath("end.db").toStdString());
        QVERIFY(store);
        Importer importer(**store, *m_gazetteer);
        ImportPipeline pipeline(importer, {{paths.front(), {}, {}, {}}});
        QVERIFY(importer.store(pipeline.take()));
        const auto past = importer.store(pipeline.take());
        QVERIFY(!past);
        QCOMPARE(past.error().code, Error::Code::Internal);
    }

    void goingAwayEarlyStopsTheWorker_data() {
        QTest::addColumn<int>("taken");
        QTest::newRow("none taken") << 0;
        QTest::newRow("some taken") << 3;
    }

    void goingAwayEarlyStopsTheWorker() {
        QFETCH(int, taken);
        std::vector<FileSpec> specs;
        for (int i = 0; i < 40; ++i)
            specs.push_back({Kind::Generated, i});
        const auto paths = writeFiles(QStringLiteral("early%1").arg(taken), specs);
        auto store = openStore(m_dir.filePath(QStringLiteral("early%1.db").arg(taken)).toStdString());
        QVERIFY(store);
        Importer importer(**store, *m_gazetteer);
        {
            std::vector<ImportSource> sources;
            for (const auto& path : paths)
                sources.push_back({path, {}, {}, {}});
            ImportPipeline pipeline(importer, std::move(sources), 2);
            for (int i = 0; i < taken; ++i)
                QVERIFY(importer.store(pipeline.take()));
        } // a cancelled import: the destructor returns (a hang fails the test by its timeout)
        QCOMPARE(*(*store)->articleCount(), std::int64_t(taken));
    }

    // CT_IMPORT_BATCH_FILES caps a batch's files (the kill tests pin small batches with it);
    // it never raises the caller's limit, and what is not a count of at least one is ignored.
    void batchFilesCapFromTheEnvironment_data() {
        QTest::addColumn<QByteArray>("cap"); // empty: not set
        QTest::addColumn<int>("files");      // files after which the first batch commits
        QTest::newRow("not set: the caller's 5") << QByteArray() << 5;
        QTest::newRow("a smaller cap wins") << QByteArray("2") << 2;
        QTest::newRow("one file per batch") << QByteArray("1") << 1;
        QTest::newRow("a larger cap does not raise the caller's") << QByteArray("100") << 5;
        QTest::newRow("zero is ignored") << QByteArray("0") << 5;
        QTest::newRow("not a number is ignored") << QByteArray("3 files") << 5;
    }

    void batchFilesCapFromTheEnvironment() {
        QFETCH(QByteArray, cap);
        QFETCH(int, files);
        if (cap.isEmpty())
            qunsetenv("CT_IMPORT_BATCH_FILES");
        else
            qputenv("CT_IMPORT_BATCH_FILES", cap);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_');
        auto store = openStore(m_dir.filePath(tag + "-cap.db").toStdString());
        QVERIFY(store);
        std::vector<bool> committed;
        {
            ImportBatch batch(**store, 5, std::chrono::hours(1));
            for (int i = 0; i < 6; ++i) {
                QVERIFY(batch.beforeFile());
                const auto done = batch.afterFile();
                QVERIFY(done);
                committed.push_back(*done);
            }
            QVERIFY(batch.finish());
        }
        qunsetenv("CT_IMPORT_BATCH_FILES");
        std::vector<bool> expected; // a commit after every `files` files
        for (int i = 1; i <= 6; ++i)
            expected.push_back(i % files == 0);
        QCOMPARE(committed, expected);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_import_pipeline.moc"

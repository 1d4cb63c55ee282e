// The promise for the database: an import killed at any moment, or read by
// another process while it runs, never leaves or shows half an article.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestPrinters.h"

#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "synth/ArticleGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <map>

using namespace ct;

namespace {

// content hash → number of events, for every article in the database.
std::map<std::string, std::size_t> eventsPerArticle(EventStore& store) {
    std::map<std::string, std::size_t> out;
    const auto articles = store.articles();
    if (!articles)
        qFatal("articles: %s", articles.error().message.c_str());
    for (const Article& a : *articles) {
        EventQuery q;
        q.articleId = a.id;
        out[a.contentHash] = store.events(q)->size();
    }
    return out;
}


} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_files;
    std::map<std::string, std::size_t> m_reference;
    qint64 m_cleanImportMs = 0;

private slots:
    void initTestCase() {
        ArticleGenerator generator(42);
        for (int i = 0; i < 300; ++i) {
            const GeneratedArticle a = generator.next();
            const QString path = m_dir.filePath(QString::fromStdString(a.fileName));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(a.text));
            m_files << path;
        }
        const QString ref = m_dir.filePath("reference.db");
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runCli(QStringList{"import", "--db", ref} + m_files);
        m_cleanImportMs = std::max<qint64>(clock.elapsed(), 40);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto store = EventStore::open(ref.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        m_reference = eventsPerArticle(*store);
        QCOMPARE(m_reference.size(), std::size_t(m_files.size()));
    }

    void killedImportsLeaveWholeArticles() {
        const QString db = m_dir.filePath("killed.db");
        QRandomGenerator rng(20220108);
        int kills = 0;
        int midImport = 0;
        for (int round = 0; round < 24; ++round) {
            // Each round starts empty and is killed somewhere inside the time a clean
            // import takes in this run (so the window also scales under sanitizers).
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(db + QLatin1String(suffix));
            QProcess process;
            process.setProgram(QStringLiteral(CT_APP_BINARY));
            process.setArguments(QStringList{"import", "--db", db} + m_files);
            process.start();
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(rng.bounded(5, int(m_cleanImportMs * 9 / 10))));
            if (process.state() == QProcess::Running) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++kills;
            }
            process.waitForFinished();
            if (!QFile::exists(db))
                continue; // killed before it created the file: nothing to check

            QCOMPARE(integrityOf(db), QStringLiteral("ok"));
            auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadWrite);
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
            const auto found = eventsPerArticle(*store);
            for (const auto& [hash, count] : found) {
                QVERIFY2(m_reference.count(hash), "an article that no clean import made");
                QCOMPARE(count, m_reference.at(hash));
            }
            if (!found.empty() && found.size() < m_reference.size())
                ++midImport;
        }
        qInfo("survived %d kills, %d of them with part of the files imported (clean import %lld ms)",
              kills, midImport, m_cleanImportMs);
        QVERIFY(kills >= 20);
        QVERIFY2(midImport >= 10, "too few kills landed between the first and the last article");
        // Finishing the job afterwards gives exactly the clean result.
        QCOMPARE(runCli(QStringList{"import", "--db", db} + m_files).exitCode, 0);
        auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE(eventsPerArticle(*store), m_reference);
    }

    void readerNeverSeesHalfAnArticle() {
        const QString db = m_dir.filePath("shared.db");
        QCOMPARE(runCli({"import", "--db", db, m_files.first()}).exitCode, 0);
        QProcess writer;
        writer.setProgram(QStringLiteral(CT_APP_BINARY));
        writer.setArguments(QStringList{"import", "--db", db} + m_files);
        writer.start();
        QVERIFY(writer.waitForStarted());
        int reads = 0;
        std::size_t maxSeen = 0;
        while (writer.state() == QProcess::Running || reads == 0) {
            auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
            const auto seen = eventsPerArticle(*store);
            for (const auto& [hash, count] : seen)
                QCOMPARE(count, m_reference.at(hash));
            maxSeen = std::max(maxSeen, seen.size());
            ++reads;
            writer.waitForFinished(5);
        }
        QCOMPARE(writer.exitCode(), 0);
        qInfo("%d consistent reads during the import, up to %zu articles", reads, maxSeen);
        QVERIFY(reads > 1);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"

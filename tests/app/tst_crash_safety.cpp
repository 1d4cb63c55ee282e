// The promise for the database: an import killed at any moment, or read by
// another process while it runs, never leaves or shows half an article.
//
// Kills and reads happen at points defined by the import's progress (its
// per-file output lines), at a random moment after a random number of them,
// never at a time taken from a clock: what the test proves, and how often, is
// the same on a quiet machine and on one whose cores are busy with other work.
#include "CliRunner.h"
#include "ImportProcess.h"
#include "KillRounds.h"
#include "TestDatabase.h"
#include "TestPrinters.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "synth/ArticleGenerator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <chrono>
#include <map>
#include <thread>

using namespace ct;

namespace {

// content hash → number of events, for every article in the database.
// Reports per article (by content hash). Since schema 3 an article's sentences are reports
// that may join events of other articles, so what must be whole is the article's reports.
std::map<std::string, std::size_t> eventsPerArticle(EventStore& store) {
    std::map<std::string, std::size_t> out;
    auto db = sql::Connection::open(store.path().string(), sql::Connection::Mode::ReadOnly);
    if (!db)
        qFatal("open: %s", db.error().message.c_str());
    auto stmt = db->prepare("SELECT a.content_hash, (SELECT count(*) FROM reports r"
                            " WHERE r.article_id = a.id) FROM articles a");
    if (!stmt)
        qFatal("prepare: %s", stmt.error().message.c_str());
    for (auto row = stmt->step(); row && *row; row = stmt->step())
        out[stmt->columnText(0)] = std::size_t(stmt->columnInt(1));
    return out;
}

// Events that no report tells of: what a half-written or half-undone import would leave.
std::int64_t eventsWithoutReports(EventStore& store) {
    auto db = sql::Connection::open(store.path().string(), sql::Connection::Mode::ReadOnly);
    if (!db)
        qFatal("open: %s", db.error().message.c_str());
    auto stmt = db->prepare("SELECT count(*) FROM events e"
                            " WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)");
    if (!stmt || !stmt->step())
        qFatal("events without reports: query failed");
    return stmt->columnInt(0);
}

std::size_t total(const std::map<std::string, std::size_t>& perArticle) {
    std::size_t sum = 0;
    for (const auto& [hash, count] : perArticle)
        sum += count;
    return sum;
}

void removeDatabase(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A random moment inside the file after the line just seen: the importer spends a few
// milliseconds on a file (more under sanitizers). Where exactly it lands does not matter to
// what is asserted; it only spreads the kills over every step of a file's import.
void pauseInsideAFile(QRandomGenerator& rng) {
    std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(0, 5000)));
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    QStringList m_files;
    std::map<std::string, std::size_t> m_reference;

    // What a database left by a killed or running import must hold: only articles a clean
    // import makes, each with exactly its events, and no event outside them.
    void verifyWholeArticles(EventStore& store, std::map<std::string, std::size_t>* found) {
        *found = eventsPerArticle(store);
        for (const auto& [hash, count] : *found) {
            QVERIFY2(m_reference.count(hash), "an article that no clean import made");
            QCOMPARE(count, m_reference.at(hash));
        }
        const auto reports = store.reportCount();
        QVERIFY(reports.ok());
        QCOMPARE(std::size_t(*reports), total(*found));
        QCOMPARE(eventsWithoutReports(store), std::int64_t(0));
    }

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
        const CliResult r = runCli(QStringList{"import", "--db", ref} + m_files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), m_files.size()); // the progress the tests follow
        auto store = EventStore::open(ref.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        m_reference = eventsPerArticle(*store);
        QCOMPARE(m_reference.size(), std::size_t(m_files.size()));
    }

    // Kill rounds (KillRounds): every killed import leaves a sound file of whole articles.
    // Finishing a killed import then gives exactly the clean result.
    void killedImportsLeaveWholeArticles() {
        KillRounds rounds;
        rounds.wantedKills = 20;
        rounds.wantedMidImport = 10;
        rounds.maxRounds = 80;
        rounds.seed = 20220108;
        rounds.freshDatabase = [this](int round) {
            return m_dir.filePath(QStringLiteral("killed-%1.db").arg(round));
        };
        rounds.inspect = [this](const QString& db) -> std::optional<std::size_t> {
            if (!QFile::exists(db))
                return std::nullopt; // killed before it created the file: nothing to check
            [&] { QCOMPARE(integrityOf(db), QStringLiteral("ok")); }();
            auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadWrite);
            if (!store.ok()) {
                QTest::qFail(store.error().message.c_str(), __FILE__, __LINE__);
                return std::nullopt;
            }
            std::map<std::string, std::size_t> found;
            verifyWholeArticles(*store, &found);
            return found.size();
        };
        rounds.discard = removeDatabase;
        QString unfinished;
        rounds.run(m_files, m_reference.size(), &unfinished);
        if (QTest::currentTestFailed())
            return;
        // Finishing the job afterwards gives exactly the clean result.
        QVERIFY(!unfinished.isEmpty());
        const CliResult rest = runCli(QStringList{"import", "--db", unfinished} + m_files);
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(integrityOf(unfinished), QStringLiteral("ok"));
        auto store = EventStore::open(unfinished.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE(eventsPerArticle(*store), m_reference);
    }

    // Another process reads while the import runs: the importer is frozen (SIGSTOP) at random
    // points of its progress, wherever it is in a file or a transaction, and what a reader
    // then sees is whole articles only. Frozen, it cannot commit between the reader's queries,
    // so their counts must agree with each other too.
    void readerNeverSeesHalfAnArticle() {
        constexpr int kWantedReads = 12, kMaxImports = 6;
        const int files = int(m_files.size());
        QRandomGenerator rng(20220109);
        int reads = 0, imports = 0;
        std::size_t maxSeen = 0;
        while (reads < kWantedReads) {
            QVERIFY2(++imports <= kMaxImports, "the import kept finishing before it was read");
            const QString db = m_dir.filePath(QStringLiteral("shared-%1.db").arg(imports));
            QCOMPARE(runCli({"import", "--db", db, m_files.first()}).exitCode, 0);
            ImportProcess writer(db, m_files);
            QVERIFY(writer.started());
            // Points spread over the whole import, so that one import usually serves them all.
            int next = 0;
            while (reads < kWantedReads) {
                next += 1 + int(rng.bounded(0, files / kWantedReads));
                if (next >= files)
                    break;
                QVERIFY2(writer.waitForLines(next), qPrintable(writer.describe()));
                pauseInsideAFile(rng);
                if (!writer.freeze())
                    break; // it ended meanwhile
                // Once the last file is reported the importer may be closing the database (the
                // last connection checkpoints under an exclusive lock): not "while it runs".
                if (!writer.allReported()) {
                    auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
                    QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
                    std::map<std::string, std::size_t> seen;
                    verifyWholeArticles(*store, &seen);
                    if (QTest::currentTestFailed())
                        return;
                    maxSeen = std::max(maxSeen, seen.size());
                    ++reads;
                }
                writer.thaw();
                if (writer.allReported())
                    break;
            }
            writer.thaw();
            QVERIFY(writer.waitForEnd());
            QVERIFY2(writer.exitedCleanly(), qPrintable(writer.describe()));
            auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
            QVERIFY(store.ok());
            QCOMPARE(eventsPerArticle(*store), m_reference);
        }
        qInfo("%d consistent reads of a frozen import (%d imports), up to %zu articles", reads,
              imports, maxSeen);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"

// The promise for a server story, as for a file: an importing client killed at any moment, or
// read by a colleague while it runs, never leaves or shows half an article on the server. The
// server rolls back what a vanished client had not committed; what is proved here is that the
// client never commits a file in parts (a savepoint per file inside a batch's transaction) and
// that the change feed and merge bookkeeping leave no event without its reports.
//
// Kills and reads happen at points of the import's progress (its per-file lines), never at a
// time taken from a clock, as in tst_crash_safety.
#include "CliRunner.h"
#include "ImportProcess.h"
#include "KillRounds.h"
#include "TestPrinters.h"
#include "common/TestPostgres.h"
#include "store/pg/Pg.h"
#include "synth/ArticleGenerator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <chrono>
#include <map>
#include <thread>

using namespace ct;

namespace {

struct ServerState {
    std::map<std::string, std::size_t> reportsPerArticle; // content hash → reports
    std::int64_t reports = 0;                             // all reports, counted on their own
    std::int64_t eventsWithoutReports = 0;
};

std::int64_t count(pg::Connection& db, const char* sql) {
    auto rows = db.exec(sql);
    if (!rows || rows->size() != 1)
        qFatal("%s: %s", sql, rows ? "no row" : rows.error().message.c_str());
    return rows->integer(0, 0);
}

// In one repeatable-read transaction, so that the figures come from one snapshot of the server.
ServerState readState(const std::string& conninfo) {
    ServerState state;
    auto db = pg::Connection::open(conninfo);
    if (!db)
        qFatal("open: %s", db.error().message.c_str());
    if (!db->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        qFatal("begin failed");
    // A client killed before it created the story (in one transaction) left an empty database:
    // nothing written is a whole state too. A faster import makes such early kills likelier.
    if (count(*db, "SELECT count(*) FROM pg_class WHERE oid = to_regclass('articles')") == 0) {
        (void)db->exec("COMMIT");
        return state;
    }
    auto rows = db->exec("SELECT a.content_hash,"
                         " (SELECT count(*) FROM reports r WHERE r.article_id = a.id)"
                         " FROM articles a");
    if (!rows)
        qFatal("articles: %s", rows.error().message.c_str());
    for (int i = 0; i < rows->size(); ++i)
        state.reportsPerArticle[rows->text(i, 0)] = std::size_t(rows->integer(i, 1));
    state.reports = count(*db, "SELECT count(*) FROM reports");
    state.eventsWithoutReports =
        count(*db, "SELECT count(*) FROM events e"
                   " WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)");
    if (!db->exec("COMMIT"))
        qFatal("commit failed");
    return state;
}

void pauseInsideAFile(QRandomGenerator& rng) {
    std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(0, 20000)));
}

} // namespace

class TestPgCrashSafety : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPostgres> m_server;
    QStringList m_files;
    std::map<std::string, std::size_t> m_reference;

    // Only articles a clean import makes, each with exactly its reports, and no event that no
    // report tells of.
    void verifyWholeArticles(const ServerState& state) {
        std::size_t sum = 0;
        for (const auto& [hash, count] : state.reportsPerArticle) {
            QVERIFY2(m_reference.count(hash), "an article that no clean import made");
            QCOMPARE(count, m_reference.at(hash));
            sum += count;
        }
        QCOMPARE(std::size_t(state.reports), sum);
        QCOMPARE(state.eventsWithoutReports, std::int64_t(0));
    }

    QString freshDatabase() {
        const std::string conninfo = m_server->freshDatabase();
        if (conninfo.empty())
            qFatal("fresh database: %s", qPrintable(m_server->why()));
        return QString::fromStdString(conninfo);
    }

  private slots:
    void initTestCase() {
        m_server = std::make_unique<test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        ArticleGenerator generator(7);
        for (int i = 0; i < 30; ++i) {
            const GeneratedArticle a = generator.next();
            const QString path = m_dir.filePath(QString::fromStdString(a.fileName));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(a.text));
            m_files << path;
        }
        const QString reference = freshDatabase();
        const CliResult r = runCli(QStringList{"import", "--db", reference} + m_files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), m_files.size()); // the progress followed
        m_reference = readState(reference.toStdString()).reportsPerArticle;
        QCOMPARE(m_reference.size(), std::size_t(m_files.size()));
    }

    // Kill rounds (KillRounds): whatever a killed client left, the server holds whole articles
    // only; finishing a killed import afterwards gives exactly the clean result.
    void killedImportsLeaveWholeArticles() {
        KillRounds rounds;
        rounds.wantedKills = 6;
        rounds.wantedMidImport = 4;
        rounds.maxRounds = 40;
        rounds.seed = 20220110;
        rounds.maxPauseUs = 20000; // a file takes longer over a connection
        rounds.freshDatabase = [this](int) { return freshDatabase(); };
        // The server notices the dropped connection and rolls its transaction back; a new
        // session's snapshot sees only what was committed before.
        rounds.inspect = [this](const QString& db) -> std::optional<std::size_t> {
            const ServerState state = readState(db.toStdString());
            verifyWholeArticles(state);
            return state.reportsPerArticle.size();
        };
        QString unfinished;
        rounds.run(m_files, m_reference.size(), &unfinished);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!unfinished.isEmpty());
        const CliResult rest = runCli(QStringList{"import", "--db", unfinished} + m_files);
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(readState(unfinished.toStdString()).reportsPerArticle, m_reference);
    }

    // A colleague reads while the import runs (frozen with SIGSTOP at points of its progress,
    // holding its open transaction): only whole, committed articles are seen.
    void colleagueNeverSeesHalfAnArticle() {
        constexpr int kWantedReads = 6;
        const int files = int(m_files.size());
        QRandomGenerator rng(20220111);
        const QString db = freshDatabase();
        ImportProcess writer(db, m_files);
        QVERIFY(writer.started());
        int reads = 0, next = 0;
        std::size_t maxSeen = 0;
        while (reads < kWantedReads) {
            next += 1 + int(rng.bounded(0, files / kWantedReads));
            if (next >= files)
                break;
            QVERIFY2(writer.waitForLines(next), qPrintable(writer.describe()));
            pauseInsideAFile(rng);
            if (!writer.freeze())
                break;
            const ServerState state = readState(db.toStdString());
            writer.thaw();
            verifyWholeArticles(state);
            if (QTest::currentTestFailed())
                return;
            maxSeen = std::max(maxSeen, state.reportsPerArticle.size());
            ++reads;
        }
        writer.thaw();
        QVERIFY(writer.waitForEnd());
        QVERIFY2(writer.exitedCleanly(), qPrintable(writer.describe()));
        QVERIFY2(reads > 0, "the import finished before it could be read");
        QCOMPARE(readState(db.toStdString()).reportsPerArticle, m_reference);
        qInfo("%d consistent reads of a frozen import, up to %zu articles", reads, maxSeen);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestPgCrashSafety)
#include "tst_pg_crash_safety.moc"

// The promise of tst_crash_safety, on a server story: an import into PostgreSQL killed
// (SIGKILL) at any moment leaves only whole articles — each with exactly the reports a clean
// import gives it, no event without a report — and finishing the import afterwards gives the
// clean result. Kills happen at points of the import's progress (its per-file lines), never at
// a time taken from a clock. A private server (tests/common/TestPostgres), a database per round.
#include "CliRunner.h"
#include "ImportProcess.h"
#include "common/TestPostgres.h"
#include "store/Store.h"
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

struct Census {
    std::map<std::string, std::size_t> reportsPerArticle; // by content hash
    std::int64_t reports = 0;
    std::int64_t eventsWithoutReports = 0;
    std::string error;
};

// Read through the Store interface, as the window would after the kill.
Census censusOf(const std::string& location) {
    Census c;
    auto store = openStore(location, Store::Mode::ReadOnly);
    if (!store)
        return {{}, 0, 0, store.error().message};
    auto events = (*store)->events({});
    auto articles = (*store)->articles();
    auto reports = (*store)->reportCount();
    if (!events || !articles || !reports)
        return {{}, 0, 0, "reading the story failed"};
    c.reports = *reports;
    std::map<std::int64_t, std::string> hashById;
    for (const Article& a : *articles) {
        hashById[a.id] = a.contentHash;
        c.reportsPerArticle[a.contentHash] = 0;
    }
    for (const Event& e : *events) {
        auto told = (*store)->reports(e.id);
        if (!told)
            return {{}, 0, 0, told.error().message};
        if (told->empty())
            ++c.eventsWithoutReports;
        for (const Report& r : *told)
            if (auto it = hashById.find(r.articleId); it != hashById.end())
                ++c.reportsPerArticle[it->second];
    }
    return c;
}

std::size_t total(const std::map<std::string, std::size_t>& perArticle) {
    std::size_t sum = 0;
    for (const auto& [hash, count] : perArticle)
        sum += count;
    return sum;
}

} // namespace

class TestServerCrashSafety : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestPostgres> m_server;
    QTemporaryDir m_dir;
    QStringList m_files;
    std::map<std::string, std::size_t> m_reference;

  private slots:
    void initTestCase() {
        m_server = std::make_unique<test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        ArticleGenerator generator(42);
        for (int i = 0; i < 24; ++i) {
            const GeneratedArticle a = generator.next();
            const QString path = m_dir.filePath(QString::fromStdString(a.fileName));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(a.text));
            m_files << path;
        }
        const std::string reference = m_server->freshDatabase();
        const CliResult r =
            runCli(QStringList{"import", "--db", QString::fromStdString(reference)} + m_files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Census clean = censusOf(reference);
        QVERIFY2(clean.error.empty(), clean.error.c_str());
        m_reference = clean.reportsPerArticle;
        QCOMPARE(m_reference.size(), std::size_t(m_files.size()));
    }

    void killedImportsLeaveWholeArticles() {
        constexpr int kWantedKills = 6, kWantedMidImport = 3, kMaxRounds = 30;
        const int files = int(m_files.size());
        QRandomGenerator rng(20260412);
        int rounds = 0, kills = 0, midImport = 0;
        std::string unfinished; // the latest database killed with part of the files stored
        while (kills < kWantedKills || midImport < kWantedMidImport) {
            QVERIFY2(++rounds <= kMaxRounds, "kills kept missing the middle of the import");
            const std::string db = m_server->freshDatabase();
            QVERIFY2(!db.empty(), qPrintable(m_server->why()));
            ImportProcess import(QString::fromStdString(db), m_files);
            QVERIFY(import.started());
            QVERIFY2(import.waitForLines(int(rng.bounded(0, files))),
                     qPrintable(import.describe()));
            // A random moment inside the next file: an article's statements are round trips
            // to the server, so this lands in the middle of one as often as not.
            std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(0, 100000)));
            import.signal(SIGKILL);
            QVERIFY(import.waitForEnd());
            if (import.killed())
                ++kills;
            else
                QVERIFY2(import.exitedCleanly(), qPrintable(import.describe()));

            const Census found = censusOf(db);
            QVERIFY2(found.error.empty(), found.error.c_str());
            for (const auto& [hash, count] : found.reportsPerArticle) {
                QVERIFY2(m_reference.count(hash), "an article that no clean import made");
                QCOMPARE(count, m_reference.at(hash));
            }
            QCOMPARE(std::size_t(found.reports), total(found.reportsPerArticle));
            QCOMPARE(found.eventsWithoutReports, std::int64_t(0));
            if (!found.reportsPerArticle.empty() &&
                found.reportsPerArticle.size() < m_reference.size()) {
                ++midImport;
                unfinished = db;
            }
        }
        qInfo("%d rounds: %d kills, %d of them with part of the files stored", rounds, kills,
              midImport);
        // Finishing the job afterwards gives exactly the clean result.
        QVERIFY(!unfinished.empty());
        const CliResult rest =
            runCli(QStringList{"import", "--db", QString::fromStdString(unfinished)} + m_files);
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        const Census finished = censusOf(unfinished);
        QVERIFY2(finished.error.empty(), finished.error.c_str());
        QCOMPARE(finished.reportsPerArticle, m_reference);
    }
};

QTEST_GUILESS_MAIN(TestServerCrashSafety)
#include "tst_server_crash_safety.moc"

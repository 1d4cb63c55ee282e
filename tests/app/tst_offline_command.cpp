// The offline and sync commands, run as a user's shell runs them, against a private PostgreSQL
// server (tests/common/TestPostgres): take a copy, edit it, bring the edit back; a colleague's
// edit meanwhile is a conflict that applies nothing (exit status 3) until --mine or --theirs.
#include "CliRunner.h"
#include "common/FreshDatabase.h"
#include "common/TestPostgres.h"
#include "store/EventStore.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;

namespace {

const QString kSeed = QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");

// Retitles the earliest event of the store at `location`; returns its id (0 on failure).
std::int64_t retitleFirst(const std::string& location, const std::string& title) {
    auto store = openStore(location, Store::Mode::ReadWrite);
    if (!store)
        return 0;
    auto events = (*store)->events({});
    if (!events || events->empty())
        return 0;
    Event e = events->front();
    e.title = title;
    return (*store)->updateEvent(e) ? e.id : 0;
}

std::string titleOf(const std::string& location, std::int64_t id) {
    auto store = openStore(location, Store::Mode::ReadOnly);
    if (!store)
        return "(cannot open)";
    auto e = (*store)->event(id);
    return e ? e->title : "(no event)";
}

} // namespace

class TestOfflineCommand : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    QTemporaryDir m_dir;
    std::string m_location;
    QString m_file;
    int m_files = 0;

  private slots:
    void init() {
        m_location = test::freshDatabaseOrSkip(m_server);
        if (m_location.empty())
            return;
        m_file = m_dir.filePath(QStringLiteral("laptop%1.ctl").arg(++m_files));
        const CliResult seeded = runCli({"import", "--db", QString::fromStdString(m_location),
                                         "--published", "2022-01-08", kSeed});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        const CliResult taken =
            runCli({"offline", "--from", QString::fromStdString(m_location), "--to", m_file});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        QVERIFY2(taken.out.contains(QStringLiteral("offline copy")), qPrintable(taken.out));
    }

    void syncBringsAnEditBackOnce() {
        const std::int64_t id = retitleFirst(m_file.toStdString(), "Edited on the train");
        QVERIFY(id > 0);
        const CliResult synced = runCli({"sync", "--db", m_file});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err + synced.out));
        QVERIFY2(synced.out.contains(QStringLiteral("1 edited")), qPrintable(synced.out));
        QCOMPARE(titleOf(m_location, id), std::string("Edited on the train"));

        const CliResult again = runCli({"sync", "--db", m_file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.out.contains(QStringLiteral("0 edited")), qPrintable(again.out));
    }

    void aConflictAppliesNothingUntilDecided_data() {
        QTest::addColumn<QStringList>("policy");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("title"); // on the server afterwards
        QTest::newRow("no policy: exit 3, nothing applied") << QStringList{} << 3 << "Theirs";
        QTest::newRow("--theirs keeps the colleague's") << QStringList{"--theirs"} << 0 << "Theirs";
        QTest::newRow("--mine overwrites it") << QStringList{"--mine"} << 0 << "Mine";
    }

    void aConflictAppliesNothingUntilDecided() {
        QFETCH(QStringList, policy);
        QFETCH(int, exitCode);
        QFETCH(QString, title);
        const std::int64_t id = retitleFirst(m_file.toStdString(), "Mine");
        QVERIFY(id > 0);
        QCOMPARE(retitleFirst(m_location, "Theirs"), id); // a colleague, on the server
        const CliResult synced = runCli(QStringList{"sync", "--db", m_file} + policy);
        QVERIFY2(synced.exitCode == exitCode, qPrintable(synced.err + synced.out));
        QVERIFY2(synced.out.contains(QStringLiteral("Conflict: event #%1").arg(id)),
                 qPrintable(synced.out));
        QVERIFY2(synced.out.contains(QStringLiteral("yours:  Mine")), qPrintable(synced.out));
        QVERIFY2(synced.out.contains(QStringLiteral("theirs: Theirs")), qPrintable(synced.out));
        QCOMPARE(QString::fromStdString(titleOf(m_location, id)), title);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("sync with both policies") << QStringList{"--mine", "--theirs"};
        QTest::newRow("sync without --db") << QStringList{};
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QStringList full{"sync"};
        if (!args.isEmpty())
            full << "--db" << m_file;
        const CliResult r = runCli(full + args);
        QCOMPARE(r.exitCode, 2);
        const CliResult fromFile = runCli({"offline", "--from", m_file, "--to", m_file + ".2"});
        QCOMPARE(fromFile.exitCode, 2);
        QVERIFY(fromFile.err.contains(QStringLiteral("server story")));
    }

    void syncRefusesAFileThatIsNoOfflineCopy() {
        const QString plain = m_dir.filePath(QStringLiteral("plain.ctl"));
        QCOMPARE(
            runCli({"copy", "--from", QString::fromStdString(m_location), "--to", plain}).exitCode,
            0);
        const CliResult r = runCli({"sync", "--db", plain});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not an offline copy")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCommand)
#include "tst_offline_command.moc"

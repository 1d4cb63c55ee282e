// Two analysts' clients on one server story at the same moment (PgStore::kImportLockSql):
// imports take turns, so a report merges with what a colleague's import beside it stored;
// edits do not wait for an import. A private server (tests/common/TestPostgres), a database per
// test.
#include "TestPrinters.h"
#include "common/FreshDatabase.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "store/Store.h"

#include <QtTest/QTest>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

using namespace ct;
using ct::test::article;
using ct::test::told;

class TestPgConcurrentImport : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    std::string m_location;

    std::unique_ptr<Store> client() { return test::TestPostgres::open(m_location); }

    // Waits up to `limit` for `flag`; how long a client may take to answer on a loaded machine.
    static bool waitFor(const std::atomic<bool>& flag, std::chrono::milliseconds limit) {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (!flag && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return flag;
    }

  private slots:
    void init() { m_location = test::freshDatabaseOrSkip(m_server); }

    // The wire's report is written but not committed when the radio's arrives: without turns
    // the radio's import could not see it and would found a second event of the same curfew.
    void anImportWaitsForTheOneBesideItAndJoinsItsEvent() {
        auto wireClient = client();
        auto radioClient = client();
        QVERIFY(wireClient && radioClient);
        CHECK_OK(wireClient->beginImportBatch());
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> told1{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        CHECK_OK(wireClient->addArticle(wire, told1));

        std::atomic<bool> done{false};
        std::optional<Result<std::int64_t>> radioResult;
        std::int64_t radioEvent = 0;
        std::int64_t radioArticle = 0;
        std::thread radioImport([&] {
            Article radio = article("radio", "Radio", "2026-03-05");
            std::vector<Event> told2{
                told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
            radioResult = radioClient->addArticle(radio, told2);
            radioEvent = told2[0].id;
            radioArticle = radio.id;
            done = true;
        });
        // However long it is given, it cannot finish while the wire's batch is open.
        const bool finishedBeforeCommit = waitFor(done, std::chrono::milliseconds(500));
        const auto committed = wireClient->commitImportBatch();
        radioImport.join();
        QVERIFY2(!finishedBeforeCommit, "the second import did not wait for the first");
        CHECK_OK(committed);
        QVERIFY(radioResult);
        CHECK_OK(*radioResult);
        QCOMPARE(radioEvent, told1[0].id);
        QCOMPARE(*wireClient->eventCount(), std::int64_t(1));
        auto reports = wireClient->reports(told1[0].id);
        CHECK_OK(reports);
        QCOMPARE(reports->size(), std::size_t(2));
        auto stored = wireClient->article(radioArticle);
        CHECK_OK(stored);
        QCOMPARE(QString::fromStdString(stored->source), QStringLiteral("Radio"));
    }

    // An analyst editing an event is not held up by a colleague's long import.
    void anEditDoesNotWaitForAnImport() {
        auto importer = client();
        auto editor = client();
        QVERIFY(importer && editor);
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> stored{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        CHECK_OK(importer->addArticle(wire, stored));
        CHECK_OK(importer->beginImportBatch());
        Article radio = article("radio", "Radio", "2026-06-20");
        std::vector<Event> talks{
            told("2026-06-20", "Talks between the factions resumed in Sarn in June.", 0)};
        CHECK_OK(importer->addArticle(radio, talks));

        std::atomic<bool> done{false};
        std::optional<Result<void>> edited;
        std::thread edit([&] {
            auto e = editor->event(stored[0].id);
            if (e) {
                e->title = "Curfew in Koldan";
                edited = editor->updateEvent(*e);
            } else {
                edited = Result<void>(e.error());
            }
            done = true;
        });
        const bool finishedDuringImport = waitFor(done, std::chrono::seconds(30));
        const auto committed = importer->commitImportBatch();
        edit.join();
        QVERIFY2(finishedDuringImport, "the edit waited for the import");
        CHECK_OK(committed);
        QVERIFY(edited);
        CHECK_OK(*edited);
        QCOMPARE(QString::fromStdString(importer->event(stored[0].id)->title),
                 QStringLiteral("Curfew in Koldan"));
    }
};

QTEST_GUILESS_MAIN(TestPgConcurrentImport)
#include "tst_pg_concurrent_import.moc"

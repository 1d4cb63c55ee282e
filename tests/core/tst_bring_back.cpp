// Offline copies of a server story (store/offline): takeOffline makes a SQLite copy with a
// pristine twin, the analyst changes the copy, bringBack applies the changes to the server as
// store operations in one transaction, with colleagues' changes since the copy as conflicts.
// Runs against a private PostgreSQL server (tests/common/TestPostgres), a database per test.
#include "TestPrinters.h"
#include "common/OfflineStoryTest.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "store/EventStore.h"
#include "store/Store.h"
#include "store/offline/BringBack.h"
#include "store/offline/OfflineCopy.h"

#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <algorithm>
#include <filesystem>

using namespace ct;
using ct::test::article;
using ct::test::storyLines;
using ct::test::told;

namespace {

enum class Change { Edit, Add, Delete, Merge, Split, NotSame, ChooseDate, Import, Several };

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(ct::ConflictChoice)

class TestBringBack : public test::OfflineStoryTest {
    Q_OBJECT

  private slots:
    void init() { createStory(); }

    void takesACopyThatKnowsItsOrigin() {
        auto store = server();
        QVERIFY(store);
        auto origin = takeOffline(*store, m_file);
        CHECK_OK(origin);
        QCOMPARE(origin->server, store->location());
        QCOMPARE(origin->versions.size(), std::size_t(3));
        QVERIFY(std::filesystem::exists(offlineBasePath(m_file)));
        auto copy = EventStore::open(m_file, Store::Mode::ReadOnly);
        CHECK_OK(copy);
        QCOMPARE(storyLines(*copy), storyLines(*store));
        auto read = readOfflineOrigin(m_file);
        CHECK_OK(read);
        QCOMPARE(read->versions, origin->versions);
        QVERIFY(isOfflineCopy(m_file));
        QVERIFY(!isOfflineCopy(offlineBasePath(m_file) + ".missing"));
        // A copy of a SQLite file is not an offline copy of a server story.
        QVERIFY(!takeOffline(*copy, m_file + ".again").ok());
    }

    void bringsBackEachKindOfChange_data() {
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("applied"); // store operations on the server
        QTest::newRow("an event edited by hand") << Change::Edit << 1;
        QTest::newRow("an event added by hand") << Change::Add << 1;
        QTest::newRow("an event deleted") << Change::Delete << 1;
        QTest::newRow("two events merged") << Change::Merge << 1;
        QTest::newRow("a report split off") << Change::Split << 1;
        QTest::newRow("two events marked not the same") << Change::NotSame << 1;
        QTest::newRow("a report's date chosen") << Change::ChooseDate << 1;
        QTest::newRow("an article imported offline") << Change::Import << 1;
        QTest::newRow("edit, add, split, import and delete together") << Change::Several << 5;
    }

    void bringsBackEachKindOfChange() {
        QFETCH(Change, change);
        QFETCH(int, applied);
        auto store = server();
        QVERIFY(store);
        CHECK_OK(takeOffline(*store, m_file));
        const auto before = storyLines(*store);
        QStringList expected;
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            switch (change) {
            case Change::Edit: {
                auto e = copy->event(m_warning);
                CHECK_OK(e);
                e->title = "EU warns Varro";
                e->when = singleDay(isoDate("2026-03-03"));
                CHECK_OK(copy->updateEvent(*e));
                break;
            }
            case Change::Add: {
                Event e = told("2026-04-01", "Checkpoint reopened (analyst's note).", 0);
                e.userCreated = true;
                CHECK_OK(copy->insertEvent(e));
                break;
            }
            case Change::Delete:
                CHECK_OK(copy->deleteEvent(m_talks));
                break;
            case Change::Merge:
                CHECK_OK(copy->mergeEvents(m_warning, m_talks));
                break;
            case Change::Split: {
                auto reports = copy->reports(m_curfew);
                CHECK_OK(reports);
                QCOMPARE(reports->size(), std::size_t(2));
                CHECK_OK(copy->splitReport(reports->back().id));
                break;
            }
            case Change::NotSame:
                CHECK_OK(copy->markDistinct(m_warning, m_talks));
                break;
            case Change::ChooseDate: {
                auto reports = copy->reports(m_curfew);
                CHECK_OK(reports);
                CHECK_OK(copy->chooseDate(m_curfew, reports->back().id));
                break;
            }
            case Change::Several: {
                auto e = copy->event(m_warning);
                CHECK_OK(e);
                e->title = "EU warns Varro";
                CHECK_OK(copy->updateEvent(*e));
                Event note = told("2026-04-01", "Checkpoint reopened (analyst's note).", 0);
                note.userCreated = true;
                CHECK_OK(copy->insertEvent(note));
                auto reports = copy->reports(m_curfew);
                CHECK_OK(reports);
                CHECK_OK(copy->splitReport(reports->back().id));
                CHECK_OK(copy->deleteEvent(m_talks));
                [[fallthrough]];
            }
            case Change::Import: {
                Article local = article("local", "Local", "2026-05-02");
                std::vector<Event> found{told("2026-05-01",
                                              "Koldan's mayor resigned on Friday after protests.",
                                              0, {"Dara Venn"})};
                CHECK_OK(copy->addArticle(local, found));
                break;
            }
            }
            expected = storyLines(*copy);
        }
        QVERIFY(expected != before); // the change is one the story shows

        auto result = bringBack(m_file, *store);
        CHECK_OK(result);
        QVERIFY(result->applied);
        QVERIFY(result->conflicts.empty());
        QVERIFY(result->rebased);
        QCOMPARE(result->applyCount(), applied);
        QVERIFY2(result->notes.empty(), result->notes.empty() ? "" : result->notes.front().c_str());
        QCOMPARE(storyLines(*store), expected);

        // The copy is re-based: a second bring-back finds nothing to apply.
        auto again = bringBack(m_file, *store);
        CHECK_OK(again);
        QVERIFY(again->applied);
        QCOMPARE(again->applyCount(), 0);
        QCOMPARE(storyLines(*store), expected);
    }

    void aColleaguesEditIsAConflict_data() {
        QTest::addColumn<ConflictChoice>("choice");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<QString>("title");  // the server's title of the event afterwards
        QTest::addColumn<bool>("talksGone"); // the unrelated deletion was applied
        QTest::newRow("undecided: nothing applied")
            << ConflictChoice::Abort << false << "Colleague's title" << false;
        QTest::newRow("theirs kept, the rest applied")
            << ConflictChoice::Theirs << true << "Colleague's title" << true;
        QTest::newRow("mine wins") << ConflictChoice::Mine << true << "My title" << true;
    }

    void aColleaguesEditIsAConflict() {
        QFETCH(ConflictChoice, choice);
        QFETCH(bool, applied);
        QFETCH(QString, title);
        QFETCH(bool, talksGone);
        auto store = server();
        QVERIFY(store);
        CHECK_OK(takeOffline(*store, m_file));
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            auto e = copy->event(m_warning);
            CHECK_OK(e);
            e->title = "My title";
            CHECK_OK(copy->updateEvent(*e));
            CHECK_OK(copy->deleteEvent(m_talks));
        }
        auto colleague = server();
        QVERIFY(colleague);
        colleague->setAnalyst("colleague");
        auto theirs = colleague->event(m_warning);
        CHECK_OK(theirs);
        theirs->title = "Colleague's title";
        CHECK_OK(colleague->updateEvent(*theirs));

        BringBackOptions options;
        options.onConflict = choice;
        auto result = bringBack(m_file, *store, options);
        CHECK_OK(result);
        QCOMPARE(result->applied, applied);
        QCOMPARE(result->conflicts.size(), std::size_t(1));
        const OfflineConflict& conflict = result->conflicts.front();
        QCOMPARE(conflict.eventId, m_warning);
        QCOMPARE(conflict.mineDid, std::string("edited"));
        QVERIFY(conflict.mine && conflict.theirs);
        QCOMPARE(conflict.mine->title, std::string("My title"));
        QCOMPARE(conflict.theirs->title, std::string("Colleague's title"));
        QVERIFY(conflict.theirs->version > conflict.baseVersion);

        auto now = store->event(m_warning);
        CHECK_OK(now);
        QCOMPARE(QString::fromStdString(now->title), title);
        QCOMPARE(store->event(m_talks).ok(), !talksGone);
        if (applied) { // re-based: the conflict is settled, a second run has nothing to do
            auto again = bringBack(m_file, *store);
            CHECK_OK(again);
            QVERIFY(again->applied);
            QVERIFY(again->conflicts.empty());
            QCOMPARE(again->applyCount(), 0);
        }
    }

    void aColleaguesDeletionIsAConflict() {
        auto store = server();
        QVERIFY(store);
        CHECK_OK(takeOffline(*store, m_file));
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            CHECK_OK(copy->mergeEvents(m_warning, m_talks));
        }
        CHECK_OK(store->deleteEvent(m_talks)); // a colleague's, meanwhile
        auto result = bringBack(m_file, *store);
        CHECK_OK(result);
        QVERIFY(!result->applied);
        QCOMPARE(result->conflicts.size(), std::size_t(1));
        QCOMPARE(result->conflicts.front().eventId, m_talks);
        QCOMPARE(result->conflicts.front().mineDid, std::string("merged"));
        QVERIFY(!result->conflicts.front().theirs);
        QCOMPARE(*store->reportCount(), std::int64_t(3)); // nothing moved
    }

    // Killed between the server's commit and the re-base: the copy says so, and a second run
    // refuses rather than apply the same changes twice.
    void anInterruptedBringBackIsNotRepeated() {
        auto store = server();
        QVERIFY(store);
        CHECK_OK(takeOffline(*store, m_file));
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            Event note = told("2026-04-01", "Checkpoint reopened (analyst's note).", 0);
            note.userCreated = true;
            CHECK_OK(copy->insertEvent(note));
        }
        QVERIFY(!readOfflineOrigin(m_file)->bringBackPending);
        CHECK_OK(markBringBackPending(m_file, true)); // where a crash would leave it
        QVERIFY(readOfflineOrigin(m_file)->bringBackPending);
        auto result = bringBack(m_file, *store);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Conflict);
        QCOMPARE(*store->eventCount(), std::int64_t(3)); // the event was not added (again)
        // A new copy starts clean.
        CHECK_OK(takeOffline(*store, m_file, true));
        QVERIFY(!readOfflineOrigin(m_file)->bringBackPending);
        auto fresh = bringBack(m_file, *store);
        CHECK_OK(fresh);
        QCOMPARE(fresh->applyCount(), 0);
    }

    void aFailingStepAppliesNothing() {
        auto store = server();
        QVERIFY(store);
        CHECK_OK(takeOffline(*store, m_file));
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            auto e = copy->event(m_warning);
            CHECK_OK(e);
            e->title = "Edited offline";
            CHECK_OK(copy->updateEvent(*e));
            CHECK_OK(copy->deleteEvent(m_talks));
        }
        const auto before = storyLines(*store);
        // A read-only role cannot write: the first write fails and takes nothing with it.
        QVERIFY(m_server.exec("postgres", "DROP ROLE IF EXISTS offline_reader; CREATE ROLE "
                                          "offline_reader LOGIN"));
        const std::string database = m_location.substr(m_location.find("dbname=") + 7);
        const std::string name = database.substr(0, database.find(' '));
        QVERIFY(m_server.exec(name, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO "
                                    "offline_reader; GRANT USAGE ON SCHEMA public TO "
                                    "offline_reader"));
        auto reader = openStore(m_server.conninfo(name) + " user=offline_reader");
        CHECK_OK(reader);
        auto result = bringBack(m_file, **reader);
        QVERIFY(!result.ok());
        QCOMPARE(storyLines(*store), before);
        // The copy still holds its changes for a later try.
        auto retry = bringBack(m_file, *store);
        CHECK_OK(retry);
        QCOMPARE(retry->edited, 1);
        QCOMPARE(retry->deleted, 1);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    TestBringBack test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bring_back.moc"

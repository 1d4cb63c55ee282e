// The window tiles of a server story (schema 5, store/pg/PgWindowTiles.h): the window answers
// exactly what a scan of the events answers after every kind of write — through the store
// (insert, delete, day edits, merge, split, undo, import, a story copied over), around it
// (TRUNCATE, rows written by another program), inside an open import batch, with importers and
// editors writing at once, while another client holds the rebuild — and the tiles, once
// rebuilt, hold exactly the events of their buckets. A story migrated from schema 4 gets its
// tiles and keeps its readers and editors. One private server (tests/common/TestPostgres), a
// database per test.
#include "TestPrinters.h"
#include "common/FreshDatabase.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "common/WindowTileChecks.h"
#include "store/Store.h"
#include "store/pg/Pg.h"
#include "store/pg/PgSchema.h"
#include "store/pg/PgStore.h"
#include "store/pg/PgWindowTiles.h"

#include <QtTest/QTest>
#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <tuple>

using namespace ct;
using ct::test::article;
using ct::test::rebuildLeavesExact;
using ct::test::tilesDiffer;
using ct::test::told;
using ct::test::windowsDiffer;

namespace {

constexpr std::int64_t kRebuildLock = 1129597290; // ct_rebuild_event_tiles's try-lock

// Durations at every class's edges (0, 1, 2–3, … ≥ 32768 days) and starts on and around
// bucket edges (multiples of 8, 64, 1024 days).
const std::vector<int> kDurations{0,   1,   3,    4,    7,     8,     30,   365,
                                  511, 512, 4095, 4096, 32767, 32768, 40000};
constexpr DayNumber kBase = test::kTileBase;

Event eventOn(DayNumber start, int days, int n) {
    Event e;
    e.when.start = fromDayNumber(start);
    e.when.end = fromDayNumber(start + days);
    e.when.precision = days == 0 ? Precision::Day : Precision::Range;
    e.title = "Event " + std::to_string(n);
    return e;
}

} // namespace

class TestPgWindowTiles : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    std::string m_location;

    std::unique_ptr<Store> open() { return test::TestPostgres::open(m_location); }
    static PgStore& pgOf(Store& store) { return dynamic_cast<PgStore&>(store); }

    // Events of every duration class around bucket edges, each inserted through the store.
    static void seed(Store& store, int spread = 3) {
        int n = 0;
        for (const int days : kDurations)
            for (int k = -spread; k <= spread; ++k) {
                Event e = eventOn(kBase + k * 509 + (k % 2 ? 7 : 0), days, ++n);
                QVERIFY(store.insertEvent(e).ok());
            }
    }

  private slots:
    void init() { m_location = test::freshDatabaseOrSkip(m_server); }

    void emptyStoryHasNoTiles() {
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        QCOMPARE(store->schemaVersion(), pg::kSchemaVersion);
        QVERIFY(store->overlapping(0, std::numeric_limits<DayNumber>::max() - 1)->empty());
        QCOMPARE(pgOf(*store).rebuildWindowTiles().value(), 0);
        Event e = eventOn(kBase, 3, 1);
        CHECK_OK(store->insertEvent(e));
        QCOMPARE(store->overlapping(kBase, kBase)->size(), std::size_t(1));
        CHECK_OK(store->deleteEvent(e.id));
        QVERIFY(store->overlapping(0, std::numeric_limits<DayNumber>::max() - 1)->empty());
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        QCOMPARE(db->exec("SELECT count(*) FROM event_tiles")->integer(0, 0), std::int64_t(0));
    }

    // Each kind of write through the store: afterwards the tiles are rebuilt (nothing dirty),
    // hold exactly their events, and every window equals the scan.
    void windowEqualsScanAfterEachWrite_data() {
        QTest::addColumn<QString>("write");
        for (const char* w : {"insert", "delete", "day edit within its tile",
                              "day edit to another class", "title edit", "merge", "split",
                              "undo a merge", "article import", "story copied over it"})
            QTest::newRow(w) << QString::fromLatin1(w);
    }
    void windowEqualsScanAfterEachWrite() {
        QFETCH(QString, write);
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        seed(*store);
        // Two articles on two days whose events merge and split.
        Article a1 = article("a1", "Outlet A", "2026-03-02"),
                a2 = article("a2", "Outlet B", "2026-03-09");
        std::vector<Event> e1{told("2026-03-01", "Ilian Varro ordered a curfew in Koldan.", 0)};
        std::vector<Event> e2{
            told("2026-03-08", "Talks opened in Koldan on Sunday.", 0, {"Mara Lenz"})};
        CHECK_OK(store->addArticle(a1, e1));
        CHECK_OK(store->addArticle(a2, e2));
        QVERIFY(tilesDiffer(*db).empty());
        const std::int64_t seeded = store->eventCount().value();
        auto first = store->events(EventQuery{});
        CHECK_OK(first);
        Event some = first->at(first->size() / 2);

        if (write == "insert") {
            Event e = eventOn(kBase + 3, 2, 999);
            CHECK_OK(store->insertEvent(e));
        } else if (write == "delete") {
            CHECK_OK(store->deleteEvent(some.id));
        } else if (write == "day edit within its tile") {
            some.when.start = some.when.start + boost::gregorian::days(1);
            some.when.end = some.when.end + boost::gregorian::days(1);
            CHECK_OK(store->updateEvent(some));
        } else if (write == "day edit to another class") {
            some.when.start = fromDayNumber(kBase - 3000);
            some.when.end = fromDayNumber(kBase + 2);
            some.when.precision = Precision::Range;
            CHECK_OK(store->updateEvent(some));
        } else if (write == "title edit") {
            some.title = "Renamed";
            CHECK_OK(store->updateEvent(some));
        } else if (write == "merge" || write == "split" || write == "undo a merge") {
            auto merged = store->mergeEvents(e1[0].id, e2[0].id);
            CHECK_OK(merged);
            if (write == "split") {
                auto reports = store->reports(e1[0].id);
                CHECK_OK(reports);
                QCOMPARE(reports->size(), std::size_t(2));
                CHECK_OK(store->splitReport(reports->back().id));
            } else if (write == "undo a merge") {
                CHECK_OK(store->revert(*merged));
            }
        } else if (write == "article import") {
            Article a3 = article("a3", "Outlet C", "2026-03-10");
            std::vector<Event> e3{told("2026-03-09", "Ilian Varro ordered a curfew in Koldan.", 0),
                                  told("2025-12-30", "A ceasefire was signed in Koldan.", 60)};
            CHECK_OK(store->addArticle(a3, e3));
        } else if (write == "story copied over it") {
            // A SQLite story of other events replaces the server's (DELETE, then COPY).
            QTemporaryDir dir;
            auto file =
                test::TestPostgres::open(dir.filePath(QStringLiteral("s.db")).toStdString());
            QVERIFY(file);
            for (int i = 0; i < 40; ++i) {
                Event e =
                    eventOn(kBase + i * 37, kDurations[std::size_t(i) % kDurations.size()], i);
                CHECK_OK(file->insertEvent(e));
            }
            CHECK_OK(copyStory(*file, *store, true));
            QCOMPARE(store->eventCount().value(), std::int64_t(40));
        }
        if (write == "insert" || write == "article import")
            QVERIFY(store->eventCount().value() > seeded);
        if (write == "delete" || write == "merge")
            QVERIFY(store->eventCount().value() < seeded);
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        const std::string tiles = tilesDiffer(*db);
        QVERIFY2(tiles.empty(), tiles.c_str());
        const std::string windows = windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
    }

    // A commit is followed by a rebuild (a round trip) only when its writes may have marked
    // tiles: an edit that leaves the days alone makes none, one that moves them, an insert, a
    // delete and an import do, and so does any write while a mark another client left waits.
    // Whatever was skipped, no mark is left and the tiles hold exactly the events.
    void aCommitRebuildsOnlyWhenTilesMayBeMarked_data() {
        QTest::addColumn<QString>("write");
        QTest::addColumn<int>("rebuilds");
        QTest::newRow("title edit") << "title edit" << 0;
        QTest::newRow("title edit refused as a conflict") << "conflict" << 0;
        QTest::newRow("title edit in an import batch") << "title edit in a batch" << 0;
        QTest::newRow("empty import batch") << "empty batch" << 0;
        QTest::newRow("day edit") << "day edit" << 1;
        QTest::newRow("insert") << "insert" << 1;
        QTest::newRow("delete") << "delete" << 1;
        QTest::newRow("article import") << "article import" << 1;
        QTest::newRow("title edit while another client's mark waits") << "marks left" << 1;
    }
    void aCommitRebuildsOnlyWhenTilesMayBeMarked() {
        QFETCH(QString, write);
        QFETCH(int, rebuilds);
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        seed(*store, 1);
        auto all = store->events(EventQuery{});
        CHECK_OK(all);
        Event some = all->at(all->size() / 2);
        const std::int64_t before = pgOf(*store).rebuildsAfterCommits();
        if (write == "title edit" || write == "marks left") {
            if (write == "marks left")
                CHECK_OK(db->script("INSERT INTO events(start_day, end_day, precision, title)"
                                    " VALUES (2461100, 2461110, 'range', 'Around the store')"));
            some.title = "Renamed";
            CHECK_OK(store->updateEvent(some));
        } else if (write == "conflict") {
            some.title = "Stale";
            some.version -= 1;
            QVERIFY(!store->updateEvent(some).ok());
        } else if (write == "title edit in a batch" || write == "empty batch") {
            CHECK_OK(store->beginImportBatch());
            if (write == "title edit in a batch") {
                some.title = "Renamed";
                CHECK_OK(store->updateEvent(some));
            }
            CHECK_OK(store->commitImportBatch());
        } else if (write == "day edit") {
            some.when.start = some.when.start - boost::gregorian::days(40);
            CHECK_OK(store->updateEvent(some));
        } else if (write == "insert") {
            Event e = eventOn(kBase + 3, 2, 999);
            CHECK_OK(store->insertEvent(e));
        } else if (write == "delete") {
            CHECK_OK(store->deleteEvent(some.id));
        } else if (write == "article import") {
            Article a = article("a", "Outlet A", "2026-03-02");
            std::vector<Event> e{told("2026-03-01", "Ilian Varro ordered a curfew in Koldan.", 0)};
            CHECK_OK(store->addArticle(a, e));
        }
        QCOMPARE(pgOf(*store).rebuildsAfterCommits() - before, std::int64_t(rebuilds));
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        const std::string tiles = tilesDiffer(*db);
        QVERIFY2(tiles.empty(), tiles.c_str());
        const std::string windows = windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
    }

    // Writes the store does not make (another program, psql): the tiles they mark are read
    // from the events until a commit of a store rebuilds them.
    void windowIsExactWhileTilesAreDirty_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert") << "INSERT INTO events(start_day, end_day, precision, title)"
                                   " SELECT 2461056 + g * 5, 2461056 + g * 5 + g % 40, 'range',"
                                   " 'New ' || g FROM generate_series(1, 30) g";
        // More than 256 tiles marked: the rebuild packs them in one pass over the table.
        QTest::newRow("bulk insert over many tiles")
            << "INSERT INTO events(start_day, end_day, precision, title) SELECT 2440000 + g * 9,"
               " 2440000 + g * 9 + (g % 5) * (g % 700), 'range', 'Bulk ' || g"
               " FROM generate_series(1, 3000) g";
        QTest::newRow("delete") << "DELETE FROM events WHERE id % 3 = 0";
        QTest::newRow("days moved") << "UPDATE events SET start_day = start_day - 700,"
                                       " end_day = end_day + id % 100 WHERE id % 2 = 0";
        QTest::newRow("truncate and refill")
            << "TRUNCATE events CASCADE; INSERT INTO events(start_day, end_day, precision, title)"
               " SELECT 2461000 + g, 2461000 + g * 3, 'range', 'Refill' FROM generate_series(0, "
               "20) g";
        QTest::newRow("truncate") << "TRUNCATE events CASCADE";
    }
    void windowIsExactWhileTilesAreDirty() {
        QFETCH(QString, sql);
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        seed(*store);
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        CHECK_OK(db->script(sql.toStdString()));
        if (!sql.startsWith(QLatin1String("TRUNCATE events CASCADE")) || sql.contains("INSERT"))
            QVERIFY(test::dirtyTiles(*db) > 0);
        const std::string windows = windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        const std::string rebuilt = rebuildLeavesExact(*store, *db);
        QVERIFY2(rebuilt.empty(), rebuilt.c_str());
    }

    // An open import batch sees its own uncommitted events (its marks are visible to it
    // alone); another client sees them once the batch commits, with the tiles rebuilt.
    void openBatchSeesItsOwnEvents() {
        auto store = open();
        auto other = open();
        QVERIFY(store && other);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        seed(*store, 1);
        const auto day = toDayNumber(isoDate("2026-03-01"));
        const std::size_t before = store->overlapping(day, day)->size();
        CHECK_OK(store->beginImportBatch());
        Article a = article("batch", "Outlet A", "2026-03-02");
        std::vector<Event> events{told("2026-03-01", "Ilian Varro ordered a curfew in Koldan.", 0)};
        CHECK_OK(store->addArticle(a, events));
        QCOMPARE(store->overlapping(day, day)->size(), before + 1);
        QCOMPARE(other->overlapping(day, day)->size(), before);
        CHECK_OK(store->commitImportBatch());
        QCOMPARE(other->overlapping(day, day)->size(), before + 1);
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        QVERIFY(tilesDiffer(*db).empty());
        // An abandoned batch leaves neither events nor marks.
        CHECK_OK(store->beginImportBatch());
        Article b = article("gone", "Outlet B", "2026-03-02");
        std::vector<Event> more{told("2026-03-01", "A ceasefire was signed in Koldan.", 0)};
        CHECK_OK(store->addArticle(b, more));
        store->abandonImportBatch();
        QCOMPARE(store->overlapping(day, day)->size(), before + 1);
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
    }

    // A rebuild deletes only the marks its snapshot sees: a writer that commits after it
    // keeps its own, so the tile missing its event is read from the events until repacked.
    void writerCommittingDuringARebuildKeepsItsMark() {
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        seed(*store, 1);
        CHECK_OK(db->script("BEGIN; INSERT INTO events(start_day, end_day, precision, title)"
                            " VALUES (2461057, 2461057, 'day', 'Late')"));
        Event e = eventOn(kBase + 2, 0, 500); // the same tile, committed and rebuilt first
        CHECK_OK(store->insertEvent(e));
        CHECK_OK(db->script("COMMIT"));
        QVERIFY(test::dirtyTiles(*db) > 0);
        std::string windows = windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        auto late = store->overlapping(kBase + 1, kBase + 1);
        CHECK_OK(late);
        QVERIFY(std::any_of(late->begin(), late->end(), [](const EventDays& d) {
            return d.start == kBase + 1 && d.end == kBase + 1;
        }));
        CHECK_OK(pgOf(*store).rebuildWindowTiles());
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        QVERIFY(tilesDiffer(*db).empty());
    }

    // While another client holds the rebuild, a commit does not wait for it: its marks stay
    // and the window stays exact; the next rebuild takes them.
    void heldRebuildLockLeavesMarksForTheNext() {
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        seed(*store, 1);
        CHECK_OK(db->script("BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kRebuildLock) +
                            ")"));
        QCOMPARE(pgOf(*store).rebuildWindowTiles().value(), -1);
        Event e = eventOn(kBase + 40, 100, 501);
        CHECK_OK(store->insertEvent(e));
        CHECK_OK(db->script("COMMIT"));
        QVERIFY(test::dirtyTiles(*db) > 0);
        const std::string windows = windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        QVERIFY(pgOf(*store).rebuildWindowTiles().value() > 0);
        QVERIFY(tilesDiffer(*db).empty());
    }

    // Importers and editors at once, each on its own connection: afterwards the window is
    // exact, and one rebuild leaves tiles that hold exactly the events.
    void concurrentImportersAndEditors() {
        {
            auto store = open();
            QVERIFY(store);
            seed(*store, 2);
        }
        std::atomic<int> failures{0};
        std::vector<std::thread> clients;
        for (int c = 0; c < 3; ++c)
            clients.emplace_back([&, c] {
                auto store = test::TestPostgres::open(m_location);
                if (!store) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < 12; ++i) {
                    const std::string tag = std::to_string(c) + "-" + std::to_string(i);
                    if (c == 2) { // an editor moving events across tiles and classes
                        auto events = store->events(EventQuery{});
                        if (!events || events->empty()) {
                            ++failures;
                            return;
                        }
                        Event e = events->at(std::size_t(i * 7) % events->size());
                        e.when.start = e.when.start - boost::gregorian::days(i * 13);
                        e.when.precision = Precision::Range;
                        if (auto r = store->updateEvent(e);
                            !r && r.error().code != Error::Code::Conflict)
                            ++failures;
                        continue;
                    }
                    const bool batch = i % 3 == 0;
                    if (batch && !store->beginImportBatch().ok())
                        ++failures;
                    Article a = article("c" + tag, "Outlet " + tag, "2026-04-02");
                    const std::string day =
                        "2026-0" + std::to_string(1 + i % 8) + "-1" + std::to_string(c);
                    std::vector<Event> events{told(day.c_str(),
                                                   "Client " + tag + " saw the bridge close.", 0,
                                                   {"Person " + tag})};
                    if (!store->addArticle(a, events).ok())
                        ++failures;
                    if (batch && !store->commitImportBatch().ok())
                        ++failures;
                }
            });
        for (std::thread& t : clients)
            t.join();
        QCOMPARE(failures.load(), 0);
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        const std::string windows = windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        const std::string rebuilt = rebuildLeavesExact(*store, *db);
        QVERIFY2(rebuilt.empty(), rebuilt.c_str());
    }

    // A story schema 4 left, with a reader and an editor granted on its tables: opening it
    // packs the tiles, and both roles keep working — the editor's commit repacks what it
    // marked (as the owner: it may read the tiles, not write them), the reader's window reads
    // the tiles.
    void migrationFrom4PacksTilesAndKeepsRoles() {
        const std::string database = m_location.substr(m_location.rfind('=') + 1);
        {
            auto db = pg::Connection::open(m_location);
            CHECK_OK(db);
            QCOMPARE(pg::migrate(*db, 0, 4).value(), 4);
            CHECK_OK(db->script("INSERT INTO events(start_day, end_day, precision, title)"
                                " SELECT 2461000 + (g * 7) % 60, 2461000 + (g * 7) % 60 + d,"
                                " 'range', 'Event ' || g FROM generate_series(1, 40) g,"
                                " unnest('{0,1,3,30,365,5000,40000}'::integer[]) d"));
        }
        QVERIFY2(m_server.exec(database,
                               "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname ="
                               " 'tile_reader') THEN CREATE ROLE tile_reader LOGIN; END IF;"
                               " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname ="
                               " 'tile_editor') THEN CREATE ROLE tile_editor LOGIN; END IF;"
                               " END $$; GRANT SELECT ON ALL TABLES IN SCHEMA public TO"
                               " tile_reader; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES"
                               " IN SCHEMA public TO tile_editor; GRANT USAGE ON ALL SEQUENCES IN"
                               " SCHEMA public TO tile_editor"),
                 qPrintable(m_server.why()));
        auto owner = open();
        QVERIFY(owner);
        QCOMPARE(owner->schemaVersion(), pg::kSchemaVersion);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0));
        std::string tiles = tilesDiffer(*db);
        QVERIFY2(tiles.empty(), tiles.c_str());
        auto rights = db->exec(
            "SELECT has_table_privilege('tile_reader', 'event_tiles', 'SELECT'),"
            " has_table_privilege('tile_reader', 'event_tiles_dirty', 'SELECT'),"
            " has_table_privilege('tile_reader', 'event_tiles', 'INSERT'),"
            " has_table_privilege('tile_editor', 'event_tiles', 'SELECT'),"
            " has_table_privilege('tile_editor', 'event_tiles_dirty', 'SELECT'),"
            " has_table_privilege('tile_editor', 'event_tiles', 'INSERT, UPDATE, DELETE'),"
            " has_table_privilege('tile_editor', 'event_tiles_dirty', 'INSERT, UPDATE, DELETE')");
        CHECK_OK(rights);
        QVERIFY(rights->boolean(0, 0) && rights->boolean(0, 1) && !rights->boolean(0, 2));
        // Schema 5 gave editors its tables' writes for its triggers; schema 6 takes them back
        // (its triggers run as the owner).
        QVERIFY(rights->boolean(0, 3) && rights->boolean(0, 4));
        QVERIFY(!rights->boolean(0, 5) && !rights->boolean(0, 6));

        const auto as = [this](const char* role) {
            std::string location = m_location;
            location.replace(location.find("user=postgres"), 13, std::string("user=") + role);
            return test::TestPostgres::open(location);
        };
        auto editor = as("tile_editor");
        QVERIFY(editor);
        QVERIFY(!editor->isReadOnly());
        Event e = eventOn(2461010, 400, 1);
        CHECK_OK(editor->insertEvent(e));
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0)); // the editor's commit repacked its tile
        tiles = tilesDiffer(*db);
        QVERIFY2(tiles.empty(), tiles.c_str());
        auto reader = as("tile_reader");
        QVERIFY(reader);
        QVERIFY(reader->isReadOnly());
        for (Store* s : {editor.get(), reader.get()}) {
            const std::string windows = windowsDiffer(*s, *db);
            QVERIFY2(windows.empty(), windows.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestPgWindowTiles)
#include "tst_pg_window_tiles.moc"

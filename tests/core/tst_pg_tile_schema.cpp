// The window tiles' schema (store/pg/PgSchemaTiles.cpp): schema 6's tile functions agree with
// the tiles' definition (computed apart here, test::tileOf) and still let the window's and the
// repack's queries use events_by_span; a story schema 5 left migrates with its tiles and marks
// as they were; a fresh story is created at the newest version in one transaction; editors
// and readers with the documented grants work, and only the owner's functions write tiles.
// One private server (tests/common/TestPostgres), a database per test.
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

#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace ct;
using test::kTileBase;

class TestPgTileSchema : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    std::string m_location;

    std::unique_ptr<Store> open() { return test::TestPostgres::open(m_location); }

    static Event eventAt(DayNumber start, int days, const char* title) {
        Event e;
        e.when.start = fromDayNumber(start);
        e.when.end = fromDayNumber(start + days);
        e.when.precision = days == 0 ? Precision::Day : Precision::Range;
        e.title = title;
        return e;
    }

  private slots:
    void init() { m_location = test::freshDatabaseOrSkip(m_server); }

    // Each function at the edges of the classes and buckets: the class and bucket the server
    // computes are the definition's, the class's longest duration is the last that stays in
    // it, a bucket's first day starts it, and a tile's row is the 16 bytes the client reads.
    void tileFunctionsFollowTheDefinition_data() {
        QTest::addColumn<int>("start"); // days after kTileBase (a multiple of 1024)
        QTest::addColumn<int>("days");  // the duration
        QTest::addColumn<int>("cls");
        QTest::newRow("a single day: class 0, 8-day buckets") << 0 << 0 << 0;
        QTest::newRow("a single day on a bucket's last day") << 7 << 0 << 0;
        QTest::newRow("a single day starting the next bucket") << 8 << 0 << 0;
        QTest::newRow("one day long: class 1") << 5 << 1 << 1;
        QTest::newRow("two days: class 2") << 5 << 2 << 2;
        QTest::newRow("three days: still class 2") << 5 << 3 << 2;
        QTest::newRow("four days: class 3") << 5 << 4 << 3;
        QTest::newRow("eight days: class 4, 16-day buckets") << 17 << 8 << 4;
        QTest::newRow("a month") << 40 << 30 << 5;
        QTest::newRow("a year") << 400 << 365 << 9;
        QTest::newRow("511 days: class 9's longest") << 600 << 511 << 9;
        QTest::newRow("512 days: class 10") << 600 << 512 << 10;
        QTest::newRow("32767 days: the last bounded class") << -3 << 32767 << 15;
        QTest::newRow("32768 days: the unbounded class") << -3 << 32768 << 16;
        QTest::newRow("a century") << -100 << 40000 << 16;
        QTest::newRow("before the base, negative offset") << -1025 << 0 << 0;
    }
    void tileFunctionsFollowTheDefinition() {
        QFETCH(int, start);
        QFETCH(int, days);
        QFETCH(int, cls);
        QVERIFY(open());
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        const DayNumber first = kTileBase + start, last = first + days;
        const test::Tile expected = test::tileOf(first, last);
        QCOMPARE(expected.cls, cls);
        auto rows =
            db->exec("SELECT c, ct_tile_bucket(c, $1), ct_tile_longest(c),"
                     " CASE WHEN c > 0 THEN ct_tile_longest(c - 1) END,"
                     " ct_tile_first_day(c, ct_tile_bucket(c, $1)),"
                     " ct_tile_first_day(c, ct_tile_bucket(c, $1) + 1),"
                     " ct_tile_row(7, $1::integer, $2::integer) = '\\x0000000000000007'::bytea ||"
                     " int4send($1::integer) || int4send($2::integer)"
                     " FROM (SELECT ct_tile_class($1::integer, $2::integer) AS c) x",
                     pg::Params().add(std::int64_t(first)).add(std::int64_t(last)));
        CHECK_OK(rows);
        QCOMPARE(int(rows->integer(0, 0)), cls);
        QCOMPARE(rows->integer(0, 1), expected.bucket);
        if (cls < 16) {
            QVERIFY(days <= rows->integer(0, 2));
        } else {
            QVERIFY(rows->isNull(0, 2)); // unbounded
        }
        if (cls > 0)
            QVERIFY(days > rows->integer(0, 3)); // too long for the class below
        QVERIFY(rows->integer(0, 4) <= first && first < rows->integer(0, 5));
        QCOMPARE(rows->integer(0, 5) - rows->integer(0, 4), std::int64_t(1) << std::max(3, cls));
        QVERIFY(rows->boolean(0, 6));
    }

    // The functions inline to events_by_span's expressions: the window's marked buckets and
    // the repack's tiles (their queries as ct_window_tiles and ct_rebuild_event_tiles write
    // them) are read by an index range scan on the class, not a scan of the table (with
    // sequential scans off the plan says whether the index can serve at all).
    void theFunctionsStillMatchTheWindowIndex() {
        auto store = open();
        QVERIFY(store);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        CHECK_OK(db->script("INSERT INTO events(start_day, end_day, precision, title)"
                            " SELECT 2461056 + g, 2461056 + g + g % 50, 'range', 'E' || g"
                            " FROM generate_series(1, 300) g; SET enable_seqscan = off"));
        QVERIFY(test::dirtyTiles(*db) > 0);
        // The window's read of a marked bucket, as ct_window_tiles writes it.
        auto plan =
            db->exec("EXPLAIN (COSTS OFF) SELECT ct_tile_row(id, start_day, end_day) FROM events"
                     " WHERE ct_tile_class(start_day, end_day) = 3"
                     " AND start_day >= greatest(ct_tile_first_day(3, 307632), $1::bigint - 7)"
                     " AND start_day < least(ct_tile_first_day(3, 307633), $2::bigint + 1)"
                     " AND end_day >= $1::bigint",
                     pg::Params().add(std::int64_t(kTileBase)).add(std::int64_t(kTileBase + 109)));
        CHECK_OK(plan);
        std::string text;
        for (int i = 0; i < plan->size(); ++i)
            text += plan->text(i, 0) + "\n";
        QVERIFY2(text.find("Index Only Scan using events_by_span") != std::string::npos,
                 text.c_str());
        QVERIFY2(text.find("Index Cond: (((width_bucket(") != std::string::npos, text.c_str());
        auto repack = db->exec("EXPLAIN (COSTS OFF) SELECT ct_tile_row(id, start_day, end_day)"
                               " FROM events WHERE ct_tile_class(start_day, end_day) = 3"
                               " AND start_day >= ct_tile_first_day(3, 307632)"
                               " AND start_day < ct_tile_first_day(3, 307633)");
        CHECK_OK(repack);
        QVERIFY2(repack->text(0, 0).find("Index Only Scan using events_by_span") !=
                     std::string::npos,
                 repack->text(0, 0).c_str());
        const std::string rebuilt = test::rebuildLeavesExact(*store, *db);
        QVERIFY2(rebuilt.empty(), rebuilt.c_str());
    }

    // A story schema 5 left, with tiles packed and marks not yet repacked: opening it moves
    // it to the newest schema without repacking, the window stays exact, and the new
    // triggers mark what writes around the store touch.
    void aSchema5StoryMigratesWithItsTilesAndMarks() {
        {
            auto db = pg::Connection::open(m_location);
            CHECK_OK(db);
            QCOMPARE(pg::migrate(*db, 0, 5).value(), 5);
            CHECK_OK(db->script("INSERT INTO events(start_day, end_day, precision, title)"
                                " SELECT 2461000 + (g * 7) % 60, 2461000 + (g * 7) % 60 + d,"
                                " 'range', 'Event ' || g FROM generate_series(1, 40) g,"
                                " unnest('{0,1,3,30,365,5000,40000}'::integer[]) d;"
                                " SELECT ct_rebuild_event_tiles();"
                                " INSERT INTO events(start_day, end_day, precision, title)"
                                " VALUES (2461100, 2461130, 'range', 'Marked')"));
        }
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        const std::int64_t marks = test::dirtyTiles(*db);
        QVERIFY(marks > 0);
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), pg::kSchemaVersion);
        QCOMPARE(test::dirtyTiles(*db), marks); // nothing repacked by the migration
        auto old = db->exec("SELECT count(*) FROM pg_proc WHERE proname IN"
                            " ('ct_tiles_mark_new', 'ct_tiles_mark_old')");
        CHECK_OK(old);
        QCOMPARE(old->integer(0, 0), std::int64_t(0));
        std::string windows = test::windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        CHECK_OK(db->script("DELETE FROM events WHERE id % 5 = 0;"
                            " UPDATE events SET start_day = start_day - 900 WHERE id % 7 = 0;"
                            " INSERT INTO events(start_day, end_day, precision, title)"
                            " SELECT 2462000 + g, 2462000 + g * g, 'range', 'New' FROM"
                            " generate_series(1, 30) g"));
        windows = test::windowsDiffer(*store, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        const std::string rebuilt = test::rebuildLeavesExact(*store, *db);
        QVERIFY2(rebuilt.empty(), rebuilt.c_str());
    }

    // A fresh story: every step in one transaction (so never committed at an older version):
    // its tables and the newest step's functions were all made by one transaction.
    void aFreshStoryIsCreatedAtTheNewestVersionAtOnce() {
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), pg::kSchemaVersion);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        auto made = db->exec("SELECT count(DISTINCT x) FROM (SELECT xmin::text AS x FROM pg_class"
                             " WHERE relname IN ('events', 'event_tiles', 'schema_version')"
                             " UNION ALL SELECT xmin::text FROM pg_proc WHERE proname IN"
                             " ('ct_tile_class', 'ct_tiles_mark_rows')) t");
        CHECK_OK(made);
        QCOMPARE(made->integer(0, 0), std::int64_t(1));
        auto version = db->exec("SELECT version FROM schema_version");
        CHECK_OK(version);
        QCOMPARE(int(version->integer(0, 0)), pg::kSchemaVersion);
    }

    // The documented grants (scripts/pg-roles.sql as psql runs it, or an administrator's
    // grants table by table on the story's tables and SELECT on the tiles): an editor
    // imports, adds, edits and deletes, and its commits mark and repack tiles though it may
    // not write them itself (the triggers and the repack run as the story's owner); a reader
    // opens read-only, reads the window and cannot write.
    void rolesWithTheDocumentedGrantsWork_data() {
        QTest::addColumn<QString>("grants");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("reader");
        QFile script(QStringLiteral(CT_SOURCE_DIR "/scripts/pg-roles.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QTest::newRow("scripts/pg-roles.sql") << QString::fromUtf8(script.readAll()) << "ana"
                                              << "ben";
        QTest::newRow("table by table")
            << QStringLiteral(
                   "CREATE ROLE carla LOGIN; CREATE ROLE dan LOGIN;"
                   " GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO carla;"
                   " DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables"
                   " WHERE schemaname = 'public' LOOP"
                   " EXECUTE format('GRANT SELECT ON %I TO carla, dan', t);"
                   " IF t NOT LIKE 'event_tiles%' THEN"
                   " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO carla', t);"
                   " END IF; END LOOP; END $$")
            << "carla"
            << "dan";
    }
    void rolesWithTheDocumentedGrantsWork() {
        QFETCH(QString, grants);
        QFETCH(QString, editor);
        QFETCH(QString, reader);
        {
            auto owner = open(); // creates the schema, as the owner
            QVERIFY(owner);
        }
        const std::string database = m_location.substr(m_location.rfind('=') + 1);
        // psql's variables in the script: the database, the two login roles.
        grants.replace(QLatin1String(":\"DBNAME\""), QString::fromStdString('"' + database + '"'))
            .replace(QLatin1String(":\"editor\""), '"' + editor + '"')
            .replace(QLatin1String(":\"reader\""), '"' + reader + '"');
        QVERIFY2(m_server.exec(database, grants.toStdString()), qPrintable(m_server.why()));
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        const auto as = [this](const QString& role) {
            std::string location = m_location;
            location.replace(location.find("user=postgres"), 13, "user=" + role.toStdString());
            return test::TestPostgres::open(location);
        };

        auto edits = as(editor);
        QVERIFY(edits);
        QVERIFY(!edits->isReadOnly());
        Article a = test::article("roles", "Outlet A", "2026-03-02");
        std::vector<Event> told{test::told("2026-03-01", "Ilian Varro ordered a curfew.", 0),
                                test::told("2025-12-30", "A ceasefire was signed in Koldan.", 40)};
        CHECK_OK(edits->addArticle(a, told));
        Event added = eventAt(kTileBase + 3, 40, "Added");
        CHECK_OK(edits->insertEvent(added));
        auto stored = edits->event(told[0].id);
        CHECK_OK(stored);
        stored->when.start = stored->when.start - boost::gregorian::days(300);
        CHECK_OK(edits->updateEvent(*stored));
        CHECK_OK(edits->deleteEvent(told[1].id));
        QCOMPARE(test::dirtyTiles(*db), std::int64_t(0)); // each commit repacked its marks
        std::string tiles = test::tilesDiffer(*db);
        QVERIFY2(tiles.empty(), tiles.c_str());
        std::string windows = test::windowsDiffer(*edits, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        // The tiles are the owner's functions' to write, not the editor's.
        auto direct = pg::Connection::open(m_location.substr(0, m_location.find("user=")) +
                                           "user=" + editor.toStdString() + " dbname=" + database);
        CHECK_OK(direct);
        QVERIFY(!direct->exec("INSERT INTO event_tiles_dirty(class, bucket) VALUES (0, 1)").ok());
        QVERIFY(!direct->exec("DELETE FROM event_tiles").ok());

        auto reads = as(reader);
        QVERIFY(reads);
        QVERIFY(reads->isReadOnly());
        windows = test::windowsDiffer(*reads, *db);
        QVERIFY2(windows.empty(), windows.c_str());
        Event refused = eventAt(kTileBase, 0, "Refused");
        QVERIFY(!reads->insertEvent(refused).ok());
        auto readerDirect =
            pg::Connection::open(m_location.substr(0, m_location.find("user=")) +
                                 "user=" + reader.toStdString() + " dbname=" + database);
        CHECK_OK(readerDirect);
        QVERIFY(!readerDirect
                     ->exec("INSERT INTO events(start_day, end_day, precision, title)"
                            " VALUES (2461056, 2461056, 'day', 'Sneaked')")
                     .ok());
        QCOMPARE(edits->eventCount().value(), std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestPgTileSchema)
#include "tst_pg_tile_schema.moc"

// The story tables' schema on PostgreSQL (store/pg/PgSchema.cpp), schema 7: the stored
// tsvectors are computed by triggers only when the searched text changes. A story schema 6
// left migrates with every row and every stored tsvector as it was, and the text query finds
// the same events; an UPDATE that names title or sentence without changing them (the import's
// refresh of an event's counts) leaves the tsvector alone, an edit of the text computes it
// again; an import stores for every row what the former generated column computed.
// One private server (tests/common/TestPostgres), a database per test.
#include "TestPrinters.h"
#include "common/FreshDatabase.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "extract/Gazetteer.h"
#include "import/ImportBatch.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "store/pg/Pg.h"
#include "store/pg/PgSchema.h"
#include "synth/ArticleGenerator.h"

#include <QtTest/QTest>
#include <algorithm>

using namespace ct;

namespace {

// The expressions schema 6's generated columns computed.
constexpr const char* kEventText = "to_tsvector('simple'::regconfig, title || ' ' || sentence)";
constexpr const char* kReportText = "to_tsvector('simple'::regconfig, sentence)";

// Every row's id and stored tsvector, in id order: what a migration must keep.
std::string storedSearch(pg::Connection& db, const char* table) {
    auto rows = db.exec(std::string("SELECT coalesce(string_agg(id || ' ' || search::text, E'\\n'"
                                    " ORDER BY id), '') FROM ") +
                        table);
    return rows ? rows->text(0, 0) : "error: " + rows.error().message;
}

// Rows whose stored tsvector is not what the former generated column computes.
std::int64_t staleRows(pg::Connection& db) {
    auto rows = db.exec(std::string("SELECT (SELECT count(*) FROM events WHERE search IS DISTINCT"
                                    " FROM ") +
                        kEventText +
                        ") + (SELECT count(*) FROM reports WHERE search IS DISTINCT FROM " +
                        kReportText + ")");
    return rows ? rows->integer(0, 0) : -1;
}

std::vector<std::int64_t> idsOf(const std::vector<Event>& events) {
    std::vector<std::int64_t> ids;
    for (const Event& e : events)
        ids.push_back(e.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestPgStorySchema : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    std::string m_location;

    std::unique_ptr<Store> open() { return test::TestPostgres::open(m_location); }

  private slots:
    void init() { m_location = test::freshDatabaseOrSkip(m_server); }

    // A story schema 6 left (generated tsvectors, reports_by_key): opening it migrates to the
    // newest schema keeping every row and stored tsvector, the text query finds the same
    // events it found by the old column, and the columns are plain ones now.
    void aSchema6StoryMigratesWithEveryRowAndItsSearch() {
        const std::vector<std::string> words{"flood", "koldan", "x-ray", "levee", "nothing"};
        std::vector<std::vector<std::int64_t>> found;
        std::string events, reports;
        {
            auto db = pg::Connection::open(m_location);
            CHECK_OK(db);
            QCOMPARE(pg::migrate(*db, 0, 6).value(), 6);
            CHECK_OK(db->script(
                "INSERT INTO events(start_day, end_day, precision, title, sentence)"
                " SELECT 2461000 + g % 40, 2461000 + g % 40 + g % 3, 'range',"
                " (ARRAY['Flood in Koldan', 'Levee breach', 'X-ray of the dam'])[g % 3 + 1] || ' '"
                " || g, 'The river rose at Koldan, day ' || g || '.' FROM generate_series(1, 60) g;"
                " INSERT INTO reports(event_id, report_key, start_day, end_day, precision,"
                " sentence) SELECT id, 'k' || id || '-' || n, start_day, end_day, precision,"
                " 'Report ' || n || ' of the flood: ' || title FROM events,"
                " generate_series(1, 2) n"));
            events = storedSearch(*db, "events");
            reports = storedSearch(*db, "reports");
            for (const std::string& w : words) {
                auto rows = db->exec("SELECT id FROM events WHERE search @@ to_tsquery('simple',"
                                     " $1) ORDER BY id",
                                     pg::Params().add(w));
                CHECK_OK(rows);
                std::vector<std::int64_t>& ids = found.emplace_back();
                for (int i = 0; i < rows->size(); ++i)
                    ids.push_back(rows->integer(i, 0));
            }
        }
        // "flood" in a third of the titles, "koldan" in every sentence, "x-ray" (a compound)
        // in a third, "nothing" nowhere.
        QCOMPARE(found[0].size(), std::size_t(20));
        QCOMPARE(found[1].size(), std::size_t(60));
        QCOMPARE(found[2].size(), std::size_t(20));
        QVERIFY(found[4].empty());
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), pg::kSchemaVersion);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        QCOMPARE(storedSearch(*db, "events"), events);
        QCOMPARE(storedSearch(*db, "reports"), reports);
        QCOMPARE(staleRows(*db), std::int64_t(0));
        // The store's text query (events, or one of their reports, match) as before.
        for (std::size_t w = 0; w < words.size(); ++w) {
            EventQuery q;
            q.text = words[w];
            auto matched = store->events(q);
            CHECK_OK(matched);
            // "flood" is in every report's sentence: every event, by its reports.
            if (words[w] == "flood")
                QCOMPARE(matched->size(), std::size_t(60));
            else
                QCOMPARE(idsOf(*matched), found[w]);
        }
        auto left = db->exec("SELECT (SELECT count(*) FROM information_schema.columns WHERE"
                             " column_name = 'search' AND is_generated <> 'NEVER'),"
                             " to_regclass('reports_by_key') IS NULL");
        CHECK_OK(left);
        QCOMPARE(left->integer(0, 0), std::int64_t(0));
        QVERIFY(left->boolean(0, 1));
    }

    // Each UPDATE on a row whose tsvector was set to a marker by hand: the marker stays unless
    // the searched text changed, and then it is the text's tsvector again.
    void searchIsComputedOnlyWhenItsTextChanges_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("set");
        QTest::addColumn<bool>("computed");
        QTest::newRow("an event's counts refreshed, its text named unchanged")
            << "events" << "title = title, sentence = sentence, report_count = report_count + 1"
            << false;
        QTest::newRow("an event's days moved") << "events" << "end_day = end_day + 1" << false;
        QTest::newRow("an event's title edited") << "events" << "title = 'Levee breach'" << true;
        QTest::newRow("an event's sentence edited")
            << "events" << "sentence = 'The levee broke at Koldan.'" << true;
        QTest::newRow("a report moved, its sentence named unchanged")
            << "reports" << "sentence = sentence, published_day = 2461003" << false;
        QTest::newRow("a report's sentence edited")
            << "reports" << "sentence = 'The water rose overnight.'" << true;
    }
    void searchIsComputedOnlyWhenItsTextChanges() {
        QFETCH(QString, table);
        QFETCH(QString, set);
        QFETCH(bool, computed);
        QVERIFY(open());
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        CHECK_OK(db->script(
            "INSERT INTO events(start_day, end_day, precision, title, sentence) VALUES"
            " (2461000, 2461000, 'day', 'Flood in Koldan', 'The river rose at Koldan.');"
            " INSERT INTO reports(event_id, report_key, start_day, end_day, precision, sentence)"
            " SELECT id, 'k1', 2461000, 2461000, 'day', sentence FROM events"));
        QCOMPARE(staleRows(*db), std::int64_t(0)); // inserts compute it
        const std::string t = table.toStdString();
        CHECK_OK(db->script("UPDATE " + t + " SET search = 'marker'::tsvector"));
        CHECK_OK(db->script("UPDATE " + t + " SET " + set.toStdString()));
        auto row = db->exec("SELECT search::text, search = " +
                            std::string(t == "events" ? kEventText : kReportText) + " FROM " + t);
        CHECK_OK(row);
        QCOMPARE(row->text(0, 0) == "'marker'", !computed);
        QCOMPARE(row->boolean(0, 1), computed);
    }

    // Generated articles imported (batches, merging, refreshes of touched events), then an
    // event's title edited through the store: every row's tsvector is what the generated
    // column computed, and the text query finds the edited event by its new title.
    void importedRowsAreSearchedAsBefore() {
        auto store = open();
        QVERIFY(store);
        auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(gazetteer.ok());
        Importer importer(*store, *gazetteer);
        ImportBatch batch(*store, 16);
        ArticleGenerator generator(5, Date(2022, 1, 10), 6);
        for (int i = 0; i < 60; ++i) {
            QVERIFY(batch.beforeFile());
            CHECK_OK(importer.importText(generator.next().text, "a" + std::to_string(i)));
            QVERIFY(batch.afterFile());
        }
        QVERIFY(batch.finish());
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        auto counts = db->exec("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM"
                               " reports), (SELECT count(*) FROM events WHERE report_count > 1)");
        CHECK_OK(counts);
        QVERIFY(counts->integer(0, 0) > 10);
        QVERIFY(counts->integer(0, 2) > 0); // some were refreshed by later reports
        QCOMPARE(staleRows(*db), std::int64_t(0));
        auto all = store->events({});
        CHECK_OK(all);
        Event edited = all->front();
        edited.title = "Quarantined harbour";
        CHECK_OK(store->updateEvent(edited));
        QCOMPARE(staleRows(*db), std::int64_t(0));
        EventQuery q;
        q.text = "quarantined";
        auto matched = store->events(q);
        CHECK_OK(matched);
        QCOMPARE(idsOf(*matched), std::vector<std::int64_t>{edited.id});
    }
};

QTEST_GUILESS_MAIN(TestPgStorySchema)
#include "tst_pg_story_schema.moc"

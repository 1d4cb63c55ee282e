// An import batch's touched events on PostgreSQL (PgImportWrite.cpp, PgStore::flushRefreshes):
// written once, at the batch's end, instead of once per article — but locked from the first
// article that touches them, so a colleague never sees or edits half of a batch; an event
// whose days move is written at once (the next article's candidates are searched by the
// server's days); another write in the batch writes them first. A private server
// (tests/common/TestPostgres), a database per test.
#include "TestPrinters.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "store/Store.h"
#include "store/pg/Pg.h"

#include <QtTest/QTest>

using namespace ct;
using ct::test::article;
using ct::test::told;

namespace {

// The curfew, told by one more outlet each time.
std::vector<Event> curfew(const char* day, int n) {
    return {told(day,
                 "President Ilian Varro ordered a night curfew in Koldan, outlet " +
                     std::to_string(n) + " said.",
                 0)};
}

struct Row {
    std::int64_t reportCount = -1, reports = -1, version = -1;
    std::int64_t start = -1, end = -1;
};

// The event's row as a colleague's connection sees it (committed rows only), and how many
// reports the server holds for it.
Row rowOf(pg::Connection& db, std::int64_t id) {
    auto rows = db.exec("SELECT report_count, (SELECT count(*) FROM reports WHERE event_id = e.id),"
                        " version, start_day, end_day FROM events e WHERE id = $1",
                        pg::Params().add(id));
    if (!rows || rows->empty())
        return {};
    return {rows->integer(0, 0), rows->integer(0, 1), rows->integer(0, 2), rows->integer(0, 3),
            rows->integer(0, 4)};
}

} // namespace

class TestPgBatchRefresh : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    std::string m_location;
    std::unique_ptr<Store> m_store;
    std::int64_t m_event = 0;
    std::int64_t m_version = 0;

  private slots:
    // A story with the curfew told once, committed.
    void init() {
        if (!m_server.isRunning())
            QSKIP(qPrintable(m_server.why()));
        m_location = m_server.freshDatabase();
        QVERIFY2(!m_location.empty(), qPrintable(m_server.why()));
        m_store = test::TestPostgres::open(m_location);
        QVERIFY(m_store);
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> told = curfew("2026-03-04", 0);
        CHECK_OK(m_store->addArticle(wire, told));
        m_event = told[0].id;
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        m_version = rowOf(*db, m_event).version;
        QVERIFY(m_version > 0);
    }

    // Three articles of one batch join the event: while the batch is open a colleague sees it
    // as committed and cannot lock it (an edit would wait for the batch); after the commit it
    // holds all four reports, counted, in one new row version rather than three.
    void aBatchWritesATouchedEventOnceAndHoldsItMeanwhile() {
        auto colleague = pg::Connection::open(m_location);
        CHECK_OK(colleague);
        CHECK_OK(m_store->beginImportBatch());
        for (int n = 1; n <= 3; ++n) {
            Article a = article("outlet" + std::to_string(n), "Outlet", "2026-03-05");
            std::vector<Event> events = curfew("2026-03-04", n);
            CHECK_OK(m_store->addArticle(a, events));
            QCOMPARE(events[0].id, m_event);
        }
        const Row during = rowOf(*colleague, m_event);
        QCOMPARE(during.reportCount, std::int64_t(1));
        QCOMPARE(during.reports, std::int64_t(1));
        QCOMPARE(during.version, m_version);
        const auto locked = colleague->exec("SELECT FROM events WHERE id = $1 FOR NO KEY UPDATE"
                                            " NOWAIT",
                                            pg::Params().add(m_event));
        QVERIFY(!locked.ok());
        QCOMPARE(colleague->lastSqlState(), std::string("55P03")); // lock_not_available
        CHECK_OK(m_store->commitImportBatch());
        const Row after = rowOf(*colleague, m_event);
        QCOMPARE(after.reportCount, std::int64_t(4));
        QCOMPARE(after.reports, std::int64_t(4));
        QCOMPARE(after.version, m_version + 1);
        auto e = m_store->event(m_event);
        CHECK_OK(e);
        QCOMPARE(e->reportCount, 4);
        QCOMPARE(e->sourceCount, 2); // "Wire" and "Outlet"
    }

    // A colleague's copy of the event from before the batch is stale after it: the edit is a
    // conflict and writes nothing, as when every article wrote the row.
    void aColleaguesEditFromBeforeTheBatchIsAConflict() {
        auto colleague = test::TestPostgres::open(m_location);
        QVERIFY(colleague);
        auto before = colleague->event(m_event);
        CHECK_OK(before);
        CHECK_OK(m_store->beginImportBatch());
        Article a = article("outlet1", "Outlet", "2026-03-05");
        std::vector<Event> events = curfew("2026-03-04", 1);
        CHECK_OK(m_store->addArticle(a, events));
        CHECK_OK(m_store->commitImportBatch());
        Event edited = *before;
        edited.title = "Curfew in Koldan";
        const auto conflict = colleague->updateEvent(edited);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code, Error::Code::Conflict);
        auto now = m_store->event(m_event);
        CHECK_OK(now);
        QVERIFY(now->title != edited.title);
        QCOMPARE(now->reportCount, 2);
    }

    // Another write inside the batch (an edit through the importing store) writes the
    // deferred refreshes first: it edits the event as the batch left it, and both last.
    void anotherWriteInTheBatchWritesThemFirst() {
        CHECK_OK(m_store->beginImportBatch());
        Article a = article("outlet1", "Outlet", "2026-03-05");
        std::vector<Event> events = curfew("2026-03-04", 1);
        CHECK_OK(m_store->addArticle(a, events));
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        Event visit = told("2026-03-20", "Ilian Varro visited Koldan.", 0);
        CHECK_OK(m_store->insertEvent(visit));
        CHECK_OK(m_store->commitImportBatch());
        const Row after = rowOf(*db, m_event);
        QCOMPARE(after.reportCount, std::int64_t(2));
        QCOMPARE(after.version, m_version + 1);
        QCOMPARE(*m_store->eventCount(), std::int64_t(2));
    }

    // An abandoned batch writes nothing of what it deferred: the event is as committed.
    void anAbandonedBatchWritesNothing() {
        CHECK_OK(m_store->beginImportBatch());
        Article a = article("outlet1", "Outlet", "2026-03-05");
        std::vector<Event> events = curfew("2026-03-04", 1);
        CHECK_OK(m_store->addArticle(a, events));
        m_store->abandonImportBatch();
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        const Row after = rowOf(*db, m_event);
        QCOMPARE(after.reportCount, std::int64_t(1));
        QCOMPARE(after.reports, std::int64_t(1));
        QCOMPARE(after.version, m_version);
        // The next batch reads the event as the server has it.
        CHECK_OK(m_store->beginImportBatch());
        Article b = article("outlet2", "Outlet", "2026-03-05");
        std::vector<Event> more = curfew("2026-03-04", 2);
        CHECK_OK(m_store->addArticle(b, more));
        CHECK_OK(m_store->commitImportBatch());
        QCOMPARE(rowOf(*db, m_event).reportCount, std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestPgBatchRefresh)
#include "tst_pg_batch_refresh.moc"

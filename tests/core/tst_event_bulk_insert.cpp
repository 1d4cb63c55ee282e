#include "TestPrinters.h"
#include "store/EventBulkInsert.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "synth/EventGenerator.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;

class TestEventBulkInsert : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<EventStore> m_store;

    // The schema as SQLite keeps it: every table, index and trigger with its definition.
    QStringList schema() {
        auto db = sql::Connection::open(m_path.toStdString(), sql::Connection::Mode::ReadOnly);
        if (!db)
            qFatal("%s", db.error().message.c_str());
        auto stmt = db->prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '')"
                                " FROM sqlite_schema ORDER BY name");
        QStringList out;
        while (stmt.ok() && *stmt->step())
            out << QString::fromStdString(stmt->columnText(0));
        return out;
    }

    Event handMade(const char* title, const char* day) {
        Event e;
        e.title = title;
        e.sentence = std::string(title) + ".";
        e.when = singleDay(isoDate(day));
        e.actors = {"Hand Actor"};
        e.userCreated = true;
        return e;
    }

  private slots:
    void init() {
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".db");
        auto store = EventStore::open(m_path.toStdString());
        QVERIFY(store.ok());
        m_store.emplace(std::move(*store));
    }
    void cleanup() { m_store.reset(); }

    void rollbackLeavesAnEmptyStoreAsItWas() {
        const QStringList before = schema();
        {
            auto bulk = EventBulkInsert::begin(*m_store);
            QVERIFY(bulk.ok());
            QVERIFY(bulk->add(EventGenerator(1).generate(500)).ok());
            QCOMPARE(bulk->added(), std::int64_t(500));
        } // not committed
        QCOMPARE(*m_store->eventCount(), std::int64_t(0));
        // The indexes dropped for the load are back, exactly as they were.
        QCOMPARE(schema(), before);
        // And the store works as before: an insert lands in the window index.
        Event e = handMade("After the rollback", "2022-01-06");
        QVERIFY(m_store->insertEvent(e).ok());
        const auto hits = m_store->overlapping(toDayNumber(isoDate("2022-01-06")),
                                               toDayNumber(isoDate("2022-01-06")));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), std::size_t(1));
    }

    void appendsToAStoreThatHasEvents() {
        Event first = handMade("Before the load", "2001-01-01");
        QVERIFY(m_store->insertEvent(first).ok());
        const QStringList before = schema();
        auto bulk = EventBulkInsert::begin(*m_store);
        QVERIFY(bulk.ok());
        const auto events = EventGenerator(2).generate(1000);
        QVERIFY(bulk->add(events).ok());
        auto committed = bulk->commit();
        QVERIFY(committed.ok());
        QCOMPARE(*committed, std::int64_t(1000));
        QCOMPARE(*m_store->eventCount(), std::int64_t(1001));
        QCOMPARE(schema(), before);
        // Every new event is in the window index and the full-text index; the old one too.
        auto all = m_store->overlapping(0, std::numeric_limits<DayNumber>::max());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(1001));
        EventQuery byTitle;
        byTitle.text = "Before the load";
        QCOMPARE(m_store->timelineSpans(byTitle)->size(), std::size_t(1));
        byTitle.text = events.back().title;
        QVERIFY(!m_store->timelineSpans(byTitle)->empty());
        // A second commit is refused rather than committing nothing twice.
        QVERIFY(!bulk->commit().ok());
    }

    void rollbackAfterEventsKeepsOnlyThem() {
        Event first = handMade("Kept", "2001-01-01");
        QVERIFY(m_store->insertEvent(first).ok());
        {
            auto bulk = EventBulkInsert::begin(*m_store);
            QVERIFY(bulk.ok());
            QVERIFY(bulk->add(EventGenerator(3).generate(300)).ok());
        }
        QCOMPARE(*m_store->eventCount(), std::int64_t(1));
        QCOMPARE(m_store->overlapping(0, std::numeric_limits<DayNumber>::max())->size(),
                 std::size_t(1));
        QCOMPARE(*m_store->actorNames(), (std::map<std::int32_t, std::string>{{1, "Hand Actor"}}));
    }

    void readOnlyStoreRefuses() {
        m_store.reset();
        auto store = EventStore::open(m_path.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        auto bulk = EventBulkInsert::begin(*store);
        QVERIFY(!bulk.ok());
        QVERIFY(bulk.error().message.find("read-only") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEventBulkInsert)
#include "tst_event_bulk_insert.moc"

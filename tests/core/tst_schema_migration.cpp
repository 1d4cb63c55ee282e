// Schema migrations from databases made by earlier versions, built here from the SQL those
// versions shipped (a shipped step never changes), with user edits in them.
#include "TestPrinters.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;

namespace {

// Schema version 1, as shipped.
constexpr const char* kV1 = R"sql(
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    lede TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    published_day INTEGER,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles(published_day);

CREATE TABLE article_tags(
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY(article_id, position)
) WITHOUT ROWID;

CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    start_day INTEGER NOT NULL,
    end_day INTEGER NOT NULL,
    precision TEXT NOT NULL CHECK(precision IN ('day', 'month', 'year', 'range')),
    fuzzy INTEGER NOT NULL DEFAULT 0 CHECK(fuzzy IN (0, 1)),
    title TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    sentence_begin INTEGER NOT NULL DEFAULT 0,
    sentence_end INTEGER NOT NULL DEFAULT 0,
    date_text TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1.0,
    user_created INTEGER NOT NULL DEFAULT 0 CHECK(user_created IN (0, 1)),
    user_edited INTEGER NOT NULL DEFAULT 0 CHECK(user_edited IN (0, 1)),
    primary_actor_id INTEGER,
    primary_place_id INTEGER,
    CHECK(end_day >= start_day)
);
CREATE INDEX events_by_start ON events(start_day);
CREATE INDEX events_by_article ON events(article_id);
CREATE INDEX events_by_end ON events(end_day);

CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

CREATE TABLE event_actors(
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    PRIMARY KEY(event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors(actor_id, event_id);
CREATE TABLE event_places(
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    place_id INTEGER NOT NULL REFERENCES places(id),
    PRIMARY KEY(event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_places_by_place ON event_places(place_id, event_id);

CREATE VIRTUAL TABLE events_window USING rtree_i32(id, start_day, end_day);

CREATE VIRTUAL TABLE events_fts USING fts5(
    title, sentence, content='events', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER events_after_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_window WHERE id = old.id;
    INSERT INTO events_fts(events_fts, rowid, title, sentence)
        VALUES ('delete', old.id, old.title, old.sentence);
END;
CREATE TRIGGER events_after_update_days AFTER UPDATE OF start_day, end_day ON events BEGIN
    UPDATE events_window SET start_day = new.start_day, end_day = new.end_day WHERE id = new.id;
END;
CREATE TRIGGER events_after_update_text AFTER UPDATE OF title, sentence ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, title, sentence)
        VALUES ('delete', old.id, old.title, old.sentence);
    INSERT INTO events_fts(rowid, title, sentence) VALUES (new.id, new.title, new.sentence);
END;
)sql";

// Version 2, as shipped: the covering timeline index.
constexpr const char* kV2 = R"sql(
CREATE INDEX events_timeline ON events(start_day, end_day, precision, fuzzy, user_edited,
    article_id, primary_actor_id, primary_place_id);
DROP INDEX events_by_start;
)sql";

// Two articles; three extracted events (one of them edited by the user), one event the user
// added by hand; actors and places linked.
constexpr const char* kData = R"sql(
INSERT INTO articles(id, content_hash, title, source, published_day, text, imported_at)
    VALUES (1, 'hash-one', 'Troops arrive', 'Wire', 2459586, 'Troops arrive. Text.', 'now'),
           (2, 'hash-two', 'Order given', 'Paper', 2459587, 'Order given. Text.', 'now');
INSERT INTO events(id, article_id, start_day, end_day, precision, title, sentence,
    sentence_begin, sentence_end, date_text, resolution, user_created, user_edited,
    primary_actor_id)
    VALUES (1, 1, 2459585, 2459585, 'day', 'Troops arrive', 'Troops arrived on Thursday.', 0,
            27, 'on Thursday', 'Thursday', 0, 0, 1),
           (2, 2, 2459586, 2459586, 'day', 'My own title', 'The order was given on Friday.', 0,
            30, 'on Friday', 'Friday', 0, 1, NULL),
           (3, 2, 2459587, 2459587, 'day', 'Talks held', 'Talks were held on Saturday.', 31,
            59, 'on Saturday', 'Saturday', 0, 0, NULL),
           (4, NULL, 2459590, 2459592, 'range', 'My note', '', 0, 0, '', '', 1, 1, NULL);
INSERT INTO actors(id, name) VALUES (1, 'CSTO');
INSERT INTO event_actors(event_id, position, actor_id) VALUES (1, 0, 1);
INSERT INTO events_window(id, start_day, end_day) SELECT id, start_day, end_day FROM events;
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
)sql";

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto& r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().message.c_str());                              \
    } while (false)

} // namespace

class TestSchemaMigration : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;

    QString makeDatabase(const QString& name, int version) {
        const QString path = m_dir.filePath(name);
        auto db = sql::Connection::open(path.toStdString(), sql::Connection::Mode::ReadWriteCreate);
        if (!db)
            qFatal("open: %s", db.error().message.c_str());
        std::string sqlText = kV1;
        if (version >= 2)
            sqlText += kV2;
        sqlText += kData;
        sqlText += "PRAGMA user_version = " + std::to_string(version) +
                   "; PRAGMA application_id = 1129605485;";
        if (auto r = db->exec(sqlText); !r)
            qFatal("schema %d: %s", version, r.error().message.c_str());
        return path;
    }

  private slots:
    void keepsEveryEventAndEdit_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("from schema 1") << 1;
        QTest::newRow("from schema 2") << 2;
    }
    void keepsEveryEventAndEdit() {
        QFETCH(int, version);
        const QString path = makeDatabase(QStringLiteral("v%1.db").arg(version), version);
        auto store = EventStore::open(path.toStdString());
        CHECK_OK(store);
        QCOMPARE(store->schemaVersion(), 3);
        auto events = store->events({});
        CHECK_OK(events);
        QCOMPARE(events->size(), std::size_t(4));
        // Every old event is an event with one report, its own words and date.
        for (const Event& e : *events) {
            auto reports = store->reports(e.id);
            CHECK_OK(reports);
            QCOMPARE(reports->size(), std::size_t(1));
            QCOMPARE(reports->front().sentence, e.sentence);
            QCOMPARE(reports->front().when, e.when);
            QCOMPARE(e.reportCount, 1);
            QCOMPARE(e.sourceCount, 1);
        }
        auto edited = store->event(2);
        CHECK_OK(edited);
        QVERIFY(edited->userEdited);
        QCOMPARE(edited->title, std::string("My own title"));
        QCOMPARE(edited->firstReported, fromDayNumber(2459587));
        auto reports = store->reports(2);
        CHECK_OK(reports);
        QCOMPARE(reports->front().outlet, std::string("Paper"));
        QCOMPARE(reports->front().published, fromDayNumber(2459587));
        auto note = store->event(4);
        CHECK_OK(note);
        QVERIFY(note->userCreated);
        QCOMPARE(store->reports(4)->front().origin, Report::Origin::User);
        auto first = store->event(1);
        CHECK_OK(first);
        QCOMPARE(first->actors, std::vector<std::string>{"CSTO"});
        // The timeline's covering index and the window index still answer.
        auto spans = store->timelineSpans();
        CHECK_OK(spans);
        QCOMPARE(spans->size(), std::size_t(4));
        QCOMPARE(spans->front().sourceCount, std::uint16_t(1));
        QCOMPARE(store->overlapping(2459586, 2459586)->size(), std::size_t(1));
        // Full-text search reaches reports' sentences.
        EventQuery q;
        q.text = "talks";
        QCOMPARE(store->events(q)->size(), std::size_t(1));
        // The articles' new columns exist and read empty.
        auto article = store->article(1);
        CHECK_OK(article);
        QCOMPARE(article->url, std::string());
        // A re-resolution of an old article keeps the user's edited event.
        std::vector<Event> none;
        CHECK_OK(store->reResolveArticle(2, fromDayNumber(2459588), none));
        QVERIFY(store->event(2).ok());
        QVERIFY(!store->event(3).ok());
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schema_migration.moc"

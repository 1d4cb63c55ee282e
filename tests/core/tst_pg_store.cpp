// What a shared PostgreSQL story adds to the store: two clients on one server see each other's
// writes through the change feed, a stale edit is a conflict and writes nothing, who did what
// is recorded, a read-only role cannot write, and the window and text queries answer as on
// SQLite. One private server for the program (tests/common/TestPostgres), a database per test.
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

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <algorithm>
#include <limits>
#include <poll.h>
#include <set>
#include <string_view>

using namespace ct;
using ct::test::article;
using ct::test::told;

namespace {

Article article(const std::string& hash, const char* published) {
    Article a;
    a.contentHash = hash;
    a.title = "Article " + hash;
    a.source = "Outlet " + hash;
    a.published = isoDate(published);
    a.text = "text of " + hash;
    return a;
}

// Waits (poll on the feed's socket, as the window's QSocketNotifier does) until the feed has
// something, for at most `ms`.
std::vector<StoreChange> waitForChanges(ChangeFeed& feed, int ms) {
    std::vector<StoreChange> out;
    for (int waited = 0; waited <= ms && out.empty(); waited += 100) {
        pollfd fd{feed.socket(), POLLIN, 0};
        ::poll(&fd, 1, 100);
        auto changes = feed.take();
        if (!changes)
            break;
        out = std::move(*changes);
    }
    return out;
}

// A story as comparable lines: what a copy must keep. `whoAndVersion` adds what only a server
// story records (SQLite keeps no row versions, importers or editors).
std::vector<std::string> linesOf(const StoryDump& d, bool whoAndVersion) {
    std::vector<std::string> out;
    for (const Article& a : d.articles) {
        std::string tags;
        for (const std::string& t : a.tags)
            tags += t + ",";
        out.push_back("article " + std::to_string(a.id) + " " + a.contentHash + " " + a.title +
                      " " + toText(singleDay(a.published)) + " " + a.text + " [" + tags + "] " +
                      a.importedAt + (whoAndVersion ? " " + a.importedBy : ""));
    }
    for (const Event& e : d.events) {
        std::string names;
        for (const auto* list : {&e.actors, &e.places})
            for (const std::string& n : *list)
                names += n + ",";
        out.push_back("event " + std::to_string(e.id) + " " + toText(e.when) + " " + e.title + " " +
                      e.sentence + " " + std::to_string(e.articleId) + " " +
                      std::to_string(e.userCreated) + std::to_string(e.userEdited) +
                      std::to_string(e.dateDisputed) + " " + std::to_string(e.reportCount) + "/" +
                      std::to_string(e.sourceCount) + " [" + names + "]" +
                      (whoAndVersion ? " v" + std::to_string(e.version) + " " + e.editedBy : ""));
    }
    for (const auto& [r, key] : d.reports)
        out.push_back("report " + std::to_string(r.id) + " of " + std::to_string(r.eventId) + " " +
                      key + " " + toText(r.when) + " " + r.sentence + " " + r.outlet);
    for (const StoryDecision& x : d.decisions)
        out.push_back("decision " + std::to_string(int(x.kind)) + " " + x.a + " " + x.b);
    for (const std::string& k : d.chosenDates)
        out.push_back("chosen " + k);
    std::sort(out.begin(), out.end());
    return out;
}

// What merging decided, as text, without ids (a sequence on the server never hands out an id a
// rolled-back file had; SQLite reuses it): every event's days, counts, text and names, and
// its reports in the store's order.
std::string storyOf(Store& store) {
    std::string out;
    auto events = store.events({});
    if (!events)
        return "error: " + events.error().message;
    for (const Event& e : *events) {
        out += toText(e.when) + " r" + std::to_string(e.reportCount) + " s" +
               std::to_string(e.sourceCount) + (e.dateDisputed ? " disputed " : " ") + e.title +
               " | " + e.sentence.substr(0, 40) + " |";
        for (const std::string& a : e.actors)
            out += " @" + a;
        for (const std::string& p : e.places)
            out += " #" + p;
        auto reports = store.reports(e.id);
        if (!reports)
            return "error: " + reports.error().message;
        for (const Report& r : *reports)
            out += "\n    " + toText(r.when) + " " + r.outlet + " " + r.sentence.substr(0, 60);
        out += "\n";
    }
    return out;
}

// Imports the texts into `store` through the importer, in batches of 16 as the command line
// does; `failing` adds, after every 7th text, an article whose second event has no date, which
// the store must refuse whole.
std::string importAll(Store& store, const Gazetteer& gazetteer,
                      const std::vector<std::string>& texts, bool failing) {
    Importer importer(store, gazetteer);
    ImportBatch batch(store, 16);
    int broken = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (!batch.beforeFile())
            return "error: batch";
        auto imported = importer.importText(texts[i], "article" + std::to_string(i) + ".txt");
        if (!imported)
            return "error: " + imported.error().message;
        if (!batch.afterFile())
            return "error: batch";
        if (!failing || i % 7 != 3)
            continue;
        if (!batch.beforeFile())
            return "error: batch";
        Article article;
        article.contentHash = "broken-" + std::to_string(++broken);
        article.title = "Broken";
        article.published = Date(2022, 1, 12);
        std::vector<Event> events(2);
        events[0].when = singleDay(Date(2022, 1, 12));
        events[0].title = events[0].sentence =
            "Joe Biden met officials in Almaty on Wednesday, officials said.";
        events[0].actors = {"Joe Biden"};
        events[0].places = {"Almaty"};
        events[1] = events[0];
        events[1].when = DateSpan();
        if (store.addArticle(article, events))
            return "error: a broken article was stored";
        if (!batch.afterFile())
            return "error: batch";
    }
    if (!batch.finish())
        return "error: batch";
    return storyOf(store);
}

} // namespace

class TestPgStore : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;
    QTemporaryDir m_dir;
    std::string m_location;
    int m_files = 0;

    std::unique_ptr<Store> open(Store::Mode mode = Store::Mode::ReadWriteCreate) {
        return test::TestPostgres::open(m_location, mode);
    }

    // A store of either engine, for the rows that compare them.
    std::unique_ptr<Store> openEngine(const QString& engine) {
        if (engine == QLatin1String("postgresql"))
            return open();
        return test::TestPostgres::open(
            m_dir.filePath(QStringLiteral("s%1.db").arg(++m_files)).toStdString());
    }

  private slots:
    void init() { m_location = test::freshDatabaseOrSkip(m_server); }

    void opensAServerLocationAsPostgres() {
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->engine(), std::string("postgresql"));
        QCOMPARE(store->schemaVersion(), pg::kSchemaVersion);
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->analyst(), std::string("postgres")); // the server role by default
        // A second client opens the migrated database as it is.
        auto second = open();
        QVERIFY(second);
        QCOMPARE(second->schemaVersion(), pg::kSchemaVersion);
    }

    void refusesAnotherProgramsDatabase() {
        QVERIFY(m_server.exec(m_location.substr(m_location.rfind('=') + 1),
                              "CREATE TABLE invoices(id integer)"));
        auto store = openStore(m_location);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, Error::Code::Unsupported);
        QVERIFY2(store.error().message.find("other tables") != std::string::npos,
                 store.error().message.c_str());
    }

    void messagesNeverShowThePassword_data() {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("uri") << "postgresql://ana:s3cret@db.example/story"
                             << "postgresql://ana@db.example/story";
        QTest::newRow("keywords") << "host=db dbname=story password=s3cret user=ana"
                                  << "host=db dbname=story user=ana";
        QTest::newRow("quoted keyword") << "host=db password='s3 cret' dbname=story"
                                        << "host=db dbname=story";
        QTest::newRow("uri query") << "postgresql://db/story?password=s3cret&sslmode=require"
                                   << "postgresql://db/story?sslmode=require";
    }
    void messagesNeverShowThePassword() {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(pg::withoutPassword(location.toStdString())), shown);
    }

    void unreachableServerIsAClearError() {
        auto store = openStore("host=127.0.0.1 port=1 dbname=story user=ana password=s3cret"
                               " connect_timeout=2");
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, Error::Code::Database);
        QVERIFY(store.error().message.find("cannot connect") != std::string::npos);
        QVERIFY(store.error().message.find("s3cret") == std::string::npos);
    }

    void secondClientHearsImportsAndEdits() {
        auto alice = open();
        auto bob = open();
        QVERIFY(alice && bob);
        alice->setAnalyst("alice");
        auto feed = bob->openChangeFeed();
        CHECK_OK(feed);
        QVERIFY(*feed);
        Article a = article("one", "2026-03-04");
        std::vector<Event> events{
            told("2026-03-04", "Ilian Varro ordered a curfew on Wednesday.", 0)};
        CHECK_OK(alice->addArticle(a, events));
        auto changes = waitForChanges(**feed, 5000);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].kind, StoreChange::Kind::Import);
        QCOMPARE(changes[0].analyst, std::string("alice"));
        QCOMPARE(*bob->eventCount(), std::int64_t(1));

        auto e = alice->event(events[0].id);
        CHECK_OK(e);
        e->title = "Curfew in Koldan";
        CHECK_OK(alice->updateEvent(*e));
        changes = waitForChanges(**feed, 5000);
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].kind, StoreChange::Kind::Edit);
        QCOMPARE(changes[0].eventIds, std::vector<std::int64_t>{events[0].id});
        QCOMPARE(bob->event(events[0].id)->title, std::string("Curfew in Koldan"));
        QCOMPARE(bob->event(events[0].id)->editedBy, std::string("alice"));
        QVERIFY(!bob->event(events[0].id)->editedAt.empty());
        QCOMPARE(bob->article(a.id)->importedBy, std::string("alice"));

        // A rolled-back write is never announced.
        CHECK_OK(alice->beginImportBatch());
        Article b = article("two", "2026-03-05");
        std::vector<Event> more{told("2026-03-05", "Talks opened in Koldan on Thursday.", 0)};
        CHECK_OK(alice->addArticle(b, more));
        alice->abandonImportBatch();
        QVERIFY(waitForChanges(**feed, 300).empty());
    }

    void staleEditIsAConflictAndWritesNothing() {
        auto alice = open();
        auto bob = open();
        QVERIFY(alice && bob);
        alice->setAnalyst("alice");
        bob->setAnalyst("bob");
        Event e = told("2026-03-04", "Ilian Varro ordered a curfew on Wednesday.", 0);
        CHECK_OK(alice->insertEvent(e));
        auto aliceCopy = alice->event(e.id);
        auto bobCopy = bob->event(e.id);
        CHECK_OK(aliceCopy);
        CHECK_OK(bobCopy);
        QCOMPARE(aliceCopy->version, bobCopy->version);
        aliceCopy->title = "Alice's title";
        CHECK_OK(alice->updateEvent(*aliceCopy));
        bobCopy->title = "Bob's title";
        bobCopy->when = singleDay(isoDate("2026-03-05"));
        auto conflict = bob->updateEvent(*bobCopy);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code, Error::Code::Conflict);
        const std::string& message = conflict.error().message;
        QVERIFY2(message.find("Alice's title") != std::string::npos, message.c_str());
        QVERIFY2(message.find("Bob's title") != std::string::npos, message.c_str());
        QVERIFY2(message.find("alice") != std::string::npos, message.c_str());
        QVERIFY2(message.find("2026-03-05") != std::string::npos, message.c_str());
        auto stored = bob->event(e.id);
        QCOMPARE(stored->title, std::string("Alice's title"));
        QCOMPARE(stored->when.start, isoDate("2026-03-04"));
        // Having read the current version, Bob's edit goes through.
        stored->title = "Bob's title";
        CHECK_OK(bob->updateEvent(*stored));
        QCOMPARE(alice->event(e.id)->title, std::string("Bob's title"));
        QCOMPARE(alice->event(e.id)->editedBy, std::string("bob"));
    }

    void readOnlyRoleCannotWrite() {
        {
            auto owner = open();
            QVERIFY(owner);
            Event e = told("2026-03-04", "Ilian Varro ordered a curfew on Wednesday.", 0);
            CHECK_OK(owner->insertEvent(e));
        }
        const std::string database = m_location.substr(m_location.rfind('=') + 1);
        QVERIFY2(m_server.exec(database, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE"
                                         " rolname = 'reader') THEN CREATE ROLE reader LOGIN;"
                                         " END IF; END $$; GRANT SELECT ON ALL TABLES IN SCHEMA"
                                         " public TO reader"),
                 qPrintable(m_server.why()));
        std::string asReader = m_location;
        asReader.replace(asReader.find("user=postgres"), 13, "user=reader");
        auto reader = openStore(asReader);
        CHECK_OK(reader);
        QVERIFY((*reader)->isReadOnly());
        QCOMPARE((*reader)->eventCount().value(), std::int64_t(1));
        Event e = told("2026-03-05", "Talks opened in Koldan on Thursday.", 0);
        auto refused = (*reader)->insertEvent(e);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("read-only") != std::string::npos,
                 refused.error().message.c_str());
    }

    // The window's index (schema 3) scans each duration class from its longest duration
    // before the window: an event of a class's longest or shortest duration is found from
    // its first day to its last, and not a day outside.
    void windowFindsEventsAtEveryDurationClassEdge_data() {
        QTest::addColumn<int>("days");
        for (const int d :
             {0, 1, 2, 3, 4, 7, 8, 31, 32, 365, 511, 512, 4095, 4096, 32767, 32768, 40000})
            QTest::newRow(qPrintable(QStringLiteral("%1 days").arg(d))) << d;
    }
    void windowFindsEventsAtEveryDurationClassEdge() {
        QFETCH(int, days);
        auto store = open();
        QVERIFY(store);
        Event e = told("1900-01-01", "The long dispute lasted.", 0);
        e.when.end = e.when.start + boost::gregorian::days(days);
        e.when.precision = Precision::Range;
        CHECK_OK(store->insertEvent(e));
        const DayNumber first = toDayNumber(e.when.start), last = toDayNumber(e.when.end);
        const auto found = [&](DayNumber from, DayNumber to) {
            auto hits = store->overlapping(from, to);
            return hits.ok() && hits->size() == 1 && hits->front().id == e.id &&
                   hits->front().start == first && hits->front().end == last;
        };
        QVERIFY(found(last, last + 3));   // its last day
        QVERIFY(found(first - 3, first)); // its first day
        QVERIFY(found(first + days / 2, first + days / 2));
        QVERIFY(found(0, std::numeric_limits<DayNumber>::max()));
        QVERIFY(!found(last + 1, last + 40));
        QVERIFY(!found(first - 40, first - 1));
        QVERIFY(store->overlapping(last + 1, last + 40)->empty());
    }

    // A story a schema-3 version left on the server: opening it migrates the window's index to
    // the packed form (schema 4), and the window finds the same events as the rows say.
    void schema3StoryMigratesItsWindowIndex() {
        {
            auto db = pg::Connection::open(m_location);
            CHECK_OK(db);
            auto v3 = pg::migrate(*db, 0, 3);
            CHECK_OK(v3);
            QCOMPARE(*v3, 3);
            // Durations from single days to decades, starts around one month of 2026.
            QVERIFY(db->script("INSERT INTO events(start_day, end_day, precision, title)"
                               " SELECT 2461000 + (g * 7) % 60, 2461000 + (g * 7) % 60 + d,"
                               " 'range', 'Event ' || g FROM generate_series(1, 40) g,"
                               " unnest('{0,1,3,30,365,5000,40000}'::integer[]) d")
                        .ok());
        }
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), pg::kSchemaVersion);
        auto db = pg::Connection::open(m_location);
        CHECK_OK(db);
        auto index = db->exec("SELECT indexdef FROM pg_indexes WHERE indexname = 'events_by_span'");
        CHECK_OK(index);
        QCOMPARE(index->size(), 1);
        QVERIFY2(index->text(0, 0).find("int8send(id)") != std::string::npos,
                 index->text(0, 0).c_str());
        auto all = db->exec("SELECT id, start_day, end_day FROM events");
        CHECK_OK(all);
        QCOMPARE(all->size(), 280);
        for (const auto& [first, last] :
             {std::pair(2461000, 2461000), std::pair(2460990, 2461010), std::pair(2461070, 2461500),
              std::pair(2400000, 2460000), std::pair(2461059, 2461059)}) {
            std::set<std::int64_t> expected;
            for (int i = 0; i < all->size(); ++i)
                if (all->integer(i, 1) <= last && all->integer(i, 2) >= first)
                    expected.insert(all->integer(i, 0));
            auto found = store->overlapping(first, last);
            CHECK_OK(found);
            std::set<std::int64_t> ids;
            for (const EventDays& d : *found)
                ids.insert(d.id);
            QCOMPARE(found->size(), expected.size());
            QVERIFY(ids == expected);
        }
    }

    void queriesAnswerAsOnSqlite_data() {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }
    void queriesAnswerAsOnSqlite() {
        QFETCH(QString, engine);
        auto store = openEngine(engine);
        QVERIFY(store);
        Event longOne = told("2026-01-01", "The siege of Koldan lasted months.", 0, {"Army"});
        longOne.when.end = isoDate("2026-06-30");
        longOne.when.precision = Precision::Range;
        CHECK_OK(store->insertEvent(longOne));
        Event curfew = told("2026-03-04", "Ilian Varro ordered a curfew on Wednesday.", 0);
        CHECK_OK(store->insertEvent(curfew));
        Event talks = told("2026-08-01", "Talks opened in Vesna on Saturday.", 0, {"Mediators"});
        CHECK_OK(store->insertEvent(talks));

        EventQuery march;
        march.from = isoDate("2026-03-01");
        march.to = isoDate("2026-03-31");
        auto inMarch = store->events(march);
        CHECK_OK(inMarch);
        QCOMPARE(inMarch->size(), std::size_t(2)); // the long siege overlaps March
        QCOMPARE(inMarch->front().id, longOne.id); // start order
        QCOMPARE(inMarch->back().actors, std::vector<std::string>{"Ilian Varro"});
        auto days = store->overlapping(toDayNumber(isoDate("2026-07-01")),
                                       toDayNumber(isoDate("2026-08-01")));
        CHECK_OK(days);
        QCOMPARE(days->size(), std::size_t(1));
        QCOMPARE(days->front().id, talks.id);
        QCOMPARE(days->front().start, toDayNumber(isoDate("2026-08-01")));
        QCOMPARE(days->front().end, toDayNumber(isoDate("2026-08-01")));

        EventQuery text;
        text.text = "curf"; // the last word is a prefix, as the user types
        auto found = store->events(text);
        CHECK_OK(found);
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().id, curfew.id);
        text.text = "\"' & | ! :*)"; // no word: nothing, and no syntax error
        CHECK_OK(store->events(text));
        QVERIFY(store->events(text)->empty());

        EventQuery byActor;
        byActor.actor = "Mediators";
        QCOMPARE(store->events(byActor)->size(), std::size_t(1));
        QCOMPARE(store->timelineEntries({})->size(), std::size_t(3));
        QCOMPARE(store->timelineSpans({})->front().id, longOne.id);
        QCOMPARE(*store->titles({talks.id, 999999, curfew.id}),
                 (std::vector<std::string>{talks.title, "", curfew.title}));
        auto extent = store->extent();
        CHECK_OK(extent);
        QCOMPARE((*extent)->first, isoDate("2026-01-01"));
        QCOMPARE((*extent)->second, isoDate("2026-08-01"));
        QCOMPARE(store->actorNames()->size(), std::size_t(3));
        QCOMPARE(*store->reportCount(), std::int64_t(3));
        CHECK_OK(store->deleteEvent(talks.id));
        QCOMPARE(*store->eventCount(), std::int64_t(2));
        QCOMPARE(store->deleteEvent(talks.id).error().code, Error::Code::NotFound);
    }

    void copiesAStoryBothWaysWhole() {
        // A story with what a copy must keep: merged reports, a split, a chosen date, a user's
        // own event and an edit.
        auto file = openEngine(QStringLiteral("sqlite"));
        QVERIFY(file);
        Article wire = article("wire", "2026-03-04");
        wire.tags = {"curfew", "koldan"};
        std::vector<Event> a{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0),
            told("2026-03-04", "The European Union warned Ilian Varro on Wednesday against force.",
                 80)};
        CHECK_OK(file->addArticle(wire, a));
        Article radio = article("radio", "2026-03-05");
        std::vector<Event> b{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0),
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday again.",
                 70)};
        CHECK_OK(file->addArticle(radio, b));
        auto reports = file->reports(a[0].id);
        CHECK_OK(reports);
        QVERIFY(reports->size() >= 2);
        CHECK_OK(file->chooseDate(a[0].id, reports->back().id));
        CHECK_OK(file->markDistinct(a[0].id, a[1].id));
        Event mine = told("2026-03-08", "Analyst's note: curfew extended.", 0, {"Analyst"});
        CHECK_OK(file->insertEvent(mine));
        auto edited = file->event(a[1].id);
        edited->title = "EU warning";
        CHECK_OK(file->updateEvent(*edited));
        auto original = dumpStory(*file);
        CHECK_OK(original);
        QVERIFY(!original->decisions.empty());
        QCOMPARE(original->chosenDates.size(), std::size_t(1));
        QVERIFY(original->reports.size() > original->events.size()); // some merged

        auto server = open();
        QVERIFY(server);
        CHECK_OK(copyStory(*file, *server));
        auto onServer = dumpStory(*server);
        CHECK_OK(onServer);
        QCOMPARE(linesOf(*onServer, false), linesOf(*original, false));
        // The copy goes on as a story: a new import gets fresh ids and merges as usual.
        Article later = article("later", "2026-03-06");
        std::vector<Event> c{
            told("2026-03-06", "Ilian Varro kept the night curfew in Koldan on Friday.", 0)};
        CHECK_OK(server->addArticle(later, c));
        QVERIFY(later.id > radio.id);
        CHECK_OK(server->deleteEvent(c[0].id));
        CHECK_OK(server->event(mine.id));
        // A non-empty target is refused, and left as it was, unless replaced.
        auto refused = copyStory(*file, *server);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("already holds") != std::string::npos,
                 refused.error().message.c_str());
        auto edit = server->event(a[1].id);
        edit->title = "EU warning, on the server";
        CHECK_OK(server->updateEvent(*edit));
        auto serverStory = dumpStory(*server);
        CHECK_OK(serverStory);

        // And back, into a fresh file; then over an existing one with replace.
        auto back = openEngine(QStringLiteral("sqlite"));
        QVERIFY(back);
        CHECK_OK(copyStory(*server, *back));
        auto roundTrip = dumpStory(*back);
        CHECK_OK(roundTrip);
        QCOMPARE(linesOf(*roundTrip, false), linesOf(*serverStory, false));
        QCOMPARE(back->event(a[1].id)->title, std::string("EU warning, on the server"));
        CHECK_OK(copyStory(*file, *back, true));
        QCOMPARE(linesOf(*dumpStory(*back), false), linesOf(*original, false));

        // Server to server keeps who did what and the row versions too.
        m_location = m_server.freshDatabase();
        auto second = open();
        QVERIFY(second);
        CHECK_OK(copyStory(*server, *second));
        QCOMPARE(linesOf(*dumpStory(*second), true), linesOf(*serverStory, true));
    }

    void importMergesAsOnSqlite_data() {
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("spanDays");
        QTest::addColumn<bool>("withStory");
        QTest::addColumn<bool>("withFailures");
        QTest::addColumn<bool>("withBridges"); // tests/data/story-bridge: reports merge events
        // Each generated article again with a line added: every sentence a republished copy.
        QTest::addColumn<bool>("withCopies");
        QTest::newRow("the test story") << 0 << 1 << true << false << false << false;
        QTest::newRow("generated, few days: large pools")
            << 60 << 4 << false << false << false << false;
        QTest::newRow("generated over a year: sparse pools")
            << 80 << 365 << false << false << false << false;
        QTest::newRow("story and generated, failing files rolled back")
            << 40 << 6 << true << true << false << false;
        QTest::newRow("reports bridging events, then more")
            << 20 << 8 << false << false << true << false;
        QTest::newRow("generated articles republished, few days")
            << 30 << 3 << false << false << false << true;
    }
    void importMergesAsOnSqlite() {
        // The server engine decides an article's reports in memory from candidates read in one
        // round trip (PgArticleImport.cpp): the same events, reports and names as SQLite.
        QFETCH(int, articles);
        QFETCH(int, spanDays);
        QFETCH(bool, withStory);
        QFETCH(bool, withFailures);
        QFETCH(bool, withBridges);
        QFETCH(bool, withCopies);
        auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(gazetteer.ok());
        std::vector<std::string> texts;
        for (const char* dir : {"/story", "/story-bridge"}) {
            if (!(std::string_view(dir) == "/story" ? withStory : withBridges))
                continue;
            const QDir data(CT_TEST_DATA_DIR + QString(dir));
            for (const QString& f : data.entryList({"*.txt"}, QDir::Files, QDir::Name)) {
                QFile file(data.filePath(f));
                QVERIFY(file.open(QIODevice::ReadOnly));
                texts.push_back(file.readAll().toStdString());
            }
            QVERIFY(texts.size() >= 6);
        }
        ArticleGenerator generator(3, Date(2022, 1, 10), spanDays);
        for (int i = 0; i < articles; ++i) {
            texts.push_back(generator.next().text);
            if (withCopies)
                texts.push_back(texts.back() + "\n\nThis article was republished.\n");
        }
        auto file = openEngine(QStringLiteral("sqlite"));
        auto server = open();
        QVERIFY(file && server);
        const std::string onFile = importAll(*file, *gazetteer, texts, withFailures);
        const std::string onServer = importAll(*server, *gazetteer, texts, withFailures);
        QVERIFY2(!onFile.starts_with("error"), onFile.c_str());
        QVERIFY(onFile.find(" r2 ") != std::string::npos); // some reports were merged
        QCOMPARE(onServer, onFile);
    }

    void windowQueryUsesTheIndex() {
        auto store = open();
        QVERIFY(store);
        EventQuery march;
        march.from = isoDate("2026-03-01");
        march.to = isoDate("2026-03-31");
        // Planner statistics of an empty table would prefer a scan: this asks for the plan
        // with scans priced out, which still shows that an index can answer the window.
        QVERIFY(m_server.exec(m_location.substr(m_location.rfind('=') + 1),
                              "ALTER DATABASE " + m_location.substr(m_location.rfind('=') + 1) +
                                  " SET enable_seqscan = off"));
        auto fresh = open();
        auto plan = fresh->explainQueryPlan(march);
        CHECK_OK(plan);
        QVERIFY2(plan->find("events_window") != std::string::npos, plan->c_str());
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pg_store.moc"

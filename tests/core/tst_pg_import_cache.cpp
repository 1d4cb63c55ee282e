// What a client's imports hold of a server story between articles (PgImportCache.h): kept
// events are used only while the server says their row is unchanged, so whatever a colleague
// commits between two articles is merged with exactly as a client holding nothing would. A
// private server (tests/common/TestPostgres), a database per run.
#include "TestPrinters.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "store/Store.h"
#include "store/pg/PgImportCache.h"
#include "store/pg/PgStore.h"

#include <QtTest/QTest>
#include <algorithm>
#include <iterator>
#include <tuple>

using namespace ct;
using ct::test::article;
using ct::test::told;

namespace {

enum class Change { Nothing, Retitle, MoveDate, Delete, OwnImportJoins, Split, NewEvent };

// The story as a reader sees it, without ids (two databases hand out the same ids only while
// both did exactly the same): per event its title, days, counts, names and reports' sentences.
QStringList storyOf(Store& store) {
    QStringList lines;
    auto events = store.events(EventQuery{});
    if (!events)
        return {QStringLiteral("error: ") + QString::fromStdString(events.error().message)};
    for (const Event& e : *events) {
        QStringList line{QString::fromStdString(e.title),
                         QString::number(toDayNumber(e.when.start)),
                         QString::number(toDayNumber(e.when.end)),
                         QString::number(e.reportCount),
                         QString::number(e.sourceCount),
                         QString::number(e.userEdited)};
        for (const std::string& n : e.actors)
            line << QStringLiteral("@") + QString::fromStdString(n);
        for (const std::string& n : e.places)
            line << QStringLiteral("#") + QString::fromStdString(n);
        auto reports = store.reports(e.id);
        if (!reports)
            return {QStringLiteral("error: ") + QString::fromStdString(reports.error().message)};
        QStringList sentences;
        for (const Report& r : *reports)
            sentences << QString::fromStdString(r.sentence);
        sentences.sort();
        lines << (line + sentences).join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class TestPgImportCache : public QObject {
    Q_OBJECT
    test::TestPostgres m_server;

    // Two articles by `analyst` telling of one curfew (kept by the client), a colleague's
    // `change`, then a third article telling of it again — by the same client (`warm`: it
    // holds the curfew) or by a fresh one (holding nothing). Returns the story after.
    QStringList run(Change change, bool warm) {
        const std::string location = m_server.freshDatabase();
        if (location.empty())
            return {QStringLiteral("no database: ") + m_server.why()};
        auto analyst = test::TestPostgres::open(location);
        auto colleague = test::TestPostgres::open(location);
        if (!analyst || !colleague)
            return {QStringLiteral("no client")};
        QStringList failures;
        const auto check = [&failures](const auto& result, const char* what) {
            if (!result.ok())
                failures << QString::fromLatin1(what) + QStringLiteral(": ") +
                                QString::fromStdString(result.error().message);
        };
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> first{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        check(analyst->addArticle(wire, first), "the wire");
        Article radio = article("radio", "Radio", "2026-03-05");
        std::vector<Event> second{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0,
                 {"Ilian Varro", "Mara Dunn"})};
        check(analyst->addArticle(radio, second), "the radio");
        const std::int64_t curfew = first[0].id;
        switch (change) {
        case Change::Nothing:
            break;
        case Change::Retitle:
        case Change::MoveDate: {
            auto e = colleague->event(curfew);
            check(e, "the curfew read");
            if (!e)
                break;
            if (change == Change::Retitle) {
                e->title = "Curfew in Koldan (checked)";
                e->actors = {"Ilian Varro", "Koldan police"};
            } else {
                e->when = singleDay(isoDate("2026-03-03"));
            }
            e->userEdited = true;
            check(colleague->updateEvent(*e), "the colleague's edit");
            break;
        }
        case Change::Delete:
            check(colleague->deleteEvent(curfew), "the colleague's delete");
            break;
        case Change::OwnImportJoins: {
            Article paper = article("paper", "Paper", "2026-03-05");
            std::vector<Event> third{told(
                "2026-03-04", "The night curfew President Ilian Varro ordered in Koldan held.", 0,
                {"Ilian Varro", "Tomas Reyes"})};
            check(colleague->addArticle(paper, third), "the colleague's import");
            break;
        }
        case Change::Split: {
            auto reports = colleague->reports(curfew);
            check(reports, "the curfew's reports");
            if (reports && reports->size() == 2)
                check(colleague->splitReport(reports->back().id), "the colleague's split");
            else
                failures << QStringLiteral("the curfew has not two reports to split");
            break;
        }
        case Change::NewEvent: {
            Event e = told("2026-03-05", "A night curfew was declared in Koldan on Thursday.", 0);
            e.userCreated = true;
            check(colleague->insertEvent(e), "the colleague's event");
            break;
        }
        }
        auto importer = warm ? std::move(analyst) : test::TestPostgres::open(location);
        if (!importer)
            return {QStringLiteral("no client")};
        Article tv = article("tv", "TV", "2026-03-06");
        std::vector<Event> last{
            told("2026-03-04", "On Wednesday Ilian Varro ordered a night curfew in Koldan.", 0)};
        check(importer->addArticle(tv, last), "the last article");
        return failures.isEmpty() ? storyOf(*importer) : failures;
    }

  private slots:
    void init() {
        if (!m_server.isRunning())
            QSKIP(qPrintable(m_server.why()));
    }

    void aColleaguesChangeIsMergedWithAsByAClientHoldingNothing_data() {
        QTest::addColumn<Change>("change");
        QTest::newRow("nobody changes anything") << Change::Nothing;
        QTest::newRow("a colleague retitles and renames the event") << Change::Retitle;
        QTest::newRow("a colleague moves the event a day earlier") << Change::MoveDate;
        QTest::newRow("a colleague deletes the event") << Change::Delete;
        QTest::newRow("a colleague's import adds a report to it") << Change::OwnImportJoins;
        QTest::newRow("a colleague splits a report out of it") << Change::Split;
        QTest::newRow("a colleague adds an event beside it") << Change::NewEvent;
    }
    void aColleaguesChangeIsMergedWithAsByAClientHoldingNothing() {
        QFETCH(Change, change);
        const QStringList cold = run(change, false);
        const QStringList warm = run(change, true);
        QVERIFY2(!cold.isEmpty() && !cold.front().startsWith(QStringLiteral("error")),
                 qPrintable(cold.join(QLatin1Char('\n'))));
        QCOMPARE(warm, cold);
    }

    // A rolled-back batch's events and names never reached the server: the next article
    // must not join or link to them.
    void anAbandonedBatchLeavesNothingHeld() {
        const std::string location = m_server.freshDatabase();
        QVERIFY2(!location.empty(), qPrintable(m_server.why()));
        auto store = test::TestPostgres::open(location);
        QVERIFY(store);
        CHECK_OK(store->beginImportBatch());
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> first{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        CHECK_OK(store->addArticle(wire, first));
        store->abandonImportBatch();
        Article radio = article("radio", "Radio", "2026-03-05");
        std::vector<Event> second{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
        CHECK_OK(store->addArticle(radio, second));
        QVERIFY(second[0].id != first[0].id);
        QCOMPARE(*store->eventCount(), std::int64_t(1));
        auto e = store->event(second[0].id);
        CHECK_OK(e);
        QCOMPARE(e->reportCount, 1);
        QCOMPARE(e->actors, std::vector<std::string>{"Ilian Varro"});
        QCOMPARE(e->places, std::vector<std::string>{"Koldan"});
    }

    // A duplicate file fails inside a batch (its savepoint rolled back); the batch goes on and
    // its next article joins what the batch wrote before.
    void aFailedArticleInABatchLeavesTheRestRight() {
        const std::string location = m_server.freshDatabase();
        QVERIFY2(!location.empty(), qPrintable(m_server.why()));
        auto store = test::TestPostgres::open(location);
        QVERIFY(store);
        CHECK_OK(store->beginImportBatch());
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> first{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        CHECK_OK(store->addArticle(wire, first));
        Article again = article("wire", "Wire", "2026-03-04");
        std::vector<Event> copy = first;
        const auto duplicate = store->addArticle(again, copy);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, Error::Code::Duplicate);
        Article radio = article("radio", "Radio", "2026-03-05");
        std::vector<Event> second{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
        CHECK_OK(store->addArticle(radio, second));
        CHECK_OK(store->commitImportBatch());
        QCOMPARE(second[0].id, first[0].id);
        auto e = store->event(first[0].id);
        CHECK_OK(e);
        QCOMPARE(e->reportCount, 2);
        QCOMPARE(*store->reportCount(), std::int64_t(2));
    }

    // keep(): new events and reports under the ids they were written with, in the candidate
    // index too (past the limit: pastTheLimitTheLongestHeldEventsGo).
    void keptEventsTakeTheirWrittenIds_data() {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("keptEvents");
        QTest::newRow("under the limit: both kept") << 10 << 2;
        QTest::newRow("at the limit: both kept") << 3 << 2;
    }
    void keptEventsTakeTheirWrittenIds() {
        QFETCH(int, limit);
        QFETCH(int, keptEvents);
        using namespace pgimport;
        ImportCache cache{std::size_t(limit)};
        Plan plan;
        plan.reservedIds = {40, 41};
        plan.reservedReportIds = {500, 501, 502};
        Held stored; // read from the server, joined by the first report
        stored.event.id = 7;
        stored.event.when = singleDay(isoDate("2026-03-04"));
        stored.event.actors = {"Ilian Varro", "", "Ilian Varro"};
        stored.xmin = 900;
        stored.rows.resize(2);
        stored.rows[0].report.id = 3;
        stored.rows[0].report.sentence = "Ilian Varro imposed a curfew.";
        stored.rows[1].report.id = kProvisional;
        stored.rows[1].report.sentence = "A curfew began on Koldan.";
        Held fresh; // founded by the second report
        fresh.fresh = true;
        fresh.event.id = kProvisional;
        fresh.event.when = singleDay(isoDate("2026-03-09"));
        fresh.rows.resize(1);
        fresh.rows[0].report.id = kProvisional + 1;
        fresh.rows[0].report.sentence = "The curfew was lifted.";
        const auto sentenceOf = [](const store::ReportWithPrint& row) {
            return story::featuresOf(row.report.sentence, {}, {});
        };
        cache.candidates.add(7, stored, sentenceOf);
        cache.candidates.add(kProvisional, fresh, sentenceOf);
        plan.held.emplace(7, std::move(stored));
        plan.held.emplace(kProvisional, std::move(fresh));
        plan.writtenXmins = {{7, 950}, {40, 950}};
        cache.keep(plan);
        QCOMPARE(int(cache.eventCount()), keptEvents);
        QVERIFY(!cache.candidates.holds(kProvisional));
        QCOMPARE(cache.candidates.holds(40), keptEvents != 0);
        QCOMPARE(cache.candidates.holds(7), keptEvents != 0);
        std::vector<std::int64_t> ids, xmins;
        cache.known({{toDayNumber(isoDate("2026-03-09")), toDayNumber(isoDate("2026-03-09"))}},
                    ids, xmins);
        QCOMPARE(ids, std::vector<std::int64_t>{40});
        QCOMPARE(xmins, std::vector<std::int64_t>{950});
        Held held;
        QVERIFY(cache.take(40, held));
        QCOMPARE(held.event.id, std::int64_t(40));
        QCOMPARE(held.rows.at(0).report.id, std::int64_t(501));
        QCOMPARE(held.rows.at(0).report.eventId, std::int64_t(40));
        QVERIFY(!held.fresh);
        QVERIFY(cache.take(7, held));
        QCOMPARE(held.xmin, std::int64_t(950));
        QCOMPARE(held.event.actors, std::vector<std::string>{"Ilian Varro"});
        QCOMPARE(held.storedActors, std::size_t(1)); // its links as written: one per name
        QCOMPARE(held.rows.at(1).report.id, std::int64_t(500));
        QVERIFY(!cache.take(7, held)); // taken: the plan has it now
    }

    // Past the limit, the events no article has held for longest are dropped, down to three
    // quarters of it, here and in the candidate index; an event held again is recent again.
    void pastTheLimitTheLongestHeldEventsGo_data() {
        QTest::addColumn<bool>("firstHeldAgain");
        QTest::addColumn<std::vector<std::int64_t>>("kept");
        QTest::newRow("the first article's event goes") << false << std::vector<std::int64_t>{8, 9};
        QTest::newRow("held again by the third article: the second's goes")
            << true << std::vector<std::int64_t>{7, 9};
    }
    void pastTheLimitTheLongestHeldEventsGo() {
        QFETCH(bool, firstHeldAgain);
        QFETCH(std::vector<std::int64_t>, kept);
        using namespace pgimport;
        ImportCache cache{8}; // reports; six once past it
        const auto sentenceOf = [](const store::ReportWithPrint& row) {
            return story::featuresOf(row.report.sentence, {}, {});
        };
        // One article holding the events `ids`, each read from the server with `reports` rows.
        const auto hold = [&](std::vector<std::int64_t> ids, int reports) {
            Plan plan;
            for (const std::int64_t id : ids) {
                Held held;
                if (!cache.take(id, held)) {
                    held.event.id = id;
                    held.event.when = singleDay(isoDate("2026-03-04"));
                    held.xmin = 900 + id;
                    held.rows.resize(std::size_t(reports));
                    for (int r = 0; r < reports; ++r) {
                        held.rows[std::size_t(r)].report.id = id * 10 + r;
                        held.rows[std::size_t(r)].report.sentence = "A curfew began in Koldan.";
                    }
                    cache.candidates.add(id, held, sentenceOf);
                }
                plan.held.emplace(id, std::move(held));
            }
            cache.keep(plan);
        };
        hold({7}, 3);
        hold({8}, 3);
        QCOMPARE(int(cache.reportCount()), 6);
        // Nine reports: one event of three goes.
        hold(firstHeldAgain ? std::vector<std::int64_t>{7, 9} : std::vector<std::int64_t>{9}, 3);
        QCOMPARE(int(cache.reportCount()), 6);
        std::vector<std::int64_t> ids, xmins;
        const DayNumber day = toDayNumber(isoDate("2026-03-04"));
        cache.known({{day, day}}, ids, xmins);
        QCOMPARE(ids, kept);
        for (const std::int64_t id : {7, 8, 9})
            QCOMPARE(cache.candidates.holds(id),
                     std::find(kept.begin(), kept.end(), id) != kept.end());
    }

    // A later article's new names are appended after the event's stored links (only those
    // are written): the names keep their order and the links' positions run 0…n-1, whether
    // the client held the event or read it afresh.
    void namesAddedLaterAreAppendedInOrder_data() {
        QTest::addColumn<bool>("warm");
        QTest::newRow("the client holds the event") << true;
        QTest::newRow("a fresh client reads it") << false;
    }
    void namesAddedLaterAreAppendedInOrder() {
        QFETCH(bool, warm);
        const std::string location = m_server.freshDatabase();
        QVERIFY2(!location.empty(), qPrintable(m_server.why()));
        auto analyst = test::TestPostgres::open(location);
        QVERIFY(analyst);
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> first{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        CHECK_OK(analyst->addArticle(wire, first));
        Article radio = article("radio", "Radio", "2026-03-05");
        std::vector<Event> second{
            told("2026-03-04", "Ilian Varro and Mara Dunn imposed a night curfew on Koldan.", 0,
                 {"Ilian Varro", "Mara Dunn"})};
        second[0].places = {"Koldan", "Ostrava"};
        CHECK_OK(analyst->addArticle(radio, second));
        auto importer = warm ? std::move(analyst) : test::TestPostgres::open(location);
        QVERIFY(importer);
        Article tv = article("tv", "TV", "2026-03-06");
        std::vector<Event> last{
            told("2026-03-04", "Tomas Reyes said the night curfew in Koldan ordered by Ilian Varro held.",
                 0, {"Tomas Reyes", "Mara Dunn"})};
        last[0].places = {"Velno", "Koldan"};
        CHECK_OK(importer->addArticle(tv, last));
        QCOMPARE(second[0].id, first[0].id);
        QCOMPARE(last[0].id, first[0].id);
        auto e = importer->event(first[0].id);
        CHECK_OK(e);
        QCOMPARE(e->actors, (std::vector<std::string>{"Ilian Varro", "Mara Dunn", "Tomas Reyes"}));
        QCOMPARE(e->places, (std::vector<std::string>{"Koldan", "Ostrava", "Velno"}));
        auto* server = dynamic_cast<PgStore*>(importer.get());
        QVERIFY(server);
        auto positions = server->connection().exec(
            "SELECT (SELECT array_agg(position ORDER BY position) FROM event_actors"
            " WHERE event_id = $1)::text, (SELECT array_agg(position ORDER BY position)"
            " FROM event_places WHERE event_id = $1)::text,"
            " (SELECT primary_actor_id = (SELECT id FROM actors WHERE name = 'Ilian Varro')"
            " AND primary_place_id = (SELECT id FROM places WHERE name = 'Koldan')"
            " FROM events WHERE id = $1)",
            pg::Params().add(first[0].id));
        CHECK_OK(positions);
        QCOMPARE(positions->text(0, 0), std::string("{0,1,2}"));
        QCOMPARE(positions->text(0, 1), std::string("{0,1,2}"));
        QVERIFY(positions->boolean(0, 2)); // the first names stay the event's first
    }

    // An article's writes run with generic plans and index lookups forced (PgImportWrite.cpp);
    // the session's own settings are back after them, so the store's other queries (the
    // window's, the candidates' search) are planned as before.
    void theSessionsPlannerSettingsAreBackAfterAnArticle_data() {
        QTest::addColumn<bool>("batch");
        QTest::newRow("an article on its own") << false;
        QTest::newRow("articles in an import batch, before its commit") << true;
    }
    void theSessionsPlannerSettingsAreBackAfterAnArticle() {
        QFETCH(bool, batch);
        const std::string location = m_server.freshDatabase();
        QVERIFY2(!location.empty(), qPrintable(m_server.why()));
        auto store = test::TestPostgres::open(location);
        QVERIFY(store);
        auto* server = dynamic_cast<PgStore*>(store.get());
        QVERIFY(server);
        const auto settings = [server] {
            auto rows = server->connection().exec(
                "SELECT current_setting('plan_cache_mode') || ' ' ||"
                " current_setting('enable_seqscan') || ' ' || current_setting('enable_hashjoin')"
                " || ' ' || current_setting('enable_mergejoin')");
            return rows ? rows->text(0, 0) : rows.error().message;
        };
        const std::string before = settings();
        QCOMPARE(before, std::string("auto on on on"));
        if (batch)
            CHECK_OK(store->beginImportBatch());
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> first{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0)};
        CHECK_OK(store->addArticle(wire, first));
        Article radio = article("radio", "Radio", "2026-03-05");
        std::vector<Event> second{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0,
                 {"Ilian Varro", "Mara Dunn"})};
        CHECK_OK(store->addArticle(radio, second));
        QCOMPARE(settings(), before);
        if (batch) {
            CHECK_OK(store->commitImportBatch());
            QCOMPARE(settings(), before);
        }
    }

    // known(): the kept events that meet an article's windows, each once, found by duration
    // class and start as the server's window index finds them — at the edges of a single
    // day, ten days and a long span.
    void keptEventsMeetingTheWindowsAreKnown_data() {
        QTest::addColumn<QList<int>>("spans"); // first and last day of each, from day D
        QTest::addColumn<std::vector<std::int64_t>>("ids");
        QTest::newRow("the day all three end on") << QList<int>{0, 0}
                                                  << std::vector<std::int64_t>{1, 2, 3};
        QTest::newRow("days after all of them") << QList<int>{1, 5} << std::vector<std::int64_t>{};
        QTest::newRow("the ten days' first day") << QList<int>{-9, -9}
                                                 << std::vector<std::int64_t>{2, 3};
        QTest::newRow("the day before the ten days") << QList<int>{-10, -10}
                                                     << std::vector<std::int64_t>{3};
        QTest::newRow("the long span's first day") << QList<int>{-399, -399}
                                                   << std::vector<std::int64_t>{3};
        QTest::newRow("the day before the long span") << QList<int>{-400, -400}
                                                      << std::vector<std::int64_t>{};
        QTest::newRow("two windows meeting the long span: it is sent once")
            << QList<int>{-300, -290, -5, -5} << std::vector<std::int64_t>{2, 3};
        QTest::newRow("the day far after, alone") << QList<int>{100, 100}
                                                  << std::vector<std::int64_t>{4};
    }
    void keptEventsMeetingTheWindowsAreKnown() {
        QFETCH(QList<int>, spans);
        QFETCH(std::vector<std::int64_t>, ids);
        using namespace pgimport;
        const DayNumber d = toDayNumber(isoDate("2026-03-04"));
        ImportCache cache;
        Plan plan;
        for (const auto& [id, first, last] :
             {std::tuple(1, 0, 0), std::tuple(2, -9, 0), std::tuple(3, -399, 0),
              std::tuple(4, 100, 100)}) {
            Held h;
            h.event.id = id;
            h.event.when.start = fromDayNumber(d + first);
            h.event.when.end = fromDayNumber(d + last);
            h.xmin = 100 + id;
            plan.held.emplace(id, std::move(h));
        }
        cache.keep(plan);
        QCOMPARE(cache.eventCount(), std::size_t(4));
        std::vector<std::pair<DayNumber, DayNumber>> windows;
        for (int i = 0; i + 1 < spans.size(); i += 2)
            windows.emplace_back(d + spans[i], d + spans[i + 1]);
        std::vector<std::int64_t> known, xmins;
        cache.known(windows, known, xmins);
        QCOMPARE(known, ids);
        QCOMPARE(xmins.size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(xmins[i], 100 + ids[i]);
        // Taken or dropped, an event is no longer known.
        Held taken;
        QVERIFY(cache.take(3, taken));
        cache.drop(2);
        known.clear();
        xmins.clear();
        cache.known(windows, known, xmins);
        std::vector<std::int64_t> left;
        std::copy_if(ids.begin(), ids.end(), std::back_inserter(left),
                     [](std::int64_t id) { return id != 2 && id != 3; });
        QCOMPARE(known, left);
    }

    void arraysOfIdsAreRead_data() {
        QTest::addColumn<QString>("array");
        QTest::addColumn<std::vector<std::int64_t>>("ids");
        QTest::newRow("empty") << QStringLiteral("{}") << std::vector<std::int64_t>{};
        QTest::newRow("one") << QStringLiteral("{42}") << std::vector<std::int64_t>{42};
        QTest::newRow("several, large") << QStringLiteral("{1,20,1152921504606846976}")
                                        << std::vector<std::int64_t>{1, 20, 1152921504606846976};
    }
    void arraysOfIdsAreRead() {
        QFETCH(QString, array);
        QFETCH(std::vector<std::int64_t>, ids);
        QCOMPARE(pgimport::idsOfArray(array.toStdString()), ids);
    }
};

QTEST_GUILESS_MAIN(TestPgImportCache)
#include "tst_pg_import_cache.moc"

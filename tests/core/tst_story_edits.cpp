// The user's story edits in the store — split, merge, not-the-same, choose a date — each taken
// back by revert() and re-applied by reverting the revert; decisions survive re-resolution.
// Runs twice: on SQLite (EventStore) and on a private PostgreSQL server (PgStore).
#include "TestPrinters.h"
#include "common/StoryFixtures.h"
#include "common/BothEngines.h"
#include "common/TestPostgres.h"
#include "store/EventStore.h"
#include "store/Store.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <optional>

using namespace ct;
using ct::test::article;
using ct::test::told;

namespace {

// Everything a story edit may change, to compare before and after.
struct Snapshot {
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> eventsAndReports;
    std::vector<std::string> dates;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

} // namespace

class TestStoryEdits : public QObject {
    Q_OBJECT
  public:
    // server: run on a fresh database of it per test function; nullptr: on a SQLite file.
    explicit TestStoryEdits(test::TestPostgres* server = nullptr) : m_server(server) {}

  private:
    test::TestPostgres* m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::int64_t m_curfew = 0; // two outlets' reports of one happening
    std::int64_t m_warning = 0;
    int m_db = 0;

    Snapshot snapshot() {
        Snapshot s;
        auto events = m_store->events({});
        if (!events)
            return s;
        for (const Event& e : *events) {
            std::vector<std::int64_t> reports;
            auto stored = m_store->reports(e.id);
            if (stored)
                for (const Report& r : *stored)
                    reports.push_back(r.id);
            s.eventsAndReports.emplace_back(e.id, reports);
            s.dates.push_back(toText(e.when) + (e.dateDisputed ? " disputed" : ""));
        }
        return s;
    }

  private slots:
    void init() {
        std::string location;
        if (m_server) {
            if (!m_server->isRunning())
                QSKIP(qPrintable(m_server->why()));
            location = m_server->freshDatabase();
            QVERIFY2(!location.empty(), qPrintable(m_server->why()));
        } else {
            location = m_dir.filePath(QStringLiteral("e%1.db").arg(++m_db)).toStdString();
        }
        auto store = openStore(location);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        m_store = std::move(*store);
        QCOMPARE(m_store->engine(), std::string(m_server ? "postgresql" : "sqlite"));
        Article wire = article("wire", "Wire", "2026-03-04");
        std::vector<Event> a{
            told("2026-03-04",
                 "President Ilian Varro ordered a night curfew in Koldan on Wednesday.", 0),
            told("2026-03-04", "The European Union warned Ilian Varro on Wednesday against force.",
                 80)};
        CHECK_OK(m_store->addArticle(wire, a));
        Article radio = article("radio", "Radio", "2026-03-05");
        std::vector<Event> b{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
        CHECK_OK(m_store->addArticle(radio, b));
        m_curfew = a[0].id;
        m_warning = a[1].id;
        QCOMPARE(b[0].id, m_curfew); // one day apart, the same words: one disputed event
    }

    void mergedReportsCountOutletsAndDisagreement() {
        auto curfew = m_store->event(m_curfew);
        CHECK_OK(curfew);
        QCOMPARE(curfew->reportCount, 2);
        QCOMPARE(curfew->sourceCount, 2);
        QVERIFY(curfew->dateDisputed);
        QCOMPARE(curfew->firstReported, isoDate("2026-03-04"));
        auto reports = m_store->reports(m_curfew);
        CHECK_OK(reports);
        QCOMPARE(reports->front().outlet, std::string("Wire")); // earliest publication first
    }

    void splitAndItsInverse() {
        const Snapshot before = snapshot();
        const std::int64_t radioReport = m_store->reports(m_curfew)->back().id;
        auto split = m_store->splitReport(radioReport);
        CHECK_OK(split);
        QVERIFY(split->resultEvent != m_curfew);
        QCOMPARE(m_store->report(radioReport)->eventId, split->resultEvent);
        QCOMPARE(m_store->event(m_curfew)->reportCount, 1);
        QVERIFY(!m_store->event(m_curfew)->dateDisputed);
        const Snapshot after = snapshot();
        auto undo = m_store->revert(*split);
        CHECK_OK(undo);
        QCOMPARE(snapshot(), before);
        auto redo = m_store->revert(*undo);
        CHECK_OK(redo);
        QCOMPARE(snapshot().eventsAndReports.size(), after.eventsAndReports.size());
        QCOMPARE(m_store->report(radioReport)->eventId, split->resultEvent);
        // The only report of an event cannot be split out of it.
        QVERIFY(!m_store->splitReport(radioReport).ok());
    }

    void splitSurvivesReResolution() {
        const std::int64_t radioReport = m_store->reports(m_curfew)->back().id;
        CHECK_OK(m_store->splitReport(radioReport));
        // Re-resolving the radio article re-creates its report: it stays apart.
        std::vector<Event> fresh{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
        auto radioId = m_store->report(radioReport)->articleId;
        CHECK_OK(m_store->reResolveArticle(radioId, isoDate("2026-03-05"), fresh));
        QVERIFY(fresh[0].id != m_curfew);
        QCOMPARE(m_store->event(m_curfew)->reportCount, 1);
    }

    void mergeAndItsInverse() {
        const Snapshot before = snapshot();
        auto merge = m_store->mergeEvents(m_curfew, m_warning);
        CHECK_OK(merge);
        QVERIFY(!m_store->event(m_warning).ok());
        QCOMPARE(m_store->event(m_curfew)->reportCount, 3);
        auto undo = m_store->revert(*merge);
        CHECK_OK(undo);
        QCOMPARE(snapshot(), before);
        auto warning = m_store->event(m_warning);
        CHECK_OK(warning);
        QCOMPARE(warning->actors, std::vector<std::string>{"Ilian Varro"});
        CHECK_OK(m_store->revert(*undo));
        QCOMPARE(m_store->event(m_curfew)->reportCount, 3);
    }

    void markDistinctKeepsReImportedReportsApart() {
        const std::int64_t radioReport = m_store->reports(m_curfew)->back().id;
        const auto radioId = m_store->report(radioReport)->articleId;
        // "Not the same" between the curfew and the radio's telling of it: after a
        // re-resolution re-creates the radio's report, it does not join the curfew again.
        auto merged = m_store->mergeEvents(m_warning, m_curfew); // so that it can be told apart
        CHECK_OK(merged);
        CHECK_OK(m_store->revert(*merged));
        auto split = m_store->splitReport(radioReport);
        CHECK_OK(split);
        CHECK_OK(m_store->revert(*split)); // back together, and no decision left
        auto distinct = m_store->markDistinct(m_curfew, m_warning);
        CHECK_OK(distinct);
        QCOMPARE(distinct->addedDecisions.size(), std::size_t(4)); // 2 reports x 1, both ways
        CHECK_OK(m_store->revert(*distinct));
        QCOMPARE(m_store->event(m_curfew)->reportCount, 2);
        std::vector<Event> fresh{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
        CHECK_OK(m_store->reResolveArticle(radioId, isoDate("2026-03-05"), fresh));
        QCOMPARE(fresh[0].id, m_curfew); // no decision: it joins as on import
    }

    void chooseDateAndItsInverse() {
        auto reports = m_store->reports(m_curfew);
        CHECK_OK(reports);
        const Report thursday = reports->back();
        auto choose = m_store->chooseDate(m_curfew, thursday.id);
        CHECK_OK(choose);
        auto curfew = m_store->event(m_curfew);
        QCOMPARE(curfew->when, thursday.when);
        QVERIFY(!curfew->dateDisputed);
        auto undo = m_store->revert(*choose);
        CHECK_OK(undo);
        curfew = m_store->event(m_curfew);
        QVERIFY(curfew->dateDisputed);
        QCOMPARE(curfew->when.start, isoDate("2026-03-04"));
        CHECK_OK(m_store->revert(*undo));
        QCOMPARE(m_store->event(m_curfew)->when, thursday.when);
        // The choice follows the report through a re-resolution.
        std::vector<Event> fresh{
            told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0)};
        CHECK_OK(m_store->reResolveArticle(thursday.articleId, isoDate("2026-03-05"), fresh));
        QCOMPARE(fresh[0].id, m_curfew);
        QCOMPARE(m_store->event(m_curfew)->when, thursday.when);
    }

    void batchRollsBackOneFileAlone() {
        CHECK_OK(m_store->beginImportBatch());
        Article ok1 = article("batch-1", "Wire", "2026-03-06");
        std::vector<Event> e1{
            told("2026-03-06", "Police arrested 30 protesters in Koldan on Friday.", 0)};
        CHECK_OK(m_store->addArticle(ok1, e1));
        Article bad = article("batch-2", "Wire", "2026-03-06");
        std::vector<Event> e2{told("2026-03-06", "Fine sentence of a bad file on Friday.", 0)};
        e2.push_back(e2[0]);
        e2[1].when.start = Date(); // invalid: the whole file fails
        QVERIFY(!m_store->addArticle(bad, e2).ok());
        Article ok2 = article("batch-3", "Radio", "2026-03-06");
        std::vector<Event> e3{
            told("2026-03-06", "Thirty people were detained by police in Koldan on Friday.", 0)};
        CHECK_OK(m_store->addArticle(ok2, e3));
        CHECK_OK(m_store->commitImportBatch());
        QCOMPARE(*m_store->articleCount(), std::int64_t(4));
        QVERIFY(!m_store->findArticleByHash("batch-2")->has_value());
        QVERIFY(m_store->findArticleByHash("batch-3")->has_value());
    }
};

int main(int argc, char** argv) {
    return test::runOnBothEngines<TestStoryEdits>(argc, argv);
}
#include "tst_story_edits.moc"

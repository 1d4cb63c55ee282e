// Re-basing an offline copy after a bring-back (store/offline/OfflineRebase): only what changed
// on the server since the copy was taken is brought into the copy and its twin, which must then
// hold exactly what a fresh full copy holds. Runs against a private PostgreSQL server
// (tests/common/TestPostgres), a database per test.
#include "TestPrinters.h"
#include "common/OfflineStoryTest.h"
#include "common/StoryFixtures.h"
#include "common/TestPostgres.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "store/Store.h"
#include "store/offline/BringBack.h"
#include "store/offline/OfflineCopy.h"

#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <algorithm>

using namespace ct;
using ct::test::article;
using ct::test::storyLines;
using ct::test::told;

namespace {

// Every row of a story with its ids, as a copy of it holds them: two copies of one server
// story, however made, give the same lines.
QStringList rowLines(Store& store) {
    auto dump = dumpStory(store);
    if (!dump)
        return {QString::fromStdString("error: " + dump.error().message)};
    std::vector<std::string> out;
    const auto day = [](const Date& d) { return d.is_special() ? std::string("-") : toIso(d); };
    for (const Article& a : dump->articles) {
        std::string line = "article " + std::to_string(a.id) + " " + a.contentHash + " " + a.title +
                           " " + day(a.published) + " " + std::to_string(a.text.size()) + " tags";
        for (const std::string& t : a.tags)
            line += " " + t;
        out.push_back(line);
    }
    for (const Event& e : dump->events) {
        std::string line = "event " + std::to_string(e.id) + " a" + std::to_string(e.articleId) +
                           " " + e.title + " " + toText(e.when) + " " + e.sentence + " r" +
                           std::to_string(e.reportCount) + " s" + std::to_string(e.sourceCount) +
                           " first " + day(e.firstReported) + (e.dateDisputed ? " disputed" : "") +
                           (e.userCreated ? " created" : "") + (e.userEdited ? " edited" : "");
        for (const std::string& name : e.actors)
            line += " @" + name;
        for (const std::string& name : e.places)
            line += " #" + name;
        out.push_back(line);
    }
    for (const auto& [r, key] : dump->reports)
        out.push_back("report " + std::to_string(r.id) + " e" + std::to_string(r.eventId) + " " +
                      key + " " + toText(r.when) + " " + r.outlet + " " + day(r.published) + " " +
                      r.sentence);
    for (const StoryDecision& d : dump->decisions)
        out.push_back("decision " + std::to_string(int(d.kind)) + " " + d.a + " " + d.b);
    for (const std::string& k : dump->chosenDates)
        out.push_back("chosen " + k);
    std::sort(out.begin(), out.end());
    QStringList lines;
    for (const std::string& line : out)
        lines.push_back(QString::fromStdString(line));
    return lines;
}

// What a colleague does on the server while the analyst works offline.
enum class Colleague { Nothing, Edit, Delete, Import, Merge, Split, NotSame, ChooseDate };

} // namespace

Q_DECLARE_METATYPE(Colleague)

class TestOfflineRebase : public test::OfflineStoryTest {
    Q_OBJECT

  private slots:
    void init() { createStory(); }

    // The re-base after a bring-back brings only what changed on the server; the copy and its
    // twin then hold exactly what a fresh full copy of the server story holds, row for row and
    // id for id, whatever colleagues did meanwhile.
    void anIncrementalRebaseEqualsAFullCopy_data() {
        QTest::addColumn<Colleague>("colleague");
        QTest::addColumn<bool>("oldCopy"); // taken before copies recorded the server's schema
        QTest::newRow("nobody else") << Colleague::Nothing << false;
        QTest::newRow("a colleague's edit") << Colleague::Edit << false;
        QTest::newRow("a colleague's deletion") << Colleague::Delete << false;
        QTest::newRow("a colleague's import joining an event") << Colleague::Import << false;
        QTest::newRow("a colleague's merge") << Colleague::Merge << false;
        QTest::newRow("a colleague's split") << Colleague::Split << false;
        QTest::newRow("a colleague's not-the-same") << Colleague::NotSame << false;
        QTest::newRow("a colleague's chosen date") << Colleague::ChooseDate << false;
        QTest::newRow("an old copy: a full copy instead") << Colleague::Import << true;
    }

    void anIncrementalRebaseEqualsAFullCopy() {
        QFETCH(Colleague, colleague);
        QFETCH(bool, oldCopy);
        auto store = server();
        QVERIFY(store);
        CHECK_OK(takeOffline(*store, m_file));
        if (oldCopy) {
            auto twin =
                sql::Connection::open(offlineBasePath(m_file), sql::Connection::Mode::ReadWrite);
            CHECK_OK(twin);
            CHECK_OK(twin->exec("DELETE FROM offline_origin WHERE key = 'server_schema'"));
        }
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            auto e = copy->event(m_warning);
            CHECK_OK(e);
            e->title = "EU warns Varro";
            CHECK_OK(copy->updateEvent(*e));
            Event note = told("2026-04-01", "Checkpoint reopened (analyst's note).", 0);
            note.userCreated = true;
            CHECK_OK(copy->insertEvent(note));
            Article local = article("local", "Local", "2026-05-02");
            std::vector<Event> found{told("2026-05-01",
                                          "Koldan's mayor resigned on Friday after protests.", 0,
                                          {"Dara Venn"})};
            CHECK_OK(copy->addArticle(local, found));
        }
        auto other = server();
        QVERIFY(other);
        other->setAnalyst("colleague");
        switch (colleague) {
        case Colleague::Nothing:
            break;
        case Colleague::Edit: {
            auto e = other->event(m_talks);
            CHECK_OK(e);
            e->title = "Sarn talks resume";
            CHECK_OK(other->updateEvent(*e));
            break;
        }
        case Colleague::Delete:
            CHECK_OK(other->deleteEvent(m_talks));
            break;
        case Colleague::Import: {
            Article agency = article("agency", "Agency", "2026-06-21");
            std::vector<Event> told_{
                told("2026-06-20", "Talks between the factions resumed in Sarn in June.", 0,
                     {"Mara Quell"}),
                told("2026-06-21", "Fighting broke out near the airport of Koldan on Sunday.", 60)};
            CHECK_OK(other->addArticle(agency, told_));
            QCOMPARE(told_[0].id, m_talks);
            break;
        }
        case Colleague::Merge:
            CHECK_OK(other->mergeEvents(m_curfew, m_talks));
            break;
        case Colleague::Split: {
            auto reports = other->reports(m_curfew);
            CHECK_OK(reports);
            CHECK_OK(other->splitReport(reports->back().id));
            break;
        }
        case Colleague::NotSame:
            CHECK_OK(other->markDistinct(m_curfew, m_talks));
            break;
        case Colleague::ChooseDate: {
            auto reports = other->reports(m_curfew);
            CHECK_OK(reports);
            CHECK_OK(other->chooseDate(m_curfew, reports->back().id));
            break;
        }
        }

        auto result = bringBack(m_file, *store);
        CHECK_OK(result);
        QVERIFY(result->applied);
        QVERIFY(result->rebased);
        QCOMPARE(result->rebasedIncrementally, !oldCopy);

        const std::string full = m_file + ".full";
        CHECK_OK(takeOffline(*store, full));
        auto fresh = EventStore::open(full, Store::Mode::ReadOnly);
        CHECK_OK(fresh);
        const QStringList expected = rowLines(*fresh);
        QVERIFY(expected.size() > 8);
        for (const std::string& file : {m_file, offlineBasePath(m_file)}) {
            auto copy = EventStore::open(file, Store::Mode::ReadOnly);
            CHECK_OK(copy);
            QCOMPARE(rowLines(*copy), expected);
            auto origin = readOfflineOrigin(file);
            CHECK_OK(origin);
            QCOMPARE(origin->versions, readOfflineOrigin(full)->versions);
            QVERIFY(!origin->bringBackPending);
            QCOMPARE(origin->serverSchema, store->schemaVersion());
        }
        // Nothing is applied twice, and the next re-base is incremental again.
        auto again = bringBack(m_file, *store);
        CHECK_OK(again);
        QCOMPARE(again->applyCount(), 0);
        {
            auto copy = EventStore::open(m_file, Store::Mode::ReadWrite);
            CHECK_OK(copy);
            CHECK_OK(copy->deleteEvent(m_warning));
        }
        auto third = bringBack(m_file, *store);
        CHECK_OK(third);
        QCOMPARE(third->deleted, 1);
        QVERIFY(third->rebasedIncrementally);
        auto copy = EventStore::open(m_file, Store::Mode::ReadOnly);
        CHECK_OK(copy);
        QCOMPARE(storyLines(*copy), storyLines(*store));
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    TestOfflineRebase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_offline_rebase.moc"

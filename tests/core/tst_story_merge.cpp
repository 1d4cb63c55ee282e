// The test story (tests/data/story: 30 short articles about an invented crisis in the city of
// Koldan, from a wire, a broadcaster, a local paper and other sites) imported article by
// article: which reports end in one event and which stay apart. Also how two reports' dates fit
// (story::fitOf), which the merger asks first. Runs on SQLite and on a private
// PostgreSQL server: both engines must tell the same story.
#include "TestPrinters.h"
#include "common/BothEngines.h"
#include "common/StoryImportSteps.h"
#include "common/TestPostgres.h"
#include "extract/Gazetteer.h"
#include "import/Importer.h"
#include "store/EventStore.h"
#include "story/StoryMerger.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <algorithm>
#include <optional>
#include <set>

using namespace ct;

Q_DECLARE_METATYPE(ct::DateSpan)

class TestStoryMerge : public QObject {
    Q_OBJECT
  public:
    // server: import into a fresh database of it; nullptr: into a SQLite file.
    explicit TestStoryMerge(test::TestPostgres* server = nullptr) : m_server(server) {}

  private:
    test::TestPostgres* m_server;
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<Store> m_store;
    std::vector<Event> m_events; // with their reports
    std::optional<Gazetteer> m_gazetteer;

    // The events holding a report whose sentence contains the snippet.
    std::set<std::int64_t> eventsWith(const std::string& snippet) const {
        std::set<std::int64_t> out;
        for (const Event& e : m_events)
            for (const Report& r : e.reports)
                if (r.sentence.find(snippet) != std::string::npos)
                    out.insert(e.id);
        return out;
    }
    const Event* eventWith(const std::string& snippet) const {
        const auto ids = eventsWith(snippet);
        for (const Event& e : m_events)
            if (ids.size() == 1 && e.id == *ids.begin())
                return &e;
        return nullptr;
    }

  private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(gazetteer.ok());
        m_gazetteer = std::move(*gazetteer);
        if (m_server && !m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        const std::string location = test::storyStoreLocation(m_server, m_dir.path(), "story.db");
        QVERIFY2(!location.empty(), m_server ? qPrintable(m_server->why()) : "");
        auto store = openStore(location);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        m_store = std::move(*store);
        Importer importer(*m_store, *m_gazetteer);
        const QDir data(CT_TEST_DATA_DIR "/story");
        const QStringList files = data.entryList({"*.txt"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString& f : files) {
            auto report = importer.importFile(data.filePath(f).toStdString());
            QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
        }
        auto events = m_store->events({});
        QVERIFY(events.ok());
        m_events = std::move(*events);
        for (Event& e : m_events) {
            auto reports = m_store->reports(e.id);
            QVERIFY(reports.ok());
            e.reports = std::move(*reports);
            std::string line =
                toText(e.when) + " [" + std::to_string(e.sourceCount) + "] " + e.title;
            for (const Report& r : e.reports)
                line += "\n      " + r.outlet + ": " + r.sentence.substr(0, 90);
            qInfo("%s", line.c_str());
        }
    }

    void reportsOfOneHappeningAreOneEvent_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("attack: wire and broadcaster") << "Gunmen attacked the customs post"
                                                      << "border guards were shot dead";
        QTest::newRow("protest: local paper and wire") << "marched through the centre of Koldan"
                                                       << "Several thousand protesters rallied";
        QTest::newRow("curfew: wire and a broadcaster's own words")
            << "ordered a night curfew in Koldan"
            << "The decree signed by Ilian Varro";
        QTest::newRow("curfew: broadcaster's headline and its lede")
            << "Koldan under curfew tonight"
            << "imposes a curfew on Koldan tonight";
        QTest::newRow("EU warning worded differently") << "warned President Ilian Varro"
                                                       << "cautioned Tarvian President Ilian Varro";
        QTest::newRow("phone call in two outlets") << "spoke by telephone on Thursday"
                                                   << "long phone conversation";
        QTest::newRow("troops arrive: outlets disagree on the day")
            << "arrived at Koldan airport on Thursday"
            << "arrived at Koldan airport on Friday";
        QTest::newRow("arrests in two outlets") << "Police arrested 30 protesters"
                                                << "Thirty people were detained";
        QTest::newRow("follow-up refers back to Tuesday's attack")
            << "gunmen in Tuesday's attack"
            << "Gunmen attacked the customs post";
        QTest::newRow("summit announced twice") << "agreed to hold a regional security summit"
                                                << "will hold a regional security";
        QTest::newRow("summit held, two outlets") << "opened a regional security summit"
                                                  << "Five regional leaders met";
        QTest::newRow("curfew lifted, two outlets") << "lifted the night curfew"
                                                    << "The night curfew in Koldan ended";
        QTest::newRow("local shooting: the age and the street, not the wording")
            << "A 14-year-old boy was shot and killed"
            << "Emil Sarto, 14, died on Saturday evening";
        QTest::newRow("follow-up days later retells it without a date")
            << "The teenager was hit in the chest near the fish market"
            << "A 14-year-old boy was shot and killed";
        QTest::newRow("follow-up four days later, no date anywhere, reaches back")
            << "Emil Sarto, 14, was shot dead near the fish market"
            << "A 14-year-old boy was shot and killed";
        QTest::newRow("a later paragraph retells the follow-up's lede")
            << "Investigators said Sarto was hit by two bullets"
            << "Emil Sarto, 14, was shot dead near the fish market";
        QTest::newRow("the girl named a day later by another outlet")
            << "Police named the 14-year-old girl"
            << "A 14-year-old girl was shot and killed";
        QTest::newRow("victim unnamed, then named under \"police say\" three days later")
            << "Koldan police say Petar Halen"
            << "A 52-year-old taxi driver was shot and wounded";
    }
    void reportsOfOneHappeningAreOneEvent() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const auto a = eventsWith(first.toStdString());
        const auto b = eventsWith(second.toStdString());
        QVERIFY2(!a.empty(), "no report holds the first snippet");
        QVERIFY2(!b.empty(), "no report holds the second snippet");
        QCOMPARE(a.size(), std::size_t(1));
        QCOMPARE(a, b);
    }

    void distinctHappeningsStayApart_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("attack and protest: same day, same city")
            << "Gunmen attacked the customs post"
            << "marched through the centre of Koldan";
        QTest::newRow("curfew order and EU warning: same day, same president")
            << "ordered a night curfew in Koldan"
            << "warned President Ilian Varro";
        QTest::newRow("phone call and the summit it announced")
            << "spoke by telephone on Thursday"
            << "agreed to hold a regional security summit";
        QTest::newRow("summit announced and summit held") << "will hold a regional security"
                                                          << "opened a regional security summit";
        QTest::newRow("arrests and troops' arrival: same day, same city")
            << "Police arrested 30 protesters"
            << "arrived at Koldan airport on Friday";
        QTest::newRow("curfew ordered and curfew lifted") << "ordered a night curfew in Koldan"
                                                          << "lifted the night curfew";
        QTest::newRow("two shootings the same night in one city")
            << "A 14-year-old boy was shot and killed"
            << "A 52-year-old taxi driver was shot and wounded";
        QTest::newRow("the named taxi driver is not the boy at the fish market")
            << "Koldan police say Petar Halen"
            << "A 14-year-old boy was shot and killed";
        QTest::newRow("a new shooting told days later without a date: not the boy's")
            << "A man was shot in the leg outside a bar on Quay Street"
            << "A 14-year-old boy was shot and killed";
        QTest::newRow("a new shooting told days later without a date: not the taxi driver's")
            << "A man was shot in the leg outside a bar on Quay Street"
            << "A 52-year-old taxi driver was shot and wounded";
        QTest::newRow("a new shooting and the follow-up published the same day")
            << "A man was shot in the leg outside a bar on Quay Street"
            << "Emil Sarto, 14, was shot dead near the fish market";
        // One age, one evening, one city, the same words: a girl and a boy are two people.
        QTest::newRow("a 14-year-old girl is not the 14-year-old boy shot that evening")
            << "A 14-year-old girl was shot and killed"
            << "A 14-year-old boy was shot and killed";
        QTest::newRow("the girl named is not the boy") << "Police named the 14-year-old girl"
                                                       << "A 14-year-old boy was shot and killed";
        QTest::newRow("the mourning told days later is not the shooting")
            << "Several hundred people lit candles"
            << "A 14-year-old boy was shot and killed";
    }
    void distinctHappeningsStayApart() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const auto a = eventsWith(first.toStdString());
        const auto b = eventsWith(second.toStdString());
        QVERIFY(!a.empty() && !b.empty());
        for (const std::int64_t id : a)
            QVERIFY2(!b.count(id), "two happenings share an event");
    }

    // A wire story republished word for word by two sites is one outlet's report three times.
    void republishedWireCountsOnce() {
        const Event* curfew = eventWith("ordered a night curfew in Koldan");
        QVERIFY(curfew);
        std::set<std::string> outlets;
        for (const Report& r : curfew->reports)
            outlets.insert(r.outlet);
        QVERIFY(outlets.count("Koldan Daily Star") && outlets.count("Northern Courier"));
        QCOMPARE(curfew->sourceCount, 2); // the agency (three copies) and Radio Meridian
        QCOMPARE(curfew->firstReported, isoDate("2026-03-04"));
    }

    void disagreementIsFlagged() {
        const Event* troops = eventWith("arrived at Koldan airport on Thursday");
        QVERIFY(troops);
        QVERIFY(troops->dateDisputed);
        const Event* attack = eventWith("Gunmen attacked the customs post");
        QVERIFY(attack);
        QVERIFY(!attack->dateDisputed);
        QCOMPARE(attack->when.start, isoDate("2026-03-03"));
    }

    // Undated follow-ups reach back to the day a report names: the event keeps that day, and
    // an estimate that reaches it disputes nothing.
    void followUpsKeepTheNamedDay_data() {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<int>("reports"); // at least
        QTest::newRow("the boy at the fish market") << "A 14-year-old boy was shot and killed" << 5;
        QTest::newRow("the taxi driver") << "A 52-year-old taxi driver was shot and wounded" << 2;
    }
    void followUpsKeepTheNamedDay() {
        QFETCH(QString, snippet);
        QFETCH(int, reports);
        const Event* e = eventWith(snippet.toStdString());
        QVERIFY(e);
        QCOMPARE(e->when, singleDay(isoDate("2026-03-07")));
        QVERIFY(!e->dateDisputed);
        QVERIFY2(int(e->reports.size()) >= reports, qPrintable(QString::number(e->reports.size())));
    }

    // A lede repeated word for word further down is one report, not two.
    void aRepeatedLedeIsOneReport() {
        int count = 0;
        for (const Event& e : m_events)
            for (const Report& r : e.reports)
                count += r.sentence.starts_with("Emil Sarto, 14, was shot dead") ? 1 : 0;
        QCOMPARE(count, 1);
    }

    // How two reports' dates fit: a publication estimate (no date words) reaches back a few
    // days to a named day, more strictly the further back; nothing else does.
    void datesFit_data() {
        QTest::addColumn<DateSpan>("a");
        QTest::addColumn<DateSpan>("b");
        QTest::addColumn<int>("fit");
        const DateSpan estimate = story::publicationEstimate(isoDate("2026-03-11"));
        const auto day = [](const char* iso) { return singleDay(isoDate(iso)); };
        using F = story::DateFit;
        QTest::newRow("estimate and the day before publication agree")
            << estimate << day("2026-03-10") << int(F::Agree);
        QTest::newRow("estimate and two days before it: recent")
            << estimate << day("2026-03-09") << int(F::EarlierRecent);
        QTest::newRow("named day first, estimate second: the same")
            << day("2026-03-08") << estimate << int(F::EarlierRecent);
        QTest::newRow("four days before publication: older")
            << estimate << day("2026-03-07") << int(F::EarlierOlder);
        QTest::newRow("six days before publication: older")
            << estimate << day("2026-03-05") << int(F::EarlierOlder);
        QTest::newRow("a week before publication: apart")
            << estimate << day("2026-03-04") << int(F::Apart);
        QTest::newRow("the day after publication: apart")
            << estimate << day("2026-03-12") << int(F::Apart);
        QTest::newRow("two estimates days apart: apart")
            << estimate << story::publicationEstimate(isoDate("2026-03-07")) << int(F::Apart);
        QTest::newRow("a named two-day range does not reach back")
            << DateSpan{isoDate("2026-03-10"), isoDate("2026-03-11"), Precision::Range, false}
            << day("2026-03-07") << int(F::Apart);
        QTest::newRow("named days two apart: apart")
            << day("2026-03-09") << day("2026-03-07") << int(F::Apart);
    }
    void datesFit() {
        QFETCH(DateSpan, a);
        QFETCH(DateSpan, b);
        QFETCH(int, fit);
        QCOMPARE(int(story::fitOf(a, b)), fit);
        // What fits further back is within the days a report's pool reaches.
        const story::Reach reach = story::reachOf(a);
        if (story::fitsEarlier(story::DateFit(fit))) {
            QVERIFY(reach.further);
            const DayNumber first = std::min(reach.first, reach.furtherFirst);
            const DayNumber last = std::max(reach.last, reach.furtherLast);
            QVERIFY(toDayNumber(b.end) >= first && toDayNumber(b.start) <= last);
        }
    }

    // Between two events a report joins equally well, the one whose report names a day wins
    // over one whose report names a week around it ("died last week"): the day says more.
    void aNamedDayOutranksAWeek_data() {
        QTest::addColumn<DateSpan>("when"); // the new report's
        const Date published = isoDate("2016-06-03");
        QTest::newRow("an undated report") << story::publicationEstimate(published);
        QTest::newRow("a report of that day")
            << DateSpan{published, published, Precision::Day, false};
    }
    void aNamedDayOutranksAWeek() {
        QFETCH(DateSpan, when);
        const std::string sentence = "Police say a 15-year-old is dead after a shooting in the "
                                     "9500 block of Page.";
        const story::ReportFeatures features = story::featuresOf(sentence, {}, {});
        const DateSpan week{isoDate("2016-05-30"), isoDate("2016-06-05"), Precision::Range, true};
        const DateSpan day{isoDate("2016-06-03"), isoDate("2016-06-03"), Precision::Day, false};
        // The week's event first: a tie would keep it.
        std::vector<story::Candidate> candidates(2);
        candidates[0].eventId = 1;
        candidates[0].reports.push_back({week, features, "week"});
        candidates[1].eventId = 2;
        candidates[1].reports.push_back({day, features, "day"});
        const auto decision = story::StoryMerger::decide(when, features, "new", candidates);
        QCOMPARE(decision.eventId, std::int64_t(2));
    }

    // Two undated reports (publication estimates) are narrowed down by the week alone: their
    // join must share a particular term (a name, a place, an age, a number such as "911"), not
    // only words any report uses ("police", "call"). A named day on either side still joins on
    // such words.
    void estimatesJoinOnAParticular_data() {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("storedNamesADay");
        QTest::addColumn<bool>("joins");
        const QString call = "It was a 911 call from inside the home that sent police there.";
        const QString generic = "A man police called reckless and dangerous is off the streets.";
        QTest::newRow("two estimates sharing generic words stay apart")
            << call << generic << false << false;
        QTest::newRow("a named day and an estimate join on them")
            << call << generic << true << true;
        QTest::newRow("two estimates sharing only the emergency number stay apart")
            << call << "Police said a 911 call reported the shooting of a woman." << false << false;
        QTest::newRow("two estimates sharing a street number join")
            << "Police were sent to a home in the 1100 block of the road after a call."
            << "Police said a call reported a shooting at a home in the 1100 block." << false
            << true;
    }
    void estimatesJoinOnAParticular() {
        QFETCH(QString, report);
        QFETCH(QString, stored);
        QFETCH(bool, storedNamesADay);
        QFETCH(bool, joins);
        const Date published = isoDate("2016-11-30");
        const DateSpan estimate = story::publicationEstimate(published);
        const DateSpan when =
            storedNamesADay ? DateSpan{published, published, Precision::Day, false} : estimate;
        const auto features = story::featuresOf(report.toStdString(), {}, {});
        std::vector<story::Candidate> candidates(1);
        candidates[0].eventId = 7;
        candidates[0].reports.push_back(
            {when, story::featuresOf(stored.toStdString(), {}, {}), "stored"});
        const auto decision = story::StoryMerger::decide(estimate, features, "new", candidates);
        QCOMPARE(decision.eventId, joins ? std::int64_t(7) : std::int64_t(0));
        QCOMPARE(story::StoryMerger::needsParticular(estimate, when), !storedNamesADay);
    }

    // A report that tells of the same happening as two events makes them one, unless the
    // events' dates are apart or the user said they are not the same (also by a split). Each
    // row imports into a fresh story: articles of tests/data/story-bridge by number, "apart"
    // marks the two tellings' events not the same, "split" splits the second telling out.
    void aReportBridgesTwoTellings_data() {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("oneEvent"); // the first two tellings end in one event
        QTest::newRow("two tellings, then a report telling both")
            << QStringList{"1", "2", "3"} << true;
        QTest::newRow("the two tellings alone stay apart") << QStringList{"1", "2"} << false;
        QTest::newRow("not across the user's \"not the same\"")
            << QStringList{"1", "2", "apart", "3"} << false;
        QTest::newRow("a report the user split out is not pulled back")
            << QStringList{"1", "2", "3", "split", "4"} << false;
        QTest::newRow("a week agreeing with two days four apart does not join them")
            << QStringList{"1", "5", "6"} << false;
    }
    void aReportBridgesTwoTellings() {
        QFETCH(QStringList, steps);
        QFETCH(bool, oneEvent);
        const std::string location = test::storyStoreLocation(
            m_server, m_dir.path(), QString("bridge-%1.db").arg(++m_stores));
        auto opened = openStore(location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        Store& store = **opened;
        Importer importer(store, *m_gazetteer);
        const auto eventOf = [&](const std::string& snippet) {
            return test::eventWithReport(store, snippet);
        };
        const std::string first = "A 16-year-old boy was shot", second = "a pupil of the";
        for (const QString& step : steps) {
            if (step == "apart") {
                QVERIFY(store.markDistinct(eventOf(first), eventOf(second)).ok());
            } else if (step == "split") {
                auto reports = store.reports(eventOf(second));
                QVERIFY(reports.ok());
                for (const Report& r : *reports)
                    if (r.sentence.find(second) != std::string::npos)
                        QVERIFY(store.splitReport(r.id).ok());
            } else {
                const std::string error =
                    test::importStep(importer, QDir(CT_TEST_DATA_DIR "/story-bridge"), step);
                QVERIFY2(error.empty(), error.c_str());
            }
        }
        const std::int64_t a = eventOf(first), b = eventOf(second);
        QVERIFY(a != 0 && b != 0);
        QCOMPARE(a == b, oneEvent);
        // Every event's copies of its reports are up to date: a merged one counts all three
        // outlets (and four after the recovering pupil's report).
        auto events = store.events({});
        QVERIFY(events.ok());
        for (const Event& e : *events) {
            auto reports = store.reports(e.id);
            QVERIFY(reports.ok());
            QCOMPARE(int(reports->size()), e.reportCount);
            if (oneEvent && e.id == a)
                QCOMPARE(e.sourceCount, int(steps.size()));
        }
    }

    // The import hands the store each sentence's terms and fingerprint, computed on its worker
    // thread (PreparedArticle::texts); a store computing them itself merges alike.
    void sentenceTextsGivenOrComputedMergeAlike() {
        const std::string location =
            test::storyStoreLocation(m_server, m_dir.path(), "computed.db");
        QVERIFY(!location.empty());
        auto store = openStore(location);
        QVERIFY(store.ok());
        Importer importer(**store, *m_gazetteer);
        const QDir data(CT_TEST_DATA_DIR "/story");
        std::size_t cleared = 0;
        for (const QString& f : data.entryList({"*.txt"}, QDir::Files, QDir::Name)) {
            PreparedFile file = importer.prepareFile(data.filePath(f).toStdString(), {}, true);
            for (PreparedArticle& a : file.articles) {
                QVERIFY(a.events);
                QCOMPARE(a.texts.size(), a.events->size());
                cleared += a.texts.size();
                a.texts.clear();
            }
            QVERIFY(importer.store(std::move(file)).ok());
        }
        QVERIFY(cleared > 20);
        // Each event as its days, title and reports' sentences: ids aside, the same story.
        const auto storyOf = [](Store& s) {
            std::vector<std::string> lines;
            const auto events = s.events({});
            for (const Event& e : events.value()) {
                std::vector<std::string> sentences;
                const auto reports = s.reports(e.id);
                for (const Report& r : reports.value())
                    sentences.push_back(r.outlet + ": " + r.sentence);
                std::sort(sentences.begin(), sentences.end());
                std::string line = toText(e.when) + " " + e.title;
                for (const std::string& sentence : sentences)
                    line += "\n  " + sentence;
                lines.push_back(line);
            }
            std::sort(lines.begin(), lines.end());
            return lines;
        };
        const auto given = storyOf(*m_store);
        QCOMPARE(given.size(), m_events.size());
        QCOMPARE(storyOf(**store), given);
    }

    void minSourcesFilters() {
        EventQuery q;
        q.minSources = 2;
        auto events = m_store->events(q);
        QVERIFY(events.ok());
        QVERIFY(!events->empty());
        QVERIFY(events->size() < m_events.size());
        for (const Event& e : *events)
            QVERIFY(e.sourceCount >= 2);
    }
};

int main(int argc, char** argv) {
    return test::runOnBothEngines<TestStoryMerge>(argc, argv);
}
#include "tst_story_merge.moc"

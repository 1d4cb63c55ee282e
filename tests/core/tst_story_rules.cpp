// What an event's reports say about its date (core/store/StoryRules): the date they agree on
// and whether they disagree, with publication estimates (no date words) weighing less than a
// day someone wrote; and whether two events a report bridges may become one.
#include "TestPrinters.h"
#include "store/StoryIndex.h"
#include "store/StoryRules.h"
#include "story/PlaceNames.h"
#include "story/StoryMerger.h"

#include <QtTest/QTest>
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace ct;

namespace {

DateSpan day(const char* iso) {
    return singleDay(isoDate(iso));
}

DateSpan estimate(const char* published) {
    return story::publicationEstimate(isoDate(published));
}

} // namespace

Q_DECLARE_METATYPE(ct::DateSpan)
Q_DECLARE_METATYPE(std::vector<ct::DateSpan>)

class TestStoryRules : public QObject {
    Q_OBJECT
  private slots:
    void agreedSpan_data() {
        QTest::addColumn<std::vector<DateSpan>>("spans");
        QTest::addColumn<DateSpan>("agreed");
        QTest::newRow("three undated follow-ups do not outvote the day one report names")
            << std::vector<DateSpan>{estimate("2026-03-11"), estimate("2026-03-11"),
                                     estimate("2026-03-11"), day("2026-03-07")}
            << day("2026-03-07");
        QTest::newRow("estimates around a named day: the day")
            << std::vector<DateSpan>{estimate("2026-03-08"), estimate("2026-03-08"),
                                     day("2026-03-08")}
            << day("2026-03-08");
        QTest::newRow("estimates alone agree on the estimate")
            << std::vector<DateSpan>{estimate("2026-03-08"), estimate("2026-03-08")}
            << estimate("2026-03-08");
        QTest::newRow("named days: the one most reports give")
            << std::vector<DateSpan>{day("2026-03-05"), day("2026-03-06"), day("2026-03-06")}
            << day("2026-03-06");
        QTest::newRow("a tie goes to the earlier report")
            << std::vector<DateSpan>{day("2026-03-05"), day("2026-03-06")} << day("2026-03-05");
    }
    void agreedSpan() {
        QFETCH(std::vector<DateSpan>, spans);
        QFETCH(DateSpan, agreed);
        QCOMPARE(store::agreedSpan(spans), agreed);
    }

    void disputed_data() {
        QTest::addColumn<std::vector<DateSpan>>("spans");
        QTest::addColumn<bool>("disputed");
        QTest::newRow("an undated follow-up and the day it reaches back to")
            << std::vector<DateSpan>{day("2026-03-07"), estimate("2026-03-11")} << false;
        QTest::newRow("an estimate and a day beyond its reach")
            << std::vector<DateSpan>{day("2026-03-01"), estimate("2026-03-11")} << true;
        QTest::newRow("two outlets, two named days")
            << std::vector<DateSpan>{day("2026-03-05"), day("2026-03-06")} << true;
        QTest::newRow("a range holding the day")
            << std::vector<DateSpan>{day("2026-03-05"),
                                     DateSpan{isoDate("2026-03-02"), isoDate("2026-03-08"),
                                              Precision::Range, true}}
            << false;
    }
    void disputed() {
        QFETCH(std::vector<DateSpan>, spans);
        QFETCH(bool, disputed);
        QCOMPARE(store::spansDisputed(spans), disputed);
    }

    // Whether two events a report bridges may become one (store::mayBridge). The first event
    // holds report "a:1:0:10", the second the keys of the row; "apart" decides a:1:0:10 and
    // the second's first key not the same.
    void mayBridge_data() {
        QTest::addColumn<DateSpan>("first");
        QTest::addColumn<DateSpan>("second");
        QTest::addColumn<QStringList>("secondKeys");
        QTest::addColumn<bool>("userSet"); // the second event's
        QTest::addColumn<bool>("apart");
        QTest::addColumn<bool>("may");
        const DateSpan saturday = day("2026-04-11");
        const QStringList article{"a:2:0:10"};
        QTest::newRow("same day") << saturday << saturday << article << false << false << true;
        QTest::newRow("a day apart: a disagreement")
            << saturday << day("2026-04-12") << article << false << false << true;
        QTest::newRow("days apart")
            << saturday << day("2026-04-07") << article << false << false << false;
        QTest::newRow("an undated follow-up reaching back")
            << saturday << estimate("2026-04-14") << article << false << false << true;
        QTest::newRow("the user edited one")
            << saturday << saturday << article << true << false << false;
        QTest::newRow("the user said not the same")
            << saturday << saturday << article << false << true << false;
        QTest::newRow("a data set's row and an article's")
            << saturday << saturday << QStringList{"t:ACLED:KAZ1"} << false << false << true;
    }
    void mayBridge() {
        QFETCH(DateSpan, first);
        QFETCH(DateSpan, second);
        QFETCH(QStringList, secondKeys);
        QFETCH(bool, userSet);
        QFETCH(bool, apart);
        QFETCH(bool, may);
        store::BridgeSide a{first, false, {"a:1:0:10"}, {}, {}};
        store::BridgeSide b{second, userSet, {}, {}, {}};
        for (const QString& k : secondKeys)
            b.keys.push_back(k.toStdString());
        const auto decided = [&](const std::string& x, const std::string& y) {
            return apart &&
                   ((x == a.keys[0] && y == b.keys[0]) || (y == a.keys[0] && x == b.keys[0]));
        };
        QCOMPARE(store::mayBridge(a, b, decided), may);
        QCOMPARE(store::mayBridge(b, a, decided), may);
    }

    // Two rows of one data set are distinct events by its curators' account, whichever way
    // their keys are read (a data set's name or a row's id may hold ':').
    void mayBridgeKeepsADataSetsRowsApart_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("may");
        QTest::newRow("one data set") << "t:ACLED:KAZ1"
                                      << "t:ACLED:KAZ2" << false;
        QTest::newRow("two data sets") << "t:ACLED:KAZ1"
                                       << "t:GDELT:77" << true;
        QTest::newRow("a name with ':'") << "t:My: notes:1"
                                         << "t:My: notes:2" << false;
    }
    void mayBridgeKeepsADataSetsRowsApart() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, may);
        const DateSpan when = day("2026-04-11");
        const auto none = [](const std::string&, const std::string&) { return false; };
        QCOMPARE(store::mayBridge({when, false, {first.toStdString()}, {}, {}},
                                  {when, false, {second.toStdString()}, {}, {}}, none),
                 may);
        // Nobody decided anything apart: no decisions to ask.
        QCOMPARE(store::mayBridge({when, false, {first.toStdString()}, {}, {}},
                                  {when, false, {second.toStdString()}, {}, {}}, {}),
                 may);
    }

    // A happening happens somewhere: events that both name places must share one, and
    // together name no more than one happening's (store::kBridgedPlaces).
    void mayBridgeNeedsASharedPlace_data() {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<bool>("may");
        QTest::newRow("no places") << QStringList{} << QStringList{} << true;
        QTest::newRow("one side names none") << QStringList{"Moscow"} << QStringList{} << true;
        QTest::newRow("the same place") << QStringList{"Moscow"} << QStringList{"Moscow"} << true;
        QTest::newRow("one shared of several")
            << QStringList{"Almaty", "Kazakhstan"} << QStringList{"Kazakhstan"} << true;
        QTest::newRow("two cities") << QStringList{"Moscow"} << QStringList{"Kyiv"} << false;
        QTest::newRow("several, none shared")
            << QStringList{"Almaty", "Kazakhstan"} << QStringList{"Kyiv", "Ukraine"} << false;
        QTest::newRow("a place, its city and its country")
            << QStringList{"Zhanaozen", "Kazakhstan"} << QStringList{"Almaty", "Kazakhstan"}
            << true;
        QTest::newRow("one street written two ways")
            << QStringList{"East Markison Avenue"} << QStringList{"Markison Ave"} << true;
        QTest::newRow("a street and its bare name, with a county")
            << QStringList{"Markison Avenue", "Paulding County"} << QStringList{"Markison"} << true;
        QTest::newRow("two streets")
            << QStringList{"Markison Avenue"} << QStringList{"Ward Street"} << false;
        QTest::newRow("one street written three ways is one of the three places")
            << QStringList{"East Markison Avenue", "Paulding County", "Georgia"}
            << QStringList{"Markison Ave", "Markison Avenue"} << true;
        QTest::newRow("together more places than one happening's")
            << QStringList{"Moscow", "Kyiv", "Almaty"} << QStringList{"Almaty", "Minsk"} << false;
    }
    void mayBridgeNeedsASharedPlace() {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(bool, may);
        const DateSpan when = day("2026-04-11");
        store::BridgeSide a{when, false, {"a:1:0:10"}, {}, {}};
        store::BridgeSide b{when, false, {"a:2:0:10"}, {}, {}};
        for (const QString& p : first)
            a.places.push_back(p.toStdString());
        for (const QString& p : second)
            b.places.push_back(p.toStdString());
        QCOMPARE(store::mayBridge(a, b, {}), may);
        QCOMPARE(store::mayBridge(b, a, {}), may);
        // The story index's pre-filter says the same.
        QCOMPARE(store::datesAndPlacesMayBridge(a.when, a.places, b.when, b.places), may);
        // And so does the index on its place terms' ids (each term's core worked out once, the
        // keys reused across calls), as the strings of those terms did before.
        store::StoryIndex index;
        store::StoryIndex::Event ea, eb;
        std::vector<std::string> termNames[2];
        for (int side = 0; side < 2; ++side)
            for (const QString& p : side == 0 ? first : second) {
                const auto id = index.intern(story::placeTerm(p.toStdString()));
                auto& names = side == 0 ? ea.names : eb.names;
                if (std::find(names.begin(), names.end(), id) != names.end())
                    continue;
                names.push_back(id);
                termNames[side].push_back(index.term(id).substr(1));
            }
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(index.placesMayBridge(ea, eb), may);
            QCOMPARE(index.placesMayBridge(eb, ea), may);
        }
        QCOMPARE(store::datesAndPlacesMayBridge(when, termNames[0], when, termNames[1]), may);
    }
    // Places as keys (one per place, equal for one place): what the index compares.
    void placesMayBridgeOnKeys_data() {
        QTest::addColumn<QList<qint64>>("first");
        QTest::addColumn<QList<qint64>>("second");
        QTest::addColumn<bool>("may");
        QTest::newRow("none") << QList<qint64>{} << QList<qint64>{} << true;
        QTest::newRow("one side none") << QList<qint64>{1, 2} << QList<qint64>{} << true;
        QTest::newRow("none shared") << QList<qint64>{1} << QList<qint64>{2} << false;
        QTest::newRow("three together") << QList<qint64>{1, 2} << QList<qint64>{2, 3} << true;
        QTest::newRow("four together") << QList<qint64>{1, 2} << QList<qint64>{2, 3, 4} << false;
        QTest::newRow("a side repeating a key counts it once")
            << QList<qint64>{1, 1, 2} << QList<qint64>{2, 3, 3} << true;
        QTest::newRow("a key of its own (no core) beside cores")
            << QList<qint64>{-5, 1} << QList<qint64>{1, 2} << true;
    }
    void placesMayBridgeOnKeys() {
        QFETCH(QList<qint64>, first);
        QFETCH(QList<qint64>, second);
        QFETCH(bool, may);
        const std::vector<std::int64_t> a(first.begin(), first.end());
        const std::vector<std::int64_t> b(second.begin(), second.end());
        QCOMPARE(store::placesMayBridge(a, b), may);
        QCOMPARE(store::placesMayBridge(b, a), may);
    }
    // Dates the pre-filter refuses as mayBridge does: Apart, not a day's disagreement.
    void datesAndPlacesMayBridgeOnDates_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("may");
        QTest::newRow("the same day") << "2026-04-11"
                                      << "2026-04-11" << true;
        QTest::newRow("the next day: a disagreement") << "2026-04-11"
                                                      << "2026-04-12" << true;
        QTest::newRow("two days apart") << "2026-04-11"
                                        << "2026-04-13" << false;
    }
    void datesAndPlacesMayBridgeOnDates() {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, may);
        const DateSpan a = day(first.toLatin1().constData());
        const DateSpan b = day(second.toLatin1().constData());
        const std::vector<std::string> moscow{"Moscow"};
        QCOMPARE(store::datesAndPlacesMayBridge(a, moscow, b, moscow), may);
        QCOMPARE(store::mayBridge({a, false, {"a:1:0:10"}, moscow, {}},
                                  {b, false, {"a:2:0:10"}, moscow, {}}, {}),
                 may);
    }
    // Whom two events' reports give one age to (store::BridgeSide::agedSexes, read from their
    // sentences by store::addAgedSexes): a report that names no sex bridges neither a girl's
    // killing to a boy's nor, through them, anything else.
    void mayBridgeKeepsAGirlAndABoyOfOneAgeApart_data() {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<bool>("may");
        QTest::newRow("a girl and a nephew of one age")
            << QStringList{"A 16-year-old girl was shot on Meridian Street, police said."}
            << QStringList{"Police said his 16-year-old nephew was shot in the leg."} << false;
        QTest::newRow("the other sex among an event's later reports")
            << QStringList{"A teenager was shot on Meridian Street.",
                           "The 16-year-old girl died at the hospital."}
            << QStringList{"A 16-year-old boy was wounded."} << false;
        QTest::newRow("one sex, one age")
            << QStringList{"A 16-year-old girl was shot on Meridian Street."}
            << QStringList{"Police named the 16-year-old girl."} << true;
        QTest::newRow("two ages") << QStringList{"A 16-year-old girl was shot."}
                                  << QStringList{"A 19-year-old man was arrested."} << true;
        QTest::newRow("no sex named")
            << QStringList{"A 16-year-old was shot on Meridian Street."}
            << QStringList{"Police said his 16-year-old nephew was shot."} << true;
    }
    void mayBridgeKeepsAGirlAndABoyOfOneAgeApart() {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(bool, may);
        const DateSpan when = day("2026-04-11");
        store::BridgeSide a{when, false, {"a:1:0:10"}, {}, {}};
        store::BridgeSide b{when, false, {"a:2:0:10"}, {}, {}};
        for (const QString& s : first)
            store::addAgedSexes(a.agedSexes, s.toStdString());
        for (const QString& s : second)
            store::addAgedSexes(b.agedSexes, s.toStdString());
        QCOMPARE(store::mayBridge(a, b, {}), may);
        QCOMPARE(store::mayBridge(b, a, {}), may);
    }
};

QTEST_GUILESS_MAIN(TestStoryRules)
#include "tst_story_rules.moc"

// What an event's reports say about its date (core/store/StoryRules): the date they agree on
// and whether they disagree, with publication estimates (no date words) weighing less than a
// day someone wrote.
#include "TestPrinters.h"
#include "store/StoryRules.h"
#include "story/StoryMerger.h"

#include <QtTest/QTest>

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
};

QTEST_GUILESS_MAIN(TestStoryRules)
#include "tst_story_rules.moc"

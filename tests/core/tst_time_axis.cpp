#include "TestPrinters.h"
#include "layout/TimeAxis.h"

#include <QtTest/QTest>

using namespace ct;

namespace {
double day(const char* iso) {
    return toDayNumber(isoDate(iso));
}
} // namespace

class TestTimeAxis : public QObject {
    Q_OBJECT
  private slots:
    void ticksAcrossZoomLevels_data();
    void ticksAcrossZoomLevels();
    void calendarAlignment_data();
    void calendarAlignment();
    void labels_data();
    void labels();
    void contextLabel_data();
    void contextLabel();
    void majorTicksLabelThePeriodTheViewStartsIn();
    void finestUnitIsNeverUndercut_data();
    void finestUnitIsNeverUndercut();
};

void TestTimeAxis::ticksAcrossZoomLevels_data() {
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("finestUnit");
    QTest::addColumn<int>("coarsestUnit");
    const double d = day("2022-01-06");
    QTest::newRow("six hours on a wide view: hourly")
        << d + 0.25 << 0.25 << 1200.0 << int(TickUnit::Hour1) << int(TickUnit::Hour1);
    QTest::newRow("one day: a few hours apart")
        << d << 1.0 << 1000.0 << int(TickUnit::Hour1) << int(TickUnit::Hour6);
    QTest::newRow("the five seed days: days")
        << day("2022-01-01") << 16.0 << 1280.0 << int(TickUnit::Day) << int(TickUnit::Day);
    QTest::newRow("two months: days or weeks")
        << d << 60.0 << 1200.0 << int(TickUnit::Day) << int(TickUnit::Week);
    QTest::newRow("one year: months")
        << day("2022-01-01") << 365.0 << 1200.0 << int(TickUnit::Month) << int(TickUnit::Month);
    QTest::newRow("one year, narrow: quarters at most")
        << day("2022-01-01") << 365.0 << 300.0 << int(TickUnit::Month) << int(TickUnit::Quarter);
    QTest::newRow("five years: quarters or years")
        << day("2018-01-01") << 5 * 365.0 << 800.0 << int(TickUnit::Quarter) << int(TickUnit::Year);
    QTest::newRow("thirty years: years to five years")
        << day("1995-01-01") << 30 * 365.0 << 1280.0 << int(TickUnit::Year) << int(TickUnit::Year5);
    QTest::newRow("three centuries: decades and more")
        << day("1800-01-01") << 300 * 365.0 << 1000.0 << int(TickUnit::Year10)
        << int(TickUnit::Year50);
    QTest::newRow("tiny width: coarse but valid")
        << day("2000-01-01") << 400 * 365.0 << 200.0 << int(TickUnit::Year50)
        << int(TickUnit::Year100);
}

void TestTimeAxis::ticksAcrossZoomLevels() {
    QFETCH(double, from);
    QFETCH(double, span);
    QFETCH(double, width);
    QFETCH(int, finestUnit);
    QFETCH(int, coarsestUnit);
    const TimeAxis axis;
    const AxisTicks ticks = axis.compute(from, from + span, width);
    QVERIFY2(int(ticks.minorUnit) >= finestUnit && int(ticks.minorUnit) <= coarsestUnit,
             toText(ticks.minorUnit));
    QVERIFY(int(ticks.majorUnit) >= int(ticks.minorUnit));
    QVERIFY(!ticks.minor.empty());
    QVERIFY(!ticks.major.empty());
    const double pxPerDay = width / span;
    for (std::size_t i = 0; i < ticks.minor.size(); ++i) {
        QVERIFY(ticks.minor[i].day >= from && ticks.minor[i].day <= from + span);
        QVERIFY(!ticks.minor[i].label.empty());
        if (i == 0)
            continue;
        QVERIFY2(ticks.minor[i].day > ticks.minor[i - 1].day, "ticks must strictly increase");
        // The label of a tick, drawn from it to the right, ends before the next tick.
        const double x0 = (ticks.minor[i - 1].day - from) * pxPerDay;
        const double x1 = (ticks.minor[i].day - from) * pxPerDay;
        QVERIFY2(x0 + axis.labelWidth(ticks.minor[i - 1].label) < x1,
                 qPrintable(QStringLiteral("label '%1' overlaps the next tick")
                                .arg(QString::fromStdString(ticks.minor[i - 1].label))));
    }
    for (std::size_t i = 1; i < ticks.major.size(); ++i)
        QVERIFY(ticks.major[i].day > ticks.major[i - 1].day);
}

void TestTimeAxis::calendarAlignment_data() {
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("weeks start on Monday")
        << int(TickUnit::Week) << day("2021-12-15") << day("2022-03-02");
    QTest::newRow("months land on the 1st, across a leap February")
        << int(TickUnit::Month) << day("2023-11-17") << day("2024-06-03");
    QTest::newRow("quarters on Jan/Apr/Jul/Oct 1st")
        << int(TickUnit::Quarter) << day("2019-02-11") << day("2023-05-05");
    QTest::newRow("years on 1 January")
        << int(TickUnit::Year) << day("1995-06-01") << day("2025-02-01");
    QTest::newRow("decades on years divisible by ten")
        << int(TickUnit::Year10) << day("1913-01-01") << day("2021-01-01");
}

void TestTimeAxis::calendarAlignment() {
    QFETCH(int, unit);
    QFETCH(double, from);
    QFETCH(double, to);
    const auto ticks = TimeAxis::ticks(TickUnit(unit), from, to);
    QVERIFY(ticks.size() >= 3);
    for (double t : ticks) {
        const Date d = fromDayNumber(DayNumber(t));
        QCOMPARE(t, std::floor(t));
        switch (TickUnit(unit)) {
        case TickUnit::Week:
            QCOMPARE(d.day_of_week().as_number(), 1);
            break;
        case TickUnit::Month:
            QCOMPARE(int(d.day()), 1);
            break;
        case TickUnit::Quarter:
            QCOMPARE(int(d.day()), 1);
            QCOMPARE((d.month() - 1) % 3, 0);
            break;
        case TickUnit::Year10:
            QCOMPARE(int(d.year()) % 10, 0);
            [[fallthrough]];
        default:
            QCOMPARE(int(d.month()), 1);
            QCOMPARE(int(d.day()), 1);
        }
    }
}

void TestTimeAxis::labels_data() {
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("at");
    QTest::addColumn<QString>("expected");
    const double d = day("2022-01-06");
    QTest::newRow("day: weekday, day, month") << int(TickUnit::Day) << d << "Thu 6 Jan";
    QTest::newRow("hour: 24-hour clock") << int(TickUnit::Hour6) << d + 0.25 << "06:00";
    QTest::newRow("midnight") << int(TickUnit::Hour3) << d << "00:00";
    QTest::newRow("week: day and month") << int(TickUnit::Week) << day("2022-01-03") << "3 Jan";
    QTest::newRow("month: short name") << int(TickUnit::Month) << day("2022-09-01") << "Sep";
    QTest::newRow("year") << int(TickUnit::Year) << day("2022-01-01") << "2022";
}

void TestTimeAxis::labels() {
    QFETCH(int, unit);
    QFETCH(double, at);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(TimeAxis::minorLabel(TickUnit(unit), at)), expected);
}

void TestTimeAxis::contextLabel_data() {
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("within one day")
        << day("2022-01-08") + 0.1 << day("2022-01-08") + 0.9 << "Saturday 8 January 2022";
    QTest::newRow("within one month") << day("2022-01-01") << day("2022-01-17") << "January 2022";
    QTest::newRow("a view ending at midnight of the 1st stays in its month")
        << day("2022-01-05") << day("2022-02-01") << "January 2022";
    QTest::newRow("across years") << day("2019-05-01") << day("2022-02-01") << "2019 – 2022";
}

void TestTimeAxis::contextLabel() {
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(TimeAxis::contextLabel(from, to)), expected);
}

void TestTimeAxis::majorTicksLabelThePeriodTheViewStartsIn() {
    const TimeAxis axis;
    const double from = day("2022-01-05");
    const auto ticks = axis.compute(from, from + 40, 1200);
    QCOMPARE(int(ticks.majorUnit), int(TickUnit::Month));
    QVERIFY(ticks.major.front().day <= from);
    QCOMPARE(QString::fromStdString(ticks.major.front().label), QStringLiteral("January 2022"));
}

void TestTimeAxis::finestUnitIsNeverUndercut_data() {
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("width");
    QTest::newRow("two weeks, wide: hours would fit")
        << day("2022-01-01") << day("2022-01-15") << 3000.0;
    QTest::newRow("one day, wide") << day("2022-01-08") << day("2022-01-09") << 1600.0;
    QTest::newRow("a year: months anyway") << day("2022-01-01") << day("2023-01-01") << 1200.0;
}

void TestTimeAxis::finestUnitIsNeverUndercut() {
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, width);
    TimeAxis hours;
    TimeAxis days;
    days.setFinestUnit(TickUnit::Day);
    const auto free = hours.compute(from, to, width);
    const auto limited = days.compute(from, to, width);
    QVERIFY(int(limited.minorUnit) >= int(TickUnit::Day));
    // Where the free choice was already days or coarser, nothing changes.
    QCOMPARE(int(limited.minorUnit), std::max(int(free.minorUnit), int(TickUnit::Day)));
    for (const auto& tick : limited.minor)
        QCOMPARE(tick.day, std::floor(tick.day)); // whole days only
}

QTEST_APPLESS_MAIN(TestTimeAxis)
#include "tst_time_axis.moc"

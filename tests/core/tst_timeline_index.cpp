#include "TestPrinters.h"
#include "layout/TimelineIndex.h"

#include <QtTest/QTest>
#include <algorithm>
#include <limits>
#include <random>

using namespace ct;

class TestTimelineIndex : public QObject {
    Q_OBJECT
  private slots:
    void focusLeavesFewFarOutliersOut_data();
    void focusLeavesFewFarOutliersOut();
    void windowQueryEqualsBruteForce_data();
    void windowQueryEqualsBruteForce();
    void findsEntriesById();
    void findsSparseIds();
    void emptyIndexAnswersNothing();
    void eventsTouchingTheWindowEdgeAreNotInIt();
};

void TestTimelineIndex::windowQueryEqualsBruteForce_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxDuration");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("single days") << 5000 << 0 << 1u;
    QTest::newRow("short ranges") << 5000 << 10 << 2u;
    QTest::newRow("a few very long ranges") << 3000 << 4000 << 3u;
    QTest::newRow("all on one day") << 500 << 0 << 4u;
    QTest::newRow("one entry") << 1 << 3 << 5u;
}

void TestTimelineIndex::windowQueryEqualsBruteForce() {
    QFETCH(int, count);
    QFETCH(int, maxDuration);
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed);
    const DayNumber base = toDayNumber(isoDate("1995-01-01"));
    const int spread = QTest::currentDataTag() == QByteArray("all on one day") ? 1 : 11000;
    std::uniform_int_distribution<int> startDist(0, spread - 1), durDist(0, maxDuration);
    std::vector<TimelineEntry> entries;
    for (int i = 0; i < count; ++i) {
        TimelineEntry e;
        e.id = 1000 + i;
        e.start = base + startDist(rng);
        // Mostly short, a few reaching the maximum: the case the duration bound exists for.
        e.end = e.start + (i % 50 == 0 ? maxDuration : durDist(rng) / 4);
        entries.push_back(e);
    }
    const TimelineIndex index(entries);
    QCOMPARE(index.size(), entries.size());
    std::uniform_real_distribution<double> fromDist(base - 100.0, base + spread + 100.0),
        spanDist(0.0, 400.0);
    for (int q = 0; q < 300; ++q) {
        const double from = fromDist(rng), to = from + (q % 10 == 0 ? 0.01 : spanDist(rng));
        std::vector<std::int64_t> expected, actual;
        for (const auto& e : entries)
            if (e.start < to && e.end + 1.0 > from)
                expected.push_back(e.id);
        for (const auto i : index.query(from, to))
            actual.push_back(index.at(i).id);
        // The index returns start order; compare as sets.
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);

        std::size_t starting = 0;
        for (const auto& e : entries)
            starting += e.start >= from && e.start < to;
        QCOMPARE(index.countStarting(from, to), starting);
    }
    const auto all = index.query(index.firstDay(), index.lastDay() + 1.0);
    QCOMPARE(all.size(), entries.size());
    QVERIFY(std::is_sorted(all.begin(), all.end(),
                           [&](auto a, auto b) { return index.at(a).start < index.at(b).start; }));
}

void TestTimelineIndex::findsEntriesById() {
    std::vector<TimelineSpan> entries;
    for (int i = 0; i < 100; ++i)
        entries.push_back({.id = 7 * i + 3,
                           .start = 2459000 + (i * 37) % 100,
                           .end = 2459000 + (i * 37) % 100,
                           .actorId = i});
    const TimelineIndex index(entries);
    for (const auto& e : entries) {
        const auto i = index.indexOf(e.id);
        QVERIFY(i.has_value());
        QCOMPARE(index.at(*i).id, e.id);
        QCOMPARE(index.at(*i).actorId, e.actorId);
    }
    QVERIFY(!index.indexOf(4).has_value());
}

// Ids far apart (events deleted, or imported from elsewhere) take the sorted-pairs lookup
// instead of the dense table; both must answer the same.
void TestTimelineIndex::findsSparseIds() {
    std::vector<TimelineSpan> spans;
    for (int i = 0; i < 200; ++i)
        spans.push_back({.id = std::int64_t(i) * 1'000'003 - 50'000'000,
                         .start = 2459000 + (i * 13) % 50,
                         .end = 2459000 + (i * 13) % 50});
    const TimelineIndex index(spans);
    for (const auto& s : spans) {
        const auto i = index.indexOf(s.id);
        QVERIFY(i.has_value());
        QCOMPARE(index.at(*i).id, s.id);
    }
    QVERIFY(!index.indexOf(1).has_value());
    QVERIFY(!index.indexOf(spans.back().id + 1).has_value());
    QVERIFY(!index.indexOf(std::numeric_limits<std::int64_t>::min()).has_value());
}

void TestTimelineIndex::eventsTouchingTheWindowEdgeAreNotInIt() {
    const TimelineIndex index(std::vector<TimelineSpan>{{.id = 1, .start = 100, .end = 100},
                                                        {.id = 2, .start = 102, .end = 103}});
    QVERIFY(index.query(101, 102).empty()); // 1 ends at 101, 2 starts at 102
    QCOMPARE(index.query(100.5, 102.5).size(), std::size_t{2});
}

void TestTimelineIndex::emptyIndexAnswersNothing() {
    const TimelineIndex index;
    QVERIFY(index.query(0, 1e7).empty());
    QCOMPARE(index.countStarting(0, 1e7), std::size_t{0});
    QVERIFY(!index.indexOf(1).has_value());
}

void TestTimelineIndex::focusLeavesFewFarOutliersOut_data() {
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to"); // last day shown
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QStringList story;
    for (int d = 2; d <= 21; ++d)
        for (int k = 0; k < 3; ++k)
            story << QStringLiteral("2022-01-%1").arg(d, 2, 10, QLatin1Char('0'));
    QTest::newRow("a 20-day story alone") << story << "2022-01-02"
                                          << "2022-01-21" << 0 << 0;
    QTest::newRow("two background dates years before")
        << (story + QStringList{"1992-01-03", "2019-03-20"}) << "2022-01-02"
        << "2022-01-21" << 2 << 0;
    QTest::newRow("one earlier, one years later")
        << (story + QStringList{"2019-03-20", "2030-01-01"}) << "2022-01-02"
        << "2022-01-21" << 1 << 1;
    QTest::newRow("a follow-up three weeks later stays in")
        << (story + QStringList{"2022-02-10"}) << "2022-01-02"
        << "2022-02-10" << 0 << 0;
    QTest::newRow("two equal episodes years apart: both framed")
        << (QStringList{"2010-05-01", "2010-05-02", "2010-05-03", "2010-05-04"} +
            QStringList{"2020-05-01", "2020-05-02", "2020-05-03", "2020-05-04"})
        << "2010-05-01"
        << "2020-05-04" << 0 << 0;
    QTest::newRow("four events: too few to call any an outlier")
        << QStringList{"2022-01-02", "2022-01-03", "2022-01-04", "1990-01-01"} << "1990-01-01"
        << "2022-01-04" << 0 << 0;
}

void TestTimelineIndex::focusLeavesFewFarOutliersOut() {
    QFETCH(QStringList, days);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, before);
    QFETCH(int, after);
    std::vector<TimelineSpan> spans;
    for (const QString& day : days) {
        TimelineSpan s;
        s.id = std::int64_t(spans.size()) + 1;
        s.start = s.end = toDayNumber(isoDate(day.toLatin1().constData()));
        spans.push_back(s);
    }
    const TimelineIndex index(std::move(spans));
    const auto focus = index.focus();
    QCOMPARE(focus.from, double(toDayNumber(isoDate(from.toLatin1().constData()))));
    QCOMPARE(focus.to, toDayNumber(isoDate(to.toLatin1().constData())) + 1.0);
    QCOMPARE(int(focus.before), before);
    QCOMPARE(int(focus.after), after);
    // What is left out is what lies outside.
    QCOMPARE(index.countEndingBefore(focus.from), std::size_t(before));
    QCOMPARE(index.countStarting(focus.to, 1e9), std::size_t(after));
}

QTEST_APPLESS_MAIN(TestTimelineIndex)
#include "tst_timeline_index.moc"

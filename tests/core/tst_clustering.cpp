#include "TestPrinters.h"
#include "layout/Clustering.h"
#include "layout/LaneLayout.h"
#include "layout/TimelineIndex.h"

#include <QtTest/QTest>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace ct;

class TestClustering : public QObject {
    Q_OBJECT
  private slots:
    void countsAddUpToEventsInView_data();
    void countsAddUpToEventsInView();
    void nearbyEventsShareACluster();
};

void TestClustering::countsAddUpToEventsInView_data() {
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<double>("viewDays");
    QTest::addColumn<double>("widthPx");
    QTest::newRow("thirty years, fit all") << 21u << 11000.0 << 1280.0;
    QTest::newRow("one dense year") << 22u << 365.0 << 1920.0;
    QTest::newRow("one month") << 23u << 31.0 << 1000.0;
    QTest::newRow("one day, wide buckets") << 24u << 1.0 << 300.0;
    QTest::newRow("a week, long events reaching in from before") << 25u << 7.0 << 800.0;
}

void TestClustering::countsAddUpToEventsInView() {
    QFETCH(unsigned, seed);
    QFETCH(double, viewDays);
    QFETCH(double, widthPx);
    std::mt19937 rng(seed);
    const DayNumber base = toDayNumber(isoDate("1995-01-01"));
    std::vector<TimelineEntry> entries;
    for (int i = 0; i < 20000; ++i) {
        TimelineEntry e;
        e.id = i;
        // Bursts: a third spread evenly, the rest crowded into six crises.
        e.start = base + int(i % 3 == 0 ? rng() % 11000 : (rng() % 6) * 1800 + rng() % 60);
        e.end = e.start + int(i % 500 == 0 ? 200 : i % 9 == 0 ? rng() % 30 : 0); // some reach far
        e.actorId = int(rng() % 8);
        entries.push_back(e);
    }
    const TimelineIndex index(entries);
    LaneLayout lanes;
    lanes.assign(index.spans(), LaneMode::Actor);
    std::uniform_real_distribution<double> fromDist(base - viewDays / 2, base + 11000.0);
    for (int q = 0; q < 20; ++q) {
        const double from = fromDist(rng), to = from + viewDays;
        const auto inView = index.query(from, to);
        const double dpp = viewDays / widthPx;
        const auto clusters =
            Clustering::build(index.spans(), lanes.laneOfEntries(), inView, from, dpp, 30);
        std::size_t total = 0;
        std::map<std::pair<int, std::int64_t>, std::size_t> byBucket;
        for (const auto& c : clusters) {
            QVERIFY(c.count > 0);
            QVERIFY(c.startDay < c.endDay);
            total += c.count;
            QVERIFY2(byBucket.emplace(std::make_pair(c.lane, c.bucket), c.count).second,
                     "a lane bucket appears twice");
        }
        QCOMPARE(total, inView.size());
        // Recount independently: every event belongs to the cluster of its lane and bucket.
        std::map<std::pair<int, std::int64_t>, std::size_t> recount;
        for (const auto i : inView)
            ++recount[{
                lanes.laneOf(i),
                std::int64_t(std::floor(std::max<double>(index.at(i).start, from) / (dpp * 30)))}];
        QCOMPARE(recount, byBucket);
        for (std::size_t c = 1; c < clusters.size(); ++c) {
            const auto& a = clusters[c - 1];
            const auto& b = clusters[c];
            QVERIFY(a.lane < b.lane || (a.lane == b.lane && a.bucket < b.bucket));
        }
        // Counting by binary search per lane and bucket gives the very same clusters.
        const auto counted = Clustering::count(index.spans(), lanes, 0, lanes.laneCount() - 1,
                                               index.maxDuration(), from, to, dpp, 30);
        QCOMPARE(counted.size(), clusters.size());
        for (std::size_t c = 0; c < clusters.size(); ++c) {
            QCOMPARE(counted[c].lane, clusters[c].lane);
            QCOMPARE(counted[c].bucket, clusters[c].bucket);
            QCOMPARE(counted[c].count, clusters[c].count);
            QCOMPARE(counted[c].startDay, clusters[c].startDay);
            QCOMPARE(counted[c].endDay, clusters[c].endDay);
            QCOMPARE(counted[c].firstEntry, clusters[c].firstEntry);
        }
    }
}

void TestClustering::nearbyEventsShareACluster() {
    std::vector<TimelineSpan> entries;
    for (int i = 0; i < 10; ++i)
        entries.push_back({.id = i, .start = 2459600, .end = 2459600});
    entries.push_back({.id = 99, .start = 2459900, .end = 2459900});
    const std::vector<int> lanes(entries.size(), 0);
    std::vector<std::uint32_t> items(entries.size());
    std::iota(items.begin(), items.end(), 0u);
    const auto clusters = Clustering::build(entries, lanes, items, 2459000.0, 1.0, 30);
    QCOMPARE(clusters.size(), std::size_t{2});
    QCOMPARE(clusters[0].count, std::size_t{10});
    QCOMPARE(clusters[0].startDay, 2459600.0);
    QCOMPARE(clusters[0].endDay, 2459601.0);
    QCOMPARE(clusters[1].count, std::size_t{1});
}

QTEST_APPLESS_MAIN(TestClustering)
#include "tst_clustering.moc"

#include "TestPrinters.h"
#include "layout/LaneLayout.h"

#include <QtTest/QTest>
#include <algorithm>
#include <numeric>
#include <random>
#include <set>

using namespace ct;

namespace {
TimelineSpan entry(std::int64_t id, DayNumber start, std::int32_t actor, std::int32_t place = -1) {
    TimelineSpan e;
    e.id = id;
    e.start = e.end = start;
    e.actorId = actor;
    e.placeId = place;
    e.articleId = 1;
    return e;
}
} // namespace

class TestLaneLayout : public QObject {
    Q_OBJECT
  private slots:
    void lanesFollowTheStory();
    void laneKeyFollowsMode_data();
    void laneKeyFollowsMode();
    void packedRowsNeverOverlap_data();
    void packedRowsNeverOverlap();
    void separateItemsShareOneRow();
    void eventsWithSeveralActorsAreInEachLane_data();
    void eventsWithSeveralActorsAreInEachLane();
};

void TestLaneLayout::lanesFollowTheStory() {
    const std::vector<TimelineSpan> entries = {
        entry(1, 110, 7), entry(2, 100, 3), entry(3, 105, -1), entry(4, 120, 3), entry(5, 90, 9)};
    LaneLayout layout;
    layout.assign(entries, LaneMode::Actor);
    QCOMPARE(layout.laneCount(), 4);
    // Ordered by each lane's first event; the lane without an actor comes last.
    QCOMPARE(layout.lanes()[0].key, 9);
    QCOMPARE(layout.lanes()[1].key, 3);
    QCOMPARE(layout.lanes()[2].key, 7);
    QCOMPARE(layout.lanes()[3].key, -1);
    QCOMPARE(layout.lanes()[1].count, std::size_t{2});
    for (std::size_t i = 0; i < entries.size(); ++i)
        QCOMPARE(layout.lanes()[std::size_t(layout.laneOf(i))].key, entries[i].actorId);
}

void TestLaneLayout::laneKeyFollowsMode_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("expectedLanes");
    QTest::newRow("none: one lane") << int(LaneMode::None) << 1;
    QTest::newRow("actor") << int(LaneMode::Actor) << 3;
    QTest::newRow("place") << int(LaneMode::Place) << 2;
    QTest::newRow("article") << int(LaneMode::Article) << 1;
}

void TestLaneLayout::laneKeyFollowsMode() {
    QFETCH(int, mode);
    QFETCH(int, expectedLanes);
    const std::vector<TimelineSpan> entries = {entry(1, 1, 1, 5), entry(2, 2, 2, 5),
                                               entry(3, 3, 3, 6)};
    LaneLayout layout;
    layout.assign(entries, LaneMode(mode));
    QCOMPARE(layout.laneCount(), expectedLanes);
}

void TestLaneLayout::packedRowsNeverOverlap_data() {
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("maxRows");
    QTest::newRow("plenty of rows") << 11u << 50;
    QTest::newRow("few rows: some items left over") << 12u << 3;
    QTest::newRow("one row") << 13u << 1;
}

void TestLaneLayout::packedRowsNeverOverlap() {
    QFETCH(unsigned, seed);
    QFETCH(int, maxRows);
    std::mt19937 rng(seed);
    std::vector<TimelineSpan> entries;
    for (int i = 0; i < 600; ++i)
        entries.push_back(entry(i, int(rng() % 2000), int(rng() % 4)));
    LaneLayout layout;
    layout.assign(entries, LaneMode::Actor);
    std::vector<LaneLayout::Extent> extents;
    for (const auto& e : entries) {
        const double left = e.start * 1.5;
        extents.push_back({left, left + 10 + double(rng() % 150)});
    }
    std::vector<std::uint32_t> items(entries.size());
    std::iota(items.begin(), items.end(), 0u);
    std::sort(items.begin(), items.end(),
              [&](auto a, auto b) { return extents[a].left < extents[b].left; });
    const double gap = 4;
    const auto placed = layout.packRows(
        items, [&](std::uint32_t i) { return extents[i]; }, maxRows, gap);
    QCOMPARE(placed.size(), items.size());
    bool leftOver = false;
    for (std::size_t a = 0; a < placed.size(); ++a) {
        QVERIFY(placed[a].row < maxRows);
        QCOMPARE(placed[a].lane, layout.laneOf(placed[a].entry));
        leftOver |= placed[a].row < 0;
        for (std::size_t b = a + 1; b < placed.size(); ++b) {
            if (placed[a].row < 0 || placed[a].lane != placed[b].lane ||
                placed[a].row != placed[b].row)
                continue;
            const auto& x = extents[placed[a].entry];
            const auto& y = extents[placed[b].entry];
            QVERIFY2(x.right + gap <= y.left || y.right + gap <= x.left,
                     "two items share a row and overlap");
        }
    }
    QCOMPARE(leftOver, maxRows < 10); // 150 items per lane over 3000 px cannot fit in few rows
}

void TestLaneLayout::separateItemsShareOneRow() {
    std::vector<TimelineSpan> entries;
    for (int i = 0; i < 20; ++i)
        entries.push_back(entry(i, i * 10, 1));
    LaneLayout layout;
    layout.assign(entries, LaneMode::Actor);
    std::vector<std::uint32_t> items(entries.size());
    std::iota(items.begin(), items.end(), 0u);
    const auto placed = layout.packRows(
        items,
        [](std::uint32_t i) {
            return LaneLayout::Extent{i * 100.0, i * 100.0 + 90};
        },
        5, 4);
    for (const auto& p : placed)
        QCOMPARE(p.row, 0);
}

void TestLaneLayout::eventsWithSeveralActorsAreInEachLane_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("members");
    QTest::newRow("by actor: the extra actors' lanes too") << int(LaneMode::Actor) << 4 << 6;
    QTest::newRow("by first actor only") << int(LaneMode::ActorFirst) << 2 << 3;
    QTest::newRow("one lane: extras do not apply") << int(LaneMode::None) << 1 << 3;
}

void TestLaneLayout::eventsWithSeveralActorsAreInEachLane() {
    QFETCH(int, mode);
    QFETCH(int, lanes);
    QFETCH(int, members);
    // Event 10 names actors 3, 7 and 9; event 11 only 3; event 12 names 5 and 3 (5 again as
    // an extra is ignored: it is its first). Id 99 is not among the entries.
    const std::vector<TimelineSpan> entries = {entry(10, 100, 3), entry(11, 101, 3),
                                               entry(12, 102, 5)};
    const std::vector<LaneMembership> extras = {{3, 12}, {5, 12}, {7, 10}, {9, 10}, {9, 99}};
    LaneLayout layout;
    layout.assign(entries, LaneMode(mode), extras);
    QCOMPARE(layout.laneCount(), lanes);
    QCOMPARE(int(layout.memberCount()), members);
    std::vector<std::uint32_t> all;
    for (std::uint32_t i = 0; i < entries.size(); ++i)
        layout.appendMembers(i, all);
    QCOMPARE(int(all.size()), members);
    // Every member of entry 0 is in a distinct lane, and the lanes' counts add up.
    std::set<int> lanesOfFirst;
    for (const std::uint32_t m : all)
        if (layout.entryOf(m) == 0)
            lanesOfFirst.insert(layout.laneOfMember(m));
    QCOMPARE(int(lanesOfFirst.size()), LaneMode(mode) == LaneMode::Actor ? 3 : 1);
    QCOMPARE(int(layout.laneCountOf(0)), LaneMode(mode) == LaneMode::Actor ? 3 : 1);
    std::size_t total = 0;
    for (int l = 0; l < layout.laneCount(); ++l) {
        total += layout.lanes()[std::size_t(l)].count;
        QCOMPARE(layout.laneEntries(l).size(), layout.lanes()[std::size_t(l)].count);
        QVERIFY(std::is_sorted(layout.laneStarts(l).begin(), layout.laneStarts(l).end()));
    }
    QCOMPARE(int(total), members);
}

QTEST_APPLESS_MAIN(TestLaneLayout)
#include "tst_lane_layout.moc"

#include "StoryTimeline.h"
#include "export/ImageExporter.h"
#include "timeline/TimelineFrameLayout.h"
#include "timeline/TimelineRenderer.h"

#include <QSet>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

namespace {

// The 20 days of the story at the width of a briefing picture, auto height: how an export and
// an 1800 px wide view lay it out.
ExportOptions storyOptions(LaneMode mode, int width = 1800) {
    ExportOptions o;
    o.fromDay = toDayNumber(isoDate("2022-01-01"));
    o.toDay = toDayNumber(isoDate("2022-01-22"));
    o.laneMode = mode;
    o.width = width;
    o.title = QStringLiteral("Kazakhstan, January 2022");
    return o;
}

qint64 idOf(const TimelineRenderer& renderer, const TimelineFrame::Item& item) {
    return renderer.index().at(item.entry).id;
}

} // namespace

class TestTimelineFrameLayout : public QObject {
    Q_OBJECT
  private slots:
    void storyIsLabelledInRows_data();
    void storyIsLabelledInRows();
    void laneTakesTheRowsItNeeds();
    void eventWithSeveralActorsIsInEachLane_data();
    void eventWithSeveralActorsIsInEachLane();
    void badgesAndDisputedMarksFollowTheSpans();
    void allotRows_data();
    void allotRows();
    void edgeMarkersCountEventsOutside();
};

void TestTimelineFrameLayout::storyIsLabelledInRows_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("marksPerEvent"); // -1: one per actor
    QTest::newRow("one lane, 1800 px") << int(LaneMode::None) << 1800 << 1;
    QTest::newRow("lanes by actor, every actor's lane, 1800 px")
        << int(LaneMode::Actor) << 1800 << -1;
    QTest::newRow("lanes by first actor only, 1800 px") << int(LaneMode::ActorFirst) << 1800 << 1;
    QTest::newRow("lanes by place, 1800 px") << int(LaneMode::Place) << 1800 << -2;
    QTest::newRow("one lane, 1200 px") << int(LaneMode::None) << 1200 << 1;
}

void TestTimelineFrameLayout::storyIsLabelledInRows() {
    QFETCH(int, mode);
    QFETCH(int, width);
    QFETCH(int, marksPerEvent);
    const ImageExporter exporter(test::storyData());
    const ExportOptions o = storyOptions(LaneMode(mode), width);
    const TimelineFrame& f = exporter.frame(o, ExportFormat::Png);
    // Labelled marks only: no cluster, no histogram bar.
    QVERIFY2(f.clusters.isEmpty(), qPrintable(QString::number(f.clusters.size())));
    std::size_t expected = 0;
    for (const auto& s : test::storyEvents())
        expected += marksPerEvent == 1    ? 1
                    : marksPerEvent == -1 ? std::max<std::size_t>(1, s.actors.size())
                                          : std::max<std::size_t>(1, s.places.size());
    QCOMPARE(std::size_t(f.items.size()), expected);
    QSet<QString> titles;
    for (const auto& item : f.items) {
        QVERIFY2(!item.label.isEmpty(), "an event without a label");
        QVERIFY2(!item.label.endsWith(QChar(0x2026)), qPrintable(item.label)); // never elided
        titles.insert(item.label);
    }
    QCOMPARE(titles.size(), 60);
    // No two marks or labels overlap.
    for (qsizetype a = 0; a < f.items.size(); ++a)
        for (qsizetype b = a + 1; b < f.items.size(); ++b)
            QVERIFY2(!f.items[a].hitRect.intersects(f.items[b].hitRect),
                     qPrintable(f.items[a].label + QStringLiteral(" / ") + f.items[b].label));
    // And nothing is cut at the bottom.
    for (const auto& item : f.items)
        QVERIFY(item.hitRect.bottom() <= f.plotRect.bottom());
}

void TestTimelineFrameLayout::laneTakesTheRowsItNeeds() {
    const ImageExporter exporter(test::storyData());
    const ExportOptions o = storyOptions(LaneMode::ActorFirst);
    const TimelineFrame& f = exporter.frame(o, ExportFormat::Png);
    bool sawSingle = false, sawTall = false;
    for (const auto& band : f.lanes) {
        int count = 0;
        for (const auto& item : f.items)
            count += item.lane == band.lane;
        const double oneRow = f.laneHeader + 6 + f.rowHeight;
        if (count == 1) {
            QCOMPARE(band.rect.height(), oneRow);
            sawSingle = true;
        }
        if (band.rect.height() > 2 * oneRow)
            sawTall = true;
    }
    QVERIFY2(sawSingle, "the story has a lane with one event");
    QVERIFY2(sawTall, "and lanes that need several rows");
    // The picture is as tall as the lanes: far from one fullest lane times the lane count.
    const QSizeF canvas = exporter.canvasSize(o, ExportFormat::Png);
    double lanesHeight = 0;
    for (const auto& band : f.lanes)
        lanesHeight += band.rect.height();
    QVERIFY(lanesHeight <= f.plotRect.height() + 0.5);
    QVERIFY(canvas.height() < 1400);
}

void TestTimelineFrameLayout::eventWithSeveralActorsIsInEachLane_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("marks");
    // Event 32, the CSTO video summit: Tokayev, Putin, CSTO, Lukashenko, Pashinyan.
    QTest::newRow("lanes by actor: in all five lanes") << int(LaneMode::Actor) << 5;
    QTest::newRow("first actor only: once") << int(LaneMode::ActorFirst) << 1;
    QTest::newRow("one lane: once") << int(LaneMode::None) << 1;
}

void TestTimelineFrameLayout::eventWithSeveralActorsIsInEachLane() {
    QFETCH(int, mode);
    QFETCH(int, marks);
    const test::StoryEvent& summit = test::storyEvents()[31];
    QCOMPARE(summit.actors.size(), std::size_t(5));
    const auto data = test::storyData();
    TimelineRenderer renderer;
    renderer.setData(data.entries, data.names);
    TimelineRenderOptions o;
    o.fromDay = toDayNumber(isoDate("2022-01-01"));
    o.toDay = toDayNumber(isoDate("2022-01-22"));
    o.size = QSizeF(1800, 3000); // room for every label: no mark of it ends in a cluster
    o.laneMode = LaneMode(mode);
    o.selectedIds = {32};
    const TimelineFrame& f = renderer.frame(o);
    QSet<int> lanes;
    for (const auto& item : f.items) {
        if (idOf(renderer, item) != 32)
            continue;
        lanes.insert(item.lane);
        QCOMPARE(item.linked, marks > 1);
        // Hit-testing any of its marks gives the one event.
        const auto hit = renderer.hitTest(o, item.shape.center());
        QCOMPARE(hit.eventId, qint64(32));
    }
    QCOMPARE(lanes.size(), marks);
    if (marks > 1) {
        QSet<QString> names;
        for (const int lane : lanes)
            names.insert(renderer.laneName(o.laneMode, lane));
        QVERIFY(names.contains(QStringLiteral("Alexander Lukashenko")));
        QVERIFY(names.contains(QStringLiteral("Vladimir Putin")));
        // Selected, its marks are joined by a line in the selection colour.
        QImage image(o.size.toSize(), QImage::Format_RGB32);
        QPainter p(&image);
        renderer.paint(p, o);
        p.end();
        QList<double> ys;
        double x = 0;
        for (const auto& item : f.items)
            if (idOf(renderer, item) == 32) {
                ys << item.shape.center().y();
                x = item.shape.center().x();
            }
        std::sort(ys.begin(), ys.end());
        int selectionPixels = 0;
        for (int y = int(ys.first() + 12); y < int(ys.last() - 12); ++y)
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = image.pixelColor(int(x) + dx, y);
                selectionPixels += std::abs(c.red() - o.theme.selection.red()) < 40 &&
                                   std::abs(c.green() - o.theme.selection.green()) < 40 &&
                                   std::abs(c.blue() - o.theme.selection.blue()) < 60;
            }
        QVERIFY2(selectionPixels > 10, "no link between the marks of the selected event");
    }
}

void TestTimelineFrameLayout::badgesAndDisputedMarksFollowTheSpans() {
    const ImageExporter exporter(test::storyData());
    const ExportOptions o = storyOptions(LaneMode::None);
    const TimelineFrame& f = exporter.frame(o, ExportFormat::Png);
    int disputed = 0;
    for (const auto& item : f.items) {
        const auto& s = test::storyEvents()[std::size_t(item.entry)];
        QCOMPARE(item.label, QString::fromUtf8(s.title)); // one lane: entry order is story order
        QCOMPARE(item.badge.isEmpty(), s.sources == 1);
        if (s.sources > 1) {
            QCOMPARE(item.badgeText, QString::number(s.sources));
            // Between the mark and its label, overlapping neither.
            QVERIFY(item.bar ||
                    !item.badge.intersects(item.shape)); // a bar may hold it at the edge
            QVERIFY(item.badge.right() <= item.labelPos.x() ||
                    item.labelPos.x() < item.shape.left()); // near the right edge: before it
        }
        QCOMPARE(item.disputed, s.disputed);
        disputed += item.disputed;
    }
    QCOMPARE(disputed, 3);
}

void TestTimelineFrameLayout::allotRows_data() {
    QTest::addColumn<QList<int>>("needs");
    QTest::addColumn<double>("room");
    QTest::addColumn<QList<int>>("rows");
    // Rows of 20 px, 6 px per lane besides.
    QTest::newRow("everything fits: each lane what it needs")
        << QList<int>{1, 5, 2} << 500.0 << QList<int>{1, 5, 2};
    QTest::newRow("too little room: the tall lanes are capped")
        << QList<int>{1, 8, 6, 1} << 4 * 6.0 + 10 * 20.0 << QList<int>{1, 4, 4, 1};
    QTest::newRow("a row to spare goes to the first capped lane")
        << QList<int>{1, 8, 6} << 3 * 6.0 + 10 * 20.0 << QList<int>{1, 5, 4};
    QTest::newRow("no room at all: one row each") << QList<int>{3, 3} << 10.0 << QList<int>{1, 1};
}

void TestTimelineFrameLayout::allotRows() {
    QFETCH(QList<int>, needs);
    QFETCH(double, room);
    QFETCH(QList<int>, rows);
    const auto got =
        TimelineFrameLayout::allotRows(std::vector<int>(needs.begin(), needs.end()), 20, 6, room);
    QCOMPARE(QList<int>(got.begin(), got.end()), rows);
}

void TestTimelineFrameLayout::edgeMarkersCountEventsOutside() {
    const auto data = test::storyData(true);
    TimelineRenderer renderer;
    renderer.setData(data.entries, data.names);
    TimelineRenderOptions o;
    o.size = QSizeF(1800, 600);
    o.fromDay = toDayNumber(isoDate("2022-01-01"));
    o.toDay = toDayNumber(isoDate("2022-01-10"));
    const TimelineFrame& f = renderer.frame(o);
    // Before: the two background dates; after: the events from 10 January on.
    QCOMPARE(f.earlier, std::size_t(2));
    std::size_t later = 0;
    for (const auto& s : test::storyEvents())
        later += s.day >= 10;
    QCOMPARE(f.later, later);
    QVERIFY(f.earlierRect.right() < f.laterRect.left());
    QVERIFY(f.earlierText.contains(QStringLiteral("2")));
    QCOMPARE(renderer.hitTest(o, f.earlierRect.center()).kind,
             TimelineRenderer::Hit::Kind::Earlier);
    QCOMPARE(renderer.hitTest(o, f.laterRect.center()).kind, TimelineRenderer::Hit::Kind::Later);
    // The strip is above the lanes: no event under a marker.
    for (const auto& item : f.items)
        QVERIFY(!item.hitRect.intersects(f.earlierRect) && !item.hitRect.intersects(f.laterRect));
}

QTEST_MAIN(TestTimelineFrameLayout)
#include "tst_timeline_frame_layout.moc"

#include "SeedTimeline.h"
#include "synth/EventGenerator.h"
#include "timeline/TimelineRenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QtTest/QTest>
#include <cmath>
#include <random>

using namespace ct;
using namespace ct::ui;

namespace {

double day(const char* iso) {
    return toDayNumber(isoDate(iso));
}

QImage render(const TimelineRenderer& renderer, const TimelineRenderOptions& options) {
    QImage image(options.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.paint(painter, options);
    return image;
}

TimelineRenderOptions seedOptions(QSizeF size = {1000, 300}) {
    TimelineRenderOptions o;
    o.fromDay = day("2022-01-01");
    o.toDay = day("2022-01-17");
    o.size = size;
    return o;
}

bool near(QColor a, QColor b, int tolerance = 40) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

} // namespace

class TestTimelineRenderer : public QObject {
    Q_OBJECT
  private slots:
    void rendersSomething_data();
    void rendersSomething();
    void eventColourAtExpectedPositions();
    void fuzzyEventLooksDifferentFromExact();
    void labelsStayInsideAndApart_data();
    void labelsStayInsideAndApart();
    void denseDataGathersIntoClusters();
    void everyEventInViewIsDrawnOrCounted_data();
    void everyEventInViewIsDrawnOrCounted();
    void hitTestFindsTheEventUnderAMarker();
    void highDpiImageIsDrawnAtDeviceResolution();
    void sourcesFooterIsElidedAndCountsTheRest_data();
    void sourcesFooterIsElidedAndCountsTheRest();
    void nameColumnKeepsNamesOffTheEvents();
    void pixelSizedFontsScaleTheTitle();
};

void TestTimelineRenderer::rendersSomething_data() {
    QTest::addColumn<int>("laneMode");
    QTest::addColumn<bool>("dark");
    QTest::newRow("one lane, light") << int(LaneMode::None) << false;
    QTest::newRow("lanes by actor, dark") << int(LaneMode::Actor) << true;
    QTest::newRow("lanes by place, light, legend") << int(LaneMode::Place) << false;
}

void TestTimelineRenderer::rendersSomething() {
    QFETCH(int, laneMode);
    QFETCH(bool, dark);
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    auto o = seedOptions();
    o.laneMode = LaneMode(laneMode);
    o.theme = dark ? TimelineTheme::dark() : TimelineTheme::light();
    o.showLegend = true;
    const QImage image = render(renderer, o);
    int differing = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            differing += image.pixelColor(x, y) != o.theme.background;
    QVERIFY2(differing > image.width() * image.height() / 100,
             "the image is nearly all background");
    QCOMPARE(image.pixelColor(2, 2).rgb(), o.theme.background.rgb());
}

void TestTimelineRenderer::eventColourAtExpectedPositions() {
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    const auto o = seedOptions({640, 260});
    const QImage image = render(renderer, o);
    const QColor colour = o.theme.colorForLane(0);
    for (const auto& e : seedTimeline()) {
        if (e.fuzzy)
            continue;
        const int x = int(o.xAt(e.start + 0.5));
        const int halfDay = int(std::ceil(0.5 / o.daysPerPixel())) + 2;
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int dx = -halfDay; dx <= halfDay && !found; ++dx)
                found = near(image.pixelColor(std::clamp(x + dx, 0, image.width() - 1), y), colour);
        QVERIFY2(found, qPrintable(QStringLiteral("no event colour near x=%1 for %2")
                                       .arg(x)
                                       .arg(QString::fromStdString(e.title))));
    }
}

void TestTimelineRenderer::fuzzyEventLooksDifferentFromExact() {
    auto entries = std::vector<TimelineEntry>{seedTimeline().back()};
    TimelineRenderer fuzzy, exact;
    fuzzy.setData(entries, {});
    entries.front().fuzzy = false;
    exact.setData(entries, {});
    const auto o = seedOptions();
    const QImage a = render(fuzzy, o), b = render(exact, o);
    const QRect span(int(o.xAt(entries.front().start)), 0,
                     int(o.xAt(entries.front().end + 1.0) - o.xAt(entries.front().start)),
                     a.height());
    int differing = 0;
    for (int y = span.top(); y <= span.bottom(); ++y)
        for (int x = span.left(); x <= span.right(); ++x)
            differing += !near(a.pixelColor(x, y), b.pixelColor(x, y), 30);
    QVERIFY2(differing > 200, "a fuzzy range is drawn like an exact one");
}

void TestTimelineRenderer::labelsStayInsideAndApart_data() {
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("seed days, wide") << day("2022-01-01") << day("2022-01-17") << QSizeF(1280, 400);
    QTest::newRow("seed days, narrow")
        << day("2022-01-01") << day("2022-01-17") << QSizeF(320, 300);
    QTest::newRow("last event at the right edge")
        << day("2021-12-20") << day("2022-01-09") << QSizeF(600, 300);
    QTest::newRow("ranges cut by the left edge")
        << day("2022-01-08") << day("2022-01-20") << QSizeF(600, 300);
    QTest::newRow("zoomed out to years")
        << day("2015-01-01") << day("2030-01-01") << QSizeF(800, 300);
}

void TestTimelineRenderer::labelsStayInsideAndApart() {
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QSizeF, size);
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    TimelineRenderOptions o;
    o.fromDay = from;
    o.toDay = to;
    o.size = size;
    o.laneMode = LaneMode::Actor;
    const auto& frame = renderer.frame(o);
    const QFontMetricsF fm(o.font);
    QVector<QRectF> labels;
    for (const auto& item : frame.items) {
        if (item.label.isEmpty())
            continue;
        const QRectF r(item.labelPos.x(), item.labelPos.y() - fm.ascent(),
                       fm.horizontalAdvance(item.label), fm.height());
        QVERIFY2(r.left() >= 0 && r.right() <= size.width(),
                 qPrintable(item.label + QStringLiteral(" is cut by the edge")));
        QVERIFY(r.bottom() <= frame.plotRect.bottom() + 1);
        for (const auto& other : labels)
            QVERIFY2(!r.intersects(other),
                     qPrintable(item.label + QStringLiteral(" overlaps another label")));
        labels.push_back(r);
    }
}

void TestTimelineRenderer::denseDataGathersIntoClusters() {
    std::mt19937 rng(7);
    std::vector<TimelineEntry> entries;
    const DayNumber base = toDayNumber(isoDate("1995-01-01"));
    for (int i = 0; i < 20000; ++i)
        entries.push_back({.id = i,
                           .start = base + int(rng() % 11000),
                           .end = 0,
                           .actorId = int(rng() % 5),
                           .title = "e"});
    for (auto& e : entries)
        e.end = e.start;
    TimelineRenderer renderer;
    renderer.setData(entries, {});
    TimelineRenderOptions o;
    o.fromDay = base - 100;
    o.toDay = base + 11100;
    o.size = {1280, 400};
    o.laneMode = LaneMode::Actor;
    const auto& frame = renderer.frame(o);
    QVERIFY(!frame.clusters.isEmpty());
    std::size_t shown = std::size_t(frame.items.size());
    for (const auto& c : frame.clusters)
        shown += c.cluster.count;
    QCOMPARE(shown, frame.eventsInView);
    QCOMPARE(frame.eventsInView, entries.size());
    const QImage image = render(renderer, o);
    QVERIFY(!image.isNull());
}

void TestTimelineRenderer::everyEventInViewIsDrawnOrCounted_data() {
    QTest::addColumn<int>("laneMode");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("one lane, full HD") << int(LaneMode::None) << QSizeF(1920, 1080);
    QTest::newRow("lanes by actor, full HD") << int(LaneMode::Actor) << QSizeF(1920, 1080);
    QTest::newRow("lanes by place, small") << int(LaneMode::Place) << QSizeF(640, 300);
}

// Whatever the zoom, each event in view is either an item (labelled or not) or counted in
// exactly one cluster: the counts a reader sees add up to what is there. Bursty generated data,
// windows from a day to the whole span, so that the labelled, the partly clustered and the
// count-only layouts (and the dry run that skips hopeless lanes) all take part.
void TestTimelineRenderer::everyEventInViewIsDrawnOrCounted() {
    QFETCH(int, laneMode);
    QFETCH(QSizeF, size);
    std::vector<TimelineEntry> entries;
    for (const Event& e : EventGenerator(17).generate(30000)) {
        TimelineEntry t;
        t.id = qint64(entries.size()) + 1;
        t.start = toDayNumber(e.when.start);
        t.end = toDayNumber(e.when.end);
        t.precision = e.when.precision;
        t.fuzzy = e.when.fuzzy;
        t.actorId = int(t.id % 9);
        t.placeId = int(t.id % 4);
        t.title = e.title;
        entries.push_back(t);
    }
    TimelineRenderer renderer;
    renderer.setData(entries, {});
    const TimelineIndex& index = renderer.index();
    const LaneLayout& lanes = renderer.lanes(LaneMode(laneMode));
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> at(index.firstDay(), index.lastDay() + 1.0);
    std::size_t labelled = 0, clustered = 0;
    for (int q = 0; q < 60; ++q) {
        const double span = std::pow(10.0, (q % 12) / 3.0); // 1 day .. ~46 years
        const double from = at(rng) - span / 2;
        TimelineRenderOptions o;
        o.fromDay = from;
        o.toDay = from + span;
        o.size = size;
        o.laneMode = LaneMode(laneMode);
        const auto& frame = renderer.frame(o);
        std::size_t shown = std::size_t(frame.items.size());
        for (const auto& c : frame.clusters)
            shown += c.cluster.count;
        QCOMPARE(shown, frame.eventsInView);
        // And that is every event overlapping the window in the lanes on screen.
        const int firstLane = frame.lanesAbove;
        const int lastLane = frame.lanesAbove + int(frame.lanes.size()) - 1;
        std::size_t expected = 0;
        for (std::size_t i = 0; i < index.size(); ++i) {
            const auto& e = index.at(i);
            const int lane = lanes.laneOf(i);
            expected += e.start < o.toDay && e.end + 1.0 > o.fromDay && lane >= firstLane &&
                        lane <= lastLane;
        }
        QCOMPARE(frame.eventsInView, expected);
        for (const auto& item : frame.items)
            labelled += !item.label.isEmpty();
        clustered += std::size_t(frame.clusters.size());
    }
    QVERIFY(labelled > 0 && clustered > 0); // both kinds of view were exercised
}

void TestTimelineRenderer::hitTestFindsTheEventUnderAMarker() {
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    const auto o = seedOptions();
    const auto& frame = renderer.frame(o);
    QCOMPARE(frame.items.size(), qsizetype(5));
    for (const auto& item : frame.items) {
        const auto hit = renderer.hitTest(o, item.shape.center());
        QCOMPARE(int(hit.kind), int(TimelineRenderer::Hit::Kind::Event));
        QCOMPARE(hit.eventId, renderer.index().at(item.entry).id);
    }
    QCOMPARE(int(renderer.hitTest(o, QPointF(o.xAt(day("2022-01-04") + 0.5), 5)).kind),
             int(TimelineRenderer::Hit::Kind::None));
}

void TestTimelineRenderer::highDpiImageIsDrawnAtDeviceResolution() {
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    auto o = seedOptions({500, 200});
    o.devicePixelRatio = 2;
    QImage image(QSize(1000, 400), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.paint(painter, o);
    painter.end();
    // The whole device-pixel image is painted (no quarter-sized picture in a corner), and the
    // protests' marker sits at twice its logical position.
    QCOMPARE(image.pixelColor(995, 395).rgb(), o.theme.background.rgb());
    const int x = int(2 * o.xAt(day("2022-01-02") + 0.5));
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y)
        for (int dx = -40; dx <= 40 && !found; ++dx)
            found = near(image.pixelColor(x + dx, y), o.theme.colorForLane(0));
    QVERIFY(found);
}

void TestTimelineRenderer::sourcesFooterIsElidedAndCountsTheRest_data() {
    QTest::addColumn<int>("sources");
    QTest::addColumn<int>("lines");
    QTest::newRow("one article") << 1 << 1;
    QTest::newRow("as many as fit")
        << TimelineFrameLayout::kMaxSourceLines << TimelineFrameLayout::kMaxSourceLines;
    QTest::newRow("more than fit: the last line counts them")
        << TimelineFrameLayout::kMaxSourceLines + 7 << TimelineFrameLayout::kMaxSourceLines;
}

void TestTimelineRenderer::sourcesFooterIsElidedAndCountsTheRest() {
    QFETCH(int, sources);
    QFETCH(int, lines);
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    auto o = seedOptions({420, 400});
    o.showSources = true;
    for (int i = 0; i < sources; ++i)
        o.sources << QStringLiteral("Article %1 with a title far too long to fit a narrow picture "
                                    "— Wire service, 2022-01-08")
                         .arg(i + 1);
    const auto& frame = renderer.frame(o);
    QCOMPARE(frame.sourceLines.size(), lines);
    const QFontMetricsF fm(o.font);
    for (qsizetype i = 0; i < frame.sourceLines.size(); ++i) {
        const QString& line = frame.sourceLines[i];
        QVERIFY2(frame.sourcesTextLeft + fm.horizontalAdvance(line) <= o.size.width(),
                 qPrintable(line));
        const bool summary = sources > lines && i == frame.sourceLines.size() - 1;
        if (!summary)
            QVERIFY2(o.sources.contains(line) || line.endsWith(QChar(0x2026)), qPrintable(line));
    }
    if (sources > lines)
        QVERIFY2(frame.sourceLines.back().contains(QString::number(sources - lines + 1)),
                 qPrintable(frame.sourceLines.back()));
    QVERIFY(frame.sourcesRect.bottom() <= o.size.height());
    QVERIFY(frame.plotRect.bottom() <= frame.sourcesRect.top());
    const QImage image = render(renderer, o);
    int ink = 0;
    const QRect footer = frame.sourcesRect.toAlignedRect().intersected(image.rect());
    for (int y = footer.top(); y <= footer.bottom(); ++y)
        for (int x = footer.left(); x <= footer.right(); ++x)
            ink += near(image.pixelColor(x, y), o.theme.text, 60);
    QVERIFY2(ink > 40 * lines, "the sources are not drawn");
}

void TestTimelineRenderer::nameColumnKeepsNamesOffTheEvents() {
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    auto o = seedOptions({900, 300});
    o.laneMode = LaneMode::Actor;
    o.nameColumn = 160;
    // The first event starts on the first day shown: its mark would sit under a name plate.
    o.fromDay = day("2022-01-02");
    const auto& frame = renderer.frame(o);
    QCOMPARE(frame.laneHeader, 0.0);
    QVERIFY(!frame.items.isEmpty());
    const QFontMetricsF fm(o.font);
    for (const auto& item : frame.items) {
        QVERIFY2(item.shape.left() >= o.nameColumn - 2, qPrintable(item.label));
        if (!item.label.isEmpty())
            QVERIFY2(item.labelPos.x() >= o.nameColumn, qPrintable(item.label));
    }
    QCOMPARE(o.xAt(o.fromDay), o.nameColumn);
    QCOMPARE(o.dayAt(o.xAt(day("2022-01-07"))), day("2022-01-07"));
    // Names are drawn in the column: text pixels there, and no event colour.
    const QImage image = render(renderer, o);
    int text = 0, events = 0;
    for (int y = int(frame.plotRect.top()); y < int(frame.plotRect.bottom()); ++y)
        for (int x = 0; x < int(o.nameColumn) - 2; ++x) {
            const QColor c = image.pixelColor(x, y);
            text += near(c, o.theme.text, 60);
            for (const auto& item : frame.items)
                events += near(c, o.theme.colorForLane(item.lane), 10) &&
                          (x > 20); // the lanes' swatches sit at the very left
        }
    QVERIFY2(text > 100, "no lane names in the column");
    QCOMPARE(events, 0);
}

void TestTimelineRenderer::pixelSizedFontsScaleTheTitle() {
    QTest::failOnWarning(QRegularExpression(QStringLiteral("size <= 0")));
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    auto o = seedOptions({800, 300});
    o.font.setPixelSize(14);
    o.showTitle = true;
    o.title = QStringLiteral("Kazakhstan");
    QCOMPARE(TimelineFrameLayout::titleFont(o.font).pixelSize(), 18);
    QVERIFY(TimelineFrameLayout::clusterFont(o.font).pixelSize() < 14);
    const QImage image = render(renderer, o);
    const QRectF title = renderer.frame(o).titleRect;
    int ink = 0;
    for (int y = int(title.top()); y < int(title.bottom()); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += near(image.pixelColor(x, y), o.theme.text, 60);
    QVERIFY2(ink > 30, "no title");
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timeline_renderer.moc"

#include "SeedTimeline.h"
#include "StoryTimeline.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

namespace {

// QTest has no wheel helper, and in Qt 6 a move with a held button is most reliable when sent
// as an explicit event carrying the buttons.
void sendWheel(QWidget* w, QPointF pos, int delta, Qt::KeyboardModifiers mods = Qt::NoModifier) {
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, mods,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

void drag(QWidget* w, QPointF from, QPointF to) {
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    const int steps = 5;
    for (int i = 1; i <= steps; ++i)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton,
                  Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

QPointF centreOf(const TimelineView& view, qint64 id) {
    const auto& frame = view.renderer().frame(view.renderOptions());
    for (const auto& item : frame.items)
        if (view.renderer().index().at(item.entry).id == id)
            return item.shape.center();
    qFatal("event %lld is not drawn", static_cast<long long>(id));
}

QPointF emptySpot(const TimelineView& view) {
    const auto options = view.renderOptions();
    for (int y = 10; y < view.height(); y += 7)
        for (int x = 10; x < view.width(); x += 13)
            if (view.renderer().hitTest(options, QPointF(x, y)).kind ==
                TimelineRenderer::Hit::Kind::None)
                return QPointF(x, y);
    qFatal("no empty spot in the view");
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void wheelZoomKeepsTheTimeUnderTheCursor_data();
    void wheelZoomKeepsTheTimeUnderTheCursor();
    void dragPansByTheDraggedAmount_data();
    void dragPansByTheDraggedAmount();
    void homeFitsAllEvents();
    void keysZoomAndPan();
    void clickSelectsAnEvent_data();
    void clickSelectsAnEvent();
    void setSelectionDoesNotEcho();
    void draggingAnEventAsksToRedateIt();
    void clickingAClusterZoomsIntoIt();
    void fitAllFramesTheStoryNotItsBackground_data();
    void fitAllFramesTheStoryNotItsBackground();
    void edgeMarkersJumpToTheEventsOutside_data();
    void edgeMarkersJumpToTheEventsOutside();
    void selectingOneMarkSelectsTheEventInEveryLane();

  private:
    std::unique_ptr<TimelineView> view_;
};

void TestTimelineView::init() {
    view_ = std::make_unique<TimelineView>();
    view_->resize(800, 300);
    view_->setData(seedTimeline(), seedLaneNames());
    view_->setLaneMode(LaneMode::Actor);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    view_->fitAll();
}

void TestTimelineView::cleanup() {
    view_.reset();
}

void TestTimelineView::wheelZoomKeepsTheTimeUnderTheCursor_data() {
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");
    QTest::newRow("zoom in near the left") << 40.0 << 120;
    QTest::newRow("zoom in at the centre, three notches") << 400.0 << 360;
    QTest::newRow("zoom out near the right") << 760.0 << -240;
    QTest::newRow("half a notch from a touchpad") << 333.0 << 60;
}

void TestTimelineView::wheelZoomKeepsTheTimeUnderTheCursor() {
    QFETCH(double, x);
    QFETCH(int, delta);
    const double before = view_->dayAtX(x);
    const double spanBefore = view_->visibleTo() - view_->visibleFrom();
    sendWheel(view_.get(), QPointF(x, 100), delta);
    const double spanAfter = view_->visibleTo() - view_->visibleFrom();
    QVERIFY(delta > 0 ? spanAfter < spanBefore : spanAfter > spanBefore);
    QVERIFY2(std::abs(view_->dayAtX(x) - before) < 1e-6 * spanBefore,
             qPrintable(QStringLiteral("moved by %1 days").arg(view_->dayAtX(x) - before)));
}

void TestTimelineView::dragPansByTheDraggedAmount_data() {
    QTest::addColumn<double>("dx");
    QTest::newRow("to the right") << 150.0;
    QTest::newRow("to the left") << -220.0;
}

void TestTimelineView::dragPansByTheDraggedAmount() {
    QFETCH(double, dx);
    const double from = view_->visibleFrom(), span = view_->visibleTo() - from;
    const QPointF start = emptySpot(*view_);
    drag(view_.get(), start, start + QPointF(dx, 0));
    QVERIFY(std::abs(view_->visibleFrom() - (from - dx * span / view_->width())) < 1e-6);
    QVERIFY(std::abs(view_->visibleTo() - view_->visibleFrom() - span) < 1e-6);
}

void TestTimelineView::homeFitsAllEvents() {
    for (int i = 0; i < 8; ++i)
        sendWheel(view_.get(), QPointF(100, 100), 120);
    QVERIFY(view_->visibleTo() - view_->visibleFrom() < 5);
    QTest::keyClick(view_.get(), Qt::Key_Home);
    for (const auto& e : seedTimeline()) {
        QVERIFY(view_->visibleFrom() <= e.start);
        QVERIFY(view_->visibleTo() >= e.end + 1.0);
    }
    QVERIFY(view_->visibleTo() - view_->visibleFrom() < 30); // fits, not lost in empty space
}

void TestTimelineView::keysZoomAndPan() {
    const double span = view_->visibleTo() - view_->visibleFrom();
    QTest::keyClick(view_.get(), Qt::Key_Plus);
    QVERIFY(view_->visibleTo() - view_->visibleFrom() < span);
    QTest::keyClick(view_.get(), Qt::Key_Minus);
    QVERIFY(std::abs(view_->visibleTo() - view_->visibleFrom() - span) < 1e-6);
    const double from = view_->visibleFrom();
    QTest::keyClick(view_.get(), Qt::Key_Right);
    QVERIFY(view_->visibleFrom() > from);
    QTest::keyClick(view_.get(), Qt::Key_Left);
    QVERIFY(std::abs(view_->visibleFrom() - from) < 1e-6);
}

void TestTimelineView::clickSelectsAnEvent_data() {
    QTest::addColumn<qint64>("id");
    QTest::newRow("protests") << qint64(1);
    QTest::newRow("Putin–Tokayev call") << qint64(4);
    QTest::newRow("fuzzy teleconference") << qint64(5);
}

void TestTimelineView::clickSelectsAnEvent() {
    QFETCH(qint64, id);
    QSignalSpy spy(view_.get(), &TimelineView::selectionChanged);
    QTest::mouseClick(view_.get(), Qt::LeftButton, Qt::NoModifier, centreOf(*view_, id).toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(view_->selection(), QList<qint64>{id});
    // A click on empty space clears it again.
    QTest::mouseClick(view_.get(), Qt::LeftButton, Qt::NoModifier, emptySpot(*view_).toPoint());
    QCOMPARE(spy.count(), 2);
    QVERIFY(view_->selection().isEmpty());
}

void TestTimelineView::setSelectionDoesNotEcho() {
    QSignalSpy spy(view_.get(), &TimelineView::selectionChanged);
    view_->setSelection({2, 3});
    QCOMPARE(view_->selection(), (QList<qint64>{2, 3}));
    QCOMPARE(spy.count(), 0);
    view_->fitToSelection();
    QVERIFY(view_->visibleFrom() <= toDayNumber(isoDate("2022-01-06")));
    QVERIFY(view_->visibleTo() >= toDayNumber(isoDate("2022-01-08")));
    QVERIFY(view_->visibleTo() - view_->visibleFrom() < 4);
}

void TestTimelineView::draggingAnEventAsksToRedateIt() {
    QSignalSpy spy(view_.get(), &TimelineView::redateRequested);
    const QPointF at = centreOf(*view_, 2);
    const double pxPerDay = view_->width() / (view_->visibleTo() - view_->visibleFrom());
    drag(view_.get(), at, at + QPointF(3 * pxPerDay, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), qint64(2));
    QCOMPARE(spy.at(0).at(1).toInt(), toDayNumber(isoDate("2022-01-09")));
}

void TestTimelineView::clickingAClusterZoomsIntoIt() {
    std::vector<TimelineEntry> entries;
    const DayNumber base = toDayNumber(isoDate("2000-01-01"));
    for (int i = 0; i < 6000; ++i)
        entries.push_back({.id = i,
                           .start = base + (i * 7919) % 7000,
                           .end = 0,
                           .actorId = i % 3,
                           .title = "event"});
    for (auto& e : entries)
        e.end = e.start;
    view_->setData(entries, {});
    view_->fitAll();
    const auto& frame = view_->renderer().frame(view_->renderOptions());
    QVERIFY(!frame.clusters.isEmpty());
    const auto& cluster = frame.clusters.at(frame.clusters.size() / 2);
    QSignalSpy selection(view_.get(), &TimelineView::selectionChanged);
    QTest::mouseClick(view_.get(), Qt::LeftButton, Qt::NoModifier, cluster.rect.center().toPoint());
    QCOMPARE(selection.count(), 0);
    QVERIFY(view_->visibleFrom() <= cluster.cluster.startDay);
    QVERIFY(view_->visibleTo() >= cluster.cluster.endDay);
    QVERIFY(view_->visibleTo() - view_->visibleFrom() <
            (cluster.cluster.endDay - cluster.cluster.startDay) * 1.2 + 1.5);
}

namespace {
std::unique_ptr<TimelineView> storyView(LaneMode mode) {
    auto view = std::make_unique<TimelineView>();
    view->resize(1800, 900);
    const auto data = test::storyData(true); // with 1992 and 2019 in the background
    view->setData(data.entries, data.names);
    view->setLaneMode(mode);
    return view;
}
} // namespace

void TestTimelineView::fitAllFramesTheStoryNotItsBackground_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("one lane") << int(LaneMode::None);
    QTest::newRow("lanes by actor") << int(LaneMode::Actor);
}

void TestTimelineView::fitAllFramesTheStoryNotItsBackground() {
    QFETCH(int, mode);
    auto view = storyView(LaneMode(mode));
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->fitAll();
    // 2-21 January 2022 with a margin, not 1992-2022.
    QVERIFY(view->visibleFrom() > toDayNumber(isoDate("2021-12-25")));
    QVERIFY(view->visibleFrom() < toDayNumber(isoDate("2022-01-02")));
    QVERIFY(view->visibleTo() > toDayNumber(isoDate("2022-01-22")));
    QVERIFY(view->visibleTo() < toDayNumber(isoDate("2022-01-30")));
    const auto& f = view->renderer().frame(view->renderOptions());
    QCOMPARE(f.earlier, std::size_t(2));
    QCOMPARE(f.later, std::size_t(0));
    QVERIFY(f.earlierText.contains(QStringLiteral("2")));
    // To look at: CT_STORY_EXPORT_DIR=folder keeps the view, the CSTO summit selected.
    if (const QString dir = qEnvironmentVariable("CT_STORY_EXPORT_DIR"); !dir.isEmpty()) {
        view->setSelection({32});
        QVERIFY(view->grab().save(QStringLiteral("%1/view-%2.png").arg(dir).arg(mode)));
    }
}

void TestTimelineView::edgeMarkersJumpToTheEventsOutside_data() {
    QTest::addColumn<bool>("byKeyboard");
    QTest::newRow("click on the marker") << false;
    QTest::newRow("Ctrl+Left") << true;
}

void TestTimelineView::edgeMarkersJumpToTheEventsOutside() {
    QFETCH(bool, byKeyboard);
    auto view = storyView(LaneMode::None);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->fitAll();
    const double span = view->visibleTo() - view->visibleFrom();
    auto jumpEarlier = [&] {
        if (byKeyboard) {
            QTest::keyClick(view.get(), Qt::Key_Left, Qt::ControlModifier);
            return;
        }
        const auto& f = view->renderer().frame(view->renderOptions());
        QVERIFY(!f.earlierRect.isEmpty());
        QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier,
                          f.earlierRect.center().toPoint());
    };
    jumpEarlier();
    // The same zoom, now on Nazarbayev's resignation (20 March 2019).
    const double resigned = toDayNumber(isoDate("2019-03-20"));
    QVERIFY(view->visibleFrom() < resigned && view->visibleTo() > resigned + 1);
    QVERIFY(std::abs(view->visibleTo() - view->visibleFrom() - span) < 1e-6);
    const auto& f = view->renderer().frame(view->renderOptions());
    QCOMPARE(f.earlier, std::size_t(1));
    QCOMPARE(f.later, std::size_t(60));
    jumpEarlier();
    const double joined = toDayNumber(isoDate("1992-01-03"));
    QVERIFY(view->visibleFrom() < joined && view->visibleTo() > joined + 1);
    // And back: "60 later" leads to the start of the story.
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::ControlModifier);
    const double resignedAgain = toDayNumber(isoDate("2019-03-20"));
    QVERIFY(view->visibleFrom() < resignedAgain && view->visibleTo() > resignedAgain + 1);
}

void TestTimelineView::selectingOneMarkSelectsTheEventInEveryLane() {
    auto view = storyView(LaneMode::Actor);
    view->resize(1800, 2600); // every lane with all its rows
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->fitAll();
    QSignalSpy selected(view.get(), &TimelineView::selectionChanged);
    // The CSTO video summit (id 32) has a mark in five actors' lanes; click the last one.
    const auto options = view->renderOptions();
    const auto& f = view->renderer().frame(options);
    QList<QPointF> marks;
    for (const auto& item : f.items)
        if (view->renderer().index().at(item.entry).id == 32)
            marks << item.shape.center();
    QCOMPARE(marks.size(), 5);
    QTest::mouseClick(view.get(), Qt::LeftButton, Qt::NoModifier, marks.last().toPoint());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(view->selection(), QList<qint64>{32});
    // Hovering any other of its marks is hovering the one event.
    for (const QPointF& mark : marks)
        QCOMPARE(view->renderer().hitTest(view->renderOptions(), mark).eventId, qint64(32));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timeline_view.moc"

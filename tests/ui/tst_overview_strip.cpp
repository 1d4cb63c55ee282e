#include "SeedTimeline.h"
#include "timeline/OverviewStrip.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

class TestOverviewStrip : public QObject {
    Q_OBJECT
  private slots:
    void spansAllEventsAndTheWindow();
    void clickCentresTheViewThere_data();
    void clickCentresTheViewThere();
};

void TestOverviewStrip::spansAllEventsAndTheWindow() {
    TimelineView view;
    view.resize(600, 200);
    view.setData(seedTimeline(), seedLaneNames());
    OverviewStrip strip;
    strip.setTimelineView(&view);
    view.setVisibleRange(toDayNumber(isoDate("2022-01-05")), toDayNumber(isoDate("2022-01-07")));
    QCOMPARE(strip.extentFrom(), double(toDayNumber(isoDate("2022-01-02"))));
    QCOMPARE(strip.extentTo(), double(toDayNumber(isoDate("2022-01-16"))));
    view.setVisibleRange(toDayNumber(isoDate("2021-12-01")), toDayNumber(isoDate("2021-12-05")));
    QCOMPARE(strip.extentFrom(), double(toDayNumber(isoDate("2021-12-01"))));
}

void TestOverviewStrip::clickCentresTheViewThere_data() {
    QTest::addColumn<double>("fraction");
    QTest::newRow("a quarter in") << 0.25;
    QTest::newRow("near the end") << 0.9;
}

void TestOverviewStrip::clickCentresTheViewThere() {
    QFETCH(double, fraction);
    QWidget window;
    auto* view = new TimelineView(&window);
    auto* strip = new OverviewStrip(&window);
    view->setGeometry(0, 0, 600, 200);
    strip->setGeometry(0, 200, 600, 40);
    view->setData(seedTimeline(), seedLaneNames());
    strip->setTimelineView(view);
    view->setVisibleRange(toDayNumber(isoDate("2022-01-02")), toDayNumber(isoDate("2022-01-04")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const double from = strip->extentFrom(), to = strip->extentTo();
    const double span = view->visibleTo() - view->visibleFrom();
    QSignalSpy moved(view, &TimelineView::visibleRangeChanged);
    const int x = int(fraction * strip->width());
    QTest::mouseClick(strip, Qt::LeftButton, Qt::NoModifier, QPoint(x, 20));
    QCOMPARE(moved.count(), 1);
    const double expectedCentre = from + x * (to - from) / strip->width();
    QVERIFY(std::abs((view->visibleFrom() + view->visibleTo()) / 2 - expectedCentre) < 1e-6);
    QVERIFY(std::abs(view->visibleTo() - view->visibleFrom() - span) < 1e-6); // pans, no zoom
}

QTEST_MAIN(TestOverviewStrip)
#include "tst_overview_strip.moc"

#include "SeedTimeline.h"
#include "timeline/TimelineToolTip.h"

#include <QGuiApplication>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

class TestTimelineToolTip : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void describesAnEvent_data();
    void describesAnEvent();
    void describesACluster();
};

void TestTimelineToolTip::describesAnEvent_data() {
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("exact day: date, precision, actor")
        << qint64(2) << QStringList{"CSTO force arrives", "6 January 2022", "(day)", "Actor: CSTO"}
        << "uncertain";
    QTest::newRow("fuzzy range says it is an estimate")
        << qint64(5) << QStringList{"CSTO teleconference", "range, uncertain", "09/01/2022"}
        << "Place:";
    QTest::newRow("non-ASCII title kept intact")
        << qint64(4) << QStringList{"Putin–Tokayev call"} << "<script";
}

void TestTimelineToolTip::describesAnEvent() {
    QFETCH(qint64, id);
    QFETCH(QStringList, mustContain);
    QFETCH(QString, mustNotContain);
    TimelineRenderer renderer;
    renderer.setData(seedTimeline(), seedLaneNames());
    const QString text = TimelineToolTip::forEvent(renderer, id);
    for (const auto& part : mustContain)
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
    QVERIFY2(!text.contains(mustNotContain), qPrintable(text));
}

void TestTimelineToolTip::describesACluster() {
    TimelineRenderer::Hit hit;
    hit.kind = TimelineRenderer::Hit::Kind::Cluster;
    hit.count = 42;
    hit.startDay = toDayNumber(isoDate("2022-01-02"));
    hit.endDay = toDayNumber(isoDate("2022-01-09"));
    TimelineRenderer renderer;
    const QString text = TimelineToolTip::text(renderer, hit);
    QVERIFY2(text.contains("42 events") && text.contains("02/01/2022") &&
                 text.contains("08/01/2022"),
             qPrintable(text));
}

QTEST_MAIN(TestTimelineToolTip)
#include "tst_timeline_tool_tip.moc"

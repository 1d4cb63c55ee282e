#include "TestPrinters.h"

#include "synth/EventGenerator.h"

#include <QtTest/QTest>

#include <algorithm>
#include <map>

using namespace ct;

class TestEventGenerator : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameEvents_data() {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2022") << quint64(2022);
    }
    void sameSeedSameEvents() {
        QFETCH(quint64, seed);
        const auto a = EventGenerator(seed).generate(2000);
        const auto b = EventGenerator(seed).generate(2000);
        const auto c = EventGenerator(seed + 1).generate(2000);
        QCOMPARE(a.size(), std::size_t(2000));
        bool differs = false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].when, b[i].when);
            QCOMPARE(a[i].title, b[i].title);
            QCOMPARE(a[i].actors, b[i].actors);
            differs = differs || !(a[i].when == c[i].when);
        }
        QVERIFY(differs);
    }

    void eventsAreValidAndVaried() {
        const auto events = EventGenerator(7).generate(20000);
        std::map<Precision, int> precisions;
        int fuzzy = 0;
        for (const Event& e : events) {
            QVERIFY(e.when.start <= e.when.end);
            QVERIFY(e.when.start >= Date(1995, 1, 1));
            QVERIFY(e.when.end <= Date(2025, 12, 31));
            QVERIFY(!e.title.empty() && !e.actors.empty() && !e.places.empty());
            ++precisions[e.when.precision];
            fuzzy += e.when.fuzzy;
        }
        QCOMPARE(precisions.size(), std::size_t(4));
        QVERIFY(fuzzy > 100);
    }

    void eventsComeInBursts() {
        // Real crises are bursty: the busiest week must hold many times the
        // events of a typical week, or the data would not stress clustering.
        const auto events = EventGenerator(3).generate(50000);
        std::map<long, int> perWeek;
        for (const Event& e : events)
            ++perWeek[(e.when.start - Date(1995, 1, 2)).days() / 7];
        std::vector<int> counts;
        for (const auto& [week, n] : perWeek)
            counts.push_back(n);
        std::sort(counts.begin(), counts.end());
        const int median = counts[counts.size() / 2];
        QVERIFY2(counts.back() > 10 * median,
                 qPrintable(QString("max %1, median %2").arg(counts.back()).arg(median)));
    }
};

QTEST_GUILESS_MAIN(TestEventGenerator)
#include "tst_event_generator.moc"

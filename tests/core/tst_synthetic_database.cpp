#include "TestPrinters.h"
#include "store/EventStore.h"
#include "synth/SyntheticDatabase.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <tuple>

using namespace ct;

namespace {

// Everything a generated event is stored with that the timeline and the table read.
using Row = std::tuple<std::int64_t, DayNumber, DayNumber, Precision, bool, std::string,
                       std::int32_t, std::int32_t>;

std::vector<Row> rowsOf(EventStore& store) {
    std::vector<Row> rows;
    auto entries = store.timelineEntries({});
    if (!entries)
        qFatal("%s", entries.error().message.c_str());
    for (const auto& e : *entries)
        rows.emplace_back(e.id, e.start, e.end, e.precision, e.fuzzy, e.title, e.actorId,
                          e.placeId);
    return rows;
}

} // namespace

class TestSyntheticDatabase : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    EventStore generated(std::size_t count, std::uint64_t seed) {
        auto store = EventStore::open(m_dir.filePath(QString::number(++m_count)).toStdString());
        if (!store)
            qFatal("%s", store.error().message.c_str());
        std::vector<std::size_t> progress;
        auto written = SyntheticDatabase::generate(*store, count, seed,
                                                   [&](std::size_t n) { progress.push_back(n); });
        if (!written || *written != count || progress.empty() || progress.back() != count)
            qFatal("generation failed");
        return std::move(*store);
    }

  private slots:
    void sameSeedSameEvents_data() {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("count");
        QTest::newRow("seed 1, one chunk") << quint64(1) << 3000;
        QTest::newRow("seed 99, two chunks") << quint64(99) << 60'000;
    }
    void sameSeedSameEvents() {
        QFETCH(quint64, seed);
        QFETCH(int, count);
        EventStore a = generated(std::size_t(count), seed);
        EventStore b = generated(std::size_t(count), seed);
        EventStore c = generated(std::size_t(count), seed + 1);
        const auto rowsA = rowsOf(a), rowsB = rowsOf(b), rowsC = rowsOf(c);
        QCOMPARE(rowsA.size(), std::size_t(count));
        QVERIFY(rowsA == rowsB);
        QCOMPARE(*a.actorNames(), *b.actorNames());
        QCOMPARE(*a.placeNames(), *b.placeNames());
        // Another seed: same count, different events.
        QCOMPARE(rowsC.size(), std::size_t(count));
        QVERIFY(rowsA != rowsC);
        std::size_t sameDays = 0;
        for (std::size_t i = 0; i < rowsA.size(); ++i)
            sameDays += std::get<1>(rowsA[i]) == std::get<1>(rowsC[i]);
        QVERIFY2(sameDays < rowsA.size() / 2, "a different seed must not repeat the days");
    }

    void eventsAreCompleteAndSearchable() {
        EventStore store = generated(2000, 3);
        QCOMPARE(*store.eventCount(), std::int64_t(2000));
        auto first = store.event(1);
        QVERIFY(first.ok());
        QVERIFY(!first->title.empty() && !first->sentence.empty());
        QVERIFY(!first->actors.empty() && !first->places.empty());
        // The full-text and window indexes were built at the end of the load: both find it.
        EventQuery byText;
        byText.text = first->places.front();
        auto found = store.timelineSpans(byText);
        QVERIFY(found.ok());
        QVERIFY(std::any_of(found->begin(), found->end(),
                            [](const TimelineSpan& s) { return s.id == 1; }));
        auto overlapping =
            store.overlapping(toDayNumber(first->when.start), toDayNumber(first->when.start));
        QVERIFY(overlapping.ok());
        QVERIFY(std::any_of(overlapping->begin(), overlapping->end(),
                            [](const EventDays& d) { return d.id == 1; }));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticDatabase)
#include "tst_synthetic_database.moc"

#include "TestPrinters.h"
#include "document/TimelineLoader.h"
#include "layout/Clustering.h"
#include "synth/SyntheticDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

namespace {
// Counts the queued calls an object receives (what a worker thread posts to it).
struct MetaCallCounter : QObject {
    int count = 0;
    bool eventFilter(QObject* watched, QEvent* event) override {
        count += event->type() == QEvent::MetaCall;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

// The loader reads the timeline with its own connection on a worker thread (the GUI thread's
// connection is never used there), and what it delivers equals what an inline read gives.
class TestTimelineLoader : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    EventStore open() {
        auto store = EventStore::open(m_path.toStdString());
        if (!store)
            qFatal("%s", store.error().message.c_str());
        return std::move(*store);
    }

  private slots:
    void initTestCase() {
        m_path = m_dir.filePath(QStringLiteral("loader.sqlite"));
        EventStore store = open();
        QVERIFY(SyntheticDatabase::generate(store, 8000, 21).ok());
        // Generated events name at most one place; lanes of a second place need these.
        for (int i = 0; i < 3; ++i) {
            Event event;
            event.when = singleDay(isoDate(("2022-01-0" + std::to_string(i + 2)).c_str()));
            event.title = "Talks " + std::to_string(i);
            event.actors = {"Kassym-Jomart Tokayev", "Vladimir Putin"};
            event.places = {"Almaty", "Moscow"};
            QVERIFY(store.insertEvent(event).ok());
        }
    }

    void workerDeliversWhatAnInlineReadGives() {
        EventStore store = open();
        auto inline_ = TimelineLoader::read(store, LaneMode::Actor);
        QVERIFY(inline_.ok());
        QCOMPARE(inline_->index->size(), std::size_t(8003));

        TimelineLoader loader;
        QSignalSpy loaded(&loader, &TimelineLoader::loaded);
        const quint64 generation = loader.start(m_path, LaneMode::Actor);
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.size(), 1);
        const auto snapshot = loaded.at(0).at(0).value<TimelineSnapshot>();
        QCOMPARE(snapshot.generation, generation);
        QVERIFY(!snapshot.preview);
        QVERIFY(!loader.isLoading());
        QVERIFY(snapshot.index->spans() == inline_->index->spans());
        QVERIFY(snapshot.lanes && snapshot.lanes->mode() == LaneMode::Actor);
        QCOMPARE(snapshot.lanes->laneOfEntries(), inline_->lanes->laneOfEntries());
        // The lanes of second and further actors (places) come with the timeline, read on the
        // worker's connection: the window no longer asks its own connection for them.
        const auto actors = store.extraActorLanes();
        const auto places = store.extraPlaceLanes();
        QVERIFY(actors.ok() && places.ok());
        QVERIFY(actors->size() >= 3 && places->size() >= 3);
        QVERIFY(snapshot.extraActors && *snapshot.extraActors == *actors);
        QVERIFY(snapshot.extraPlaces && *snapshot.extraPlaces == *places);
    }

    // The preview stands in while a large database loads: clustered over the whole span it
    // must draw the very counts the real events give.
    void previewCountsWhatTheRealEventsCount() {
        EventStore store = open();
        auto real = TimelineLoader::read(store, LaneMode::None);
        auto preview = TimelineLoader::readPreview(store);
        QVERIFY(real.ok() && preview.ok());
        QVERIFY(preview->preview);
        QCOMPARE(preview->index->size(), real->index->size());
        QCOMPARE(preview->index->firstDay(), real->index->firstDay());
        QCOMPARE(preview->index->lastDay(), real->index->lastDay());
        const double from = real->index->firstDay(), to = real->index->lastDay() + 1.0;
        for (const double widthPx : {800.0, 1920.0}) {
            const double dpp = (to - from) / widthPx;
            const double bucketDays = std::ceil(dpp * 30);
            auto count = [&](const TimelineSnapshot& s) {
                return Clustering::count(s.index->spans(), *s.lanes, 0, 0, s.index->maxDuration(),
                                         from, to, dpp, bucketDays / dpp);
            };
            const auto a = count(*real), b = count(*preview);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].bucket, b[i].bucket);
                QCOMPARE(a[i].count, b[i].count);
            }
        }
        for (const auto& span : preview->index->spans())
            QVERIFY(span.id < 0); // nothing in it can be mistaken for an event
    }

    void previewComesFirstThenTheEvents() {
        TimelineLoader loader;
        QSignalSpy loaded(&loader, &TimelineLoader::loaded);
        loader.start(m_path, LaneMode::None, true);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        QVERIFY(loaded.at(0).at(0).value<TimelineSnapshot>().preview);
        QVERIFY(!loaded.at(1).at(0).value<TimelineSnapshot>().preview);
        QVERIFY(!loader.isLoading());
    }

    void aNewerLoadMakesTheOlderMoot() {
        TimelineLoader loader;
        QSignalSpy loaded(&loader, &TimelineLoader::loaded);
        // Each load without a preview posts exactly one call (its result) to the loader's
        // thread; counting them tells when both have been handled, however the two worker
        // threads were scheduled.
        MetaCallCounter posted;
        loader.installEventFilter(&posted);
        loader.start(m_path, LaneMode::None);
        const quint64 second = loader.start(m_path, LaneMode::Place);
        QTRY_COMPARE_WITH_TIMEOUT(posted.count, 2, 30000);
        QCOMPARE(loaded.size(), 1); // the first load's result was handled, and dropped
        QCOMPARE(loaded.at(0).at(0).value<TimelineSnapshot>().generation, second);
        QCOMPARE(loaded.at(0).at(0).value<TimelineSnapshot>().lanes->mode(), LaneMode::Place);
        QVERIFY(!loader.isLoading());
    }

    void aMissingDatabaseFails() {
        TimelineLoader loader;
        QSignalSpy failed(&loader, &TimelineLoader::failed);
        loader.start(m_dir.filePath(QStringLiteral("missing.sqlite")), LaneMode::None);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("missing.sqlite")));
        QVERIFY(!loader.isLoading());
    }
};

QTEST_MAIN(TestTimelineLoader)
#include "tst_timeline_loader.moc"

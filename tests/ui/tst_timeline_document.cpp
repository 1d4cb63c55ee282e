#include "UiTestSupport.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"
#include "models/EventFilterProxyModel.h"
#include "models/EventTableModel.h"
#include "synth/SyntheticDatabase.h"

#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace ct;
using namespace ct::ui;

// A database above the inline limit loads on a worker thread: the window gets a density preview
// first, the table waits for the real rows, and edits made meanwhile end in one more load.
class TestTimelineDocument : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_large;

    static bool settled(const TimelineDocument& d) {
        return !d.isTimelineLoading() && !d.timeline().preview;
    }

  private slots:
    void initTestCase() {
        m_large = m_dir.filePath(QStringLiteral("large.sqlite"));
        auto store = EventStore::open(m_large.toStdString());
        QVERIFY(store.ok());
        QVERIFY(SyntheticDatabase::generate(*store, 5000, 4).ok());
    }

    void smallDatabaseLoadsAtOnce() {
        TimelineDocument document;
        QSignalSpy changed(&document, &TimelineDocument::timelineChanged);
        QVERIFY(document.open(m_large).ok()); // 5000 events: under the default limit
        QVERIFY(!document.isTimelineLoading());
        QCOMPARE(document.timeline().index->size(), std::size_t(5000));
        QCOMPARE(changed.size(), 1);
    }

    void largeDatabaseLoadsInTheBackground() {
        TimelineDocument document;
        document.setInlineLoadLimit(1000);
        EventTableModel model(document);
        QSignalSpy changed(&document, &TimelineDocument::timelineChanged);
        QVERIFY(document.open(m_large).ok());
        QVERIFY(document.isTimelineLoading());
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(document), 30000);
        // A preview came first (the table did not list its stand-ins), then the events.
        QCOMPARE(changed.size(), 2);
        QCOMPARE(document.timeline().index->size(), std::size_t(5000));
        QCOMPARE(model.rowCount(), 5000);
        const qint64 id = model.idAt(0);
        QVERIFY(id > 0);
        QCOMPARE(model.rowOf(id), 0);
        QVERIFY(!model.index(0, EventTableModel::TitleColumn).data().toString().isEmpty());
    }

    void editsDuringALoadEndInOneMoreLoad() {
        TimelineDocument document;
        document.setInlineLoadLimit(1000);
        QVERIFY(document.open(m_large).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(document), 30000);
        QSignalSpy changed(&document, &TimelineDocument::timelineChanged);
        const qint64 id = document.timeline().index->at(0).id;
        document.redateEvent(id, singleDay(isoDate("2030-06-01")));
        for (int i = 0; i < 20; ++i) // a burst, as an import would send
            document.notifyEventsChanged();
        // The edit's load is running; the burst only marks one more, which starts from the
        // slot that delivers the first (so the document is never settled in between).
        QVERIFY(document.isTimelineLoading());
        QTRY_VERIFY_WITH_TIMEOUT(settled(document), 30000);
        QCOMPARE(changed.size(), 2); // one load for the edit, one for everything after it
        const auto& index = *document.timeline().index;
        const auto position = index.indexOf(id);
        QVERIFY(position.has_value());
        QCOMPARE(index.at(*position).start, toDayNumber(isoDate("2030-06-01")));
        QCOMPARE(index.lastDay(), toDayNumber(isoDate("2030-06-01")));
    }

    void filtersAndSortingWorkOnTheCompactRows() {
        TimelineDocument document;
        QVERIFY(document.open(m_large).ok());
        EventTableModel model(document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 5000);
        const int first = proxy.index(0, 0).data(EventTableModel::StartDayRole).toInt();
        const int last = proxy.index(4999, 0).data(EventTableModel::StartDayRole).toInt();
        QVERIFY(first >= last);
        // An actor filter is a store query, case-insensitively: the same events as asking the
        // store for that actor by name.
        EventQuery byActor;
        byActor.actor = "Actor 7";
        const auto expected = document.store()->timelineSpans(byActor);
        QVERIFY(expected.ok() && !expected->empty());
        proxy.setActor(QStringLiteral("actor 7"));
        QCOMPARE(std::size_t(proxy.rowCount()), expected->size());
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, EventTableModel::ActorsColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Actor 7")));
        proxy.setActor({});
        proxy.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.rowCount(), 5000);
        QString previous;
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int row = 0; row < proxy.rowCount(); row += 97) {
            const QString title = proxy.index(row, EventTableModel::TitleColumn).data().toString();
            QVERIFY(collator.compare(previous, title) <= 0);
            previous = title;
        }
    }
};

QTEST_MAIN(TestTimelineDocument)
#include "tst_timeline_document.moc"

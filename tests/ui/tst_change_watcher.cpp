#include "UiTestSupport.h"
#include "VersionedStore.h"
#include "document/ChangeWatcher.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <sys/socket.h>

using namespace ct;
using namespace ct::ui;

// Colleagues' changes reach the window through a change feed: a fake one here, a socket pair
// whose write end plays the server's notification.
class TestChangeWatcher : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;

    static std::shared_ptr<test::FakeChangeFeed::Shared> feedPair() {
        auto shared = std::make_shared<test::FakeChangeFeed::Shared>();
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, shared->fds) != 0)
            qFatal("socketpair failed");
        return shared;
    }
    static void notify(test::FakeChangeFeed::Shared& shared, StoreChange change) {
        shared.queued.push_back(std::move(change));
        const char wake = 1;
        QCOMPARE(::write(shared.fds[1], &wake, 1), ssize_t(1));
    }

  private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void wakesOnTheSocket_data() {
        QTest::addColumn<int>("changes");
        QTest::newRow("one edit") << 1;
        QTest::newRow("a burst of three arrives as one batch") << 3;
    }
    void wakesOnTheSocket() {
        QFETCH(int, changes);
        auto shared = feedPair();
        ChangeWatcher watcher(std::make_unique<test::FakeChangeFeed>(shared));
        watcher.setFallbackInterval(60'000); // the socket alone must wake it
        QSignalSpy spy(&watcher, &ChangeWatcher::changed);
        for (int i = 0; i < changes; ++i)
            shared->queued.push_back({StoreChange::Kind::Edit, i + 1, {i + 10}, "bea"});
        const char wake = 1;
        QCOMPARE(::write(shared->fds[1], &wake, 1), ssize_t(1));
        QVERIFY(spy.wait(5000));
        const auto batch = spy.at(0).at(0).value<std::vector<StoreChange>>();
        QCOMPARE(int(batch.size()), changes);
        QCOMPARE(batch.back().analyst, std::string("bea"));
    }

    void fallbackTimerReadsWithoutAWakeUp() {
        auto shared = feedPair();
        ChangeWatcher watcher(std::make_unique<test::FakeChangeFeed>(shared));
        watcher.setFallbackInterval(50);
        QSignalSpy spy(&watcher, &ChangeWatcher::changed);
        shared->queued.push_back({StoreChange::Kind::Import, 1, {}, "bea"}); // no byte written
        QVERIFY(spy.wait(5000));
    }

    void brokenFeedStopsAndSaysSo() {
        auto shared = feedPair();
        ChangeWatcher watcher(std::make_unique<test::FakeChangeFeed>(shared));
        QSignalSpy failed(&watcher, &ChangeWatcher::failed);
        shared->broken = true;
        notify(*shared, {});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("closed")));
    }

    // A colleague edits an event: the document shows their version, and our selection and
    // undo history stay as they were.
    void colleaguesEditReloadsKeepingSelectionAndUndo() {
        const QString path = m_dir.filePath(QStringLiteral("team.ctl"));
        auto opened = openStore(path.toStdString());
        QVERIFY(opened.ok());
        auto versioned = std::make_unique<test::VersionedStore>(std::move(*opened));
        test::VersionedStore& store = *versioned;
        TimelineDocument document;
        document.adopt(std::move(versioned), path);
        auto shared = feedPair();
        document.watchChanges(std::make_unique<test::FakeChangeFeed>(shared));

        document.addEvent(test::makeEvent("Ours", "2024-03-01"));
        Event theirs = test::makeEvent("Theirs before", "2024-03-05");
        QVERIFY(store.insertEvent(theirs).ok());
        document.selection()->set({theirs.id});
        QCOMPARE(document.undoStack()->count(), 1);

        QSignalSpy changed(&document, &TimelineDocument::eventChanged);
        QSignalSpy applied(&document, &TimelineDocument::remoteChangesApplied);
        Event edited = *store.event(theirs.id);
        edited.title = "Theirs after";
        QVERIFY(store.colleagueEdit(edited, "bea").ok());
        notify(*shared, {StoreChange::Kind::Edit, 7, {theirs.id}, "bea"});
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.at(0).at(0).toStringList(), QStringList{QStringLiteral("bea")});
        QVERIFY(changed.contains(QVariantList{qint64(theirs.id)}));
        QCOMPARE(document.event(theirs.id)->title, std::string("Theirs after"));
        QCOMPARE(document.selection()->ids(), QList<qint64>{theirs.id});
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.undoStack()->canUndo());
        QCOMPARE(document.timeline().index->size(), std::size_t(2));
    }

    void importByAColleagueReloadsTheTimeline() {
        const QString path = m_dir.filePath(QStringLiteral("import.ctl"));
        TimelineDocument document;
        QVERIFY(document.open(path).ok());
        auto shared = feedPair();
        document.watchChanges(std::make_unique<test::FakeChangeFeed>(shared));
        QCOMPARE(document.timeline().index->size(), std::size_t(0));
        QSignalSpy articles(&document, &TimelineDocument::articlesChanged);
        // Their client writes through its own connection.
        auto other = openStore(path.toStdString(), Store::Mode::ReadWrite);
        QVERIFY(other.ok());
        Event e = test::makeEvent("Imported elsewhere", "2024-04-01");
        QVERIFY((*other)->insertEvent(e).ok());
        notify(*shared, {StoreChange::Kind::Import, 8, {}, "cai"});
        QVERIFY(articles.wait(5000));
        QCOMPARE(document.timeline().index->size(), std::size_t(1));
    }
};

QTEST_MAIN(TestChangeWatcher)
#include "tst_change_watcher.moc"

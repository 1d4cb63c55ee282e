#include "UiTestSupport.h"
#include "commands/EditEventCommand.h"
#include "common/FreshDatabase.h"
#include "common/TestPostgres.h"
#include "dialogs/ImportWorker.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"
#include "settings/Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <algorithm>

using namespace ct;
using namespace ct::ui;

// Two analysts' windows (their documents) on one story on a private PostgreSQL server: what
// one does appears in the other, and a stale edit is a conflict, not a lost write.
class TestTeamDocuments : public QObject {
    Q_OBJECT
  private:
    std::unique_ptr<test::TestPostgres> m_server;
    QString m_location;

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_team_documents"));
        QSettings().clear();
        qunsetenv("CT_ANALYST");
        m_server = std::make_unique<test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
    }
    void init() { m_location = QString::fromStdString(test::freshDatabaseOrSkip(*m_server)); }

    void anEditByOneAppearsInTheOther() {
        TimelineDocument ana, bea;
        QVERIFY(ana.open(m_location).ok());
        QVERIFY(bea.open(m_location).ok());
        QVERIFY(ana.isServerStory());
        QVERIFY(bea.changeWatcher());
        QSignalSpy heard(&bea, &TimelineDocument::remoteChangesApplied);
        ana.addEvent(test::makeEvent("Curfew in Koldan", "2024-06-01"));
        // The server's notification wakes bea's watcher; the fallback timer is 5 s, so a wait
        // that ends well within it shows the socket did it.
        QVERIFY(heard.wait(4000));
        QTRY_COMPARE_WITH_TIMEOUT(bea.timeline().index->size(), std::size_t(1), 4000);
        const qint64 id = bea.timeline().index->spans().front().id;
        bea.selection()->set({id});

        Event edited = *ana.event(id);
        edited.title = "Curfew lifted in Koldan";
        heard.clear();
        ana.editEvent(edited);
        QVERIFY(heard.wait(4000));
        QCOMPARE(bea.event(id)->title, std::string("Curfew lifted in Koldan"));
        QCOMPARE(bea.selection()->ids(), QList<qint64>{id});
        QCOMPARE(bea.undoStack()->count(), 0); // ana's edit is not a step of bea's
        QVERIFY(!bea.event(id)->editedBy.empty());
    }

    void aStaleEditIsAConflict() {
        TimelineDocument ana, bea;
        QVERIFY(ana.open(m_location).ok());
        QVERIFY(bea.open(m_location).ok());
        ana.addEvent(test::makeEvent("Bridge closed", "2024-06-02"));
        const qint64 id = ana.timeline().index->spans().front().id;
        const Event seenByBea = *bea.event(id); // bea's edit dialog opens on this
        Event anas = *ana.event(id);
        anas.title = "Bridge reopened";
        ana.editEvent(anas);

        QSignalSpy conflicts(&bea, &TimelineDocument::conflictFound);
        Event beas = seenByBea;
        beas.title = "Bridge destroyed";
        bea.undoStack()->push(new EditEventCommand(bea, seenByBea, beas));
        QVERIFY(conflicts.wait(4000));
        QCOMPARE(conflicts.at(0).at(1).value<Event>().title, std::string("Bridge reopened"));
        QCOMPARE(ana.event(id)->title, std::string("Bridge reopened")); // nothing overwritten
    }

    // File ▸ Analyst Name… (the setting): an import on the worker's own connection and an edit
    // on the window's record the configured name, not the server role; clearing it goes back.
    void theConfiguredAnalystIsRecorded() {
        Settings::setAnalystName(QStringLiteral("  Ana Field "));
        TimelineDocument ana;
        QVERIFY(ana.open(m_location).ok());
        QCOMPARE(ana.store()->analyst(), std::string("Ana Field"));
        ImportWorker worker(
            m_location, ana.gazetteer(),
            {ImportJob::inMemory("Curfew in Koldan\n\nPresident Ilian Varro "
                                 "ordered a curfew in Koldan on Sunday.\n",
                                 QStringLiteral("curfew.txt"), {}, isoDate("2024-06-03"))});
        worker.run();
        auto articles = ana.store()->articles();
        QVERIFY(articles.ok());
        QCOMPARE(articles->size(), std::size_t(1));
        QCOMPARE(articles->front().importedBy, std::string("Ana Field"));
        ana.addEvent(test::makeEvent("Bridge closed", "2024-06-02"));
        const auto added = ana.store()->events({});
        QVERIFY(added.ok());
        const auto bridge = std::find_if(added->begin(), added->end(),
                                         [](const Event& e) { return e.title == "Bridge closed"; });
        QVERIFY(bridge != added->end());
        QCOMPARE(bridge->editedBy, std::string("Ana Field"));

        Settings::setAnalystName({});
        ana.applyAnalystName();
        QCOMPARE(ana.store()->analyst(), std::string("postgres")); // the server role again
    }

    // Server stopped mid-session: the document says so, keeps its timeline, refuses edits, and
    // reconnects (and reloads) once the server is back.
    void serverGoneIsReadOnlyUntilItIsBack() {
        TimelineDocument ana;
        QVERIFY(ana.open(m_location).ok());
        ana.setRetryInterval(200);
        ana.addEvent(test::makeEvent("Port closed", "2024-06-03"));
        QCOMPARE(ana.timeline().index->size(), std::size_t(1));
        QSignalSpy connection(&ana, &TimelineDocument::connectionChanged);
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(ana.isOffline(), 15000); // the feed or the next read notices
        QCOMPARE(connection.first().first().toBool(), false);
        QCOMPARE(ana.timeline().index->size(), std::size_t(1)); // still shows what it had
        QSignalSpy errors(&ana, &TimelineDocument::errorOccurred);
        ana.addEvent(test::makeEvent("Refused", "2024-06-04"));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(ana.undoStack()->count(), 1); // only the edit made while online
        QVERIFY(m_server->start());
        QTRY_VERIFY_WITH_TIMEOUT(!ana.isOffline(), 15000);
        QCOMPARE(connection.last().first().toBool(), true);
        ana.addEvent(test::makeEvent("Port reopened", "2024-06-05"));
        QCOMPARE(ana.timeline().index->size(), std::size_t(2));
    }
};

QTEST_MAIN(TestTeamDocuments)
#include "tst_team_documents.moc"

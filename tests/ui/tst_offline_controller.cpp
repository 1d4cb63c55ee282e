// File ▸ Take Offline Copy… and File ▸ Bring Changes Back in a window (offscreen) on a private
// PostgreSQL server: the copy is taken on a worker thread and opened; an edit made in it
// reaches the server; a colleague's edit meanwhile is shown in the ConflictDialog and the
// analyst's choice decides it.
#include "UiTestSupport.h"
#include "common/FreshDatabase.h"
#include "common/TestPostgres.h"
#include "dialogs/ConflictDialog.h"
#include "document/TimelineDocument.h"
#include "store/Store.h"
#include "store/offline/OfflineCopy.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/OfflineController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace ct;
using namespace ct::ui;

class TestOfflineController : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestPostgres> m_server;
    QTemporaryDir m_dir;
    std::string m_location;
    std::int64_t m_event = 0;
    int m_files = 0;

    std::string serverTitle() {
        auto store = openStore(m_location, Store::Mode::ReadOnly);
        if (!store)
            return "(cannot open)";
        auto e = (*store)->event(m_event);
        return e ? e->title : "(no event)";
    }

    // Takes the copy from the window as the menu does (without the file dialog).
    bool takeCopy(MainWindow& window, const QString& file) {
        QSignalSpy done(window.offline(), &OfflineController::finished);
        window.offline()->takeOfflineCopy(file);
        return done.wait(60000) && window.document().path() == file;
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_server = std::make_unique<test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
    }
    void init() {
        m_location = test::freshDatabaseOrSkip(*m_server);
        if (m_location.empty())
            return;
        auto store = openStore(m_location);
        QVERIFY(store.ok());
        Event e = test::makeEvent("Curfew in Koldan", "2024-06-01");
        auto id = (*store)->insertEvent(e);
        QVERIFY(id.ok());
        m_event = *id;
    }
    void cleanupTestCase() { QSettings().clear(); }

    void takesACopyAndBringsAnEditBack() {
        MainWindow window;
        QVERIFY(window.openDatabase(QString::fromStdString(m_location)));
        QVERIFY(window.actions()->takeOfflineCopy->isEnabled());
        QVERIFY(!window.actions()->bringChangesBack->isEnabled());

        const QString file = m_dir.filePath(QStringLiteral("laptop%1.ctl").arg(++m_files));
        QVERIFY(takeCopy(window, file));
        QVERIFY(isOfflineCopy(file.toStdString()));
        QVERIFY(!window.actions()->takeOfflineCopy->isEnabled());
        QVERIFY(window.actions()->bringChangesBack->isEnabled());

        Event edited = *window.document().event(m_event);
        edited.title = "Curfew lifted in Koldan";
        window.document().editEvent(edited);
        QCOMPARE(serverTitle(), std::string("Curfew in Koldan")); // offline until brought back

        QSignalSpy done(window.offline(), &OfflineController::finished);
        window.actions()->bringChangesBack->trigger();
        QVERIFY(done.wait(60000));
        QCOMPARE(serverTitle(), std::string("Curfew lifted in Koldan"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("1 changes")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.document().path(), file); // reopened, re-based
        QCOMPARE(window.document().event(m_event)->title, std::string("Curfew lifted in Koldan"));
    }

    void aConflictIsDecidedInTheDialog_data() {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("title"); // the server's afterwards
        QTest::newRow("keep theirs") << "keepTheirs"
                                     << "Colleague's title";
        QTest::newRow("overwrite with mine") << "overwrite"
                                             << "My title";
    }

    void aConflictIsDecidedInTheDialog() {
        QFETCH(QString, button);
        QFETCH(QString, title);
        MainWindow window;
        QVERIFY(window.openDatabase(QString::fromStdString(m_location)));
        QVERIFY(takeCopy(window, m_dir.filePath(QStringLiteral("laptop%1.ctl").arg(++m_files))));
        Event mine = *window.document().event(m_event);
        mine.title = "My title";
        window.document().editEvent(mine);
        {
            auto colleague = openStore(m_location);
            QVERIFY(colleague.ok());
            Event theirs = *(*colleague)->event(m_event);
            theirs.title = "Colleague's title";
            QVERIFY((*colleague)->updateEvent(theirs).ok());
        }
        bool dialogShown = false;
        QTimer clicker;
        connect(&clicker, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogShown = true;
            if (auto* push = dialog->findChild<QPushButton*>(button))
                push->click();
        });
        clicker.start(50);
        QSignalSpy done(window.offline(), &OfflineController::finished);
        window.offline()->bringChangesBack();
        // The first run finds the conflict, the dialog decides it, the second run applies.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 60000);
        QVERIFY(dialogShown);
        QCOMPARE(QString::fromStdString(serverTitle()), title);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("1 conflicts")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestOfflineController)
#include "tst_offline_controller.moc"

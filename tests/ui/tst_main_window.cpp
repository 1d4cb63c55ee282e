#include "UiTestSupport.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"
#include "models/EventFilterProxyModel.h"
#include "models/EventTableModel.h"
#include "panes/DetailsPane.h"
#include "panes/FilterBar.h"
#include "settings/Settings.h"
#include "window/FirstStart.h"
#include "window/MainActions.h"
#include "window/ExportController.h"
#include "window/ImportController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>

using namespace ct;
using namespace ct::ui;

namespace {
const QString kSeed = QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
}

// Drives the real window offscreen, from a clean, test-only settings and data
// folder, the way a new user meets it.
class TestMainWindow : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;

    QStringList startDates(const MainWindow& window) {
        QStringList dates;
        const QAbstractItemModel* model = window.filterModel();
        for (int row = 0; row < model->rowCount(); ++row)
            dates << model->index(row, EventTableModel::DateColumn).data().toString();
        return dates;
    }

    bool runImport(ImportDialog& dialog) {
        if (!dialog.canImport())
            return false;
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        return finished.count() > 0 || finished.wait(300000); // only a hang takes this long
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void cleanupTestCase() {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void firstStartShowsTheFiveSampleEvents() {
        QVERIFY(Settings::currentDatabase().isEmpty());
        MainWindow window;
        window.show();
        window.startUp();
        QCOMPARE(window.document().path(), FirstStart::defaultDatabasePath());
        QVERIFY(QFile::exists(FirstStart::defaultDatabasePath()));
        QCOMPARE(Settings::currentDatabase(), FirstStart::defaultDatabasePath());
        QCOMPARE(window.eventTable()->model()->rowCount(), 5);
        const QStringList dates = startDates(window);
        for (const char* day : {"2022-01-02", "2022-01-06", "2022-01-07", "2022-01-08"})
            QVERIFY2(dates.contains(QLatin1String(day)), qPrintable(dates.join(" | ")));
        // The teleconference "in the coming days" is an estimate and must say so.
        QCOMPARE(dates.filter(QStringLiteral("≈")).size(), 1);
    }

    void secondStartReopensTheSameDatabase() {
        MainWindow window;
        window.startUp();
        QCOMPARE(window.document().path(), FirstStart::defaultDatabasePath());
        auto articles = window.document().store()->articleCount();
        QVERIFY(articles.ok());
        QCOMPARE(*articles, std::int64_t(1)); // the sample was not imported twice
    }

    void tableSelectionShowsInTheDetailsPane() {
        MainWindow window;
        window.show();
        window.startUp();
        QTableView* table = window.eventTable();
        QVERIFY(table->model()->rowCount() > 2);
        table->selectRow(2);
        const qint64 id = table->model()->index(2, 0).data(EventTableModel::IdRole).toLongLong();
        QCOMPARE(window.document().selection()->ids(), QList<qint64>{id});
        QCOMPARE(window.detailsPane()->shownEventId(), id);
        QCOMPARE(window.detailsPane()->titleText(),
                 table->model()->index(2, EventTableModel::TitleColumn).data().toString());
        const auto event = window.document().event(id);
        QVERIFY(event.has_value());
        QCOMPARE(window.detailsPane()->highlightedText(),
                 QString::fromStdString(event->sentence)
                     .replace(QLatin1Char('\n'), QChar::ParagraphSeparator));

        // And back: selecting through the document selects the table row.
        const qint64 other = table->model()->index(0, 0).data(EventTableModel::IdRole).toLongLong();
        window.document().selection()->set({other});
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 0);
        QCOMPARE(window.detailsPane()->shownEventId(), other);
    }

    void deleteAndUndoFromTheEditMenu() {
        MainWindow window;
        window.show();
        window.startUp();
        QTableView* table = window.eventTable();
        const int before = table->model()->rowCount();
        table->selectRow(0);
        const qint64 id = table->model()->index(0, 0).data(EventTableModel::IdRole).toLongLong();
        QVERIFY(window.actions()->deleteEvent->isEnabled());
        window.actions()->deleteEvent->trigger();
        QCOMPARE(table->model()->rowCount(), before - 1);
        QVERIFY(!window.document().event(id));
        window.actions()->undo->trigger();
        QCOMPARE(table->model()->rowCount(), before);
        QVERIFY(window.document().event(id).has_value());
    }

    void mergeFromTheContextMenuAndUndo() {
        MainWindow window;
        window.show();
        window.startUp();
        QTableView* table = window.eventTable();
        const int before = table->model()->rowCount();
        QVERIFY(before >= 2);
        // The story edits are on the rows' context menu (and the Edit menu), as actions.
        const QList<QAction*> menu = table->actions();
        for (QAction* story : {window.actions()->splitReport, window.actions()->mergeEvents,
                               window.actions()->markDistinct, window.actions()->chooseDate})
            QVERIFY2(menu.contains(story), qPrintable(story->text()));
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(window.timeline()->actions().contains(window.actions()->mergeEvents));

        table->selectRow(0);
        QVERIFY(!window.actions()->mergeEvents->isEnabled()); // one event: nothing to merge
        QVERIFY(!window.actions()->splitReport->isEnabled()); // one report: nothing to split
        const qint64 first = table->model()->index(0, 0).data(EventTableModel::IdRole).toLongLong();
        const qint64 second =
            table->model()->index(1, 0).data(EventTableModel::IdRole).toLongLong();
        window.document().selection()->set({first, second});
        QVERIFY(window.actions()->mergeEvents->isEnabled());
        QVERIFY(window.actions()->markDistinct->isEnabled());
        window.actions()->mergeEvents->trigger();
        QCOMPARE(table->model()->rowCount(), before - 1);
        QCOMPARE(window.document().reports(first).size(), std::size_t(2));
        QVERIFY(!window.document().event(second));
        // The merged event is selected, and now has a report to split out.
        QCOMPARE(window.detailsPane()->shownEventId(), first);
        QVERIFY(window.actions()->splitReport->isEnabled());
        window.actions()->undo->trigger();
        QCOMPARE(table->model()->rowCount(), before);
        QCOMPARE(window.document().reports(first).size(), std::size_t(1));
    }

    void timelineDragRedatesAndUndoRestores() {
        MainWindow window;
        window.show();
        window.startUp();
        QTableView* table = window.eventTable();
        const qint64 id = table->model()->index(0, 0).data(EventTableModel::IdRole).toLongLong();
        const auto before = window.document().event(id);
        QVERIFY(before.has_value());
        // What the timeline reports at the end of a drag two days to the right.
        emit window.timeline()->redateRequested(id, toDayNumber(before->when.start) + 2);
        const auto moved = window.document().event(id);
        QCOMPARE(moved->when.start, before->when.start + boost::gregorian::days(2));
        QCOMPARE(moved->when.end, before->when.end + boost::gregorian::days(2));
        window.actions()->undo->trigger();
        QCOMPARE(window.document().event(id)->when, before->when);
    }

    void importThroughTheDialogWithAGivenDate() {
        MainWindow window;
        window.startUp();
        // A fresh database, so that the table shows exactly this article's events.
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        QVERIFY(window.document().open(db).ok());
        QCOMPARE(window.eventTable()->model()->rowCount(), 0);
        const QString copy = m_dir.filePath(QStringLiteral("article copy ü.txt"));
        QVERIFY(QFile::copy(kSeed, copy));

        ImportDialog* dialog = window.imports()->createImportDialog({copy});
        QCOMPARE(dialog->fileCount(), 1);
        // This copy of the article has no dateline: the user must give the date.
        QVERIFY(!dialog->publishedDate(0).isValid());
        QVERIFY(!dialog->canImport());
        dialog->setPublishedDate(0, QDate(2022, 1, 8));
        QVERIFY(dialog->canImport());
        QVERIFY(runImport(*dialog));
        QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Imported);
        QCOMPARE(dialog->outcome(0).eventCount, 5);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(window.eventTable()->model()->rowCount(), 5);
        dialog->close();

        // The same text again, under another name: reported as a duplicate, nothing added.
        const QString again = m_dir.filePath(QStringLiteral("again.txt"));
        QVERIFY(QFile::copy(kSeed, again));
        ImportDialog* second = window.imports()->createImportDialog({again});
        second->setPublishedDate(0, QDate(2022, 1, 9));
        QVERIFY(runImport(*second));
        QCOMPARE(second->outcome(0).status, ImportOutcome::Status::Duplicate);
        QVERIFY2(second->resultText(0).contains(QStringLiteral("duplicate")),
                 qPrintable(second->resultText(0)));
        QCOMPARE(window.eventTable()->model()->rowCount(), 5);
        second->close();
    }

    void importNeedsADateWhereNoneWasFound() {
        MainWindow window;
        window.startUp();
        QVERIFY(window.document().open(m_dir.filePath(QStringLiteral("nodate.sqlite"))).ok());
        const QString undated = m_dir.filePath(QStringLiteral("undated.txt"));
        QFile file(undated);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Protests spread\n\nProtesters gathered in Almaty on Sunday, witnesses said.\n");
        file.close();
        ImportDialog* dialog = window.imports()->createImportDialog({undated});
        QVERIFY(!dialog->publishedDate(0).isValid());
        QVERIFY(!dialog->canImport());
        dialog->setPublishedDate(0, QDate(2022, 1, 5));
        QVERIFY(dialog->canImport());
        QVERIFY(runImport(*dialog));
        QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Imported);
        auto articles = window.document().articles();
        QCOMPARE(articles.size(), std::size_t(1));
        QCOMPARE(articles.front().published, isoDate("2022-01-05"));
        dialog->close();
    }

    void standardShortcuts_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("expected");
        QTest::newRow("undo") << "undo" << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << "redo" << QKeySequence(QKeySequence::Redo);
        QTest::newRow("delete") << "deleteEvent" << QKeySequence(QKeySequence::Delete);
        QTest::newRow("open") << "openDatabase" << QKeySequence(QKeySequence::Open);
        QTest::newRow("quit") << "quit" << QKeySequence(QKeySequence::Quit);
        QTest::newRow("find") << "find" << QKeySequence(QKeySequence::Find);
        QTest::newRow("import") << "importArticles" << QKeySequence(Qt::CTRL | Qt::Key_I);
    }
    void standardShortcuts() {
        QFETCH(QString, action);
        QFETCH(QKeySequence, expected);
        MainWindow window;
        MainActions* a = window.actions();
        const QHash<QString, QAction*> byName{{"undo", a->undo},
                                              {"redo", a->redo},
                                              {"deleteEvent", a->deleteEvent},
                                              {"openDatabase", a->openDatabase},
                                              {"quit", a->quit},
                                              {"find", a->find},
                                              {"importArticles", a->importArticles}};
        QVERIFY(byName.contains(action));
        QCOMPARE(byName.value(action)->shortcut(), expected);
    }

    void importWithoutADatabaseRefusesCleanly() {
        MainWindow window; // not started: no database open
        ImportDialog* dialog = window.imports()->createImportDialog({kSeed});
        QCOMPARE(dialog->fileCount(), 1);
        QVERIFY(!dialog->canImport());
        QVERIFY(!dialog->resultText(0).isEmpty());
        dialog->close();
    }

    void droppedFilesOpenTheImportDialog() {
        MainWindow window;
        window.show();
        window.startUp();
        QMimeData mime;
        mime.setUrls(
            {QUrl::fromLocalFile(kSeed), QUrl::fromLocalFile(QStringLiteral(CT_TEST_DATA_DIR))});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.findChildren<ImportDialog*>().isEmpty()); // never inside the drop handler
        QTRY_COMPARE_WITH_TIMEOUT(window.findChildren<ImportDialog*>().size(), 1, 30000);
        ImportDialog* dialog = window.findChildren<ImportDialog*>().constFirst();
        QVERIFY(dialog->isVisible());
        // The file itself, and the folder's files read recursively, each once.
        const QStringList files = ImportDialog::expandPaths({QStringLiteral(CT_TEST_DATA_DIR)});
        QVERIFY(files.contains(QFileInfo(kSeed).absoluteFilePath()));
        QCOMPARE(dialog->fileCount(), files.size());
        dialog->close();
    }

    void laneModeAndRecentDatabasesAreRemembered() {
        const QString other = m_dir.filePath(QStringLiteral("recent.sqlite"));
        {
            MainWindow window;
            window.startUp();
            QVERIFY(window.document().open(other).ok());
            window.document().close();
            QVERIFY(window.openDatabase(other));
            window.actions()->lanes->actions().at(int(LaneChoice::Place))->trigger();
        }
        QCOMPARE(Settings::laneMode(), int(LaneChoice::Place));
        QCOMPARE(Settings::recentDatabases().constFirst(), other);
        QCOMPARE(Settings::currentDatabase(), other);
        MainWindow again;
        again.startUp();
        QCOMPARE(again.document().path(), other);
        QCOMPARE(again.actions()->laneChoice(), LaneChoice::Place);
        QVERIFY(!again.actions()->recentMenu->actions().isEmpty());
        // Back to the default database for the tests that follow.
        Settings::setCurrentDatabase(FirstStart::defaultDatabasePath());
    }

    // The timeline follows the application palette, so the dark theme is one
    // switch for the whole window and it is remembered.
    void darkThemeTurnsTheTimelineDarkAndIsRemembered() {
        {
            MainWindow window;
            window.startUp();
            const QColor lightBackground = window.timeline()->theme().background;
            QVERIFY(lightBackground.lightness() >= 128);
            window.actions()->darkTheme->setChecked(true);
            QTRY_VERIFY_WITH_TIMEOUT(window.timeline()->theme().background.lightness() < 128,
                                     30000);
            QVERIFY(window.timeline()->theme().text.lightness() >= 128); // readable on it
            QVERIFY(Settings::darkTheme());
            window.actions()->darkTheme->setChecked(false);
            QTRY_COMPARE_WITH_TIMEOUT(window.timeline()->theme().background, lightBackground,
                                      30000);
        }
        QVERIFY(!Settings::darkTheme());
    }

    void openingANonDatabaseKeepsTheCurrentOne() {
        MainWindow window;
        window.startUp();
        const QString current = window.document().path();
        const int rows = window.eventTable()->model()->rowCount();
        QVERIFY(rows > 0);
        const QString notADatabase = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        Settings::addRecentDatabase(notADatabase);
        QVERIFY(!window.openDatabase(notADatabase));
        QCOMPARE(window.document().path(), current);
        QCOMPARE(window.eventTable()->model()->rowCount(), rows);
        QVERIFY(!Settings::recentDatabases().contains(notADatabase));
        QCOMPARE(Settings::currentDatabase(), current);
        QVERIFY(window.findChild<QMessageBox*>() != nullptr); // the user is told why
    }

    void failedImportReportsAndKeepsTheDatabase() {
        MainWindow window;
        window.startUp();
        const auto before = window.document().store()->eventCount();
        QVERIFY(before.ok());
        const QString binary = m_dir.filePath(QStringLiteral("binary.txt"));
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Title\n\nPublished January 08, 2022\n\nText\0with a NUL byte", 55));
        file.close();
        ImportDialog* dialog = window.imports()->createImportDialog({binary});
        dialog->setPublishedDate(0, QDate(2022, 1, 8));
        if (dialog->canImport()) { // the preview may already have refused it
            QVERIFY(runImport(*dialog));
            QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Failed);
        }
        QVERIFY(!dialog->resultText(0).isEmpty());
        QCOMPARE(*window.document().store()->eventCount(), *before);
        QVERIFY(window.actions()->undo->isEnabled() == window.document().undoStack()->canUndo());
        dialog->close();
    }

    void exportFromTheWindowWritesTheFilteredTimeline() {
        MainWindow window;
        window.show();
        window.startUp();
        QVERIFY(window.actions()->exportImage->isEnabled());
        const int undoable = window.document().undoStack()->count();
        // The filters apply to the export as they do to the timeline.
        window.filterBar()->setSearchText(QStringLiteral("Blinken"));
        QCOMPARE(window.eventTable()->model()->rowCount(), 1);
        ExportDialog* dialog = window.exports()->createExportDialog();
        dialog->setRange(ExportDialog::Range::Whole);
        QCOMPARE(dialog->exporter().eventCount(dialog->exporter().wholeRange()), std::size_t(1));
        // A failed export is said in the dialog; the window and its history stay as they were.
        dialog->setPath(m_dir.filePath(QStringLiteral("missing/folder/timeline.png")));
        QVERIFY(!dialog->exportImage());
        QVERIFY(!dialog->shownError().isEmpty());
        QCOMPARE(window.document().undoStack()->count(), undoable);
        const QString file = m_dir.filePath(QStringLiteral("window.svg"));
        dialog->setPath(file);
        QVERIFY(dialog->exportImage());
        QVERIFY(QFile::exists(file));
        QCOMPARE(window.document().undoStack()->count(), undoable);
        QCOMPARE(window.eventTable()->model()->rowCount(), 1);
    }

    void copyImagePutsTheViewOnTheClipboard() {
        MainWindow window;
        window.show();
        window.startUp();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QGuiApplication::clipboard()->clear();
        QCOMPARE(window.actions()->copyImage->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        window.actions()->copyImage->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(),
                 qRound(window.timeline()->width() * window.timeline()->devicePixelRatioF()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"

#pragma once

#include "window/LaneChoice.h"

#include <QKeySequence>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace ct::ui {

// The window's actions, menus and toolbars. Kept apart from MainWindow so that
// the wiring of what the actions do stays readable there; this only says what
// exists, with which text, shortcut and place.
class MainActions : public QObject {
    Q_OBJECT
  public:
    MainActions(QMainWindow& window, QUndoStack& undoStack);

    // File
    QAction* newDatabase;
    QAction* openDatabase;
    QAction* openServerStory;
    QAction* takeOfflineCopy;  // a server story into a SQLite file, for working offline
    QAction* bringChangesBack; // an offline copy's changes back to its server story
    QAction* publishToServer;
    QAction* analystName;
    QMenu* recentMenu;
    QAction* importArticles;
    QAction* importTable;
    QAction* exportEvents;
    QAction* importUrls;
    QAction* exportImage;
    QAction* quit;
    // Edit
    QAction* undo;
    QAction* redo;
    QAction* copyImage;
    QAction* pasteArticle;
    QAction* addEvent;
    QAction* editEvent;
    QAction* deleteEvent;
    QAction* changePublicationDate;
    // Edit ▸ the story: which reports tell of one happening, and its date
    QAction* splitReport;
    QAction* mergeEvents;
    QAction* markDistinct;
    QAction* chooseDate;
    QAction* find;
    // View
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fitAll;
    QAction* fitSelection;
    QActionGroup* lanes;
    QAction* darkTheme;
    QMenu* viewMenu;
    QToolBar* mainToolBar;
    QToolBar* filterToolBar;

    LaneChoice laneChoice() const;
    void setLaneChoice(LaneChoice choice);
    // Fills File ▸ Open Recent; the window connects each entry.
    void setRecentDatabases(const QStringList& paths);
    // The right-click (and Menu key) menu of the table rows and timeline marks: the edits of
    // the selected events.
    void addContextMenu(QWidget& widget) const;

  signals:
    void laneChoiceChanged(ct::ui::LaneChoice choice);
    void recentDatabaseChosen(const QString& path);

  private:
    QAction* make(const QString& text, const QString& iconName, const QKeySequence& shortcut = {});

    QMainWindow& m_window;
};

} // namespace ct::ui

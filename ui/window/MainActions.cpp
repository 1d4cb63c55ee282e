#include "window/MainActions.h"

#include "dialogs/ServerStoryDialog.h"
#include "i18n/LanguageMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace ct::ui {

MainActions::MainActions(QMainWindow& window, QUndoStack& undoStack)
    : QObject(&window), m_window(window) {
    newDatabase = make(tr("&New Database…"), QStringLiteral("document-new"), QKeySequence::New);
    openDatabase = make(tr("&Open Database…"), QStringLiteral("document-open"), QKeySequence::Open);
    openServerStory = make(tr("Open &Server Story…"), QStringLiteral("network-server"));
    takeOfflineCopy = make(tr("Take O&ffline Copy…"), QStringLiteral("document-save-as"));
    takeOfflineCopy->setStatusTip(
        tr("Copy the server story into a file to work on without the network"));
    bringChangesBack = make(tr("&Bring Changes Back"), QStringLiteral("view-refresh"));
    bringChangesBack->setStatusTip(
        tr("Apply the changes made in this offline copy to its server story"));
    publishToServer = make(tr("&Publish to Server…"), QStringLiteral("document-send"));
    publishToServer->setStatusTip(
        tr("Copy this story to a PostgreSQL server, where the team can work on it"));
    analystName = make(tr("Analyst &Name…"), QStringLiteral("user-identity"));
    analystName->setStatusTip(tr("The name a server story records with your imports and edits"));
    importArticles = make(tr("&Import Articles…"), QStringLiteral("document-import"),
                          QKeySequence(Qt::CTRL | Qt::Key_I));
    importTable =
        make(tr("Import &Table…"), QStringLiteral("x-office-spreadsheet"), QKeySequence());
    importTable->setStatusTip(
        tr("Import event data: ACLED, GDELT, TimelineJS, Timeline or any CSV/TSV"));
    exportEvents = make(tr("Export E&vents…"), QStringLiteral("document-save-as"), QKeySequence());
    exportEvents->setStatusTip(tr("Write the filtered events as iCalendar, TimelineJS, Timeline, "
                                  "CSV or JSON"));
    importUrls = make(tr("Import from &URL…"), QStringLiteral("internet-web-browser"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importUrls->setStatusTip(tr("Fetch articles from web addresses and import them"));
    exportImage = make(tr("&Export Image…"), QStringLiteral("document-export"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportImage->setStatusTip(tr("Write the timeline as a PNG, SVG or PDF file"));
    quit = make(tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo = undoStack.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // Not QKeySequence::Copy: the event table keeps that for copying its cells.
    copyImage = make(tr("Copy &Image"), QStringLiteral("edit-copy"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyImage->setStatusTip(tr("Copy the timeline as it is shown to the clipboard, as a picture"));
    // Not QKeySequence::Paste: the filter fields keep that for pasting text.
    pasteArticle = make(tr("Paste as &Article"), QStringLiteral("edit-paste"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteArticle->setStatusTip(tr("Import the web page or text on the clipboard as an article"));
    addEvent =
        make(tr("&Add Event…"), QStringLiteral("list-add"), QKeySequence(Qt::CTRL | Qt::Key_E));
    editEvent = make(tr("&Edit Event…"), QStringLiteral("document-edit"), QKeySequence(Qt::Key_F2));
    deleteEvent = make(tr("&Delete Event"), QStringLiteral("edit-delete"), QKeySequence::Delete);
    changePublicationDate = make(tr("Change &Publication Date…"), QStringLiteral("view-calendar"));
    splitReport = make(tr("&Split Report…"), QStringLiteral("edit-cut"));
    splitReport->setStatusTip(tr("One report of this event tells of another happening: "
                                 "make it an event of its own"));
    mergeEvents = make(tr("&Merge Events"), QStringLiteral("merge"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    mergeEvents->setStatusTip(tr("The selected events are one happening: keep one event with "
                                 "all their reports"));
    markDistinct = make(tr("Mark &Not the Same"), QStringLiteral("object-unlocked"));
    markDistinct->setStatusTip(
        tr("The two selected events are different happenings: never merge them on import"));
    chooseDate = make(tr("C&hoose Date…"), QStringLiteral("view-calendar-day"));
    chooseDate->setStatusTip(tr("The reports disagree on the date: pick the report to follow"));
    find = make(tr("&Find…"), QStringLiteral("edit-find"), QKeySequence::Find);

    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn);
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut);
    fitAll = make(tr("&Fit All"), QStringLiteral("zoom-fit-best"), QKeySequence(Qt::Key_Home));
    fitSelection = make(tr("Fit &Selection"), QStringLiteral("zoom-select"),
                        QKeySequence(Qt::CTRL | Qt::Key_Home));

    lanes = new QActionGroup(this);
    const QList<QPair<LaneChoice, QString>> laneNames = {
        {LaneChoice::None, tr("No Lanes")},
        {LaneChoice::Actor, tr("Lanes by Actor")},
        {LaneChoice::Place, tr("Lanes by Place")},
        {LaneChoice::Article, tr("Lanes by Article")},
        {LaneChoice::ActorFirst, tr("Lanes by First Actor Only")},
        {LaneChoice::PlaceFirst, tr("Lanes by First Place Only")},
    };
    for (const auto& [choice, name] : laneNames) {
        QAction* action = lanes->addAction(name);
        action->setCheckable(true);
        action->setData(int(choice));
    }
    lanes->actions().constFirst()->setChecked(true);
    connect(lanes, &QActionGroup::triggered, this, [this](QAction* action) {
        emit laneChoiceChanged(LaneChoice(action->data().toInt()));
    });

    QMenuBar* bar = window.menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(newDatabase);
    file->addAction(openDatabase);
    file->addAction(openServerStory);
    file->addAction(takeOfflineCopy);
    file->addAction(bringChangesBack);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(publishToServer);
    file->addAction(analystName);
    file->addSeparator();
    file->addAction(importArticles);
    file->addAction(importTable);
    file->addAction(importUrls);
    file->addAction(exportImage);
    file->addAction(exportEvents);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(copyImage);
    edit->addAction(pasteArticle);
    edit->addSeparator();
    edit->addAction(addEvent);
    edit->addAction(editEvent);
    edit->addAction(deleteEvent);
    edit->addSeparator();
    edit->addAction(changePublicationDate);
    edit->addSeparator();
    edit->addActions({splitReport, mergeEvents, markDistinct, chooseDate});
    edit->addSeparator();
    edit->addAction(find);

    viewMenu = bar->addMenu(tr("&View"));
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(fitAll);
    viewMenu->addAction(fitSelection);
    viewMenu->addSeparator();
    viewMenu->addActions(lanes->actions());
    viewMenu->addSeparator();
    darkTheme = make(tr("&Dark Theme"), QStringLiteral("weather-clear-night"));
    darkTheme->setCheckable(true);
    viewMenu->addAction(darkTheme);
    viewMenu->addMenu(new LanguageMenu(viewMenu));
    viewMenu->addSeparator();

    mainToolBar = window.addToolBar(tr("Timeline"));
    mainToolBar->setObjectName(QStringLiteral("timelineToolBar"));
    mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mainToolBar->addAction(importArticles);
    mainToolBar->addSeparator();
    mainToolBar->addActions(lanes->actions());
    mainToolBar->addSeparator();
    mainToolBar->addAction(zoomIn);
    mainToolBar->addAction(zoomOut);
    mainToolBar->addAction(fitAll);
    mainToolBar->addAction(fitSelection);

    // The search field and the other filters sit in their own toolbar row.
    window.addToolBarBreak();
    filterToolBar = window.addToolBar(tr("Filters"));
    filterToolBar->setObjectName(QStringLiteral("filterToolBar"));
    viewMenu->addAction(mainToolBar->toggleViewAction());
    viewMenu->addAction(filterToolBar->toggleViewAction());
}

QAction* MainActions::make(const QString& text, const QString& iconName,
                           const QKeySequence& shortcut) {
    auto* action = new QAction(QIcon::fromTheme(iconName), text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Shortcuts work whichever dock has the focus.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window.addAction(action);
    return action;
}

void MainActions::addContextMenu(QWidget& widget) const {
    // The same actions as the Edit menu: one enabled state, one shortcut, one translation.
    auto separator = [&widget] {
        auto* line = new QAction(&widget);
        line->setSeparator(true);
        return line;
    };
    widget.setContextMenuPolicy(Qt::ActionsContextMenu);
    widget.addActions({editEvent, deleteEvent, changePublicationDate, separator(), splitReport,
                       mergeEvents, markDistinct, chooseDate});
}

LaneChoice MainActions::laneChoice() const {
    const QAction* checked = lanes->checkedAction();
    return checked ? LaneChoice(checked->data().toInt()) : LaneChoice::None;
}

void MainActions::setLaneChoice(LaneChoice choice) {
    for (QAction* action : lanes->actions())
        action->setChecked(action->data().toInt() == int(choice));
}

void MainActions::setRecentDatabases(const QStringList& paths) {
    recentMenu->clear();
    for (const QString& path : paths) {
        const auto server = ServerStoryDialog::parse(path);
        // A server story by its database and host; the recent list never holds a password.
        QAction* action =
            recentMenu->addAction(server ? tr("%1 on %2").arg(server->database, server->host)
                                         : QFileInfo(path).fileName());
        action->setToolTip(server ? path : QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this,
                [this, path] { emit recentDatabaseChosen(path); });
    }
    recentMenu->setEnabled(!paths.isEmpty());
}

} // namespace ct::ui

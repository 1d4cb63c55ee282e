#pragma once

#include "common/Result.h"
#include "store/Store.h"
#include "window/TimelineSlot.h"

#include <QMainWindow>

class QDockWidget;
class QTableView;

namespace ct::ui {

class DetailsPane;
class EditController;
class StoryController;
class TeamController;
class DatabaseController;
class OfflineController;
class PublishController;
class ExportController;
class ImportController;
class EventFilterProxyModel;
class EventTableModel;
class FilterBar;
class MainActions;
class TimelineDocument;

// The timeline window: the timeline in the centre, the event table and the
// details pane in docks, the filters in a toolbar. All three views follow the
// document's one selection; the filters apply to the table and the timeline.
class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `database` when given (the command line's), else the configured one,
    // or on the very first start creates one holding the bundled sample. Kept out
    // of the constructor so tests and main() decide when it happens.
    void startUp(const QString& database = {});

    bool openDatabase(const QString& path);

    TimelineDocument& document() const { return *m_document; }
    QTableView* eventTable() const { return m_table; }
    EventTableModel* eventModel() const { return m_model; }
    EventFilterProxyModel* filterModel() const { return m_proxy; }
    DetailsPane* detailsPane() const { return m_details; }
    FilterBar* filterBar() const { return m_filterBar; }
    CentralTimeline* timeline() const { return m_timeline; }
    MainActions* actions() const { return m_actions; }
    ImportController* imports() const { return m_imports; }
    ExportController* exports() const { return m_exports; }
    OfflineController* offline() const { return m_offline; }
    PublishController* publisher() const { return m_publish; }

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    // MainWindowDocks.cpp: the table and details docks, the table's selection.
    void createDocks();
    void connectSelection();
    void fitColumns();
    void tableSelectionChanged();
    void selectionChanged(const QList<qint64>& ids);

    void connectActions();
    void connectFilters();
    void refreshTimeline();
    void refreshFilterChoices();
#if CT_HAVE_TIMELINE_VIEW
    TimelineLaneNames laneNames();
#endif
    void onDatabaseChanged();
    void showError(const QString& message);

    TimelineDocument* m_document;
    EventTableModel* m_model;
    EventFilterProxyModel* m_proxy;
    CentralTimeline* m_timeline;
    QTableView* m_table;
    DetailsPane* m_details;
    FilterBar* m_filterBar;
    QDockWidget* m_tableDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    MainActions* m_actions;
    EditController* m_edits;
    StoryController* m_story;
    ImportController* m_imports;
    ExportController* m_exports;
    TeamController* m_team;
    DatabaseController* m_databases;
    OfflineController* m_offline;
    PublishController* m_publish;
    bool m_syncingSelection = false;
    bool m_selectFirstWhenLoaded = false;
};

} // namespace ct::ui

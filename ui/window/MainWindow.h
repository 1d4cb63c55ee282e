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
class ExportDialog;
struct ExportData;
class EventFilterProxyModel;
class EventTableModel;
class FilterBar;
class ImportDialog;
class ImportTableDialog;
struct ImportSource;
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
    // The import dialog for these files and folders; the window shows it, tests drive it.
    ImportDialog* createImportDialog(const QStringList& paths);
    // The same for articles in memory: fetched URLs, the clipboard.
    ImportDialog* createImportDialog(std::vector<ImportSource> sources);
    // The export dialog for what the timeline shows now; the window opens it, tests drive it.
    ExportDialog* createExportDialog();
    // File ▸ Import Table… on this file: the mapping dialog, opened (nullptr and an error
    // shown when the file cannot be read).
    ImportTableDialog* importTable(const QString& path);
    // File ▸ Export Events… to this file, the format from its extension, the events the
    // filters (search, actor, place, date range) keep.
    Result<void> exportEventsTo(const QString& path);
    EventQuery filterQuery() const;

    TimelineDocument& document() const { return *m_document; }
    QTableView* eventTable() const { return m_table; }
    EventTableModel* eventModel() const { return m_model; }
    EventFilterProxyModel* filterModel() const { return m_proxy; }
    DetailsPane* detailsPane() const { return m_details; }
    FilterBar* filterBar() const { return m_filterBar; }
    CentralTimeline* timeline() const { return m_timeline; }
    MainActions* actions() const { return m_actions; }

  public slots:
    void newDatabase();
    void chooseDatabase();
    void importArticles();
    void importPaths(const QStringList& paths);
    // File ▸ Import from URL…: asks for addresses, fetches them, then the import dialog.
    void importUrls();
    void importUrlList(const QStringList& urls);
    // Edit ▸ Paste as Article: the clipboard's HTML (else text) through the import dialog.
    void pasteArticle();
    void exportImage();
    void exportEvents();
    // The current view as a picture on the clipboard.
    void copyImage();

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void createDocks();
    void connectActions();
    void connectSelection();
    void connectFilters();
    void refreshTimeline();
    void refreshFilterChoices();
#if CT_HAVE_TIMELINE_VIEW
    TimelineLaneNames laneNames();
#endif
    void onDatabaseChanged();
    void fitColumns();
    void tableSelectionChanged();
    void selectionChanged(const QList<qint64>& ids);
    void showError(const QString& message);
    // What the timeline shows, for an exporter of its own.
    ExportData exportData();

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
    TeamController* m_team;
    bool m_syncingSelection = false;
    bool m_selectFirstWhenLoaded = false;
};

} // namespace ct::ui

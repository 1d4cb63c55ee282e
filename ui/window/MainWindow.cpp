#include "window/MainWindow.h"

#include "document/EventSelection.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "models/EventFilterProxyModel.h"
#include "models/EventTableModel.h"
#include "panes/DetailsPane.h"
#include "panes/FilterBar.h"
#include "settings/Settings.h"
#include "window/Appearance.h"
#include "window/DatabaseController.h"
#include "window/EditController.h"
#include "window/ExportController.h"
#include "window/FirstStart.h"
#include "window/ImportController.h"
#include "window/MainActions.h"
#include "window/StoryController.h"
#include "window/OfflineController.h"
#include "window/PublishController.h"
#include "window/TeamController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ct::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new TimelineDocument(this)),
      m_model(new EventTableModel(*m_document, this)), m_proxy(new EventFilterProxyModel(this)),
      m_timeline(new CentralTimeline(this)), m_table(new QTableView(this)),
      m_details(new DetailsPane(*m_document, this)), m_filterBar(new FilterBar(this)),
      m_actions(new MainActions(*this, *m_document->undoStack())),
      m_edits(new EditController(*m_document, *m_actions, *this)),
      m_story(new StoryController(*m_document, *m_actions, *this)),
      m_imports(new ImportController(*m_document, *m_actions, *this)),
      m_exports(new ExportController(
          *m_document, *m_actions, *m_timeline, [this] { return m_filterBar->query(); }, *this)) {
    setWindowTitle(tr("Crisis Timeline"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/crisis-timeline.svg")));
    setAcceptDrops(true);
#if CT_HAVE_TIMELINE_VIEW
    // The overview strip under the timeline shows where the view sits in the whole.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_timeline->setParent(centre);
    centreLayout->addWidget(m_timeline, 1);
    auto* overview = new OverviewStrip(centre);
    overview->setTimelineView(m_timeline);
    centreLayout->addWidget(overview);
    setCentralWidget(centre);
#else
    setCentralWidget(m_timeline);
#endif
    m_proxy->setSourceModel(m_model);
    m_actions->filterToolBar->addWidget(m_filterBar);

    createDocks();
    connectActions();
    connectSelection();
    connectFilters();
    connect(m_document, &TimelineDocument::errorOccurred, this, &MainWindow::showError);
    connect(m_imports, &ImportController::errorOccurred, this, &MainWindow::showError);
    connect(m_exports, &ExportController::errorOccurred, this, &MainWindow::showError);
    m_team = new TeamController(*m_document, *m_actions, *this);
    m_databases = new DatabaseController(*m_document, *m_actions, *m_team, *this);
    connect(m_databases, &DatabaseController::errorOccurred, this, &MainWindow::showError);
    m_offline = new OfflineController(*m_document, *m_actions, *this);
    connect(m_offline, &OfflineController::openRequested, this, &MainWindow::openDatabase);
    connect(m_offline, &OfflineController::errorOccurred, this, &MainWindow::showError);
    m_publish = new PublishController(*m_document, *m_actions, *m_team, *this);
    connect(m_publish, &PublishController::errorOccurred, this, &MainWindow::showError);
    connect(m_document, &TimelineDocument::databaseChanged, this, &MainWindow::onDatabaseChanged);
    // The document reloads the timeline after every change (on a worker thread when it is
    // large) and says when the new one is there.
    connect(m_document, &TimelineDocument::timelineChanged, this, &MainWindow::refreshTimeline);
    connect(m_document, &TimelineDocument::articlesChanged, this,
            &MainWindow::refreshFilterChoices);

    m_actions->setLaneChoice(LaneChoice(Settings::laneMode()));
    m_timeline->setLaneMode(timelineLanes(LaneChoice(Settings::laneMode())));
#if CT_HAVE_TIMELINE_VIEW
    m_document->setTimelineLaneMode(timelineLanes(LaneChoice(Settings::laneMode())));
#endif
    m_actions->setRecentDatabases(Settings::recentDatabases());
    resize(1280, 800);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions() {
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    m_actions->darkTheme->setChecked(Settings::darkTheme());
    connect(m_actions->darkTheme, &QAction::toggled, this, [](bool dark) {
        Appearance::apply(dark);
        Settings::setDarkTheme(dark);
    });
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_actions->filterToolBar->show();
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    connect(m_actions->zoomIn, &QAction::triggered, m_timeline, &CentralTimeline::zoomIn);
    connect(m_actions->zoomOut, &QAction::triggered, m_timeline, &CentralTimeline::zoomOut);
    connect(m_actions->fitAll, &QAction::triggered, m_timeline, &CentralTimeline::fitAll);
    connect(m_actions->fitSelection, &QAction::triggered, m_timeline,
            &CentralTimeline::fitToSelection);
    connect(m_actions, &MainActions::laneChoiceChanged, this, [this](LaneChoice choice) {
        m_timeline->setLaneMode(timelineLanes(choice));
#if CT_HAVE_TIMELINE_VIEW
        m_document->setTimelineLaneMode(timelineLanes(choice));
#endif
        Settings::setLaneMode(int(choice));
    });
    // A drag moves the whole span: a range keeps its length.
    connect(m_timeline, &CentralTimeline::redateRequested, this, [this](qint64 id, int newStart) {
        if (auto event = m_document->event(id)) {
            const auto shift = boost::gregorian::days(newStart - toDayNumber(event->when.start));
            DateSpan when = event->when;
            when.start += shift;
            when.end += shift;
            m_document->redateEvent(id, when);
        }
    });
}

void MainWindow::connectFilters() {
    connect(m_filterBar, &FilterBar::searchChanged, this,
            [this](const QString& text) { m_proxy->setSearchIds(m_document->search(text)); });
    connect(m_filterBar, &FilterBar::actorChanged, m_proxy, &EventFilterProxyModel::setActor);
    connect(m_filterBar, &FilterBar::placeChanged, m_proxy, &EventFilterProxyModel::setPlace);
    connect(m_filterBar, &FilterBar::minSourcesChanged, m_proxy,
            &EventFilterProxyModel::setMinSources);
    connect(m_filterBar, &FilterBar::dateRangeChanged, m_proxy,
            &EventFilterProxyModel::setDateRange);
    connect(m_proxy, &EventFilterProxyModel::filterChanged, this, &MainWindow::refreshTimeline);
    connect(m_document, &TimelineDocument::eventsChanged, this, [this] {
        // New or changed events may match the search now, or no longer.
        if (!m_filterBar->searchText().isEmpty())
            m_proxy->setSearchIds(m_document->search(m_filterBar->searchText()));
    });
}

void MainWindow::refreshTimeline() {
#if CT_HAVE_TIMELINE_VIEW
    // The table model follows the same snapshot, and has taken it already (it connected first);
    // a preview, shown while a large database loads, is for the timeline alone.
    const TimelineSnapshot& snapshot =
        m_document->timeline().preview ? m_document->timeline() : m_model->snapshot();
    std::shared_ptr<const TimelineIndex> index = snapshot.index;
    std::shared_ptr<const LaneLayout> lanes = snapshot.lanes;
    if (m_proxy->isFiltering()) {
        // The timeline shows what the filters leave, the same rows as the table.
        std::vector<TimelineSpan> kept;
        kept.reserve(std::size_t(m_proxy->rowCount()));
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            kept.push_back(snapshot.index->at(m_model->positionAt(source)));
        }
        index = std::make_shared<const TimelineIndex>(std::move(kept));
        lanes.reset();
    }
    const auto count = index->size();
    // Labels read their titles from the store, a frame's worth at a time.
    QPointer<TimelineDocument> document(m_document);
    TimelineTitles titles([document](const std::vector<std::int64_t>& ids) {
        return document ? document->titles(ids) : std::vector<std::string>(ids.size());
    });
    m_timeline->setData(std::move(index), std::move(titles), laneNames(), std::move(lanes));
#else
    std::vector<TimelineEntry> entries = m_document->timelineEntries();
    if (m_proxy->isFiltering()) {
        const QList<qint64> visible = m_proxy->visibleIds();
        const QSet<qint64> keep(visible.begin(), visible.end());
        std::erase_if(entries, [&](const TimelineEntry& e) { return !keep.contains(e.id); });
    }
    const auto count = entries.size();
    m_timeline->setData(std::move(entries));
#endif
    m_timeline->setSelection(m_document->selection()->ids());
    if (m_selectFirstWhenLoaded && m_proxy->rowCount() > 0) {
        m_selectFirstWhenLoaded = false;
        m_document->selection()->set(
            {m_proxy->index(0, 0).data(EventTableModel::IdRole).toLongLong()});
    }
    if (m_document->timeline().preview)
        statusBar()->showMessage(tr("%n event(s), loading the details…", nullptr, int(count)));
    else if (m_document->isTimelineLoading() && count == 0)
        statusBar()->showMessage(tr("Loading events…"));
    else
        statusBar()->showMessage(
            m_proxy->isFiltering()
                ? tr("%1 of %n event(s) shown", nullptr, m_model->rowCount()).arg(count)
                : tr("%n event(s)", nullptr, int(count)));
}

#if CT_HAVE_TIMELINE_VIEW
TimelineLaneNames MainWindow::laneNames() {
    TimelineLaneNames names;
    if (Store* store = m_document->store()) {
        if (auto actors = store->actorNames())
            for (const auto& [id, name] : *actors)
                names.actors.insert(id, qs(name));
        if (auto places = store->placeNames())
            for (const auto& [id, name] : *places)
                names.places.insert(id, qs(name));
    }
    // Events in the lane of each of their actors (places), not only the first's: read with the
    // timeline (on the loader's small-cache connection for a large story).
    names.extraActors = m_document->timeline().extraActors;
    names.extraPlaces = m_document->timeline().extraPlaces;
    for (const auto& [id, title] : m_document->articleTitles())
        names.articles.insert(qint32(id), qs(title));
    return names;
}
#endif

void MainWindow::refreshFilterChoices() {
    QStringList actors, places;
    if (Store* store = m_document->store()) {
        if (auto extent = store->extent(); extent && *extent)
            m_filterBar->setFirstEventDay(toQDate((*extent)->first));
        if (auto names = store->actorNames())
            for (const auto& [id, name] : *names)
                actors << qs(name);
        if (auto names = store->placeNames())
            for (const auto& [id, name] : *names)
                places << qs(name);
    }
    actors.sort(Qt::CaseInsensitive);
    places.sort(Qt::CaseInsensitive);
    m_filterBar->setActors(actors);
    m_filterBar->setPlaces(places);
}

void MainWindow::onDatabaseChanged() {
    const QString path = m_document->isServerStory() ? QString() : m_document->path();
    setWindowFilePath(path);
    const QString name =
        m_document->isServerStory() ? m_document->displayLocation() : QFileInfo(path).fileName();
    setWindowTitle(name.isEmpty() ? tr("Crisis Timeline") : tr("%1 — Crisis Timeline").arg(name));
    m_actions->importArticles->setEnabled(m_document->isOpen());
    m_actions->importUrls->setEnabled(m_document->isOpen());
    m_actions->pasteArticle->setEnabled(m_document->isOpen());
    m_actions->exportImage->setEnabled(m_document->isOpen());
    m_actions->importTable->setEnabled(m_document->isOpen());
    m_actions->exportEvents->setEnabled(m_document->isOpen());
    m_actions->copyImage->setEnabled(m_document->isOpen());
    refreshFilterChoices();
    refreshTimeline();
}

void MainWindow::startUp(const QString& database) {
    if (!database.isEmpty() && openDatabase(database)) {
        // Given on the command line: opened, and from now on the current one.
    } else if (const QString configured = Settings::currentDatabase();
               configured.isEmpty() ||
               (!isServerLocation(configured.toStdString()) && !QFileInfo::exists(configured)) ||
               !openDatabase(configured)) {
        if (auto created = FirstStart::run(*m_document); !created) {
            showError(tr("Could not create the database: %1").arg(errorText(created.error())));
            return;
        }
        m_databases->remember(m_document->path());
    }
    // Open on the earliest event, so the details pane shows from the start
    // what an event is made of: its date's reasoning and its source sentence.
    // A large database is still loading: that happens when it arrives.
    if (m_proxy->rowCount() > 0)
        m_document->selection()->set(
            {m_proxy->index(0, 0).data(EventTableModel::IdRole).toLongLong()});
    else
        m_selectFirstWhenLoaded = m_document->isTimelineLoading();
}

bool MainWindow::openDatabase(const QString& path) { return m_databases->open(path); }

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    // Queued: a modal dialog must not run inside the drop handler, where the
    // drag source is still waiting for an answer.
    QMetaObject::invokeMethod(
        m_imports, [this, paths] { m_imports->importPaths(paths); }, Qt::QueuedConnection);
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Crisis Timeline"), message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, not exec(): errors must not stall the caller
}

} // namespace ct::ui

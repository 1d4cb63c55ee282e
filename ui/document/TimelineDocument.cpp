#include "document/TimelineDocument.h"

#include "document/EventSelection.h"
#include "document/QtConvert.h"
#include "document/StoreOpener.h"
#include "extract/EventExtractor.h"
#include "text/ArticleParser.h"

#include <QFile>
#include <QTimer>
#include <QUndoStack>
#include <utility>

// The document's life: opening and closing a store, and loading its timeline after every
// change. Reads are in TimelineDocumentReads.cpp, edits in TimelineDocumentEdits.cpp, the
// shared store's feed and connection in TimelineDocumentConnection.cpp.

namespace ct::ui {

namespace {

Gazetteer loadBundledGazetteer(QString* problem) {
    QFile file(QStringLiteral(":/gazetteer.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem =
            TimelineDocument::tr("The bundled gazetteer is missing: %1").arg(file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    auto gazetteer = Gazetteer::fromTsv(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), ":/gazetteer.tsv");
    if (!gazetteer) {
        *problem = errorText(gazetteer.error());
        return {};
    }
    return std::move(*gazetteer);
}

} // namespace

TimelineDocument::TimelineDocument(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_selection(new EventSelection(this)),
      m_loader(new TimelineLoader(this)), m_retry(new QTimer(this)) {
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &TimelineDocument::reconnect);
    qRegisterMetaType<ct::Event>();
    connect(m_loader, &TimelineLoader::loaded, this, &TimelineDocument::timelineLoaded);
    connect(m_loader, &TimelineLoader::failed, this, [this](quint64, const QString& message) {
        emit errorOccurred(message);
        if (std::exchange(m_reloadAgain, false))
            reloadTimeline();
    });
    QString problem;
    m_gazetteer = loadBundledGazetteer(&problem);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    m_reExtract = [this](const Article& article, Date published) {
        return EventExtractor(m_gazetteer).extract(ArticleParser::parse(article.text), published);
    };
}

TimelineDocument::~TimelineDocument() = default;

Result<void> TimelineDocument::open(const QString& path, Store::Mode mode) {
    auto opened = openStore(path.toStdString(), mode);
    if (!opened)
        return opened.error();
    adopt(std::move(*opened), path);
    return {};
}

void TimelineDocument::adopt(std::unique_ptr<Store> store, const QString& location) {
    // Commands on the stack point into the previous database.
    m_undoStack->clear();
    m_idMap.clear();
    m_selection->clear();
    m_store = std::move(store);
    m_storeAnalyst = m_store->analyst();
    applyAnalystName();
    m_path = location;
    m_offline = false;
    m_retry->stop();
    m_timeline = {};
    m_loader->cancel();
    m_reloadAgain = false;
    if (auto feed = m_store->openChangeFeed(); !feed)
        reportError(feed.error()); // the story opens; it just will not hear colleagues live
    else
        watchChanges(std::move(*feed));
    emit databaseChanged();
    reloadTimeline();
}

void TimelineDocument::applyAnalystName() {
    if (m_store)
        m_store->setAnalyst(StoreOpener::analystFor(m_storeAnalyst));
}

QString TimelineDocument::displayLocation() const {
    return m_store ? qs(m_store->location()) : QString();
}

bool TimelineDocument::isServerStory() const {
    return m_store && m_store->engine() != "sqlite";
}

void TimelineDocument::close() {
    m_undoStack->clear();
    m_idMap.clear();
    m_selection->clear();
    watchChanges(nullptr);
    m_offline = false;
    m_retry->stop();
    m_store.reset();
    m_path.clear();
    m_timeline = {};
    m_loader->cancel();
    m_reloadAgain = false;
    emit databaseChanged();
    emit timelineChanged();
}

void TimelineDocument::reloadTimeline() {
    if (!m_store)
        return;
    if (m_loader->isLoading()) {
        // One load at a time: a burst of edits or imports ends in one more load, not a pile
        // of threads each reading a million rows.
        m_reloadAgain = true;
        return;
    }
    // count(*) walks the smallest index's pages, not its rows: a few ms for a million.
    auto count = store()->eventCount();
    const bool small = count && *count <= m_inlineLoadLimit;
    if (small) {
        auto snapshot = TimelineLoader::read(*store(), m_laneMode);
        if (!snapshot) {
            reportError(snapshot.error());
            return;
        }
        m_timeline = std::move(*snapshot);
        emit timelineChanged();
        return;
    }
    // Nothing to show yet (a database just opened): a density preview first.
    m_loader->start(m_path, m_laneMode, m_timeline.index->empty());
}

void TimelineDocument::timelineLoaded(const TimelineSnapshot& snapshot) {
    m_timeline = snapshot;
    emit timelineChanged();
    if (!snapshot.preview && std::exchange(m_reloadAgain, false))
        reloadTimeline();
}

void TimelineDocument::notifyEventChanged(qint64 id) {
    reloadTimeline();
    emit eventChanged(id);
}

void TimelineDocument::notifyEventsChanged() {
    reloadTimeline();
    emit eventsChanged();
}

void TimelineDocument::notifyArticlesChanged() {
    reloadTimeline();
    emit articlesChanged();
    emit eventsChanged();
}

} // namespace ct::ui

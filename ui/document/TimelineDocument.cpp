#include "document/TimelineDocument.h"

#include "commands/AddEventCommand.h"
#include "commands/ChangePublicationDateCommand.h"
#include "commands/ChooseDateCommand.h"
#include "commands/DeleteEventCommand.h"
#include "commands/EditEventCommand.h"
#include "commands/MarkDistinctCommand.h"
#include "commands/MergeEventsCommand.h"
#include "commands/RedateEventCommand.h"
#include "commands/SplitReportCommand.h"
#include "document/ChangeWatcher.h"
#include "document/EventSelection.h"
#include "document/QtConvert.h"
#include "document/StoreOpener.h"
#include "extract/EventExtractor.h"
#include "text/ArticleParser.h"

#include <QFile>
#include <QTimer>
#include <QUndoStack>
#include <utility>

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

std::vector<std::string> TimelineDocument::titles(const std::vector<std::int64_t>& ids) {
    if (!m_store)
        return std::vector<std::string>(ids.size());
    auto result = store()->titles(ids);
    if (!result) {
        reportError(result.error());
        return std::vector<std::string>(ids.size());
    }
    return std::move(*result);
}

std::vector<std::pair<std::int64_t, std::string>> TimelineDocument::allTitles() {
    if (!m_store)
        return {};
    auto result = store()->allTitles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::vector<std::pair<std::int64_t, double>> TimelineDocument::confidences() {
    if (!m_store)
        return {};
    auto result = store()->allConfidences();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::map<std::int32_t, QString> TimelineDocument::laneKeyNames(bool actors) {
    std::map<std::int32_t, QString> out;
    if (!m_store)
        return out;
    auto names = actors ? store()->actorNames() : store()->placeNames();
    if (!names) {
        reportError(names.error());
        return out;
    }
    for (const auto& [id, name] : *names)
        out.emplace(id, qs(name));
    return out;
}

std::map<std::int64_t, std::string> TimelineDocument::articleTitles() {
    if (!m_store)
        return {};
    auto result = store()->articleTitles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::map<std::int64_t, Date> TimelineDocument::articlePublished() {
    if (!m_store)
        return {};
    auto result = store()->articles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    std::map<std::int64_t, Date> out;
    for (const Article& article : *result)
        out.emplace(article.id, article.published);
    return out;
}

QSet<qint64> TimelineDocument::eventIdsNaming(bool actor, const QString& name) {
    QSet<qint64> ids;
    if (!m_store || name.isEmpty())
        return ids;
    auto names = actor ? store()->actorNames() : store()->placeNames();
    if (!names) {
        reportError(names.error());
        return ids;
    }
    for (const auto& [id, stored] : *names) {
        if (QString::compare(qs(stored), name, Qt::CaseInsensitive) != 0)
            continue;
        EventQuery query;
        (actor ? query.actor : query.place) = stored;
        auto spans = store()->timelineSpans(query);
        if (!spans) {
            reportError(spans.error());
            continue;
        }
        for (const auto& span : *spans)
            ids.insert(span.id);
    }
    return ids;
}

void TimelineDocument::watchChanges(std::unique_ptr<ChangeFeed> feed) {
    delete m_watcher;
    m_watcher = nullptr;
    if (!feed)
        return;
    m_watcher = new ChangeWatcher(std::move(feed), this);
    connect(m_watcher, &ChangeWatcher::changed, this, &TimelineDocument::applyRemoteChanges);
    // The feed's own connection is usually the first to notice a server gone.
    connect(m_watcher, &ChangeWatcher::failed, this, [this](const QString& message) {
        if (isServerStory())
            goOffline(message);
        else
            emit errorOccurred(message);
    });
}

void TimelineDocument::applyRemoteChanges(const std::vector<StoreChange>& changes) {
    if (!m_store || changes.empty())
        return;
    bool everything = false;
    QSet<qint64> touched;
    QStringList analysts;
    for (const StoreChange& change : changes) {
        everything = everything || change.eventIds.empty();
        touched.unite(QSet<qint64>(change.eventIds.begin(), change.eventIds.end()));
        if (const QString who = qs(change.analyst); !who.isEmpty() && !analysts.contains(who))
            analysts << who;
    }
    // The selection holds ids and the undo stack our own commands: neither changes here. An
    // undo that meets a colleague's newer version is refused by the store (a conflict).
    reloadTimeline();
    if (everything)
        emit articlesChanged();
    emit eventsChanged();
    for (const qint64 id : std::as_const(touched))
        emit eventChanged(id);
    emit remoteChangesApplied(analysts);
}

void TimelineDocument::reportConflict(const Event& mine) {
    if (!m_store)
        return;
    auto theirs = m_store->event(mine.id);
    if (!theirs) {
        // Deleted meanwhile: nothing to choose between.
        emit errorOccurred(tr("“%1” was changed by someone else and is gone.").arg(qs(mine.title)));
        return;
    }
    // Queued: commands report from inside QUndoStack::push/undo, where a dialog must not run.
    QMetaObject::invokeMethod(
        this, [this, mine, theirs = *theirs] { emit conflictFound(mine, theirs); },
        Qt::QueuedConnection);
    reloadTimeline();
    emit eventChanged(mine.id);
}

void TimelineDocument::setRetryInterval(int ms) {
    m_retry->setInterval(ms);
}

void TimelineDocument::goOffline(const QString& why) {
    if (m_offline)
        return;
    m_offline = true;
    watchChanges(nullptr);
    m_retry->start();
    emit errorOccurred(tr("The server is not reachable (%1). The story stays as shown, "
                          "read-only, until the connection is back.")
                           .arg(why));
    emit connectionChanged(false);
}

void TimelineDocument::reconnect() {
    if (!m_offline || m_path.isEmpty())
        return;
    auto opened = openStore(m_path.toStdString(), Store::Mode::ReadWrite);
    if (!opened)
        return; // still gone: the timer tries again
    // The undo stack stays: its commands name events by id, which the server kept.
    m_store = std::move(*opened);
    m_storeAnalyst = m_store->analyst();
    applyAnalystName();
    m_offline = false;
    m_retry->stop();
    if (auto feed = m_store->openChangeFeed(); feed)
        watchChanges(std::move(*feed));
    emit connectionChanged(true);
    reloadTimeline();
    emit articlesChanged();
    emit eventsChanged();
}

void TimelineDocument::reportError(const Error& error) {
    const QString text = errorText(error);
    // libpq's words for a broken connection, as PgStore passes them on.
    if (isServerStory() && (text.contains(QLatin1String("lost the connection")) ||
                            text.contains(QLatin1String("not connected")))) {
        goOffline(text);
        return;
    }
    if (m_offline)
        return; // one message for the outage, not one per read
    emit errorOccurred(text);
}

void TimelineDocument::notifyArticlesChanged() {
    reloadTimeline();
    emit articlesChanged();
    emit eventsChanged();
}

std::vector<Event> TimelineDocument::events(const EventQuery& query) {
    if (!m_store)
        return {};
    auto result = store()->events(query);
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::vector<TimelineEntry> TimelineDocument::timelineEntries(const EventQuery& query) {
    if (!m_store)
        return {};
    auto result = store()->timelineEntries(query);
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::optional<Event> TimelineDocument::event(qint64 id) {
    if (!m_store)
        return std::nullopt;
    auto result = store()->event(currentId(id));
    if (!result) {
        // A missing event is normal (deleted meanwhile); anything else is worth saying.
        if (result.error().code != Error::Code::NotFound)
            reportError(result.error());
        return std::nullopt;
    }
    return std::move(*result);
}

std::optional<Article> TimelineDocument::article(qint64 id) {
    if (!m_store || id <= 0)
        return std::nullopt;
    auto result = store()->article(id);
    if (!result) {
        if (result.error().code != Error::Code::NotFound)
            reportError(result.error());
        return std::nullopt;
    }
    return std::move(*result);
}

std::vector<Article> TimelineDocument::articles() {
    if (!m_store)
        return {};
    auto result = store()->articles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::optional<QSet<qint64>> TimelineDocument::search(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QSet<qint64> ids;
    if (!m_store)
        return ids;
    EventQuery query;
    query.text = trimmed.toStdString();
    auto result = store()->timelineSpans(query); // ids are all it needs: no titles read
    if (!result) {
        // FTS syntax errors (a stray quote) are the user's typing, not a failure:
        // show no matches rather than a dialog per keystroke.
        if (result.error().code != Error::Code::InvalidInput)
            reportError(result.error());
        return ids;
    }
    for (const auto& entry : *result)
        ids.insert(entry.id);
    return ids;
}

void TimelineDocument::push(QUndoCommand* command) {
    if (!m_store || m_offline) {
        delete command; // never reached the stack, so nobody else owns it
        emit errorOccurred(m_offline ? tr("The server is not reachable: the story is read-only "
                                          "until it is back.")
                                     : tr("No database is open."));
        return;
    }
    m_undoStack->push(command);
}

void TimelineDocument::addEvent(const Event& event) {
    push(new AddEventCommand(*this, event));
}

void TimelineDocument::editEvent(const Event& edited) {
    const auto before = event(edited.id);
    if (!before)
        return;
    push(new EditEventCommand(*this, *before, edited));
}

void TimelineDocument::deleteEvents(const QList<qint64>& ids) {
    std::vector<Event> doomed;
    for (qint64 id : ids) {
        if (auto e = event(id))
            doomed.push_back(std::move(*e));
    }
    if (!doomed.empty())
        push(new DeleteEventCommand(*this, std::move(doomed)));
}

void TimelineDocument::redateEvent(qint64 id, const DateSpan& when) {
    const auto before = event(id);
    if (!before || before->when == when)
        return;
    push(new RedateEventCommand(*this, id, before->when, when));
}

void TimelineDocument::splitReport(qint64 reportId) {
    push(new SplitReportCommand(*this, reportId));
}

void TimelineDocument::mergeEvents(const QList<qint64>& ids) {
    if (ids.size() < 2)
        return;
    // Several events merge as one step: one undo takes them all apart again.
    m_undoStack->beginMacro(tr("Merge %n event(s)", nullptr, int(ids.size())));
    for (qsizetype i = 1; i < ids.size(); ++i)
        push(new MergeEventsCommand(*this, ids.first(), ids.at(i)));
    m_undoStack->endMacro();
}

void TimelineDocument::markDistinct(qint64 a, qint64 b) {
    push(new MarkDistinctCommand(*this, a, b));
}

void TimelineDocument::chooseDate(qint64 eventId, qint64 reportId) {
    push(new ChooseDateCommand(*this, eventId, reportId));
}

std::vector<Report> TimelineDocument::reports(qint64 eventId) {
    if (!m_store || eventId == 0)
        return {};
    auto result = store()->reports(currentId(eventId));
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

void TimelineDocument::changePublicationDate(qint64 articleId, Date published) {
    const auto old = article(articleId);
    if (!old || old->published == published)
        return;
    push(
        new ChangePublicationDateCommand(*this, articleId, old->published, published, m_reExtract));
}

void TimelineDocument::remapId(qint64 from, qint64 to) {
    // Keep the map one step deep: whatever pointed at `from` now points at `to`,
    // and `to` is live, so it must not map anywhere (SQLite may reuse a rowid).
    for (auto it = m_idMap.begin(); it != m_idMap.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
    m_idMap.remove(to);
    if (from != to)
        m_idMap.insert(from, to);
    QList<qint64> selected = m_selection->ids();
    if (selected.contains(from)) {
        selected.replace(selected.indexOf(from), to);
        m_selection->set(selected);
    }
}

} // namespace ct::ui

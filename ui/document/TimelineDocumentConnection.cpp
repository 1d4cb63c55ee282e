#include "document/ChangeWatcher.h"
#include "document/QtConvert.h"
#include "document/StoreOpener.h"
#include "document/TimelineDocument.h"

#include <QTimer>

// A shared store: colleagues' changes from the change feed, conflicts with them, and a server
// that goes away (the document turns read-only and tries again) and comes back.

namespace ct::ui {

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

} // namespace ct::ui

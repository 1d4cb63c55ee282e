#pragma once

#include "common/Result.h"
#include "document/TimelineLoader.h"
#include "extract/Gazetteer.h"
#include "layout/LaneLayout.h"
#include "model/Article.h"
#include "model/Event.h"
#include "model/TimelineEntry.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace ct::ui {

class ChangeWatcher;
class EventSelection;

// The open timeline database as the window sees it: the store, the undo stack
// and the shared selection. Reads go straight to the store; every edit goes
// through an undo command so that it is saved at once and can be undone. Core
// errors come back as values and leave here through errorOccurred, for the
// window to show.
class TimelineDocument : public QObject {
    Q_OBJECT
  public:
    // Fresh events for an article at a given publication date (parser +
    // extractor); the window may replace it, tests do.
    using ReExtract = std::function<std::vector<Event>(const Article&, Date published)>;

    explicit TimelineDocument(QObject* parent = nullptr);
    ~TimelineDocument() override;

    // Opens a location: a SQLite file path or a server story's connection string (openStore).
    Result<void> open(const QString& location, Store::Mode mode = Store::Mode::ReadWriteCreate);
    // Makes an already open store the document's; `location` is what workers open for their
    // own connections (tests hand in test doubles this way).
    void adopt(std::unique_ptr<Store> store, const QString& location);
    void close();
    // Gives the open store the analyst name of the settings (StoreOpener::analystFor): done on
    // every open; again when the user changes the name.
    void applyAnalystName();
    bool isOpen() const { return m_store != nullptr; }
    // What was opened, as given (a server's connection string may hold its password: workers
    // open their own connections with it; show displayLocation() instead).
    QString path() const { return m_path; }
    QString displayLocation() const;
    bool isServerStory() const;
    Store* store() { return m_store.get(); }

    QUndoStack* undoStack() const { return m_undoStack; }
    EventSelection* selection() const { return m_selection; }

    const Gazetteer& gazetteer() const { return m_gazetteer; }
    const ReExtract& reExtractor() const { return m_reExtract; }
    void setReExtractor(ReExtract reExtract) { m_reExtract = std::move(reExtract); }

    // Every event's placement, as the timeline and the table show it. Reloaded when a database
    // opens and after every change: at once for a small database, on a worker thread for a
    // large one, so that opening a million events never blocks the window (timelineChanged
    // says when it is there; until then the previous one, or an empty one, stands).
    // While a large database opens, a preview snapshot (TimelineSnapshot::preview) stands in:
    // the timeline draws it, the table waits for the real one.
    const TimelineSnapshot& timeline() const { return m_timeline; }
    bool isTimelineLoading() const { return m_loader->isLoading(); }
    // The lanes computed along with the snapshot (the view's current mode).
    void setTimelineLaneMode(LaneMode mode) { m_laneMode = mode; }
    // Titles by id from the open store, for timeline labels and table rows; empty strings
    // when no store is open.
    std::vector<std::string> titles(const std::vector<std::int64_t>& ids);
    // Every event's title or confidence (id, value), for sorting the table by that column.
    std::vector<std::pair<std::int64_t, std::string>> allTitles();
    std::vector<std::pair<std::int64_t, double>> confidences();
    // Actor (or place) names by store id: the names of the lane keys.
    std::map<std::int32_t, QString> laneKeyNames(bool actors);
    // Article titles (or file names) by id, without the texts.
    std::map<std::int64_t, std::string> articleTitles();
    // Article publication dates by id (the store's article list, without texts).
    std::map<std::int64_t, Date> articlePublished();
    // Ids of the events naming this actor or place (case-insensitive, as the filter bar's
    // choices are names); a store query, so it costs the same for ten events or a million.
    QSet<qint64> eventIdsNaming(bool actor, const QString& name);

    // Databases with up to this many events load on the GUI thread (~20 ms at the limit).
    static constexpr std::int64_t kInlineLoadLimit = 50'000;
    void setInlineLoadLimit(std::int64_t events) { m_inlineLoadLimit = events; } // for tests

    // Reads; on a store error they report it and return nothing.
    std::vector<Event> events(const EventQuery& query = {});
    std::vector<TimelineEntry> timelineEntries(const EventQuery& query = {});
    std::optional<Event> event(qint64 id);
    std::optional<Article> article(qint64 id);
    std::vector<Article> articles();
    // The ids full-text search finds; nullopt for an empty search (no filter).
    std::optional<QSet<qint64>> search(const QString& text);

    // Edits, each one undoable and written at once.
    void addEvent(const Event& event);
    void editEvent(const Event& edited);
    void deleteEvents(const QList<qint64>& ids);
    void redateEvent(qint64 id, const DateSpan& when);
    void changePublicationDate(qint64 articleId, Date published);
    // The story, each one undoable: a report leaves its event; the events are one (merged
    // into the first); two events are different happenings; the event follows a report's date.
    void splitReport(qint64 reportId);
    void mergeEvents(const QList<qint64>& ids);
    void markDistinct(qint64 a, qint64 b);
    void chooseDate(qint64 eventId, qint64 reportId);
    // An event's reports, earliest publication first; empty when it has none or on error.
    std::vector<Report> reports(qint64 eventId);

    // Undo and redo re-insert events, which gives them new ids; commands keep
    // the id they were made with and resolve it here.
    qint64 currentId(qint64 id) const { return m_idMap.value(id, id); }
    void remapId(qint64 from, qint64 to);

    // Other analysts' changes to a shared store: openStore's change feed is watched from open()
    // on; tests hand in a feed of their own. Their changes reload what they touched, keeping
    // the selection and the undo stack (a colleague's edit is never a step of ours).
    void watchChanges(std::unique_ptr<ChangeFeed> feed);
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    void applyRemoteChanges(const std::vector<StoreChange>& changes);

    // A server story whose connection broke: the document keeps what it shows, refuses edits,
    // and tries to connect again every retry interval; when it is back it reloads.
    bool isOffline() const { return m_offline; }
    void setRetryInterval(int ms); // for tests
    static constexpr int kRetryMs = 5000;

    // For commands: a write the store refused because another analyst changed the event since
    // it was read. `mine` is what this window wanted to write; the current stored version
    // (theirs) is read here. Told after the command returns, so that the window may ask.
    void reportConflict(const Event& mine);

    // For commands and the import dialog: tell the views what changed.
    void reportError(const Error& error);
    void notifyEventChanged(qint64 id);
    void notifyEventsChanged();
    void notifyArticlesChanged();

  signals:
    void databaseChanged();
    void timelineChanged();
    void eventsChanged();
    void eventChanged(qint64 id);
    void articlesChanged();
    void errorOccurred(const QString& message);
    // Another analyst's changes were loaded; `analysts` names who made them.
    void remoteChangesApplied(const QStringList& analysts);
    // An edit of ours met a newer version: keep theirs, or re-apply ours on top of it.
    void conflictFound(const ct::Event& mine, const ct::Event& theirs);
    // The server went away (false) or is back (true).
    void connectionChanged(bool online);

  private:
    void push(QUndoCommand* command);
    void goOffline(const QString& why);
    void reconnect();
    void reloadTimeline();
    void timelineLoaded(const TimelineSnapshot& snapshot);

    std::unique_ptr<Store> m_store;
    QString m_path;
    std::string m_storeAnalyst; // the store's own default, for when the setting is cleared
    QUndoStack* m_undoStack;
    EventSelection* m_selection;
    Gazetteer m_gazetteer;
    ReExtract m_reExtract;
    QHash<qint64, qint64> m_idMap;
    TimelineLoader* m_loader;
    ChangeWatcher* m_watcher = nullptr;
    QTimer* m_retry;
    bool m_offline = false;
    TimelineSnapshot m_timeline;
    LaneMode m_laneMode = LaneMode::None;
    bool m_reloadAgain = false; // a change came in while a load was running
    std::int64_t m_inlineLoadLimit = kInlineLoadLimit;
};

} // namespace ct::ui

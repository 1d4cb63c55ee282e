#pragma once

#include "common/Result.h"
#include "extract/Gazetteer.h"
#include "model/Article.h"
#include "model/Event.h"
#include "model/TimelineEntry.h"
#include "store/EventStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace ct::ui {

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

    Result<void> open(const QString& path,
                      EventStore::Mode mode = EventStore::Mode::ReadWriteCreate);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_path; }
    EventStore* store() { return m_store ? &m_store->store.value() : nullptr; }

    QUndoStack* undoStack() const { return m_undoStack; }
    EventSelection* selection() const { return m_selection; }

    const Gazetteer& gazetteer() const { return m_gazetteer; }
    const ReExtract& reExtractor() const { return m_reExtract; }
    void setReExtractor(ReExtract reExtract) { m_reExtract = std::move(reExtract); }

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

    // Undo and redo re-insert events, which gives them new ids; commands keep
    // the id they were made with and resolve it here.
    qint64 currentId(qint64 id) const { return m_idMap.value(id, id); }
    void remapId(qint64 from, qint64 to);

    // For commands and the import dialog: tell the views what changed.
    void reportError(const Error& error);
    void notifyEventChanged(qint64 id) { emit eventChanged(id); }
    void notifyEventsChanged() { emit eventsChanged(); }
    void notifyArticlesChanged();

  signals:
    void databaseChanged();
    void eventsChanged();
    void eventChanged(qint64 id);
    void articlesChanged();
    void errorOccurred(const QString& message);

  private:
    void push(QUndoCommand* command);

    // EventStore's move constructor needs its private Impl to be complete, so
    // the open store is built in place, straight from open()'s result.
    struct OpenStore {
        OpenStore(const QString& path, EventStore::Mode mode);
        Result<EventStore> store;
    };
    std::unique_ptr<OpenStore> m_store;
    QString m_path;
    QUndoStack* m_undoStack;
    EventSelection* m_selection;
    Gazetteer m_gazetteer;
    ReExtract m_reExtract;
    QHash<qint64, qint64> m_idMap;
};

} // namespace ct::ui

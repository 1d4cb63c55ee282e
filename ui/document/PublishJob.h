#pragma once

#include "document/BackgroundJob.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ct::ui {

struct PublishOutcome {
    enum class Status { Published, TargetHoldsAStory, Failed };
    Status status = Status::Failed;
    QString message;     // Failed: why, with the store's reason
    qint64 articles = 0; // Published: what the target holds now; TargetHoldsAStory: what it held
    qint64 events = 0;
};

// Copies a whole story (ct::copyStory) from one location to another on a worker thread, with
// connections of its own: SQLite connections stay on the thread that opened them, and a copy of
// a large story must not freeze the window. The source is opened read-only, so nothing on it
// changes whatever happens; the target records the configured analyst (StoreOpener). What
// File ▸ Publish to Server… runs; reusable for any copy between locations.
class PublishJob : public QObject {
    Q_OBJECT
  public:
    explicit PublishJob(QObject* parent = nullptr);

    // Starts the copy; finished() says how it went. Without `replace` a target that already
    // holds a story is left as it is (TargetHoldsAStory), so the caller can ask first.
    // False when a copy is still running.
    bool start(const QString& from, const QString& to, bool replace);
    bool isRunning() const;

    // The copy itself, on the calling thread: what start() runs on the worker.
    static PublishOutcome run(const QString& from, const QString& to, bool replace);

  signals:
    void finished(const ct::ui::PublishOutcome& outcome);

  private:
    BackgroundJob m_job;
};

} // namespace ct::ui

Q_DECLARE_METATYPE(ct::ui::PublishOutcome)

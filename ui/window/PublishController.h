#pragma once

#include "document/PublishJob.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QMainWindow;
class QProgressDialog;

namespace ct::ui {

class MainActions;
class TeamController;
class TimelineDocument;

// File ▸ Publish to Server…: copies the open SQLite story to a PostgreSQL server (where to: the
// Open Server Story dialog's fields) on a worker thread (PublishJob), with a busy indicator;
// asks before replacing a story the server already holds, and offers to open the server story
// in the window afterwards. Nothing on the SQLite story changes, whatever happens.
class PublishController : public QObject {
    Q_OBJECT
  public:
    // A yes/no question to the analyst (a message box; tests answer it).
    using Confirm = std::function<bool(const QString& title, const QString& question)>;

    PublishController(TimelineDocument& document, MainActions& actions, TeamController& team,
                      QMainWindow& window);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    bool isPublishing() const { return m_job.isRunning(); }

  public slots:
    // Asks where to (ServerStoryDialog), then publishes there.
    void publish();
    // Publishes the open story to `connection` (a connection string, password included when
    // needed); `replace` without asking.
    void publishTo(const QString& connection, bool replace = false);

  signals:
    void errorOccurred(const QString& message);
    // The story is on the server now (`location` without its password).
    void published(const QString& location);

  private:
    void finished(const PublishOutcome& outcome);
    void updateAction();

    TimelineDocument& m_document;
    MainActions& m_actions;
    TeamController& m_team;
    QMainWindow& m_window;
    PublishJob m_job;
    QPointer<QProgressDialog> m_busy;
    QString m_connection; // the running copy's target
    Confirm m_confirm;
};

} // namespace ct::ui

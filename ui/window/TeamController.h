#pragma once

#include "common/Result.h"
#include "model/Event.h"

#include <QObject>
#include <QString>

class QLabel;
class QMainWindow;

namespace ct::ui {

class MainActions;
class TimelineDocument;

// The window's side of a team's story on a PostgreSQL server: File ▸ Open Server Story…, the
// keyring's passwords, colleagues' changes in the status bar, and the choice when an edit of
// ours meets a newer version of theirs (ConflictDialog).
class TeamController : public QObject {
    Q_OBJECT
  public:
    TeamController(TimelineDocument& document, MainActions& actions, QMainWindow& window);

    // Opens a server story by its password-free location (recent list, settings, --db): the
    // keyring's password (or libpq's own) first, the dialog when that does not do. Settings
    // and the recent list keep the location without its password.
    bool openServerLocation(const QString& location);
    // Opens a connection string that may hold a password (one just used, e.g. to publish);
    // the recent list and settings keep it without.
    Result<void> openServerConnection(const QString& connection);
    // A location with the keyring's password added when it has one for the account.
    static QString withKeyringPassword(const QString& location);

  public slots:
    // File ▸ Open Server Story…; `problem` says why the last attempt failed.
    bool openServerStory(const QString& location = {}, const QString& problem = {});
    void resolveConflict(const ct::Event& mine, const ct::Event& theirs);
    // File ▸ Analyst Name…: the name recorded with one's imports and edits (Settings).
    void chooseAnalystName();

  private:
    void remember(const QString& location);
    void showRemoteChanges(const QStringList& analysts);
    void showConnection(bool online);

    TimelineDocument& m_document;
    MainActions& m_actions;
    QMainWindow& m_window;
    QLabel* m_offlineBanner;
};

} // namespace ct::ui

#pragma once

#include "document/BackgroundJob.h"
#include "store/offline/BringBack.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QMainWindow;

namespace ct::ui {

class MainActions;
class TimelineDocument;

// The window's side of offline copies (store/offline): File ▸ Take Offline Copy… while a
// server story is open (copied on a worker thread, then opened), and File ▸ Bring Changes Back
// while an offline copy is open (applied on a worker thread; conflicts are decided one by one
// in the ConflictDialog, then applied together; the copy is reopened re-based).
class OfflineController : public QObject {
    Q_OBJECT
  public:
    OfflineController(TimelineDocument& document, MainActions& actions, QMainWindow& window);

    // Without dialogs, for tests and scripts: copies the open server story into `file`.
    void takeOfflineCopy(const QString& file);
    void bringChangesBack(const BringBackOptions& options = {});
    bool isBusy() const { return m_job.isRunning(); }

  signals:
    // The window opens this file as it opens any story file (settings, recent list).
    void openRequested(const QString& file);
    void errorOccurred(const QString& message);
    // A run finished (either action), successfully or not.
    void finished();

  private:
    void chooseOfflineFile();
    void updateActions();
    void broughtBack(const Result<BringBackResult>& result, const BringBackOptions& options);

    TimelineDocument& m_document;
    MainActions& m_actions;
    QMainWindow& m_window;
    BackgroundJob m_job; // a copy or bring-back in flight finishes before the window goes
};

} // namespace ct::ui

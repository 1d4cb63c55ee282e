#pragma once

#include "common/Date.h"
#include "extract/Gazetteer.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

namespace ct::ui {

struct ImportJob {
    QString path;
    std::optional<Date> published; // the user's date; nullopt = what the text says
};

struct ImportOutcome {
    enum class Status { Pending, Imported, Duplicate, Failed, Cancelled };
    Status status = Status::Pending;
    int eventCount = 0;
    QString message; // the error, for Failed
};

// Runs imports on its own thread with its own store connection, so that the
// window's connection is never used from two threads. Each file is stored whole
// or not at all (a savepoint inside a batch of files, see ImportBatch): a cancel
// stops between files, and what was imported before it stays (the dialog says
// which); a failing file leaves nothing behind.
class ImportWorker : public QObject {
    Q_OBJECT
  public:
    ImportWorker(QString databasePath, Gazetteer gazetteer, std::vector<ImportJob> jobs);

    // Thread-safe: called from the dialog while run() works.
    void requestCancel() { m_cancel = true; }

  public slots:
    void run();

  signals:
    void fileStarted(int index);
    void fileFinished(int index, const ct::ui::ImportOutcome& outcome);
    void finished(bool cancelled);

  private:
    QString m_databasePath;
    Gazetteer m_gazetteer;
    std::vector<ImportJob> m_jobs;
    std::atomic_bool m_cancel = false;
};

} // namespace ct::ui

Q_DECLARE_METATYPE(ct::ui::ImportOutcome)

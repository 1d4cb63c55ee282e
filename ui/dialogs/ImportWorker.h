#pragma once

#include "common/Date.h"
#include "extract/Gazetteer.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

namespace ct::ui {

struct ImportJob {
    ImportJob(QString filePath, std::optional<Date> date = std::nullopt)
        : path(std::move(filePath)), published(date) {}
    static ImportJob inMemory(QByteArray data, QString displayName, QString fetchedFrom,
                              std::optional<Date> date) {
        ImportJob job({}, date);
        job.bytes = std::move(data);
        job.name = std::move(displayName);
        job.url = std::move(fetchedFrom);
        return job;
    }

    QString path;
    std::optional<Date> published; // the user's date; nullopt = what the text says
    // Instead of a file: bytes already in memory (a fetched URL, the clipboard) named `name`.
    QByteArray bytes;
    QString name;
    QString url; // where the bytes were fetched from; stored with the article
};

struct ImportOutcome {
    enum class Status { Pending, Imported, Duplicate, Failed, Cancelled };
    Status status = Status::Pending;
    int eventCount = 0;
    QString message;      // the error, for Failed
    int articleCount = 1; // a newsletter gives one article per story
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

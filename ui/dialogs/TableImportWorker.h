#pragma once

#include "interchange/ColumnMapping.h"
#include "interchange/TableImporter.h"

#include <QObject>
#include <QString>
#include <atomic>

namespace ct::ui {

// Runs one table import on its own thread with its own database connection, so that a
// two-million-row file never blocks the window. Reports progress; cancel() stops it between
// batches, and a cancelled or failed import leaves the database as it was (one transaction).
class TableImportWorker : public QObject {
    Q_OBJECT
  public:
    struct Job {
        QString database;
        QString file;
        std::string presetName; // empty: none
        ColumnMapping mapping;
        TableImportOptions options;
    };

    explicit TableImportWorker(Job job, QObject* parent = nullptr);
    void cancel() { m_cancel = true; }

  public slots:
    void run();

  signals:
    void progress(int percent, qint64 rows);
    // ok false: message says why (cancelled included); problems lists bad rows skipped.
    void finished(bool ok, const QString& message, qint64 imported, const QStringList& problems);

  private:
    Job m_job;
    std::atomic<bool> m_cancel{false};
};

} // namespace ct::ui

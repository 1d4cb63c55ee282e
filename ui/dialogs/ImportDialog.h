#pragma once

#include "dialogs/ImportWorker.h"

#include <QDate>
#include <QDialog>
#include <QPointer>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace ct::ui {

class TimelineDocument;

// Import Articles: one row per file with the publication date found in it
// (editable, and required where none was found), then the imports on a worker
// thread with progress and Cancel, and per file what happened. See ImportWorker
// for what Cancel keeps.
class ImportDialog : public QDialog {
    Q_OBJECT
  public:
    ImportDialog(TimelineDocument& document, const QStringList& paths, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Files and folders (read recursively) → the files to import, sorted.
    static QStringList expandPaths(const QStringList& paths);

    int fileCount() const { return int(m_files.size()); }
    QString filePath(int row) const { return m_files.at(std::size_t(row)).path; }
    QDate publishedDate(int row) const; // invalid = not set
    void setPublishedDate(int row, const QDate& date);
    bool canImport() const;
    bool isRunning() const { return m_thread != nullptr; }
    ImportOutcome outcome(int row) const { return m_files.at(std::size_t(row)).outcome; }
    QString resultText(int row) const;

  public slots:
    void startImport();
    void cancelImport();
    void reject() override;

  signals:
    void importFinished(bool cancelled);

  private:
    struct FileRow {
        QString path;
        QDate detected;
        QString problem; // why the file cannot be imported at all (unreadable)
        QDateEdit* dateEdit = nullptr;
        ImportOutcome outcome;
    };

    void addFiles(const QStringList& files);
    void updateButtons();
    void onFileFinished(int index, const ImportOutcome& outcome);
    void onFinished(bool cancelled);
    void showOutcome(int row);

    TimelineDocument& m_document;
    std::vector<FileRow> m_files;
    std::vector<int> m_jobRows; // worker job index → row
    QTableWidget* m_table;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
    QThread* m_thread = nullptr;
    ImportWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
};

} // namespace ct::ui

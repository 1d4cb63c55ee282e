#pragma once

#include "dialogs/ImportWorker.h"
#include "import/Importer.h"

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

// Something to import that is not a file on disk: a fetched URL or the clipboard.
struct ImportSource {
    QString name;     // shown in the File column and in messages: the URL, "Pasted article"
    QByteArray bytes; // the article (any registered format)
    QString url;      // where it was fetched from (empty for the clipboard)
    QString error;    // why it could not be fetched: the row shows it and is not imported
};

// Import Articles: one row per file (or fetched URL, or pasted article) with its detected
// format, title, outlet and publication date with where the date came from (editable, and
// required where none was found; a date the file only suggests, such as a PDF's creation date,
// is shown and taken by double-clicking it), then the imports on a worker thread with progress
// and Cancel, and per file what happened. See ImportWorker for what Cancel keeps.
class ImportDialog : public QDialog {
    Q_OBJECT
  public:
    enum Column {
        FileColumn,
        FormatColumn,
        TitleColumn,
        OutletColumn,
        DateColumn,
        DateSourceColumn,
        ResultColumn,
        ColumnCount
    };

    ImportDialog(TimelineDocument& document, const QStringList& paths, QWidget* parent = nullptr);
    ImportDialog(TimelineDocument& document, std::vector<ImportSource> sources,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Files and folders (read recursively) → the files to import, sorted.
    static QStringList expandPaths(const QStringList& paths);

    int fileCount() const { return int(m_files.size()); }
    QString filePath(int row) const { return m_files.at(std::size_t(row)).path; }
    QString cellText(int row, int column) const; // for tests and screenshots
    QDate suggestedDate(int row) const { return m_files.at(std::size_t(row)).suggested; }
    void useSuggestedDate(int row);
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
        QString path; // empty for in-memory sources
        ImportSource source;
        QDate detected;
        QDate suggested;
        QString problem; // why the file cannot be imported at all (unreadable)
        QDateEdit* dateEdit = nullptr;
        ImportOutcome outcome;

        // Core's messages start with the file they are about; the row already names it.
        QString withoutName(const QString& message) const;
    };

    void setUp();
    void addFiles(const QStringList& files);
    void addSources(std::vector<ImportSource> sources);
    void addRow(FileRow row, const Result<ArticlePreview>& preview);
    void updateButtons();
    // ImportDialogRun.cpp: the imports on the worker thread and their outcomes.
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

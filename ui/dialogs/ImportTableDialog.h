#pragma once

#include "interchange/ColumnMapping.h"

#include <QDialog>
#include <QStringList>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QThread;

namespace ct {
class TablePreset;
}

namespace ct::ui {

class TablePreviewModel;
class TableImportWorker;
class TimelineDocument;

// File ▸ Import Table…: the first rows of a data set, a role per column (start date, title,
// actors, …) with the layout of a known header chosen for you, the start dates as they will
// be read (and day-first or month-first to choose), what to do with bad rows, and the mapping
// saved under a name for the next file with the same header. The import runs on a worker
// thread with progress and Cancel.
class ImportTableDialog : public QDialog {
    Q_OBJECT
  public:
    ImportTableDialog(TimelineDocument& document, const QString& path, QWidget* parent = nullptr);
    ~ImportTableDialog() override;

    // Empty when the file opened; otherwise why not (the dialog then has nothing to import).
    QString openError() const { return m_openError; }
    ColumnMapping mapping() const { return m_mapping; }
    QString presetName() const;
    TablePreviewModel* previewModel() const { return m_model; }
    QComboBox* roleCombo(int column) const { return m_roleCombos.value(column); }
    QComboBox* dateOrderCombo() const { return m_dateOrder; }
    QLabel* datesLabel() const { return m_dates; }
    void startImport();

  signals:
    void importFinished(bool ok, qint64 imported);

  protected:
    void reject() override;

  private:
    void loadPreview(const TablePreset* preset);
    void applyMapping(const ColumnMapping& mapping);
    void rolesChanged();
    void updateDates();
    void saveMapping();
    void finished(bool ok, const QString& message, qint64 imported, const QStringList& problems);
    QStringList headerList() const;

    TimelineDocument& m_document;
    QString m_path;
    QString m_openError;
    const TablePreset* m_preset = nullptr;
    ColumnMapping m_mapping;
    TablePreviewModel* m_model;
    QComboBox* m_layout;
    QComboBox* m_saved;
    QTableView* m_view;
    QWidget* m_roles;
    QList<QComboBox*> m_roleCombos;
    QLabel* m_dates;
    QComboBox* m_dateOrder;
    QComboBox* m_onError;
    QLineEdit* m_saveName;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QThread* m_thread = nullptr;
    TableImportWorker* m_worker = nullptr;
};

} // namespace ct::ui

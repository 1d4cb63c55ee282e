#pragma once

#include "export/ExportOptions.h"
#include "export/ImageExporter.h"
#include "settings/Settings.h"
#include "timeline/TimelineRenderOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;
class QWidget;

namespace ct::ui {

class ExportPreview;

// File ▸ Export Image…: what to export (the current view, the whole filtered timeline or
// dates), how (lanes, title, axis, legend, sources, theme; size and scale, or page), where
// (the file's extension picks PNG, SVG or PDF), with a live preview drawn by the same
// renderer. The last choices are kept in Settings. A failed export is said in the dialog,
// which stays open; nothing in the window changes either way.
class ExportDialog : public QDialog {
    Q_OBJECT
  public:
    using Range = Settings::ExportRange;

    // `view`: what the timeline shows now; "current view" exports its range and lane mode.
    ExportDialog(ExportData data, const TimelineRenderOptions& view, QWidget* parent = nullptr);

    ExportOptions options() const; // as the controls say now, range resolved
    QString path() const;
    void setPath(const QString& path);
    Range range() const;
    void setRange(Range range);
    void setDates(const QDate& from, const QDate& to);
    // What stops an export, or why the last one failed; empty when all is well.
    QString shownError() const;
    const ImageExporter& exporter() const { return exporter_; }
    ExportPreview* preview() const { return preview_; }

  public slots:
    // Writes the file; true and the dialog accepted when it worked, else the reason shown.
    bool exportImage();

  signals:
    void exported(const QString& path);

  private:
    // ExportDialogControls.cpp: the form's groups.
    QWidget* buildWhat();
    QWidget* buildLook();
    QWidget* buildSize();
    QWidget* buildFile();
    void load(const ExportOptions& remembered);
    void save() const;
    void formatChosen();
    void pathEdited();
    void chooseFile();
    void scheduleUpdate();
    void refresh();
    std::optional<ExportFormat> format() const;

    ImageExporter exporter_;
    TimelineRenderOptions view_;
    ExportPreview* preview_;
    QTimer* refreshTimer_;

    QRadioButton* currentView_;
    QRadioButton* whole_;
    QRadioButton* dates_;
    QDateEdit* from_;
    QDateEdit* to_;
    QComboBox* lanes_;
    QLineEdit* title_;
    QCheckBox* axis_;
    QCheckBox* legend_;
    QCheckBox* sources_;
    QComboBox* theme_;
    QSpinBox* width_;
    QSpinBox* height_;
    QDoubleSpinBox* scale_;
    QComboBox* pageSize_;
    QComboBox* orientation_;
    QSpinBox* pages_;
    QWidget* pictureBox_;
    QWidget* pageBox_;
    QComboBox* format_;
    QLineEdit* path_;
    QLabel* summary_;
    QLabel* error_;
    QPushButton* exportButton_;
};

} // namespace ct::ui

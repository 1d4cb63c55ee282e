#pragma once

#include "export/ExportOptions.h"

#include <QWidget>

namespace ct::ui {

class ImageExporter;

// The picture an export will write, scaled to fit, drawn by the exporter itself (so by the
// timeline renderer): what is seen here is what the file holds. A PDF shows its first page
// on paper.
class ExportPreview : public QWidget {
    Q_OBJECT
  public:
    explicit ExportPreview(const ImageExporter& exporter, QWidget* parent = nullptr);

    void setOptions(const ExportOptions& options, ExportFormat format);
    // The rectangle the picture (or the page) takes in the widget.
    QRectF pictureRect() const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QSizeF paperSize() const; // logical size of what is shown: the picture, or the whole page

    const ImageExporter& exporter_;
    ExportOptions options_;
    ExportFormat format_ = ExportFormat::Png;
};

} // namespace ct::ui

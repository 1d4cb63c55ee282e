#include "dialogs/ExportPreview.h"

#include "export/ImageExporter.h"

#include <QPainter>

namespace ct::ui {
namespace {

constexpr double kMargin = 8;
constexpr double kPixelsPerPoint = 96.0 / 72.0;

} // namespace

ExportPreview::ExportPreview(const ImageExporter& exporter, QWidget* parent)
    : QWidget(parent), exporter_(exporter) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Export preview"));
}

void ExportPreview::setOptions(const ExportOptions& options, ExportFormat format) {
    options_ = options;
    format_ = format;
    update();
}

QSizeF ExportPreview::paperSize() const {
    if (format_ == ExportFormat::Pdf)
        return ImageExporter::pageLayout(options_).fullRect(QPageLayout::Point).size() *
               kPixelsPerPoint;
    return exporter_.canvasSize(options_, format_);
}

QRectF ExportPreview::pictureRect() const {
    const QSizeF paper = paperSize();
    const QSizeF room(std::max(1.0, width() - 2 * kMargin), std::max(1.0, height() - 2 * kMargin));
    if (paper.isEmpty())
        return {};
    const QSizeF shown = paper.scaled(room, Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

void ExportPreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    const QRectF target = pictureRect();
    if (target.isEmpty())
        return;
    const double k = target.width() / paperSize().width();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawRect(target.translated(3, 3)); // a shadow: the picture lifts off the background
    p.save();
    p.translate(target.topLeft());
    p.scale(k, k);
    if (format_ == ExportFormat::Pdf) {
        p.fillRect(QRectF(QPointF(0, 0), paperSize()), Qt::white);
        const QRectF paint = ImageExporter::pageLayout(options_).paintRect(QPageLayout::Point);
        p.translate(paint.topLeft() * kPixelsPerPoint);
    }
    exporter_.paint(p, options_, format_, 0);
    p.restore();
}

} // namespace ct::ui

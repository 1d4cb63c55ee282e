// ImageExporter's files: PNG, SVG and PDF written through QSaveFile, with their metadata, and
// what is refused before anything is drawn. How a page is laid out is in ImageExporter.cpp.
#include "document/QtConvert.h"
#include "export/ImageExporter.h"
#include "export/PngWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ct::ui {
namespace {

// Beyond this a PNG is more memory than a desktop should spend on one picture.
constexpr double kMaxPixels = 250e6;

Error ioError(const QString& path, const QString& reason) {
    // Spelled out: lupdate would file tr() in this free function under "ct::ui".
    return makeError(Error::Code::Io, QCoreApplication::translate("ct::ui::ImageExporter",
                                                                  "%1: cannot write the image: %2")
                                          .arg(QDir::toNativeSeparators(path), reason)
                                          .toStdString());
}

Error invalid(const QString& message) {
    return makeError(Error::Code::InvalidInput, message.toStdString());
}

QString isoDay(double day) {
    return dateOfDay(day).toString(Qt::ISODate);
}

} // namespace

QImage ImageExporter::image(const ExportOptions& options) const {
    const QSizeF canvas = canvasSize(options, ExportFormat::Png);
    const QSize pixels(qRound(canvas.width() * options.scale),
                       qRound(canvas.height() * options.scale));
    if (double(pixels.width()) * pixels.height() > kMaxPixels)
        return {};
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(options.scale);
    // Printed at its logical size: 96 dots per inch times the scale.
    const int dotsPerMeter = qRound(96.0 * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), documentTitle(options));
    image.setText(QStringLiteral("Description"), description(options));
    image.setText(QStringLiteral("Software"), QStringLiteral("Crisis Timeline"));
    QPainter painter(&image);
    paint(painter, options, ExportFormat::Png);
    return image;
}

QString ImageExporter::documentTitle(const ExportOptions& options) const {
    const QString title = options.title.simplified();
    return title.isEmpty() ? tr("Crisis timeline") : title;
}

QString ImageExporter::description(const ExportOptions& options) const {
    const auto inRange = all_.query(options.fromDay, options.toDay);
    if (inRange.empty())
        return tr("No events. Made with Crisis Timeline.");
    DayNumber first = all_.at(inRange.front()).start, last = first;
    for (const std::uint32_t i : inRange)
        last = std::max(last, all_.at(i).end);
    const QString dates = tr("from %1 to %2").arg(isoDay(first), isoDay(last));
    return (inRange.size() == 1
                ? tr("One event %1. Made with Crisis Timeline.").arg(dates)
                : tr("%1 events %2. Made with Crisis Timeline.").arg(inRange.size()).arg(dates));
}

Result<void> ImageExporter::validate(const ExportOptions& options, ExportFormat format) {
    if (!(options.toDay > options.fromDay))
        return invalid(tr("the range ends before it starts"));
    if (format != ExportFormat::Pdf) {
        if (options.width < ExportOptions::kMinWidth || options.width > ExportOptions::kMaxWidth)
            return invalid(tr("the width must be between %1 and %2 pixels")
                               .arg(ExportOptions::kMinWidth)
                               .arg(ExportOptions::kMaxWidth));
        if (options.height != 0 && (options.height < ExportOptions::kMinHeight ||
                                    options.height > ExportOptions::kMaxHeight))
            return invalid(tr("the height must be between %1 and %2 pixels, or 0 to fit")
                               .arg(ExportOptions::kMinHeight)
                               .arg(ExportOptions::kMaxHeight));
    }
    if (format == ExportFormat::Png &&
        !(options.scale >= ExportOptions::kMinScale && options.scale <= ExportOptions::kMaxScale))
        return invalid(tr("the scale must be between %1 and %2")
                           .arg(ExportOptions::kMinScale)
                           .arg(ExportOptions::kMaxScale));
    if (format == ExportFormat::Pdf &&
        (options.pages < 1 || options.pages > ExportOptions::kMaxPages))
        return invalid(
            tr("the number of pages must be between 1 and %1").arg(ExportOptions::kMaxPages));
    if (options.fontPixelSize < 6 || options.fontPixelSize > 72)
        return invalid(tr("the font size must be between 6 and 72 pixels"));
    return {};
}

Result<void> ImageExporter::write(const QString& path, const ExportOptions& options) const {
    const auto format = ExportOptions::formatForPath(path);
    if (!format) {
        const QString where = QDir::toNativeSeparators(path);
        const QString suffix = QFileInfo(path).suffix();
        return invalid(
            suffix.isEmpty()
                ? tr("%1: no file extension to tell the image format; use .png, .svg or .pdf")
                      .arg(where)
                : tr("%1: unknown image format “.%2”; use .png, .svg or .pdf").arg(where, suffix));
    }
    if (auto valid = validate(options, *format); !valid)
        return invalid(QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                       qs(valid.error().message));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    Result<void> written = *format == ExportFormat::Png   ? writePng(file, options)
                           : *format == ExportFormat::Svg ? writeSvg(file, options)
                                                          : writePdf(file, options);
    if (!written) {
        file.cancelWriting();
        return makeError(written.error().code, QDir::toNativeSeparators(path).toStdString() + ": " +
                                                   written.error().message);
    }
    // Disk full and the like surface here, and the old file (if any) stays as it was.
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Result<void> ImageExporter::writePng(QIODevice& device, const ExportOptions& options) const {
    const QImage picture = image(options);
    if (picture.isNull())
        return invalid(tr("the picture is too large to draw (%1 × %2 pixels at scale %3)")
                           .arg(options.width)
                           .arg(options.height)
                           .arg(options.scale));
    if (auto written = PngWriter::write(picture, device); !written)
        return makeError(
            Error::Code::Io,
            tr("cannot write the image: %1").arg(qs(written.error().message)).toStdString());
    return {};
}

Result<void> ImageExporter::writeSvg(QIODevice& device, const ExportOptions& options) const {
    const QSizeF canvas = canvasSize(options, ExportFormat::Svg);
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setSize(canvas.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), canvas));
    svg.setResolution(96);
    // Qt 6.4 writes <title> and <desc> as given: unescaped, "&" or "<" in a title would make
    // the file unreadable XML (the text elements it does escape).
    svg.setTitle(documentTitle(options).toHtmlEscaped());
    svg.setDescription(description(options).toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&svg))
        return makeError(Error::Code::Io, tr("cannot start the SVG document").toStdString());
    paint(painter, options, ExportFormat::Svg);
    painter.end();
    return {};
}

Result<void> ImageExporter::writePdf(QIODevice& device, const ExportOptions& options) const {
    QPdfWriter pdf(&device);
    pdf.setCreator(QStringLiteral("Crisis Timeline"));
    pdf.setTitle(documentTitle(options));
    pdf.setPageLayout(pageLayout(options));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(Error::Code::Io, tr("cannot start the PDF document").toStdString());
    const QSizeF canvas = canvasSize(options, ExportFormat::Pdf);
    // Laid out in logical pixels like the screen, then scaled onto the page as vectors.
    const double k = pdf.width() / canvas.width();
    const auto pages = static_cast<int>(pageRanges(options, ExportFormat::Pdf).size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.scale(k, k);
        paint(painter, options, ExportFormat::Pdf, page);
        painter.restore();
    }
    painter.end();
    return {};
}

} // namespace ct::ui

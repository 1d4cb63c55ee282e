#pragma once

#include <unordered_map>

#include "common/Result.h"
#include "export/ExportData.h"
#include "export/ExportOptions.h"
#include "layout/TimelineIndex.h"
#include "timeline/TimelineRenderer.h"

#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QSizeF>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

class QIODevice;
class QPainter;

namespace ct::ui {

// Writes the timeline as PNG, SVG or PDF, drawn by TimelineRenderer like the screen. Holds its
// own renderer (the renderer is not shared between threads or views), fed with only the events
// of the exported range, so that lanes with nothing in the range take no room. Files are
// written through QSaveFile: a failed export never leaves a half-written file behind.
class ImageExporter {
  public:
    using Range = std::pair<double, double>; // [from, to) in day coordinates

    explicit ImageExporter(ExportData data = {});
    void setData(ExportData data);

    bool isEmpty() const { return all_.empty(); }
    // All events with a margin on both sides, the way the view's Fit All frames them.
    Range wholeRange() const;
    std::size_t eventCount(Range range) const;
    // The footer's lines: each article with an event in the range, in the order of its first
    // event there; events typed in by hand are counted in a last line.
    QStringList citations(Range range) const;

    // What each page shows: one part, unless a PDF is split across pages.
    std::vector<Range> pageRanges(const ExportOptions& options, ExportFormat format) const;
    // Logical size of the picture, or of a PDF page's printable area.
    QSizeF canvasSize(const ExportOptions& options, ExportFormat format) const;
    TimelineRenderOptions renderOptions(const ExportOptions& options, ExportFormat format,
                                        int page = 0) const;
    // Where everything goes on a page (valid until the next call): tests check labels with it.
    const TimelineFrame& frame(const ExportOptions& options, ExportFormat format,
                               int page = 0) const;
    // Draws one page at canvasSize() in logical coordinates: exports and previews alike.
    void paint(QPainter& painter, const ExportOptions& options, ExportFormat format,
               int page = 0) const;
    // The PNG's pixels: canvasSize() times the scale, device pixel ratio set to the scale.
    QImage image(const ExportOptions& options) const;

    // The format comes from the path's extension.
    Result<void> write(const QString& path, const ExportOptions& options) const;
    // What can be refused before drawing: sizes, scale, pages, an empty range.
    static Result<void> validate(const ExportOptions& options, ExportFormat format);
    static QPageLayout pageLayout(const ExportOptions& options);

  private:
    // Not a QObject: its strings are translated under lupdate's context for its members.
    static QString tr(const char* text, int n = -1);
    const TimelineRenderer& rendererFor(Range range) const;
    TimelineRenderOptions optionsFor(const ExportOptions& options, ExportFormat format, int page,
                                     QSizeF canvas) const;
    double fittedHeight(const ExportOptions& options, ExportFormat format, int page,
                        double width) const;
    // ImageExporterFiles.cpp: the files and their metadata.
    QString documentTitle(const ExportOptions& options) const;
    QString description(const ExportOptions& options) const;
    Result<void> writePng(QIODevice& device, const ExportOptions& options) const;
    Result<void> writeSvg(QIODevice& device, const ExportOptions& options) const;
    Result<void> writePdf(QIODevice& device, const ExportOptions& options) const;

    TimelineIndex all_; // spans only; the titles stay in entries_
    std::vector<TimelineEntry> entries_;
    std::unordered_map<std::int64_t, std::size_t> entryOfId_;
    TimelineLaneNames names_;
    QHash<qint32, ExportSource> sources_;
    mutable TimelineRenderer renderer_;
    mutable std::optional<Range> rendered_; // the range renderer_ holds the events of
    // Auto heights by page, for the options and format they were computed for.
    mutable std::optional<std::pair<ExportOptions, ExportFormat>> fittedFor_;
    mutable QHash<int, double> fitted_;
};

} // namespace ct::ui

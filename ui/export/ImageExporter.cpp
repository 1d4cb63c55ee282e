#include "export/ImageExporter.h"

#include "document/QtConvert.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::ui {
namespace {

// Logical pixels kept free left and right of the range, so that a marker on the first or last
// day is drawn whole instead of cut in half by the picture's edge.
constexpr double kEdgePx = 10;
// Auto height: never more rows per lane than this (a busy lane clusters the rest); a lane that
// is only clusters takes the rows of a histogram (TimelineFrameLayout).
constexpr int kMaxAutoRows = 40;
constexpr double kProbeHeight = 100000;
// A PDF page is laid out at the screen's 96 px per inch: a 13 px font prints at ~10 pt.
constexpr double kPixelsPerPoint = 96.0 / 72.0;

} // namespace

QString ImageExporter::tr(const char* text, int n) {
    return QCoreApplication::translate("ct::ui::ImageExporter", text, nullptr, n);
}

ImageExporter::ImageExporter(ExportData data) {
    setData(std::move(data));
}

void ImageExporter::setData(ExportData data) {
    entries_ = std::move(data.entries);
    all_ = TimelineIndex(std::span<const TimelineEntry>(entries_));
    entryOfId_.clear();
    entryOfId_.reserve(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i)
        entryOfId_.emplace(entries_[i].id, i);
    names_ = std::move(data.names);
    sources_.clear();
    for (ExportSource& source : data.sources)
        sources_.insert(source.articleId, std::move(source));
    rendered_.reset();
    fittedFor_.reset();
    fitted_.clear();
}

ImageExporter::Range ImageExporter::wholeRange() const {
    if (all_.empty()) {
        // Nothing to frame: the week around today, so the axis still reads as dates.
        const double today = toDayNumber(fromQDate(QDate::currentDate()));
        return {today - 3, today + 4};
    }
    // Where the events are, as the view's Fit All frames them: far background dates are
    // left out and counted at the edges (TimelineIndex::focus).
    const TimelineIndex::Focus focus = all_.focus();
    const double from = focus.from, to = focus.to;
    const double pad = std::max(to - from, 1.0) * 0.05;
    return {from - pad, to + pad};
}

std::size_t ImageExporter::eventCount(Range range) const {
    return all_.query(range.first, range.second).size();
}

QStringList ImageExporter::citations(Range range) const {
    QStringList lines;
    QSet<qint32> seen;
    int byHand = 0;
    for (const std::uint32_t i : all_.query(range.first, range.second)) {
        const qint32 article = all_.at(i).articleId;
        if (article < 0) {
            ++byHand;
            continue;
        }
        if (seen.contains(article))
            continue;
        seen.insert(article);
        const auto it = sources_.constFind(article);
        lines << (it != sources_.constEnd() ? it->citation() : tr("Article #%1").arg(article));
    }
    if (byHand > 0)
        lines << tr("%n event(s) entered by hand, without a source article", byHand);
    return lines;
}

std::vector<ImageExporter::Range> ImageExporter::pageRanges(const ExportOptions& options,
                                                            ExportFormat format) const {
    const int n =
        format == ExportFormat::Pdf ? std::clamp(options.pages, 1, ExportOptions::kMaxPages) : 1;
    const double span = options.toDay - options.fromDay;
    std::vector<Range> ranges;
    double from = options.fromDay;
    for (int i = 1; i <= n; ++i) {
        double to = i == n ? options.toDay : options.fromDay + span * i / n;
        // Pages of several days break at midnight, so that no day is cut across two pages.
        if (i < n && span / n >= 2)
            to = std::round(to);
        ranges.emplace_back(from, to);
        from = to;
    }
    return ranges;
}

QPageLayout ImageExporter::pageLayout(const ExportOptions& options) {
    return QPageLayout(QPageSize(options.pageSize), options.orientation, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

QSizeF ImageExporter::canvasSize(const ExportOptions& options, ExportFormat format) const {
    if (format == ExportFormat::Pdf) {
        // The page's width; its height only as far as the tallest page needs: a short
        // timeline sits at the top of the page like a figure, not stretched over empty lanes.
        const QSizeF page =
            pageLayout(options).paintRect(QPageLayout::Point).size() * kPixelsPerPoint;
        double needed = 0;
        const auto pages = static_cast<int>(pageRanges(options, format).size());
        for (int i = 0; i < pages; ++i)
            needed = std::max(needed, fittedHeight(options, format, i, page.width()));
        return {page.width(), std::min(page.height(), needed)};
    }
    const double height =
        options.height > 0 ? options.height : fittedHeight(options, format, 0, options.width);
    return {double(options.width), height};
}

TimelineRenderOptions ImageExporter::renderOptions(const ExportOptions& options,
                                                   ExportFormat format, int page) const {
    return optionsFor(options, format, page, canvasSize(options, format));
}

TimelineRenderOptions ImageExporter::optionsFor(const ExportOptions& options, ExportFormat format,
                                                int page, QSizeF canvas) const {
    const auto ranges = pageRanges(options, format);
    const int count = static_cast<int>(ranges.size());
    const Range range = ranges[static_cast<std::size_t>(std::clamp(page, 0, count - 1))];
    TimelineRenderOptions o;
    o.size = canvas;
    const double pad =
        (range.second - range.first) * kEdgePx / std::max(1.0, canvas.width() - 2 * kEdgePx);
    o.fromDay = range.first - pad;
    o.toDay = range.second + pad;
    o.devicePixelRatio = format == ExportFormat::Png ? options.scale : 1.0;
    // The renderer holds the range's events only; the edge markers count all of them, on the
    // first and last page (a middle page's neighbours are the other pages).
    o.outsideBefore =
        page == 0 ? static_cast<long long>(all_.countEndingBefore(options.fromDay)) : 0;
    o.outsideAfter = page == count - 1 ? static_cast<long long>(all_.countStarting(
                                             options.toDay, std::numeric_limits<double>::max()))
                                       : 0;
    o.laneMode = options.laneMode;
    o.theme = options.dark ? TimelineTheme::dark() : TimelineTheme::light();
    o.showAxis = options.showAxis;
    o.showLegend = options.showLegend;
    o.showLaneNames = options.showLaneNames;
    o.showSources = options.showSources;
    if (options.showSources)
        o.sources = citations(range);
    QString title = options.title.simplified();
    if (count > 1)
        title = title.isEmpty() ? tr("Page %1 of %2").arg(page + 1).arg(count)
                                : tr("%1 (page %2 of %3)").arg(title).arg(page + 1).arg(count);
    o.title = title;
    o.showTitle = !title.isEmpty();
    o.font = options.font();
    // Titles are at most ~80 characters: in a picture made to be read they show whole.
    o.maxLabelWidth = 60 * options.fontPixelSize;
    // Events are whole days; hours between them are noise on paper.
    o.finestTickUnit = TickUnit::Day;
    if (o.showLaneNames && o.laneMode != LaneMode::None) {
        // Names in a column of their own, as wide as the widest (up to a quarter of the
        // picture): on paper a name must never hide an event, as it may on screen.
        const TimelineRenderer& renderer = rendererFor(range);
        QFont bold = o.font;
        bold.setBold(true);
        const QFontMetricsF fm(bold);
        double widest = 0;
        for (int lane = 0, n = renderer.lanes(o.laneMode).laneCount(); lane < n; ++lane)
            widest = std::max(widest, fm.horizontalAdvance(renderer.laneName(o.laneMode, lane)));
        o.nameColumn = std::clamp(std::ceil(widest) + 32, 60.0, std::floor(canvas.width() / 4));
    }
    return o;
}

const TimelineRenderer& ImageExporter::rendererFor(Range range) const {
    if (rendered_ != range) {
        std::vector<TimelineEntry> inRange;
        for (const std::uint32_t i : all_.query(range.first, range.second))
            inRange.push_back(entries_[entryOfId_.at(all_.at(i).id)]);
        renderer_.setData(std::move(inRange), names_);
        rendered_ = range;
    }
    return renderer_;
}

double ImageExporter::fittedHeight(const ExportOptions& options, ExportFormat format, int page,
                                   double width) const {
    if (!fittedFor_ || fittedFor_->first != options || fittedFor_->second != format) {
        fittedFor_ = std::make_pair(options, format);
        fitted_.clear();
    }
    if (const auto it = fitted_.constFind(page); it != fitted_.constEnd())
        return *it;
    // Lay the frame out on a canvas far too tall, then keep only as many rows per lane as its
    // labels used: as tall as needed to show every label, no taller.
    const TimelineRenderOptions o = optionsFor(options, format, page, QSizeF(width, kProbeHeight));
    const auto ranges = pageRanges(options, format);
    const TimelineRenderer& renderer =
        rendererFor(ranges[static_cast<std::size_t>(std::clamp(page, 0, int(ranges.size()) - 1))]);
    const TimelineFrame& f = renderer.frame(o);
    const double chrome = kProbeHeight - f.plotRect.height();
    // Each lane as tall as its rows (a lane with one event: one row), up to kMaxAutoRows.
    double plot = 0;
    for (const auto& band : f.lanes) {
        const int rows = std::clamp(f.rowsNeeded.value(band.lane), 1, kMaxAutoRows);
        plot += f.laneHeader + 6 + rows * f.rowHeight;
    }
    const double most = std::clamp(3.0 * width, double(ExportOptions::kMinHeight),
                                   double(ExportOptions::kMaxHeight));
    const double height =
        std::clamp(std::ceil(chrome + plot + 1), double(ExportOptions::kMinHeight), most);
    fitted_.insert(page, height);
    return height;
}

const TimelineFrame& ImageExporter::frame(const ExportOptions& options, ExportFormat format,
                                          int page) const {
    const auto ranges = pageRanges(options, format);
    const auto index = static_cast<std::size_t>(std::clamp(page, 0, int(ranges.size()) - 1));
    const TimelineRenderOptions o = renderOptions(options, format, int(index));
    return rendererFor(ranges[index]).frame(o);
}

void ImageExporter::paint(QPainter& painter, const ExportOptions& options, ExportFormat format,
                          int page) const {
    const auto ranges = pageRanges(options, format);
    const auto index = static_cast<std::size_t>(std::clamp(page, 0, int(ranges.size()) - 1));
    const TimelineRenderOptions o = renderOptions(options, format, int(index));
    rendererFor(ranges[index]).paint(painter, o);
}

} // namespace ct::ui

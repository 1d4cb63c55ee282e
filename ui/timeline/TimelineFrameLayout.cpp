#include "timeline/TimelineFrameLayout.h"

#include "timeline/AxisLabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace ct::ui {
namespace {

constexpr double kMarkerRadius = 5;
constexpr double kLabelGap = 4;
constexpr double kPackGapPx = 10;

struct Geometry {
    double shapeLeft = 0, shapeRight = 0;
    double labelLeft = 0, labelWidth = 0;
    double titleWidth = 0;
    bool bar = false;
    LaneLayout::Extent extent() const {
        const bool hasLabel = labelWidth > 0;
        return {hasLabel ? std::min(shapeLeft, labelLeft) : shapeLeft,
                hasLabel ? std::max(shapeRight, labelLeft + labelWidth) : shapeRight};
    }
};

} // namespace

QString TimelineFrameLayout::clusterText(std::size_t count) {
    const QLocale locale;
    if (count < 1000)
        return locale.toString(static_cast<qulonglong>(count));
    if (count < 10000)
        return QCoreApplication::translate("ct::ui::Timeline", "%1k")
            .arg(locale.toString(count / 1000.0, 'f', 1));
    if (count < 1000000)
        return QCoreApplication::translate("ct::ui::Timeline", "%1k").arg(count / 1000);
    return QCoreApplication::translate("ct::ui::Timeline", "%1M")
        .arg(locale.toString(count / 1e6, 'f', 1));
}

QFont TimelineFrameLayout::scaledFont(const QFont& base, double factor) {
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(8, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

QFont TimelineFrameLayout::clusterFont(const QFont& base) {
    // Counts must fit a 30 px bucket: "1.5k" at the body size does not.
    QFont font = scaledFont(base, 0.85);
    font.setBold(true);
    return font;
}

QFont TimelineFrameLayout::titleFont(const QFont& base) {
    QFont font = scaledFont(base, 1.3);
    font.setBold(true);
    return font;
}

double TimelineFrameLayout::titleWidth(qint64 id, const QString& title,
                                       const QFontMetricsF& fm) const {
    const auto it = widths_.constFind(id);
    if (it != widths_.constEnd())
        return *it;
    const auto width = static_cast<float>(fm.horizontalAdvance(title));
    widths_.insert(id, width);
    return width;
}

TimelineFrame TimelineFrameLayout::compute(const TimelineIndex& index, const TimelineTitles& titles,
                                           const LaneLayout& lanes,
                                           const TimelineRenderOptions& o) const {
    TimelineFrame f;
    const QFontMetricsF fm(o.font);
    if (o.font.key() != widthsFontKey_) {
        widths_.clear();
        widthsFontKey_ = o.font.key();
    }
    const double w = o.size.width(), h = o.size.height();
    const double line = fm.height();
    double top = 0, bottom = h;
    if (o.showTitle && !o.title.isEmpty()) {
        f.titleRect = QRectF(0, 0, w, std::ceil(line * 2.0));
        top = f.titleRect.bottom();
    }
    if (o.showSources && !o.sources.isEmpty()) {
        QFont bold = o.font;
        bold.setBold(true);
        f.sourcesLabel = QCoreApplication::translate("ct::ui::Timeline", "Sources");
        f.sourcesTextLeft = 8 + QFontMetricsF(bold).horizontalAdvance(f.sourcesLabel) + 10;
        const double room = std::max(0.0, w - f.sourcesTextLeft - 8);
        const auto count = o.sources.size();
        const auto shown = count <= kMaxSourceLines ? count : kMaxSourceLines - 1;
        for (qsizetype i = 0; i < shown; ++i)
            f.sourceLines << fm.elidedText(o.sources[i], Qt::ElideRight, room);
        if (shown < count)
            f.sourceLines << fm.elidedText(QCoreApplication::translate("ct::ui::Timeline",
                                                                       "… and %n more", nullptr,
                                                                       int(count - shown)),
                                           Qt::ElideRight, room);
        const double sourcesH = std::ceil(f.sourceLines.size() * line + 12);
        f.sourcesRect = QRectF(0, h - sourcesH, w, sourcesH);
        bottom = f.sourcesRect.top();
    }
    if (o.showLegend && lanes.laneCount() > 0) {
        const double legendH = std::ceil(line * 1.8);
        f.legendRect = QRectF(0, bottom - legendH, w, legendH);
        bottom = f.legendRect.top();
    }
    if (o.showAxis) {
        const double axisH = std::ceil(line * 2 + 14);
        f.axisRect = QRectF(0, bottom - axisH, w, axisH);
        bottom = f.axisRect.top();
        TimeAxis axis(
            [&fm](std::string_view s) {
                return fm.horizontalAdvance(
                    QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())));
            },
            10);
        axis.setFinestUnit(o.finestTickUnit);
        f.ticks = axis.compute(o.fromDay, o.toDay, w - o.nameColumn);
        AxisLabels::localize(f.ticks);
    }
    f.plotRect = QRectF(0, top, w, std::max(0.0, bottom - top));
    f.rowHeight = std::ceil(line + 6);
    if (w <= 0 || !(o.toDay > o.fromDay))
        return f;

    // Lanes share the height; when there are more than fit, the ones below are left out
    // rather than squeezed into unreadable slivers.
    const int laneCount = std::max(1, lanes.laneCount());
    const bool named = o.showLaneNames && o.laneMode != LaneMode::None;
    // Names in their own column need no header line above the lane.
    const double timeLeft = o.nameColumn; // where time starts
    double header = named && timeLeft <= 0 ? std::ceil(line + 4) : 0;
    // Many lanes: the names move onto the lanes themselves, so one row per lane still fits.
    if (named && f.plotRect.height() / laneCount < header + f.rowHeight + 6)
        header = 0;
    f.laneHeaders = named && header > 0;
    f.laneHeader = header;
    const double laneH =
        std::max(header + f.rowHeight + 6, std::floor(f.plotRect.height() / laneCount));
    const int rows = std::max(1, static_cast<int>((laneH - header - 6) / f.rowHeight));
    const int firstLane = std::clamp(o.firstLane, 0, laneCount - 1);
    std::vector<int> bandOf(static_cast<std::size_t>(laneCount), -1);
    for (int i = firstLane; i < laneCount; ++i) {
        const QRectF rect(0, f.plotRect.top() + (i - firstLane) * laneH, w, laneH);
        if (i > firstLane && rect.bottom() > f.plotRect.bottom() + 0.5)
            break;
        bandOf[static_cast<std::size_t>(i)] = static_cast<int>(f.lanes.size());
        f.lanes.push_back({i, rect, rect.top() + header + 3 + f.rowHeight / 2});
    }
    f.lanesAbove = firstLane;
    f.lanesBelow = laneCount - firstLane - static_cast<int>(f.lanes.size());

    const int lastLane = f.lanesAbove + static_cast<int>(f.lanes.size()) - 1;
    std::vector<int> clusterRow(static_cast<std::size_t>(laneCount), -1);
    std::vector<std::uint32_t> visible;
    std::vector<std::uint32_t> overflow;
    std::vector<Cluster> clusters;
    const double dpp = o.daysPerPixel();
    // Buckets hold whole days: events start on day boundaries, so a fractional bucket would
    // alternate between one and two days' worth (or none), drawing a rhythm that is not there.
    const double bucketDays = std::max(1.0, std::ceil(dpp * kClusterBucketPx));
    const double bucketPx = bucketDays / dpp;
    // Too many to label: count clusters from the lanes' sorted starts without visiting events.
    const bool countOnly = index.countStarting(o.fromDay, o.toDay) > kMaxLabelledEvents;
    if (countOnly) {
        clusters = Clustering::count(index.spans(), lanes, firstLane, lastLane, index.maxDuration(),
                                     o.fromDay, o.toDay, dpp, bucketPx);
        for (const auto& c : clusters)
            f.eventsInView += c.count;
        for (int lane = 0; lane < laneCount; ++lane)
            clusterRow[static_cast<std::size_t>(lane)] = (rows - 1) / 2;
    } else {
        index.query(o.fromDay, o.toDay, visible);
    }
    const auto& laneOf = lanes.laneOfEntries();
    auto laneOfEntry = [&](std::uint32_t i) { return i < laneOf.size() ? laneOf[i] : 0; };
    if (f.lanesAbove > 0 || f.lanesBelow > 0)
        std::erase_if(visible, [&](std::uint32_t i) {
            return bandOf[static_cast<std::size_t>(laneOfEntry(i))] < 0;
        });
    if (!countOnly)
        f.eventsInView = visible.size();

    auto rowY = [&](int lane, int row) {
        return f.lanes[bandOf[static_cast<std::size_t>(lane)]].firstRowY + row * f.rowHeight;
    };
    const double shapeH = f.rowHeight - 6;

    if (visible.size() <= kMaxLabelledEvents) {
        // Shaping text is the costliest thing a frame does: measured once, not per event.
        const double minLabelPx = fm.horizontalAdvance(QStringLiteral("W…"));
        auto geometryOf = [&](const TimelineSpan& e, double titleW) {
            const double x0 = o.xAt(e.start), x1 = o.xAt(e.end + 1.0);
            Geometry g;
            g.bar = x1 - x0 >= 2 * kMarkerRadius + 2;
            g.titleWidth = titleW;
            double full = std::min(titleW, o.maxLabelWidth);
            double insideRoom = 0;
            if (g.bar) {
                g.shapeLeft = std::max(x0, timeLeft - 2.0);
                g.shapeRight = std::min(x1, w + 2);
                insideRoom = std::min(g.shapeRight, w) - std::max(g.shapeLeft, timeLeft) - 12;
            } else {
                const double cx = (x0 + x1) / 2;
                g.shapeLeft = cx - kMarkerRadius;
                g.shapeRight = cx + kMarkerRadius;
            }
            const double after = w - 3 - (g.shapeRight + kLabelGap);
            const double before = g.shapeLeft - kLabelGap - 3 - timeLeft;
            // Inside a bar when the title fits there, else after the mark. Near the right edge
            // the label goes before the mark instead of being cut short: a marker's where there
            // is more room, a bar's only when the whole title fits there (else it stays inside,
            // where it reads as the bar's).
            enum class Place { After, Before, Inside } place = Place::After;
            if (g.bar && titleW <= insideRoom)
                place = Place::Inside;
            else if ((!g.bar && after < std::min(full, 90.0) && before > after) ||
                     (after < full && before >= full && before > insideRoom))
                place = Place::Before;
            else if (g.bar && after < std::min(titleW, 60.0))
                place = Place::Inside;
            switch (place) {
            case Place::Inside:
                g.labelLeft = std::max(x0, timeLeft) + 6;
                full = std::min(titleW, std::max(insideRoom, o.maxLabelWidth));
                g.labelWidth = std::min(full, w - 3 - g.labelLeft);
                break;
            case Place::Before:
                g.labelWidth = std::min(full, before);
                g.labelLeft = g.shapeLeft - kLabelGap - g.labelWidth;
                break;
            case Place::After:
                g.labelLeft = g.shapeRight + kLabelGap;
                g.labelWidth = std::min(full, after);
                break;
            }
            if (g.labelWidth < minLabelPx)
                g.labelWidth = 0;
            return g;
        };
        // A dry run with every label as short as a label can be: a lane that overflows even
        // then will be drawn as clusters whatever its titles say (see wholeLane below), so its
        // titles are neither fetched nor measured. In a dense stretch that is thousands of
        // titles saved on the first frame at a zoom level.
        if (visible.size() > 64) {
            std::vector<std::pair<double, std::uint32_t>> byLeft;
            std::unordered_map<std::uint32_t, Geometry> dry;
            dry.reserve(visible.size());
            for (const std::uint32_t i : visible) {
                const Geometry g = geometryOf(index.at(i), minLabelPx);
                dry.emplace(i, g);
                byLeft.emplace_back(g.extent().left, i);
            }
            std::sort(byLeft.begin(), byLeft.end());
            std::vector<std::uint32_t> dryOrder;
            dryOrder.reserve(byLeft.size());
            for (const auto& [left, i] : byLeft)
                dryOrder.push_back(i);
            const auto dryRun = lanes.packRows(
                dryOrder, [&](std::uint32_t i) { return dry[i].extent(); }, rows, kPackGapPx);
            std::vector<std::size_t> placed(static_cast<std::size_t>(laneCount)),
                left(static_cast<std::size_t>(laneCount));
            std::vector<bool> overflows(static_cast<std::size_t>(laneCount), false);
            for (const auto& p : dryRun) {
                const auto lane = static_cast<std::size_t>(p.lane);
                ++(p.row < 0 || p.row == rows - 1 ? left : placed)[lane];
                overflows[lane] = overflows[lane] || p.row < 0;
            }
            auto hopeless = [&](int lane) {
                const auto l = static_cast<std::size_t>(lane);
                return overflows[l] && (rows == 1 || left[l] > 2 * placed[l]);
            };
            std::vector<std::uint32_t> keep;
            for (const std::uint32_t i : visible) {
                const int lane = laneOfEntry(i);
                if (hopeless(lane)) {
                    overflow.push_back(i);
                    clusterRow[static_cast<std::size_t>(lane)] = (rows - 1) / 2;
                } else {
                    keep.push_back(i);
                }
            }
            visible = std::move(keep);
        }
        // Titles of a large timeline come from the store: one batch for the whole frame.
        titles.prefetch(index, visible);
        std::unordered_map<std::uint32_t, Geometry> geo;
        geo.reserve(visible.size());
        for (const std::uint32_t i : visible) {
            const auto& e = index.at(i);
            geo.emplace(i, geometryOf(e, titleWidth(e.id, titles.title(index, i), fm)));
        }
        std::vector<std::uint32_t> order = visible;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return geo[a].extent().left < geo[b].extent().left;
        });
        auto placements = lanes.packRows(
            order, [&](std::uint32_t i) { return geo[i].extent(); }, rows, kPackGapPx);
        // A lane that overflows gives its last row to clusters, so counts never sit on labels.
        // When most of its events would be left unlabelled anyway, the few labels would be an
        // arbitrary sample that misleads: the whole lane turns into clusters instead.
        std::vector<std::size_t> placed(static_cast<std::size_t>(laneCount)),
            left(static_cast<std::size_t>(laneCount));
        for (const auto& p : placements)
            ++(p.row < 0 || p.row == rows - 1 ? left : placed)[static_cast<std::size_t>(p.lane)];
        std::vector<bool> wholeLane(static_cast<std::size_t>(laneCount), false);
        for (const auto& p : placements) {
            const auto lane = static_cast<std::size_t>(p.lane);
            if (p.row < 0)
                clusterRow[lane] = rows - 1;
            wholeLane[lane] = rows == 1 || left[lane] > 2 * placed[lane];
        }
        for (const auto& p : placements) {
            const auto lane = static_cast<std::size_t>(p.lane);
            if (clusterRow[lane] >= 0 && wholeLane[lane])
                clusterRow[lane] = (rows - 1) / 2;
            if (p.row < 0 ||
                (clusterRow[lane] >= 0 && (wholeLane[lane] || p.row == clusterRow[lane]))) {
                overflow.push_back(p.entry);
                continue;
            }
            const Geometry& g = geo[p.entry];
            const double y = rowY(p.lane, p.row);
            TimelineFrame::Item item;
            item.entry = p.entry;
            item.lane = p.lane;
            item.bar = g.bar;
            item.shape =
                g.bar
                    ? QRectF(g.shapeLeft, y - shapeH / 2, g.shapeRight - g.shapeLeft, shapeH)
                    : QRectF(g.shapeLeft, y - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius);
            item.hitRect = item.shape;
            if (g.labelWidth > 0) {
                // Eliding lays the text out again; most labels fit whole and need none of it.
                const QString title = titles.title(index, p.entry);
                item.label = g.labelWidth >= g.titleWidth
                                 ? title
                                 : fm.elidedText(title, Qt::ElideRight, g.labelWidth);
                item.labelPos = QPointF(g.labelLeft, y + (fm.ascent() - fm.descent()) / 2);
                item.hitRect |= QRectF(g.labelLeft, y - line / 2, g.labelWidth, line);
            }
            f.items.push_back(item);
        }
    } else if (!countOnly) {
        overflow = std::move(visible);
        for (int lane = 0; lane < laneCount; ++lane)
            clusterRow[static_cast<std::size_t>(lane)] = (rows - 1) / 2;
    }

    if (!overflow.empty()) {
        // Index order is start order, which Clustering needs; a fully clustered view already has
        // it.
        if (!std::is_sorted(overflow.begin(), overflow.end()))
            std::sort(overflow.begin(), overflow.end());
        clusters = Clustering::build(index.spans(), laneOf, overflow, o.fromDay, dpp, bucketPx);
    }
    {
        const QFontMetricsF cfm(clusterFont(o.font));
        // A lane made only of clusters draws them as a histogram over its full height: density
        // reads at a glance, and the busiest buckets get room for their count.
        auto histogram = [&](int lane) {
            return clusterRow[static_cast<std::size_t>(lane)] == (rows - 1) / 2;
        };
        std::size_t most = 1;
        for (const auto& c : clusters)
            if (histogram(c.lane))
                most = std::max(most, c.count);
        for (const auto& c : clusters) {
            const auto& band = f.lanes[bandOf[static_cast<std::size_t>(c.lane)]];
            const double innerTop = band.firstRowY - f.rowHeight / 2;
            const double innerBottom = band.rect.bottom() - 4;
            const bool bars = histogram(c.lane) && innerBottom - innerTop > shapeH;
            const double y =
                bars ? innerBottom - shapeH / 2
                     : rowY(c.lane, std::max(0, clusterRow[static_cast<std::size_t>(c.lane)]));
            if (c.count == 1) { // a lone event keeps its true position, just without a label
                const auto& e = index.at(c.firstEntry);
                const double slice = o.xAt(static_cast<double>(c.bucket) * bucketDays);
                const double inSlice =
                    std::clamp((o.xAt(e.start) + o.xAt(e.end + 1.0)) / 2, slice + kMarkerRadius + 1,
                               slice + bucketPx - kMarkerRadius - 1);
                const double cx =
                    std::clamp(inSlice, timeLeft + kMarkerRadius + 1, w - kMarkerRadius - 1);
                TimelineFrame::Item item;
                item.entry = c.firstEntry;
                item.lane = c.lane;
                item.shape = QRectF(cx - kMarkerRadius, y - kMarkerRadius, 2 * kMarkerRadius,
                                    2 * kMarkerRadius);
                item.hitRect = item.shape;
                f.items.push_back(item);
                continue;
            }
            const double x = o.xAt(static_cast<double>(c.bucket) * bucketDays);
            QRectF rect(x + 1, y - shapeH / 2, bucketPx - 2, shapeH);
            if (bars) {
                // Square root: honest enough to compare buckets, yet a quiet one stays visible.
                const double share = std::sqrt(double(c.count) / double(most));
                const double h = std::max(shapeH, (innerBottom - innerTop) * share);
                rect = QRectF(x + 1, innerBottom - h, bucketPx - 2, h);
            }
            // Buckets are fixed slices of time, so the first one may lie all but a sliver
            // before the view, holding only events that began earlier and reach into it: they
            // are in view, and keep a few pixels at the edge rather than vanish from the counts.
            constexpr double kMinEdgePx = 4;
            const double left =
                std::clamp(rect.left(), timeLeft, std::max(timeLeft, w - kMinEdgePx));
            const double right = std::clamp(rect.right(), std::min(w, timeLeft + kMinEdgePx), w);
            rect = QRectF(left, rect.top(),
                          std::max(right - left, std::min(w - timeLeft, kMinEdgePx)),
                          rect.height());
            if (rect.isEmpty())
                continue;
            QString text = clusterText(c.count);
            if (cfm.horizontalAdvance(text) + 2 > rect.width())
                text.clear();
            f.clusters.push_back({c, rect, text});
        }
    }
    return f;
}

} // namespace ct::ui

#include "timeline/TimelineFrameLayout.h"

#include "timeline/AxisLabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace ct::ui {
namespace {

constexpr double kMarkerRadius = 5;
constexpr double kLabelGap = 4;
constexpr double kPackGapPx = 10;
// A lane drawn as a histogram (too dense to label) needs this many rows to show its shape;
// the only lane of a picture twice as many.
constexpr int kHistogramRows = 4;

struct Geometry {
    double shapeLeft = 0, shapeRight = 0;
    double labelLeft = 0, labelWidth = 0;
    double titleWidth = 0;
    double badgeWidth = 0; // 0: one source, no badge
    bool bar = false;
    LaneLayout::Extent extent() const {
        const bool hasLabel = labelWidth > 0;
        const double right = shapeRight + badgeWidth;
        return {hasLabel ? std::min(shapeLeft, labelLeft) : shapeLeft,
                hasLabel ? std::max(right, labelLeft + labelWidth) : right};
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

QFont TimelineFrameLayout::badgeFont(const QFont& base) {
    QFont font = scaledFont(base, 0.75);
    font.setBold(true);
    return font;
}

std::vector<int> TimelineFrameLayout::allotRows(const std::vector<int>& needs, double rowHeight,
                                                double fixedPx, double room) {
    std::vector<int> rows(needs.size());
    int most = 1;
    for (std::size_t i = 0; i < needs.size(); ++i) {
        rows[i] = std::max(1, needs[i]);
        most = std::max(most, rows[i]);
    }
    auto height = [&](int cap) {
        double h = 0;
        for (const int r : rows)
            h += fixedPx + std::min(r, cap) * rowHeight;
        return h;
    };
    if (height(most) <= room)
        return rows;
    int lo = 1, hi = most; // height(lo) fits (or nothing does), height(hi) does not
    while (hi - lo > 1) {
        const int mid = (lo + hi) / 2;
        (height(mid) <= room ? lo : hi) = mid;
    }
    auto spare = static_cast<int>(std::floor((room - height(lo)) / rowHeight));
    for (int& r : rows) {
        const int need = r;
        r = std::min(need, lo);
        if (need > lo && spare > 0) {
            ++r;
            --spare;
        }
    }
    return rows;
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
    f.rowHeight = std::ceil(line + 6);
    const double timeLeft = o.nameColumn; // where time starts
    // Events outside the range: a strip of its own above the lanes, so that the markers never
    // cover an event or a lane's name.
    if (w > 0 && o.toDay > o.fromDay && !index.empty()) {
        f.earlier = o.outsideBefore >= 0 ? std::size_t(o.outsideBefore)
                                         : index.countEndingBefore(o.fromDay);
        f.later = o.outsideAfter >= 0
                      ? std::size_t(o.outsideAfter)
                      : index.countStarting(o.toDay, std::numeric_limits<double>::max());
    }
    if (f.earlier + f.later > 0 && bottom - top > 3 * f.rowHeight) {
        const QLocale locale;
        const double stripH = std::ceil(line + 6);
        if (f.earlier > 0) {
            f.earlierText = QCoreApplication::translate("ct::ui::Timeline", "← %1 earlier")
                                .arg(locale.toString(qulonglong(f.earlier)));
            f.earlierRect =
                QRectF(timeLeft + 4, top + 2, fm.horizontalAdvance(f.earlierText) + 12, line + 2);
        }
        if (f.later > 0) {
            f.laterText = QCoreApplication::translate("ct::ui::Timeline", "%1 later →")
                              .arg(locale.toString(qulonglong(f.later)));
            const double tw = fm.horizontalAdvance(f.laterText) + 12;
            f.laterRect = QRectF(w - 4 - tw, top + 2, tw, line + 2);
        }
        top += stripH;
    }
    f.plotRect = QRectF(0, top, w, std::max(0.0, bottom - top));
    if (w <= 0 || !(o.toDay > o.fromDay))
        return f;

    const int laneCount = std::max(1, lanes.laneCount());
    f.rowsNeeded = QVector<int>(laneCount, 0);
    const bool named = o.showLaneNames && o.laneMode != LaneMode::None;
    // Names in their own column need no header line above the lane.
    double header = named && timeLeft <= 0 ? std::ceil(line + 4) : 0;
    // Many lanes: the names move onto the lanes themselves, so one row per lane still fits.
    if (named && f.plotRect.height() / laneCount < header + f.rowHeight + 6)
        header = 0;
    f.laneHeaders = named && header > 0;
    f.laneHeader = header;
    const double laneFixed = header + 6;
    const double minLaneH = laneFixed + f.rowHeight;
    // Lanes take the rows they need; when even one row each does not fit, the ones below are
    // left out (the view scrolls to them) rather than squeezed into unreadable slivers.
    const int firstLane = std::clamp(o.firstLane, 0, laneCount - 1);
    const int fitting = std::max(1, static_cast<int>(f.plotRect.height() / minLaneH));
    const int lastLane = std::min(laneCount - 1, firstLane + fitting - 1);
    const int shownLanes = lastLane - firstLane + 1;
    f.lanesAbove = firstLane;
    f.lanesBelow = laneCount - 1 - lastLane;
    const int maxRows =
        std::max(1, static_cast<int>((f.plotRect.height() - laneFixed) / f.rowHeight));
    auto shown = [&](int lane) { return lane >= firstLane && lane <= lastLane; };

    std::vector<int> rowsOf(static_cast<std::size_t>(laneCount), 1);
    std::vector<bool> histogram(static_cast<std::size_t>(laneCount), false);
    std::vector<int> clusterRow(static_cast<std::size_t>(laneCount), -1);
    std::vector<std::uint32_t> visible;  // entries, then members
    std::vector<std::uint32_t> overflow; // members
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
    } else {
        index.query(o.fromDay, o.toDay, visible);
        f.eventsInView = visible.size();
        if (lanes.hasExtras()) {
            std::vector<std::uint32_t> members;
            members.reserve(visible.size() * 2);
            for (const std::uint32_t i : visible)
                lanes.appendMembers(i, members);
            visible = std::move(members);
        }
    }
    if (f.lanesAbove > 0 || f.lanesBelow > 0) {
        std::erase_if(visible, [&](std::uint32_t m) { return !shown(lanes.laneOfMember(m)); });
        if (!countOnly) {
            std::vector<std::uint32_t> entries;
            for (const std::uint32_t m : visible)
                entries.push_back(lanes.entryOf(m));
            std::sort(entries.begin(), entries.end());
            f.eventsInView =
                std::size_t(std::unique(entries.begin(), entries.end()) - entries.begin());
        }
    }

    // Lane bands, once the rows of each shown lane are known.
    auto placeLanes = [&](const std::vector<int>& needs) {
        std::vector<int> shownNeeds(needs.begin() + firstLane, needs.begin() + lastLane + 1);
        double needed = 0;
        for (int lane = firstLane; lane <= lastLane; ++lane) {
            f.rowsNeeded[lane] = needs[static_cast<std::size_t>(lane)];
            needed += laneFixed + std::max(1, needs[static_cast<std::size_t>(lane)]) * f.rowHeight;
        }
        f.neededPlotHeight = needed;
        // One lane has the plot to itself; several get what they need (the rest stays free).
        const std::vector<int> allotted =
            shownLanes == 1 ? std::vector<int>{maxRows}
                            : allotRows(shownNeeds, f.rowHeight, laneFixed, f.plotRect.height());
        double y = f.plotRect.top();
        for (int lane = firstLane; lane <= lastLane; ++lane) {
            const int rows = allotted[static_cast<std::size_t>(lane - firstLane)];
            rowsOf[static_cast<std::size_t>(lane)] = rows;
            const QRectF rect(0, y, w, laneFixed + rows * f.rowHeight);
            f.lanes.push_back({lane, rect, rect.top() + header + 3 + f.rowHeight / 2});
            y = rect.bottom();
        }
    };
    std::vector<int> bandOf(static_cast<std::size_t>(laneCount), -1);
    for (int lane = firstLane; lane <= lastLane; ++lane)
        bandOf[static_cast<std::size_t>(lane)] = lane - firstLane;
    auto rowY = [&](int lane, int row) {
        return f.lanes[bandOf[static_cast<std::size_t>(lane)]].firstRowY + row * f.rowHeight;
    };
    const double shapeH = f.rowHeight - 6;
    const int histogramRows = shownLanes == 1 ? 2 * kHistogramRows : kHistogramRows;

    if (!countOnly && visible.size() <= kMaxLabelledEvents) {
        const QFontMetricsF bfm(badgeFont(o.font));
        // Shaping text is the costliest thing a frame does: measured once, not per event.
        const double minLabelPx = fm.horizontalAdvance(QStringLiteral("W…"));
        const double digitPx = bfm.horizontalAdvance(QStringLiteral("0"));
        auto geometryOf = [&](const TimelineSpan& e, double titleW) {
            const double x0 = o.xAt(e.start), x1 = o.xAt(e.end + 1.0);
            Geometry g;
            g.bar = x1 - x0 >= 2 * kMarkerRadius + 2;
            g.titleWidth = titleW;
            if (e.sourceCount > 1)
                g.badgeWidth = 2 + QString::number(e.sourceCount).size() * digitPx + 8;
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
            const double after = w - 3 - (g.shapeRight + g.badgeWidth + kLabelGap);
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
                g.labelLeft = g.shapeRight + g.badgeWidth + kLabelGap;
                g.labelWidth = std::min(full, after);
                break;
            }
            if (g.labelWidth < minLabelPx)
                g.labelWidth = 0;
            return g;
        };
        // Per lane: how many rows its placements need, given the rows every lane may have.
        struct Outcome {
            std::vector<int> needs;
            std::vector<bool> capped; // some member found no row even at maxRows
        };
        auto needsOf = [&](const std::vector<LaneLayout::Placement>& placements) {
            Outcome out{std::vector<int>(static_cast<std::size_t>(laneCount), 1),
                        std::vector<bool>(static_cast<std::size_t>(laneCount), false)};
            for (const auto& p : placements) {
                const auto lane = static_cast<std::size_t>(p.lane);
                if (p.row < 0)
                    out.capped[lane] = true;
                else
                    out.needs[lane] = std::max(out.needs[lane], p.row + 1);
            }
            return out;
        };
        // Rows allotted to a lane with these needs (what placeLanes will give it).
        auto allotFor = [&](const std::vector<int>& needs) {
            if (shownLanes == 1)
                return std::vector<int>(static_cast<std::size_t>(laneCount), maxRows);
            std::vector<int> shownNeeds(needs.begin() + firstLane, needs.begin() + lastLane + 1);
            const auto a = allotRows(shownNeeds, f.rowHeight, laneFixed, f.plotRect.height());
            std::vector<int> all(static_cast<std::size_t>(laneCount), 1);
            std::copy(a.begin(), a.end(), all.begin() + firstLane);
            return all;
        };
        auto sortedByLeft = [](const std::vector<std::uint32_t>& members, const auto& leftOf) {
            std::vector<std::pair<double, std::uint32_t>> byLeft;
            byLeft.reserve(members.size());
            for (const std::uint32_t m : members)
                byLeft.emplace_back(leftOf(m), m);
            std::sort(byLeft.begin(), byLeft.end());
            std::vector<std::uint32_t> order;
            order.reserve(byLeft.size());
            for (const auto& [left, m] : byLeft)
                order.push_back(m);
            return order;
        };
        // A dry run with every label as short as a label can be: a lane that overflows even
        // then will be drawn as clusters whatever its titles say (see wholeLane below), so its
        // titles are neither fetched nor measured. In a dense stretch that is thousands of
        // titles saved on the first frame at a zoom level.
        if (visible.size() > 64) {
            std::unordered_map<std::uint32_t, Geometry> dry; // by entry
            dry.reserve(visible.size());
            for (const std::uint32_t m : visible) {
                const std::uint32_t i = lanes.entryOf(m);
                if (!dry.contains(i))
                    dry.emplace(i, geometryOf(index.at(i), minLabelPx));
            }
            auto extentOf = [&](std::uint32_t m) { return dry[lanes.entryOf(m)].extent(); };
            const auto dryOrder =
                sortedByLeft(visible, [&](std::uint32_t m) { return extentOf(m).left; });
            const auto dryRun = lanes.packRows(dryOrder, extentOf, maxRows, kPackGapPx);
            const auto rows = allotFor(needsOf(dryRun).needs);
            std::vector<std::size_t> placed(static_cast<std::size_t>(laneCount)),
                left(static_cast<std::size_t>(laneCount));
            std::vector<bool> overflows(static_cast<std::size_t>(laneCount), false);
            for (const auto& p : dryRun) {
                const auto lane = static_cast<std::size_t>(p.lane);
                const bool out = p.row < 0 || p.row >= rows[lane];
                ++(out || p.row == rows[lane] - 1 ? left : placed)[lane];
                overflows[lane] = overflows[lane] || out;
            }
            std::vector<std::uint32_t> keep;
            for (const std::uint32_t m : visible) {
                const auto lane = static_cast<std::size_t>(lanes.laneOfMember(m));
                if (overflows[lane] && (rows[lane] == 1 || left[lane] > 2 * placed[lane])) {
                    overflow.push_back(m);
                    histogram[lane] = true;
                } else {
                    keep.push_back(m);
                }
            }
            visible = std::move(keep);
        }
        // Titles of a large timeline come from the store: one batch for the whole frame.
        std::vector<std::uint32_t> entries;
        entries.reserve(visible.size());
        for (const std::uint32_t m : visible)
            entries.push_back(lanes.entryOf(m));
        std::sort(entries.begin(), entries.end());
        entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
        titles.prefetch(index, entries);
        std::unordered_map<std::uint32_t, Geometry> geo; // by entry
        geo.reserve(entries.size());
        for (const std::uint32_t i : entries) {
            const auto& e = index.at(i);
            geo.emplace(i, geometryOf(e, titleWidth(e.id, titles.title(index, i), fm)));
        }
        auto extentOf = [&](std::uint32_t m) { return geo[lanes.entryOf(m)].extent(); };
        const auto order = sortedByLeft(visible, [&](std::uint32_t m) { return extentOf(m).left; });
        auto placements = lanes.packRows(order, extentOf, maxRows, kPackGapPx);
        Outcome outcome = needsOf(placements);
        for (int lane = 0; lane < laneCount; ++lane)
            if (histogram[static_cast<std::size_t>(lane)])
                outcome.needs[static_cast<std::size_t>(lane)] = histogramRows;
        placeLanes(outcome.needs);
        // First-fit packing with fewer rows puts the same items in the same first rows, so
        // the ones beyond a lane's rows are exactly those a packing with its rows leaves out.
        for (auto& p : placements)
            if (p.row >= rowsOf[static_cast<std::size_t>(p.lane)])
                p.row = -1;
        // A lane that overflows gives its last row to clusters, so counts never sit on labels.
        // When most of its events would be left unlabelled anyway, the few labels would be an
        // arbitrary sample that misleads: the whole lane turns into clusters instead.
        std::vector<std::size_t> placed(static_cast<std::size_t>(laneCount)),
            left(static_cast<std::size_t>(laneCount));
        for (const auto& p : placements) {
            const auto lane = static_cast<std::size_t>(p.lane);
            ++(p.row < 0 || p.row == rowsOf[lane] - 1 ? left : placed)[lane];
        }
        for (const auto& p : placements) {
            const auto lane = static_cast<std::size_t>(p.lane);
            if (p.row < 0) {
                clusterRow[lane] = rowsOf[lane] - 1;
                if (rowsOf[lane] == 1 || left[lane] > 2 * placed[lane])
                    histogram[lane] = true;
            }
        }
        std::vector<std::size_t> laneCounts;
        for (const auto& p : placements) {
            const auto lane = static_cast<std::size_t>(p.lane);
            if (p.row < 0 || histogram[lane] ||
                (clusterRow[lane] >= 0 && p.row == clusterRow[lane])) {
                overflow.push_back(p.entry);
                continue;
            }
            const std::uint32_t entry = lanes.entryOf(p.entry);
            const auto& e = index.at(entry);
            const Geometry& g = geo[entry];
            const double y = rowY(p.lane, p.row);
            TimelineFrame::Item item;
            item.entry = entry;
            item.lane = p.lane;
            item.bar = g.bar;
            item.disputed = e.dateDisputed;
            item.linked = lanes.hasExtras() && lanes.laneCountOf(entry) > 1;
            item.shape =
                g.bar
                    ? QRectF(g.shapeLeft, y - shapeH / 2, g.shapeRight - g.shapeLeft, shapeH)
                    : QRectF(g.shapeLeft, y - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius);
            item.hitRect = item.shape;
            if (g.badgeWidth > 0) {
                const double bh = std::min(shapeH, bfm.height() + 1);
                double bx = g.shapeRight + 2;
                if (bx + g.badgeWidth - 2 > w)
                    bx = g.shapeRight - g.badgeWidth;
                item.badge = QRectF(bx, y - bh / 2, g.badgeWidth - 2, bh);
                item.badgeText = QString::number(e.sourceCount);
                item.hitRect |= item.badge;
            }
            if (g.labelWidth > 0) {
                // Eliding lays the text out again; most labels fit whole and need none of it.
                const QString title = titles.title(index, entry);
                item.label = g.labelWidth >= g.titleWidth
                                 ? title
                                 : fm.elidedText(title, Qt::ElideRight, g.labelWidth);
                item.labelPos = QPointF(g.labelLeft, y + (fm.ascent() - fm.descent()) / 2);
                item.hitRect |= QRectF(g.labelLeft, y - line / 2, g.labelWidth, line);
            }
            f.items.push_back(item);
        }
    } else {
        // Counts only: every shown lane is a histogram over an equal share of the height.
        overflow = std::move(visible);
        std::vector<int> needs(static_cast<std::size_t>(laneCount), histogramRows);
        for (int lane = firstLane; lane <= lastLane; ++lane)
            histogram[static_cast<std::size_t>(lane)] = true;
        const int share = std::max(
            1, static_cast<int>((f.plotRect.height() / shownLanes - laneFixed) / f.rowHeight));
        placeLanes(std::vector<int>(static_cast<std::size_t>(laneCount), share));
        for (int lane = firstLane; lane <= lastLane; ++lane)
            f.rowsNeeded[lane] = histogramRows;
        f.neededPlotHeight = shownLanes * (laneFixed + histogramRows * f.rowHeight);
    }

    if (!overflow.empty()) {
        // Clustering needs start order: index order by entry.
        std::sort(overflow.begin(), overflow.end(), [&](std::uint32_t a, std::uint32_t b) {
            const auto ea = lanes.entryOf(a), eb = lanes.entryOf(b);
            return ea != eb ? ea < eb : a < b;
        });
        clusters = Clustering::build(index.spans(), lanes, overflow, o.fromDay, dpp, bucketPx);
    }
    {
        const QFontMetricsF cfm(clusterFont(o.font));
        // A lane made only of clusters draws them as a histogram over its full height: density
        // reads at a glance, and the busiest buckets get room for their count.
        std::size_t most = 1;
        for (const auto& c : clusters)
            if (histogram[static_cast<std::size_t>(c.lane)])
                most = std::max(most, c.count);
        for (const auto& c : clusters) {
            if (!shown(c.lane))
                continue;
            const auto& band = f.lanes[bandOf[static_cast<std::size_t>(c.lane)]];
            const double innerTop = band.firstRowY - f.rowHeight / 2;
            const double innerBottom = band.rect.bottom() - 4;
            const bool isHistogram = histogram[static_cast<std::size_t>(c.lane)];
            const bool bars = isHistogram && innerBottom - innerTop > shapeH;
            const int row = isHistogram ? (rowsOf[static_cast<std::size_t>(c.lane)] - 1) / 2
                                        : std::max(0, clusterRow[static_cast<std::size_t>(c.lane)]);
            const double y = bars ? innerBottom - shapeH / 2 : rowY(c.lane, row);
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
                item.disputed = e.dateDisputed;
                item.linked = lanes.hasExtras() && lanes.laneCountOf(c.firstEntry) > 1;
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
                const double hh = std::max(shapeH, (innerBottom - innerTop) * share);
                rect = QRectF(x + 1, innerBottom - hh, bucketPx - 2, hh);
            }
            // Buckets are fixed slices of time, so the first one may lie all but a sliver
            // before the view, holding only events that began earlier and reach into it: they
            // are in view, and keep a few pixels at the edge rather than vanish from the counts.
            constexpr double kMinEdgePx = 4;
            const double left =
                std::clamp(rect.left(), timeLeft, std::max(timeLeft, w - kMinEdgePx));
            const double right = std::clamp(rect.right(), std::min(w, timeLeft + kMinEdgePx), w);
            rect =
                QRectF(left, rect.top(), std::max(right - left, std::min(w - timeLeft, kMinEdgePx)),
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

#include "timeline/FramePlotLayout.h"

#include "timeline/RowPacking.h"

#include <algorithm>
#include <cmath>

namespace ct::ui {
namespace {

constexpr double kMarkerRadius = MarkGeometry::kMarkerRadius;

// Buckets hold whole days: events start on day boundaries, so a fractional bucket would
// alternate between one and two days' worth (or none), drawing a rhythm that is not there.
double bucketDaysAt(double dpp) {
    return std::max(1.0, std::ceil(dpp * TimelineFrameLayout::kClusterBucketPx));
}

} // namespace

FramePlotLayout::FramePlotLayout(TimelineFrame& frame, const TimelineIndex& index,
                                 const TimelineTitles& titles, const LaneLayout& lanes,
                                 const TimelineRenderOptions& options, const QFontMetricsF& fm)
    : f_(frame), index_(index), titles_(titles), lanes_(lanes), o_(options), fm_(fm),
      w_(options.size.width()), line_(fm.height()), timeLeft_(options.nameColumn),
      bands_(frame, lanes, options, line_), shapeH_(frame.rowHeight - 6),
      dpp_(options.daysPerPixel()), bucketDays_(bucketDaysAt(dpp_)), bucketPx_(bucketDays_ / dpp_) {
}

void FramePlotLayout::layOut(TimelineFrame& frame, const TimelineIndex& index,
                             const TimelineTitles& titles, const LaneLayout& lanes,
                             const TimelineRenderOptions& options, const QFontMetricsF& fm,
                             TitleWidths& widths) {
    FramePlotLayout plot(frame, index, titles, lanes, options, fm);
    plot.selectVisible();
    if (!plot.countOnly_ && plot.visible_.size() <= TimelineFrameLayout::kMaxLabelledEvents) {
        plot.layOutLabelled(widths);
    } else {
        // Counts only: every shown lane is a histogram over an equal share of the height.
        plot.overflow_ = std::move(plot.visible_);
        plot.bands_.placeHistograms();
    }
    if (!plot.overflow_.empty())
        plot.clusterOverflow();
    plot.placeClusters();
}

// The events in view, as members of the shown lanes; or, too many to label, their clusters
// counted from the lanes' sorted starts without visiting events.
void FramePlotLayout::selectVisible() {
    countOnly_ =
        index_.countStarting(o_.fromDay, o_.toDay) > TimelineFrameLayout::kMaxLabelledEvents;
    if (countOnly_) {
        clusters_ = Clustering::count(index_.spans(), lanes_, bands_.firstLane(), bands_.lastLane(),
                                      index_.maxDuration(), o_.fromDay, o_.toDay, dpp_, bucketPx_);
        for (const auto& c : clusters_)
            f_.eventsInView += c.count;
    } else {
        index_.query(o_.fromDay, o_.toDay, visible_);
        f_.eventsInView = visible_.size();
        if (lanes_.hasExtras()) {
            std::vector<std::uint32_t> members;
            members.reserve(visible_.size() * 2);
            for (const std::uint32_t i : visible_)
                lanes_.appendMembers(i, members);
            visible_ = std::move(members);
        }
    }
    if (f_.lanesAbove > 0 || f_.lanesBelow > 0) {
        std::erase_if(visible_,
                      [&](std::uint32_t m) { return !bands_.shown(lanes_.laneOfMember(m)); });
        if (!countOnly_) {
            std::vector<std::uint32_t> entries;
            for (const std::uint32_t m : visible_)
                entries.push_back(lanes_.entryOf(m));
            std::sort(entries.begin(), entries.end());
            f_.eventsInView =
                std::size_t(std::unique(entries.begin(), entries.end()) - entries.begin());
        }
    }
}

void FramePlotLayout::layOutLabelled(TitleWidths& widths) {
    const QFontMetricsF bfm(TimelineFrameLayout::badgeFont(o_.font));
    const MarkPlacement marks(o_, fm_, bfm, line_, f_.rowHeight);
    RowPacking packing(index_, titles_, lanes_, bands_, marks);
    packing.pack(std::move(visible_), overflow_, widths, fm_);
    for (const auto& p : packing.labelled())
        f_.items.push_back(itemOf(p, packing.geometryOf(lanes_.entryOf(p.entry)), marks));
}

TimelineFrame::Item FramePlotLayout::itemOf(const LaneLayout::Placement& p, const MarkGeometry& g,
                                            const MarkPlacement& marks) const {
    const std::uint32_t entry = lanes_.entryOf(p.entry);
    const auto& e = index_.at(entry);
    const double y = bands_.rowY(p.lane, p.row);
    TimelineFrame::Item item;
    item.entry = entry;
    item.lane = p.lane;
    item.bar = g.bar;
    item.disputed = e.dateDisputed;
    item.linked = lanes_.hasExtras() && lanes_.laneCountOf(entry) > 1;
    item.shape = marks.shapeAt(g, y);
    item.hitRect = item.shape;
    if (g.badgeWidth > 0) {
        item.badge = marks.badgeAt(g, y);
        item.badgeText = QString::number(e.sourceCount);
        item.hitRect |= item.badge;
    }
    if (g.labelWidth > 0) {
        // Eliding lays the text out again; most labels fit whole and need none of it.
        const QString title = titles_.title(index_, entry);
        item.label = g.labelWidth >= g.titleWidth
                         ? title
                         : fm_.elidedText(title, Qt::ElideRight, g.labelWidth);
        item.labelPos = marks.labelPosAt(g, y);
        item.hitRect |= marks.labelRectAt(g, y);
    }
    return item;
}

void FramePlotLayout::clusterOverflow() {
    // Clustering needs start order: index order by entry.
    std::sort(overflow_.begin(), overflow_.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto ea = lanes_.entryOf(a), eb = lanes_.entryOf(b);
        return ea != eb ? ea < eb : a < b;
    });
    clusters_ = Clustering::build(index_.spans(), lanes_, overflow_, o_.fromDay, dpp_, bucketPx_);
}

void FramePlotLayout::placeClusters() {
    const QFontMetricsF cfm(TimelineFrameLayout::clusterFont(o_.font));
    // A lane made only of clusters draws them as a histogram over its full height: density
    // reads at a glance, and the busiest buckets get room for their count.
    std::size_t most = 1;
    for (const auto& c : clusters_)
        if (bands_.isHistogram(c.lane))
            most = std::max(most, c.count);
    for (const auto& c : clusters_) {
        if (!bands_.shown(c.lane))
            continue;
        const auto& band = bands_.band(c.lane);
        const double innerTop = band.firstRowY - f_.rowHeight / 2;
        const double innerBottom = band.rect.bottom() - 4;
        const bool isHistogram = bands_.isHistogram(c.lane);
        const bool bars = isHistogram && innerBottom - innerTop > shapeH_;
        const int row =
            isHistogram ? (bands_.rowsOf(c.lane) - 1) / 2 : std::max(0, bands_.clusterRow(c.lane));
        const double y = bars ? innerBottom - shapeH_ / 2 : bands_.rowY(c.lane, row);
        if (c.count == 1) { // a lone event keeps its true position, just without a label
            f_.items.push_back(loneEventItem(c, y));
            continue;
        }
        const QRectF rect = clusterRect(c, y, bars, innerTop, innerBottom, most);
        if (rect.isEmpty())
            continue;
        QString text = TimelineFrameLayout::clusterText(c.count);
        if (cfm.horizontalAdvance(text) + 2 > rect.width())
            text.clear();
        f_.clusters.push_back({c, rect, text});
    }
}

TimelineFrame::Item FramePlotLayout::loneEventItem(const Cluster& c, double y) const {
    const auto& e = index_.at(c.firstEntry);
    const double slice = o_.xAt(static_cast<double>(c.bucket) * bucketDays_);
    const double inSlice =
        std::clamp((o_.xAt(e.start) + o_.xAt(e.end + 1.0)) / 2, slice + kMarkerRadius + 1,
                   slice + bucketPx_ - kMarkerRadius - 1);
    const double cx = std::clamp(inSlice, timeLeft_ + kMarkerRadius + 1, w_ - kMarkerRadius - 1);
    TimelineFrame::Item item;
    item.entry = c.firstEntry;
    item.lane = c.lane;
    item.disputed = e.dateDisputed;
    item.linked = lanes_.hasExtras() && lanes_.laneCountOf(c.firstEntry) > 1;
    item.shape =
        QRectF(cx - kMarkerRadius, y - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius);
    item.hitRect = item.shape;
    return item;
}

QRectF FramePlotLayout::clusterRect(const Cluster& c, double y, bool bars, double innerTop,
                                    double innerBottom, std::size_t most) const {
    const double w = w_, timeLeft = timeLeft_;
    const double x = o_.xAt(static_cast<double>(c.bucket) * bucketDays_);
    QRectF rect(x + 1, y - shapeH_ / 2, bucketPx_ - 2, shapeH_);
    if (bars) {
        // Square root: honest enough to compare buckets, yet a quiet one stays visible.
        const double share = std::sqrt(double(c.count) / double(most));
        const double hh = std::max(shapeH_, (innerBottom - innerTop) * share);
        rect = QRectF(x + 1, innerBottom - hh, bucketPx_ - 2, hh);
    }
    // Buckets are fixed slices of time, so the first one may lie all but a sliver before the
    // view, holding only events that began earlier and reach into it: they are in view, and
    // keep a few pixels at the edge rather than vanish from the counts.
    constexpr double kMinEdgePx = 4;
    const double left = std::clamp(rect.left(), timeLeft, std::max(timeLeft, w - kMinEdgePx));
    const double right = std::clamp(rect.right(), std::min(w, timeLeft + kMinEdgePx), w);
    return QRectF(left, rect.top(), std::max(right - left, std::min(w - timeLeft, kMinEdgePx)),
                  rect.height());
}

} // namespace ct::ui

#include "timeline/TimelineRenderer.h"

#include "timeline/TimelineAxisPainter.h"
#include "timeline/TimelineLegendPainter.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ct::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ct::ui::TimelineRenderer", text);
}

bool sameLayout(const TimelineRenderOptions& a, const TimelineRenderOptions& b) {
    return a.fromDay == b.fromDay && a.toDay == b.toDay && a.size == b.size &&
           a.laneMode == b.laneMode && a.firstLane == b.firstLane && a.font == b.font &&
           a.showAxis == b.showAxis && a.showLegend == b.showLegend && a.showTitle == b.showTitle &&
           a.showLaneNames == b.showLaneNames && a.title == b.title &&
           a.showSources == b.showSources && a.sources == b.sources &&
           a.maxLabelWidth == b.maxLabelWidth && a.finestTickUnit == b.finestTickUnit &&
           a.nameColumn == b.nameColumn && a.outsideBefore == b.outsideBefore &&
           a.outsideAfter == b.outsideAfter;
}

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

QColor blend(const QColor& over, const QColor& under, int alpha) {
    auto mix = [alpha](int a, int b) { return b + (a - b) * alpha / 255; };
    return QColor(mix(over.red(), under.red()), mix(over.green(), under.green()),
                  mix(over.blue(), under.blue()));
}

} // namespace

void TimelineRenderer::setData(std::vector<TimelineEntry> entries, TimelineLaneNames names) {
    // Sorted here, stably as the index would, so that titles line up with its positions.
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const TimelineEntry& a, const TimelineEntry& b) { return a.start < b.start; });
    std::vector<QString> titles;
    titles.reserve(entries.size());
    for (const auto& e : entries)
        titles.push_back(QString::fromStdString(e.title));
    setData(std::make_shared<const TimelineIndex>(std::span<const TimelineEntry>(entries)),
            TimelineTitles(std::move(titles)), std::move(names));
}

void TimelineRenderer::setData(std::shared_ptr<const TimelineIndex> index, TimelineTitles titles,
                               TimelineLaneNames names, std::shared_ptr<const LaneLayout> lanes) {
    index_ = index ? std::move(index) : std::make_shared<const TimelineIndex>();
    titles_ = std::move(titles);
    names_ = std::move(names);
    lanes_ = std::move(lanes);
    // A lane layout made without the extra memberships the names bring is redone here.
    if (lanes_ && !lanes_->hasExtras() && !names_.extraLanes(lanes_->mode()).empty())
        lanes_.reset();
    frame_.reset();
    layout_.clearTextCache(); // ids may now carry other titles
}

const LaneLayout& TimelineRenderer::lanes(LaneMode mode) const {
    if (!lanes_ || lanes_->mode() != mode) {
        auto layout = std::make_shared<LaneLayout>();
        layout->assign(index_->spans(), mode, names_.extraLanes(mode));
        lanes_ = std::move(layout);
        frame_.reset();
    }
    return *lanes_;
}

QString TimelineRenderer::laneName(LaneMode mode, int lane) const {
    const auto& l = lanes(mode).lanes();
    if (lane < 0 || lane >= static_cast<int>(l.size()))
        return {};
    return names_.nameFor(mode, l[static_cast<std::size_t>(lane)].key);
}

const TimelineFrame& TimelineRenderer::frame(const TimelineRenderOptions& options) const {
    const LaneLayout& laneLayout = lanes(options.laneMode);
    if (!frame_ || !sameLayout(frameOptions_, options)) {
        frame_ = layout_.compute(*index_, titles_, laneLayout, options);
        frameOptions_ = options;
    }
    return *frame_;
}

TimelineRenderer::Hit TimelineRenderer::hitTest(const TimelineRenderOptions& options,
                                                QPointF point) const {
    const TimelineFrame& f = frame(options);
    Hit hit;
    if (f.earlierRect.contains(point) || f.laterRect.contains(point)) {
        hit.kind = f.earlierRect.contains(point) ? Hit::Kind::Earlier : Hit::Kind::Later;
        hit.count = hit.kind == Hit::Kind::Earlier ? f.earlier : f.later;
        return hit;
    }
    // Markers win over labels, and later items (drawn on top) over earlier ones.
    for (auto it = f.items.crbegin(); it != f.items.crend(); ++it) {
        if (it->shape.adjusted(-3, -3, 3, 3).contains(point)) {
            hit.kind = Hit::Kind::Event;
            hit.eventId = index_->at(it->entry).id;
            hit.lane = it->lane;
            return hit;
        }
    }
    for (auto it = f.items.crbegin(); it != f.items.crend(); ++it) {
        if (it->hitRect.contains(point)) {
            hit.kind = Hit::Kind::Event;
            hit.eventId = index_->at(it->entry).id;
            hit.lane = it->lane;
            return hit;
        }
    }
    for (const auto& c : f.clusters) {
        if (c.rect.contains(point)) {
            hit.kind = Hit::Kind::Cluster;
            hit.startDay = c.cluster.startDay;
            hit.endDay = c.cluster.endDay;
            hit.count = c.cluster.count;
            hit.lane = c.cluster.lane;
            hit.eventId = index_->at(c.cluster.firstEntry).id;
            return hit;
        }
    }
    return hit;
}

void TimelineRenderer::paint(QPainter& p, const TimelineRenderOptions& o) const {
    const TimelineFrame& f = frame(o);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(o.font);
    p.setClipRect(QRectF(QPointF(0, 0), o.size));
    p.fillRect(QRectF(QPointF(0, 0), o.size), o.theme.background);
    const TimelineAxisPainter axis(*this);
    const TimelineLegendPainter legend(*this);
    paintLanes(p, f, o);
    axis.paintGrid(p, f, o);
    paintLinks(p, f, o);
    paintEvents(p, f, o);
    axis.paintEdgeMarkers(p, f, o);
    if (o.showAxis)
        axis.paintAxis(p, f, o);
    legend.paintTitleAndLegend(p, f, o);
    legend.paintSources(p, f, o);
    if (f.eventsInView == 0) {
        p.setPen(o.theme.mutedText);
        p.drawText(f.plotRect, Qt::AlignCenter,
                   index_->empty() ? tr("No events") : tr("No events in this period"));
    }
    p.restore();
}

void TimelineRenderer::paintLanes(QPainter& p, const TimelineFrame& f,
                                  const TimelineRenderOptions& o) const {
    for (const auto& band : f.lanes)
        if (band.lane % 2 == 1)
            p.fillRect(band.rect, o.theme.laneBackgroundAlt);
}

void TimelineRenderer::paintEvents(QPainter& p, const TimelineFrame& f,
                                   const TimelineRenderOptions& o) const {
    const TimelineTheme& theme = o.theme;
    const QFont badgeFont = TimelineFrameLayout::badgeFont(o.font);
    // Nothing of an event reaches into a column of lane names.
    p.save();
    if (o.nameColumn > 0)
        p.setClipRect(QRectF(o.nameColumn, 0, o.size.width() - o.nameColumn, o.size.height()),
                      Qt::IntersectClip);
    for (const auto& item : f.items) {
        const auto& e = index_->at(item.entry);
        const QColor color = theme.colorForLane(item.lane);
        const bool selected = o.selectedIds.contains(e.id);
        const bool hovered = o.hoveredId == e.id;
        if (selected) {
            p.setPen(QPen(theme.selection, 1.5));
            p.setBrush(withAlpha(theme.selection, 60));
            p.drawRoundedRect(item.hitRect.adjusted(-3, -2, 3, 2), 4, 4);
        }
        const double penWidth = hovered ? 2.5 : 1.5;
        // Antialiasing long axis-aligned bars costs milliseconds in the raster engine and
        // shows nothing; short ones keep their rounded corners.
        p.setRenderHint(QPainter::Antialiasing, !item.bar || item.shape.width() < 120);
        if (item.bar) {
            if (e.fuzzy) {
                // An estimate: solid in the middle, fading out towards both ends, dashed edge.
                // Opaque stops blended over the lane's background by hand: the PDF engine
                // drops a gradient's alpha and painted the bar solid, hiding its label.
                const QColor under =
                    item.lane % 2 == 1 ? theme.laneBackgroundAlt : theme.background;
                QLinearGradient g(item.shape.left(), 0, item.shape.right(), 0);
                g.setColorAt(0, under);
                g.setColorAt(0.35, blend(color, under, 110));
                g.setColorAt(0.65, blend(color, under, 110));
                g.setColorAt(1, under);
                p.setBrush(g);
                p.setPen(QPen(withAlpha(color, 200), penWidth, Qt::DashLine));
            } else {
                p.setBrush(withAlpha(color, 70));
                p.setPen(QPen(color, penWidth));
            }
            p.drawRoundedRect(item.shape, 3, 3);
            // A gradient brush left set is written out again with every later state change
            // by the SVG generator: one fuzzy bar made a 400 KB file.
            p.setBrush(Qt::NoBrush);
        } else if (e.fuzzy) {
            const double cy = item.shape.center().y();
            // Whiskers show the uncertain span, but never reach into a neighbour's cluster.
            const double reach = item.label.isEmpty() ? 3 : 12; // unlabelled: a cluster may be next
            const double x0 = std::max(o.xAt(e.start), item.shape.left() - reach);
            const double x1 = std::min(o.xAt(e.end + 1.0), item.shape.right() + reach);
            p.setPen(QPen(color, 1.5));
            p.drawLine(QPointF(std::min(x0, item.shape.left() - 4), cy),
                       QPointF(std::max(x1, item.shape.right() + 4), cy));
            p.setBrush(theme.background);
            p.setPen(QPen(color, penWidth + 0.5, Qt::DotLine));
            p.drawEllipse(item.shape);
        } else {
            p.setBrush(color);
            p.setPen(QPen(theme.background, hovered ? 2.0 : 1.0));
            p.drawEllipse(item.shape.adjusted(hovered ? -1 : 0, hovered ? -1 : 0, hovered ? 1 : 0,
                                              hovered ? 1 : 0));
        }
        if (item.disputed) {
            // Reports disagree on the date: a red ring around the mark, drawn the same
            // whatever the lane's colour.
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(theme.disputed, 2));
            if (item.bar)
                p.drawRoundedRect(item.shape.adjusted(-2, -2, 2, 2), 4, 4);
            else
                p.drawEllipse(item.shape.adjusted(-3, -3, 3, 3));
        }
        if (!item.badge.isEmpty()) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(theme.badgeFill);
            p.drawRoundedRect(item.badge, item.badge.height() / 2, item.badge.height() / 2);
            p.setFont(badgeFont);
            p.setPen(theme.badgeText);
            p.drawText(item.badge, Qt::AlignCenter, item.badgeText);
            p.setFont(o.font);
        }
        if (!item.label.isEmpty()) {
            p.setPen(theme.text);
            p.drawText(item.labelPos, item.label);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    p.setFont(TimelineFrameLayout::clusterFont(o.font));
    for (const auto& c : f.clusters) {
        const int alpha =
            150 + std::min(105, static_cast<int>(std::log2(double(c.cluster.count)) * 10));
        // Blended by hand and drawn opaque: hundreds of tall translucent antialiased bars cost
        // tens of milliseconds in the raster engine, opaque aligned rectangles almost nothing.
        const QColor under = c.cluster.lane % 2 == 1 ? theme.laneBackgroundAlt : theme.background;
        const QColor fill = blend(theme.clusterFill, under, alpha);
        if (c.rect.height() > f.rowHeight) {
            p.setRenderHint(QPainter::Antialiasing, false);
            p.fillRect(c.rect.toRect(), fill);
            p.setRenderHint(QPainter::Antialiasing, true);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(c.rect, 4, 4);
        }
        if (!c.text.isEmpty()) {
            p.setPen(theme.clusterText);
            // Tall histogram bars carry their count at the top, where the eye lands.
            const QRectF textRect =
                c.rect.height() > 2 * f.rowHeight
                    ? QRectF(c.rect.left(), c.rect.top() + 2, c.rect.width(), f.rowHeight)
                    : c.rect;
            p.drawText(textRect, Qt::AlignCenter, c.text);
        }
    }
    p.restore();
    p.setFont(o.font);
    // Lane names last: when they sit on the lane they must stay on top of its events.
    if (o.showLaneNames && o.laneMode != LaneMode::None && o.nameColumn > 0) {
        TimelineAxisPainter(*this).paintNameColumn(p, f, o);
    } else if (o.showLaneNames && o.laneMode != LaneMode::None) {
        QFont bold = o.font;
        bold.setBold(true);
        const QFontMetricsF fm(bold);
        p.setFont(bold);
        for (const auto& band : f.lanes) {
            const QString name = fm.elidedText(laneName(o.laneMode, band.lane), Qt::ElideRight,
                                               std::clamp(band.rect.width() / 4, 40.0, 220.0));
            // Without a header line the name sits on the lane, on a plate that keeps it legible.
            const double top =
                f.laneHeaders ? band.rect.top() + 3 : band.firstRowY - fm.height() / 2;
            if (!f.laneHeaders) {
                p.setPen(Qt::NoPen);
                p.setBrush(withAlpha(theme.background, 225));
                p.drawRoundedRect(
                    QRectF(2, top - 1, 24 + fm.horizontalAdvance(name), fm.height() + 2), 3, 3);
            }
            const QRectF swatch(6, top + (fm.height() - 9) / 2, 9, 9);
            p.setPen(Qt::NoPen);
            p.setBrush(theme.colorForLane(band.lane));
            p.drawRoundedRect(swatch, 2, 2);
            p.setPen(f.laneHeaders ? theme.mutedText : theme.text);
            p.drawText(QPointF(swatch.right() + 5, top + fm.ascent()), name);
        }
        p.setFont(o.font);
    }

    if (f.lanesAbove > 0 || f.lanesBelow > 0) {
        const QFontMetricsF fm(o.font);
        p.setPen(theme.mutedText);
        const QString text = tr("Lanes %1–%2 of %3")
                                 .arg(f.lanesAbove + 1)
                                 .arg(f.lanesAbove + f.lanes.size())
                                 .arg(f.lanesAbove + f.lanes.size() + f.lanesBelow);
        const QString shown = fm.elidedText(text, Qt::ElideRight, f.plotRect.width() / 2);
        const double tw = fm.horizontalAdvance(shown);
        const QRectF plate(f.plotRect.right() - tw - 10, f.plotRect.bottom() - fm.height() - 4,
                           tw + 8, fm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(theme.background, 230));
        p.drawRoundedRect(plate, 3, 3);
        p.setPen(theme.mutedText);
        p.drawText(plate, Qt::AlignCenter, shown);
    }
}

void TimelineRenderer::paintLinks(QPainter& p, const TimelineFrame& f,
                                  const TimelineRenderOptions& o) const {
    // The marks of one event in several lanes, when it is selected or hovered: a dashed line
    // joins them, so that they read as one event.
    QHash<qint64, QVector<QPointF>> marks;
    for (const auto& item : f.items) {
        if (!item.linked)
            continue;
        const qint64 id = index_->at(item.entry).id;
        if (id == o.hoveredId || o.selectedIds.contains(id))
            marks[id].push_back(item.shape.center());
    }
    if (marks.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(o.theme.selection, 1.5, Qt::DashLine));
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        auto points = it.value();
        std::sort(points.begin(), points.end(),
                  [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
        for (qsizetype i = 1; i < points.size(); ++i)
            p.drawLine(points[i - 1], points[i]);
    }
    p.restore();
}

} // namespace ct::ui

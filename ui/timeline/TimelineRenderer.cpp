#include "timeline/TimelineRenderer.h"

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
    paintLanes(p, f, o);
    paintGrid(p, f, o);
    paintLinks(p, f, o);
    paintEvents(p, f, o);
    paintEdgeMarkers(p, f, o);
    if (o.showAxis)
        paintAxis(p, f, o);
    paintTitleAndLegend(p, f, o);
    paintSources(p, f, o);
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

void TimelineRenderer::paintGrid(QPainter& p, const TimelineFrame& f,
                                 const TimelineRenderOptions& o) const {
    if (!o.showAxis)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(o.theme.minorGrid, 0));
    for (const auto& t : f.ticks.minor) {
        const double x = std::round(o.xAt(t.day));
        p.drawLine(QPointF(x, f.plotRect.top()), QPointF(x, f.plotRect.bottom()));
    }
    if (f.ticks.majorUnit != f.ticks.minorUnit) {
        p.setPen(QPen(o.theme.majorGrid, 0));
        for (const auto& t : f.ticks.major) {
            const double x = std::round(o.xAt(t.day));
            if (x >= o.nameColumn)
                p.drawLine(QPointF(x, f.plotRect.top()), QPointF(x, f.plotRect.bottom()));
        }
    }
    p.restore();
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
        paintNameColumn(p, f, o);
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

void TimelineRenderer::paintEdgeMarkers(QPainter& p, const TimelineFrame& f,
                                        const TimelineRenderOptions& o) const {
    const auto marker = [&](const QRectF& rect, const QString& text) {
        if (rect.isEmpty())
            return;
        p.setPen(QPen(o.theme.majorGrid, 1));
        p.setBrush(o.theme.background);
        p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        p.setPen(o.theme.text);
        p.drawText(rect, Qt::AlignCenter, text);
    };
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(o.font);
    marker(f.earlierRect, f.earlierText);
    marker(f.laterRect, f.laterText);
    p.restore();
}

void TimelineRenderer::paintNameColumn(QPainter& p, const TimelineFrame& f,
                                       const TimelineRenderOptions& o) const {
    QFont bold = o.font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    p.setFont(bold);
    const double room = o.nameColumn - 6 - 9 - 5 - 8;
    for (const auto& band : f.lanes) {
        const QString name =
            fm.elidedText(laneName(o.laneMode, band.lane), Qt::ElideRight, std::max(0.0, room));
        const double top = band.firstRowY - fm.height() / 2;
        const QRectF swatch(6, top + (fm.height() - 9) / 2, 9, 9);
        p.setPen(Qt::NoPen);
        p.setBrush(o.theme.colorForLane(band.lane));
        p.drawRoundedRect(swatch, 2, 2);
        p.setBrush(Qt::NoBrush);
        p.setPen(o.theme.text);
        p.drawText(QPointF(swatch.right() + 5, top + fm.ascent()), name);
    }
    p.setFont(o.font);
    p.setPen(QPen(o.theme.majorGrid, 1));
    const double x = std::round(o.nameColumn) - 0.5;
    p.drawLine(QPointF(x, f.plotRect.top()), QPointF(x, f.plotRect.bottom()));
}

void TimelineRenderer::paintAxis(QPainter& p, const TimelineFrame& f,
                                 const TimelineRenderOptions& o) const {
    const QRectF r = f.axisRect;
    const QFontMetricsF fm(o.font);
    p.fillRect(r, o.theme.background);
    p.setPen(QPen(o.theme.axisLine, 1));
    p.drawLine(QPointF(0, r.top() + 0.5), QPointF(r.right(), r.top() + 0.5));
    const double w = r.width();
    const double minorBase = r.top() + 6 + fm.ascent();
    const auto& minor = f.ticks.minor;
    for (std::size_t i = 0; i < minor.size(); ++i) {
        const double x = std::round(o.xAt(minor[i].day)) + 0.5;
        p.setPen(QPen(o.theme.axisLine, 1));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.top() + 4));
        const double next = i + 1 < minor.size() ? o.xAt(minor[i + 1].day) : w;
        const double room = next - x - 6;
        // A tick label is short and repeats its neighbours' pattern: "16:…" tells nothing, so
        // one that does not fit (only ever the last, at the edge) is left out, not elided.
        const QString label = QString::fromStdString(minor[i].label);
        if (fm.horizontalAdvance(label) > room)
            continue;
        p.setPen(o.theme.text);
        p.drawText(QPointF(x + 3, minorBase), label);
    }
    if (f.ticks.majorUnit == f.ticks.minorUnit)
        return;
    QFont bold = o.font;
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    p.setFont(bold);
    const double majorBase = minorBase + fm.height() + 4;
    const auto& major = f.ticks.major;
    for (std::size_t i = 0; i < major.size(); ++i) {
        const double tickX = o.xAt(major[i].day);
        if (tickX >= o.nameColumn) {
            const double x = std::round(tickX) + 0.5;
            p.setPen(QPen(o.theme.axisLine, 1));
            p.drawLine(QPointF(x, r.top()), QPointF(x, majorBase));
        }
        // The period the view starts in keeps its label, pinned to the left edge.
        const double x = std::max(tickX, o.nameColumn) + 4;
        const double next = i + 1 < major.size() ? o.xAt(major[i + 1].day) : w;
        const double room = next - x - 8;
        if (room < bfm.horizontalAdvance(QStringLiteral("Www…")))
            continue;
        p.setPen(o.theme.mutedText);
        p.drawText(QPointF(x, majorBase),
                   bfm.elidedText(QString::fromStdString(major[i].label), Qt::ElideRight, room));
    }
    p.setFont(o.font);
}

void TimelineRenderer::paintTitleAndLegend(QPainter& p, const TimelineFrame& f,
                                           const TimelineRenderOptions& o) const {
    if (!f.titleRect.isEmpty()) {
        const QFont big = TimelineFrameLayout::titleFont(o.font);
        const QFontMetricsF fm(big);
        p.setFont(big);
        p.setPen(o.theme.text);
        p.drawText(f.titleRect, Qt::AlignCenter,
                   fm.elidedText(o.title, Qt::ElideRight, f.titleRect.width() - 16));
        p.setFont(o.font);
    }
    if (f.legendRect.isEmpty())
        return;
    const QFontMetricsF fm(o.font);
    const double cy = f.legendRect.center().y();
    const double baseline = cy + (fm.ascent() - fm.descent()) / 2;
    const double keyLeft = paintMarkKey(p, f, o);
    // One lane has no colours to tell apart; a column of names already is the lanes' legend.
    if (o.laneMode == LaneMode::None || (o.showLaneNames && o.nameColumn > 0))
        return;
    double x = 8;
    const double right = keyLeft - 24;
    const int count = lanes(o.laneMode).laneCount();
    for (int lane = 0; lane < count; ++lane) {
        const QString name = fm.elidedText(laneName(o.laneMode, lane), Qt::ElideRight, 220);
        const double need = 14 + fm.horizontalAdvance(name) + 16;
        const QString more = QCoreApplication::translate("ct::ui::TimelineRenderer", "+%n more",
                                                         nullptr, count - lane);
        // The last lane needs no room for "+N more" after it.
        const double reserve = lane + 1 < count ? fm.horizontalAdvance(more) + 8 : 0;
        if (x + need + reserve > right) {
            if (x + fm.horizontalAdvance(more) <= right) {
                p.setPen(o.theme.mutedText);
                p.drawText(QPointF(x, baseline), more);
            }
            break;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(o.theme.colorForLane(lane));
        p.drawRoundedRect(QRectF(x, cy - 5, 10, 10), 2, 2);
        p.setBrush(Qt::NoBrush);
        p.setPen(o.theme.text);
        p.drawText(QPointF(x + 14, baseline), name);
        x += need;
    }
}

double TimelineRenderer::paintMarkKey(QPainter& p, const TimelineFrame& f,
                                      const TimelineRenderOptions& o) const {
    // What the marks mean, drawn the way paintEvents draws them at this zoom (a day wide enough
    // is a bar, not a dot), at the legend's right end.
    const bool bars = 1.0 / o.daysPerPixel() >= 12;
    enum class Mark { Exact, Approximate, Cluster, Sources, Disputed, Linked };
    std::vector<std::pair<Mark, QString>> items = {{Mark::Exact, tr("exact date")},
                                                   {Mark::Approximate, tr("approximate date")}};
    bool sources = false, disputed = false, linked = false;
    for (const auto& item : f.items) {
        sources = sources || !item.badge.isEmpty();
        disputed = disputed || item.disputed;
        linked = linked || item.linked;
    }
    if (sources)
        items.emplace_back(Mark::Sources, tr("outlets reporting it"));
    if (disputed)
        items.emplace_back(Mark::Disputed, tr("reports disagree on the date"));
    if (linked)
        items.emplace_back(Mark::Linked, o.laneMode == LaneMode::Place
                                             ? tr("one event, in each of its places' lanes")
                                             : tr("one event, in each of its actors' lanes"));
    if (!f.clusters.isEmpty())
        items.emplace_back(Mark::Cluster, tr("grouped events"));
    const QFontMetricsF fm(o.font);
    const double glyph = 22, gap = 5, spacing = 18;
    const QRectF r = f.legendRect;
    // Lanes listed in the legend come first: on a narrow picture the key gives way, the
    // least needed entries first.
    const bool lanesListed = o.laneMode != LaneMode::None && !(o.showLaneNames && o.nameColumn > 0);
    const double room = lanesListed ? r.width() / 2 : r.width() - 16;
    double width = 0;
    for (;;) {
        width = -spacing;
        for (const auto& item : items)
            width += glyph + gap + fm.horizontalAdvance(item.second) + spacing;
        if (width <= room || items.size() <= 2)
            break;
        items.pop_back();
    }
    if (width > room)
        return r.right();
    const double left = r.right() - 8 - width;
    const double cy = r.center().y();
    const double baseline = cy + (fm.ascent() - fm.descent()) / 2;
    const QColor color = o.theme.mutedText;
    double x = left;
    for (const auto& [mark, text] : items) {
        const QPointF centre(x + glyph / 2, cy);
        const QRectF bar(x, cy - 5, glyph, 10);
        const bool approximate = mark == Mark::Approximate;
        if (mark == Mark::Sources) {
            const QRectF badge(x + 3, cy - 7, 16, 14);
            p.setPen(Qt::NoPen);
            p.setBrush(o.theme.badgeFill);
            p.drawRoundedRect(badge, 7, 7);
            p.setFont(TimelineFrameLayout::badgeFont(o.font));
            p.setPen(o.theme.badgeText);
            p.drawText(badge, Qt::AlignCenter, QStringLiteral("3"));
            p.setFont(o.font);
        } else if (mark == Mark::Disputed) {
            p.setPen(QPen(o.theme.background, 1));
            p.setBrush(color);
            p.drawEllipse(centre, 5, 5);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(o.theme.disputed, 2));
            p.drawEllipse(centre, 8, 8);
        } else if (mark == Mark::Linked) {
            p.setPen(QPen(o.theme.selection, 1.5, Qt::DashLine));
            p.drawLine(QPointF(centre.x(), cy - 6), QPointF(centre.x(), cy + 6));
            p.setPen(QPen(o.theme.background, 1));
            p.setBrush(color);
            p.drawEllipse(QPointF(centre.x() - 4, cy - 5), 3.5, 3.5);
            p.drawEllipse(QPointF(centre.x() + 4, cy + 5), 3.5, 3.5);
        } else if (mark == Mark::Cluster) {
            p.setPen(Qt::NoPen);
            p.setBrush(o.theme.clusterFill);
            p.drawRoundedRect(QRectF(x, cy - fm.height() / 2, glyph, fm.height()), 4, 4);
            p.setFont(TimelineFrameLayout::clusterFont(o.font));
            p.setPen(o.theme.clusterText);
            p.drawText(QRectF(x, cy - fm.height() / 2, glyph, fm.height()), Qt::AlignCenter,
                       QStringLiteral("12"));
            p.setFont(o.font);
        } else if (!approximate && bars) {
            p.setPen(QPen(color, 1.5));
            p.setBrush(withAlpha(color, 70));
            p.drawRoundedRect(bar, 3, 3);
        } else if (!approximate) {
            p.setPen(QPen(o.theme.background, 1));
            p.setBrush(color);
            p.drawEllipse(centre, 5, 5);
        } else if (bars) {
            p.setPen(QPen(withAlpha(color, 200), 1.5, Qt::DashLine));
            p.setBrush(withAlpha(color, 50));
            p.drawRoundedRect(bar, 3, 3);
        } else {
            p.setPen(QPen(color, 1.5));
            p.drawLine(QPointF(x, cy), QPointF(x + glyph, cy));
            p.setBrush(o.theme.background);
            p.setPen(QPen(color, 2, Qt::DotLine));
            p.drawEllipse(centre, 5, 5);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(o.theme.text);
        p.drawText(QPointF(x + glyph + gap, baseline), text);
        x += glyph + gap + fm.horizontalAdvance(text) + spacing;
    }
    return left;
}

void TimelineRenderer::paintSources(QPainter& p, const TimelineFrame& f,
                                    const TimelineRenderOptions& o) const {
    if (f.sourcesRect.isEmpty())
        return;
    const QRectF r = f.sourcesRect;
    const QFontMetricsF fm(o.font);
    p.fillRect(r, o.theme.background);
    p.setPen(QPen(o.theme.majorGrid, 1));
    p.drawLine(QPointF(0, r.top() + 0.5), QPointF(r.right(), r.top() + 0.5));
    const double firstBase = r.top() + 6 + fm.ascent();
    QFont bold = o.font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(o.theme.mutedText);
    p.drawText(QPointF(8, firstBase), f.sourcesLabel);
    p.setFont(o.font);
    p.setPen(o.theme.text);
    for (qsizetype i = 0; i < f.sourceLines.size(); ++i)
        p.drawText(QPointF(f.sourcesTextLeft, firstBase + double(i) * fm.height()),
                   f.sourceLines[i]);
}

} // namespace ct::ui

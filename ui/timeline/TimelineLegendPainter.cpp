#include "timeline/TimelineLegendPainter.h"

#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>
#include <vector>

namespace ct::ui {
namespace {

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

} // namespace

void TimelineLegendPainter::paintTitleAndLegend(QPainter& p, const TimelineFrame& f,
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
    const int count = renderer_.lanes(o.laneMode).laneCount();
    for (int lane = 0; lane < count; ++lane) {
        const QString name =
            fm.elidedText(renderer_.laneName(o.laneMode, lane), Qt::ElideRight, 220);
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

double TimelineLegendPainter::paintMarkKey(QPainter& p, const TimelineFrame& f,
                                           const TimelineRenderOptions& o) const {
    // What the marks mean, drawn the way paintEvents draws them at this zoom (a day wide enough
    // is a bar, not a dot), at the legend's right end.
    const bool bars = 1.0 / o.daysPerPixel() >= 12;
    enum class Mark { Exact, Approximate, Cluster, Sources, Disputed, Linked };
    std::vector<std::pair<Mark, QString>> items = {
        {Mark::Exact, QCoreApplication::translate("ct::ui::TimelineRenderer", "exact date")},
        {Mark::Approximate,
         QCoreApplication::translate("ct::ui::TimelineRenderer", "approximate date")}};
    bool sources = false, disputed = false, linked = false;
    for (const auto& item : f.items) {
        sources = sources || !item.badge.isEmpty();
        disputed = disputed || item.disputed;
        linked = linked || item.linked;
    }
    if (sources)
        items.emplace_back(Mark::Sources, QCoreApplication::translate("ct::ui::TimelineRenderer",
                                                                      "outlets reporting it"));
    if (disputed)
        items.emplace_back(Mark::Disputed,
                           QCoreApplication::translate("ct::ui::TimelineRenderer",
                                                       "reports disagree on the date"));
    if (linked)
        items.emplace_back(
            Mark::Linked,
            o.laneMode == LaneMode::Place
                ? QCoreApplication::translate("ct::ui::TimelineRenderer",
                                              "one event, in each of its places' lanes")
                : QCoreApplication::translate("ct::ui::TimelineRenderer",
                                              "one event, in each of its actors' lanes"));
    if (!f.clusters.isEmpty())
        items.emplace_back(Mark::Cluster, QCoreApplication::translate("ct::ui::TimelineRenderer",
                                                                      "grouped events"));
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

void TimelineLegendPainter::paintSources(QPainter& p, const TimelineFrame& f,
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

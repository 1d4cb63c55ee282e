#include "timeline/TimelineAxisPainter.h"

#include "timeline/TimelineRenderer.h"

#include <algorithm>
#include <cmath>

namespace ct::ui {

void TimelineAxisPainter::paintGrid(QPainter& p, const TimelineFrame& f,
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

void TimelineAxisPainter::paintEdgeMarkers(QPainter& p, const TimelineFrame& f,
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

void TimelineAxisPainter::paintNameColumn(QPainter& p, const TimelineFrame& f,
                                          const TimelineRenderOptions& o) const {
    QFont bold = o.font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    p.setFont(bold);
    const double room = o.nameColumn - 6 - 9 - 5 - 8;
    for (const auto& band : f.lanes) {
        const QString name = fm.elidedText(renderer_.laneName(o.laneMode, band.lane),
                                           Qt::ElideRight, std::max(0.0, room));
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

void TimelineAxisPainter::paintAxis(QPainter& p, const TimelineFrame& f,
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

} // namespace ct::ui

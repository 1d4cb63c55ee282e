#include "timeline/MarkGeometry.h"

#include <QString>
#include <algorithm>

namespace ct::ui {
namespace {

constexpr double kMarkerRadius = MarkGeometry::kMarkerRadius;

} // namespace

MarkPlacement::MarkPlacement(const TimelineRenderOptions& options, const QFontMetricsF& fm,
                             const QFontMetricsF& badgeFm, double line, double rowHeight)
    : o_(options), fm_(fm), badgeFm_(badgeFm), w_(options.size.width()),
      timeLeft_(options.nameColumn), fromDay_(options.fromDay),
      daysPerPixel_(options.daysPerPixel()), line_(line), shapeH_(rowHeight - 6),
      minLabelPx_(fm.horizontalAdvance(QStringLiteral("W…"))),
      digitPx_(badgeFm.horizontalAdvance(QStringLiteral("0"))) {}

MarkGeometry MarkPlacement::of(const TimelineSpan& e, double titleW) const {
    const double w = w_, timeLeft = timeLeft_;
    const double x0 = xAt(e.start), x1 = xAt(e.end + 1.0);
    MarkGeometry g;
    g.bar = x1 - x0 >= 2 * kMarkerRadius + 2;
    g.titleWidth = titleW;
    if (e.sourceCount > 1)
        g.badgeWidth = 2 + QString::number(e.sourceCount).size() * digitPx_ + 8;
    double full = std::min(titleW, o_.maxLabelWidth);
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
    // Inside a bar when the title fits there, else after the mark. Near the right edge the
    // label goes before the mark instead of being cut short: a marker's where there is more
    // room, a bar's only when the whole title fits there (else it stays inside, where it reads
    // as the bar's).
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
        full = std::min(titleW, std::max(insideRoom, o_.maxLabelWidth));
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
    if (g.labelWidth < minLabelPx_)
        g.labelWidth = 0;
    return g;
}

QRectF MarkPlacement::shapeAt(const MarkGeometry& g, double y) const {
    return g.bar ? QRectF(g.shapeLeft, y - shapeH_ / 2, g.shapeRight - g.shapeLeft, shapeH_)
                 : QRectF(g.shapeLeft, y - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius);
}

QRectF MarkPlacement::badgeAt(const MarkGeometry& g, double y) const {
    // After the mark, unless that crosses the right edge: then over the mark's end.
    const double bh = std::min(shapeH_, badgeFm_.height() + 1);
    double bx = g.shapeRight + 2;
    if (bx + g.badgeWidth - 2 > w_)
        bx = g.shapeRight - g.badgeWidth;
    return QRectF(bx, y - bh / 2, g.badgeWidth - 2, bh);
}

QPointF MarkPlacement::labelPosAt(const MarkGeometry& g, double y) const {
    return QPointF(g.labelLeft, y + (fm_.ascent() - fm_.descent()) / 2);
}

QRectF MarkPlacement::labelRectAt(const MarkGeometry& g, double y) const {
    return QRectF(g.labelLeft, y - line_ / 2, g.labelWidth, line_);
}

} // namespace ct::ui

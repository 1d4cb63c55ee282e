#pragma once

#include "layout/LaneLayout.h"
#include "layout/TimelineIndex.h"
#include "timeline/TimelineRenderOptions.h"

#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <algorithm>

namespace ct::ui {

// Where one event's mark, source badge and label go along its row (x only: the row is not
// known yet). Its extent is what row packing keeps apart.
struct MarkGeometry {
    static constexpr double kMarkerRadius = 5;

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

// The rules one frame places marks by: a bar for an event wide enough to draw as one, else a
// marker at its middle; the label inside the bar, after the mark, or before it near the right
// edge; no label where not even "W…" fits.
class MarkPlacement {
  public:
    // `line` is fm's height, measured once a frame: it costs as much as a few labels.
    MarkPlacement(const TimelineRenderOptions& options, const QFontMetricsF& fm,
                  const QFontMetricsF& badgeFm, double line, double rowHeight);

    // The narrowest label worth drawing: narrower ones are left out.
    double minLabelPx() const { return minLabelPx_; }
    MarkGeometry of(const TimelineSpan& e, double titleWidth) const;

    // The mark's and the badge's rectangles on a row centred at `y`.
    QRectF shapeAt(const MarkGeometry& g, double y) const;
    QRectF badgeAt(const MarkGeometry& g, double y) const;
    // Where a row centred at `y` puts the label's baseline and its hit rectangle.
    QPointF labelPosAt(const MarkGeometry& g, double y) const;
    QRectF labelRectAt(const MarkGeometry& g, double y) const;

  private:
    static constexpr double kLabelGap = 4;

    // TimelineRenderOptions::xAt with the days per pixel worked out once, not per event.
    double xAt(double day) const { return timeLeft_ + (day - fromDay_) / daysPerPixel_; }

    const TimelineRenderOptions& o_;
    const QFontMetricsF& fm_;
    const QFontMetricsF& badgeFm_;
    const double w_;
    const double timeLeft_; // where time starts
    const double fromDay_;
    const double daysPerPixel_;
    const double line_;
    const double shapeH_;
    // Shaping text is the costliest thing a frame does: measured once, not per event.
    const double minLabelPx_;
    const double digitPx_;
};

} // namespace ct::ui

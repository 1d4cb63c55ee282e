#pragma once

#include "layout/LaneLayout.h"
#include "timeline/TimelineTheme.h"

#include <QFont>
#include <QSet>
#include <QSizeF>
#include <QString>

namespace ct::ui {

// Everything a picture of the timeline depends on besides the data: the view builds one per
// frame, the exporters build one from their dialog or command line.
struct TimelineRenderOptions {
    double fromDay = 0; // visible range in day coordinates (DayNumber + fraction)
    double toDay = 1;
    QSizeF size{800, 400}; // logical pixels
    qreal devicePixelRatio = 1.0;
    LaneMode laneMode = LaneMode::None;
    int firstLane = 0; // lanes scrolled off the top; more lanes than fit scroll, never squeeze
    TimelineTheme theme = TimelineTheme::light();
    QSet<qint64> selectedIds;
    qint64 hoveredId = -1;
    bool showAxis = true;
    bool showLegend = false;
    bool showTitle = false;
    bool showLaneNames = true;
    QString title;
    QFont font;

    double daysPerPixel() const {
        return size.width() > 0 ? (toDay - fromDay) / size.width() : 1.0;
    }
    double xAt(double day) const { return (day - fromDay) / daysPerPixel(); }
    double dayAt(double x) const { return fromDay + x * daysPerPixel(); }
};

} // namespace ct::ui

#pragma once

#include "layout/LaneLayout.h"
#include "layout/TimeAxis.h"
#include "timeline/TimelineTheme.h"

#include <QFont>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

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
    // A footer citing where the events come from, one line per article, so that an exported
    // picture can be cited; lines that do not fit are counted, not dropped silently.
    bool showSources = false;
    QStringList sources;
    QString title;
    QFont font;
    // Labels longer than this are elided even where there is room: the window keeps its rows
    // tight, an exported picture may show whole titles.
    double maxLabelWidth = 420;
    TickUnit finestTickUnit = TickUnit::Hour1;

    // > 0: the lane names stand in a column this wide at the left and time runs to its right,
    // so that no name ever covers an event (exports). 0: names over the lanes (the window).
    double nameColumn = 0;

    // Events outside [fromDay, toDay) for the edge markers; -1: counted from the renderer's
    // data. An export holds only the events of its range and gives the counts of all.
    long long outsideBefore = -1;
    long long outsideAfter = -1;

    double daysPerPixel() const {
        const double timeWidth = size.width() - nameColumn;
        return timeWidth > 0 ? (toDay - fromDay) / timeWidth : 1.0;
    }
    double xAt(double day) const { return nameColumn + (day - fromDay) / daysPerPixel(); }
    double dayAt(double x) const { return fromDay + (x - nameColumn) * daysPerPixel(); }
};

} // namespace ct::ui

#pragma once

#include <QColor>
#include <QVector>

namespace ct::ui {

// Colours of the timeline, as a value: the view and every exporter take one.
struct TimelineTheme {
    QColor background;
    QColor laneBackgroundAlt;
    QColor axisLine;
    QColor majorGrid;
    QColor minorGrid;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor clusterFill;
    QColor clusterText;
    QColor disputed;  // the ring of an event whose reports disagree on its date
    QColor badgeFill; // the source-count badge
    QColor badgeText;
    QVector<QColor> eventColors; // cycled per lane

    static TimelineTheme light();
    static TimelineTheme dark();
    QColor colorForLane(int lane) const;
};

} // namespace ct::ui

#pragma once

#include "layout/Clustering.h"
#include "layout/LaneLayout.h"
#include "layout/TimeAxis.h"
#include "layout/TimelineIndex.h"
#include "timeline/TimelineRenderOptions.h"
#include "timeline/TimelineTitles.h"
#include "timeline/TitleWidths.h"

#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ct::ui {

// Where everything goes in one frame: computed from the data and the options, then shared by
// painting and hit-testing so that what is clicked is exactly what was drawn.
struct TimelineFrame {
    struct LaneBand {
        int lane = 0;
        QRectF rect;
        double firstRowY = 0; // centre of row 0
    };
    struct Item {
        std::uint32_t entry = 0;
        int lane = 0;
        QRectF shape;     // marker or bar
        QRectF hitRect;   // shape plus label
        QPointF labelPos; // baseline start
        QString label;    // already elided; empty when there is no room
        bool bar = false;
        QRectF badge;          // the source count, right of the shape; empty for one source
        QString badgeText;     // "3"
        bool disputed = false; // its reports disagree on the date
        bool linked = false;   // the same event has marks in other lanes too
    };
    struct ClusterBox {
        Cluster cluster;
        QRectF rect;
        QString text; // "12", "1.2k"; empty when the box is too small for it
    };

    QRectF titleRect, plotRect, axisRect, legendRect, sourcesRect;
    QStringList sourceLines; // already elided, the last one may count the ones left out
    QString sourcesLabel;
    double sourcesTextLeft = 0; // after the label
    double rowHeight = 0;
    double laneHeader = 0; // room for the lane's name above its first row; 0 when on the lane
    QVector<LaneBand> lanes;
    // Rows each lane of the layout needed to label everything it shows (by lane number; lanes
    // not laid out are 0): what an export's automatic height is made of.
    QVector<int> rowsNeeded;
    double neededPlotHeight = 0; // the shown lanes at the rows they need
    // Events outside the range, counted over the whole data, with a marker at each edge
    // ("← 2 earlier", "3 later →") that jumps there; empty rects when there are none.
    std::size_t earlier = 0, later = 0;
    QRectF earlierRect, laterRect;
    QString earlierText, laterText;
    QVector<Item> items;
    QVector<ClusterBox> clusters;
    AxisTicks ticks;
    std::size_t eventsInView = 0;
    int lanesAbove = 0; // lanes scrolled off, above and below the plot
    int lanesBelow = 0;
    bool laneHeaders = false; // false: names drawn over the lane, there is no room for a line
};

class TimelineFrameLayout {
  public:
    // Above this many events in view nothing is labelled: measuring and packing would cost
    // more than the frame budget and the labels could not be read anyway.
    static constexpr std::size_t kMaxLabelledEvents = 4000;
    static constexpr double kClusterBucketPx = 30;
    // More sources than this are summed up in a last line: the footer must not eat the plot.
    static constexpr int kMaxSourceLines = 5;

    TimelineFrame compute(const TimelineIndex& index, const TimelineTitles& titles,
                          const LaneLayout& lanes, const TimelineRenderOptions& options) const;

    void clearTextCache() const { widths_.clear(); }
    static QString clusterText(std::size_t count);
    static QFont clusterFont(const QFont& base);
    // The base font scaled, whether it is sized in points (the window) or pixels (exports).
    static QFont scaledFont(const QFont& base, double factor);
    static QFont titleFont(const QFont& base);
    static QFont badgeFont(const QFont& base);

    // Rows per lane for lanes needing `needs` rows each (at least one) in `room` pixels, each
    // lane also taking `fixedPx` (header, margins): all they need when it fits; otherwise the
    // largest common cap that fits, the rows left over going to the capped lanes from the top.
    static std::vector<int> allotRows(const std::vector<int>& needs, double rowHeight,
                                      double fixedPx, double room);

  private:
    // Kept from frame to frame: text measuring dominates a frame otherwise.
    mutable TitleWidths widths_;
};

} // namespace ct::ui

#pragma once

#include "timeline/LaneBands.h"
#include "timeline/MarkGeometry.h"
#include "timeline/TimelineFrameLayout.h"
#include "timeline/TitleWidths.h"

#include <cstdint>
#include <vector>

namespace ct::ui {

// One frame's plot: the events in view, their lanes' bands, the labelled marks and the clusters
// that stand for the rest. Made for one frame and dropped (TimelineFrameLayout::compute); its
// members are that frame's state.
class FramePlotLayout {
  public:
    // Lays the plot out into `frame`, whose chrome (FrameChrome) is placed.
    static void layOut(TimelineFrame& frame, const TimelineIndex& index,
                       const TimelineTitles& titles, const LaneLayout& lanes,
                       const TimelineRenderOptions& options, const QFontMetricsF& fm,
                       TitleWidths& widths);

  private:
    FramePlotLayout(TimelineFrame& frame, const TimelineIndex& index, const TimelineTitles& titles,
                    const LaneLayout& lanes, const TimelineRenderOptions& options,
                    const QFontMetricsF& fm);

    void selectVisible();
    void layOutLabelled(TitleWidths& widths);
    TimelineFrame::Item itemOf(const LaneLayout::Placement& p, const MarkGeometry& g,
                               const MarkPlacement& marks) const;
    void clusterOverflow();
    void placeClusters();
    TimelineFrame::Item loneEventItem(const Cluster& c, double y) const;
    QRectF clusterRect(const Cluster& c, double y, bool bars, double innerTop, double innerBottom,
                       std::size_t most) const;

    TimelineFrame& f_;
    const TimelineIndex& index_;
    const TimelineTitles& titles_;
    const LaneLayout& lanes_;
    const TimelineRenderOptions& o_;
    const QFontMetricsF& fm_;
    const double w_;
    const double line_;
    const double timeLeft_; // where time starts
    LaneBands bands_;
    const double shapeH_;
    const double dpp_;
    const double bucketDays_;
    const double bucketPx_;
    bool countOnly_ = false;
    std::vector<std::uint32_t> visible_;  // entries, then members
    std::vector<std::uint32_t> overflow_; // members
    std::vector<Cluster> clusters_;
};

} // namespace ct::ui

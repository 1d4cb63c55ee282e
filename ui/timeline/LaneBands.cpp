#include "timeline/LaneBands.h"

#include <algorithm>
#include <cmath>

namespace ct::ui {
namespace {

// A lane drawn as a histogram (too dense to label) needs this many rows to show its shape;
// the only lane of a picture twice as many.
constexpr int kHistogramRows = 4;

} // namespace

LaneBands::LaneBands(TimelineFrame& frame, const LaneLayout& lanes, const TimelineRenderOptions& o,
                     double line)
    : f_(frame), w_(o.size.width()) {
    TimelineFrame& f = f_;
    const double timeLeft = o.nameColumn; // where time starts
    const int laneCount = std::max(1, lanes.laneCount());
    laneCount_ = laneCount;
    f.rowsNeeded = QVector<int>(laneCount, 0);
    const bool named = o.showLaneNames && o.laneMode != LaneMode::None;
    // Names in their own column need no header line above the lane.
    double header = named && timeLeft <= 0 ? std::ceil(line + 4) : 0;
    // Many lanes: the names move onto the lanes themselves, so one row per lane still fits.
    if (named && f.plotRect.height() / laneCount < header + f.rowHeight + 6)
        header = 0;
    f.laneHeaders = named && header > 0;
    f.laneHeader = header;
    header_ = header;
    laneFixed_ = header + 6;
    const double minLaneH = laneFixed_ + f.rowHeight;
    // Lanes take the rows they need; when even one row each does not fit, the ones below are
    // left out (the view scrolls to them) rather than squeezed into unreadable slivers.
    firstLane_ = std::clamp(o.firstLane, 0, laneCount - 1);
    const int fitting = std::max(1, static_cast<int>(f.plotRect.height() / minLaneH));
    lastLane_ = std::min(laneCount - 1, firstLane_ + fitting - 1);
    f.lanesAbove = firstLane_;
    f.lanesBelow = laneCount - 1 - lastLane_;
    maxRows_ = std::max(1, static_cast<int>((f.plotRect.height() - laneFixed_) / f.rowHeight));
    histogramRows_ = shownLanes() == 1 ? 2 * kHistogramRows : kHistogramRows;

    rowsOf_.assign(index(laneCount), 1);
    histogram_.assign(index(laneCount), false);
    clusterRow_.assign(index(laneCount), -1);
    bandOf_.assign(index(laneCount), -1);
    for (int lane = firstLane_; lane <= lastLane_; ++lane)
        bandOf_[index(lane)] = lane - firstLane_;
}

std::vector<int> LaneBands::allotFor(const std::vector<int>& needs) const {
    if (shownLanes() == 1)
        return std::vector<int>(index(laneCount_), maxRows_);
    std::vector<int> shownNeeds(needs.begin() + firstLane_, needs.begin() + lastLane_ + 1);
    const auto a =
        TimelineFrameLayout::allotRows(shownNeeds, f_.rowHeight, laneFixed_, f_.plotRect.height());
    std::vector<int> all(index(laneCount_), 1);
    std::copy(a.begin(), a.end(), all.begin() + firstLane_);
    return all;
}

void LaneBands::place(const std::vector<int>& needs) {
    std::vector<int> shownNeeds(needs.begin() + firstLane_, needs.begin() + lastLane_ + 1);
    double needed = 0;
    for (int lane = firstLane_; lane <= lastLane_; ++lane) {
        f_.rowsNeeded[lane] = needs[index(lane)];
        needed += laneFixed_ + std::max(1, needs[index(lane)]) * f_.rowHeight;
    }
    f_.neededPlotHeight = needed;
    // One lane has the plot to itself; several get what they need (the rest stays free).
    placeBands(shownLanes() == 1 ? std::vector<int>{maxRows_}
                                 : TimelineFrameLayout::allotRows(
                                       shownNeeds, f_.rowHeight, laneFixed_, f_.plotRect.height()));
}

void LaneBands::placeHistograms() {
    for (int lane = firstLane_; lane <= lastLane_; ++lane)
        histogram_[index(lane)] = true;
    const int share = std::max(
        1, static_cast<int>((f_.plotRect.height() / shownLanes() - laneFixed_) / f_.rowHeight));
    place(std::vector<int>(index(laneCount_), share));
    for (int lane = firstLane_; lane <= lastLane_; ++lane)
        f_.rowsNeeded[lane] = histogramRows_;
    f_.neededPlotHeight = shownLanes() * (laneFixed_ + histogramRows_ * f_.rowHeight);
}

void LaneBands::placeBands(const std::vector<int>& allotted) {
    double y = f_.plotRect.top();
    for (int lane = firstLane_; lane <= lastLane_; ++lane) {
        const int rows = allotted[index(lane - firstLane_)];
        rowsOf_[index(lane)] = rows;
        const QRectF rect(0, y, w_, laneFixed_ + rows * f_.rowHeight);
        f_.lanes.push_back({lane, rect, rect.top() + header_ + 3 + f_.rowHeight / 2});
        y = rect.bottom();
    }
}

} // namespace ct::ui

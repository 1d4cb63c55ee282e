#pragma once

#include "timeline/TimelineFrameLayout.h"

#include <vector>

namespace ct::ui {

// The lanes one frame shows and how each is drawn: which lanes fit the plot (the others are
// scrolled off), the rows each is allotted from the rows its events need, where its band and
// rows lie, and whether it draws labels, labels with a last row of clusters, or a histogram.
class LaneBands {
  public:
    // Decides the lane headers and which lanes are shown, into `frame` (whose plot rectangle
    // and row height are set); bands come with place().
    LaneBands(TimelineFrame& frame, const LaneLayout& lanes, const TimelineRenderOptions& options,
              double line);

    int laneCount() const { return laneCount_; }
    int firstLane() const { return firstLane_; }
    int lastLane() const { return lastLane_; }
    int shownLanes() const { return lastLane_ - firstLane_ + 1; }
    bool shown(int lane) const { return lane >= firstLane_ && lane <= lastLane_; }
    // The most rows one lane can have: the whole plot.
    int maxRows() const { return maxRows_; }
    // Height of a lane besides its rows: header and margins.
    double laneFixed() const { return laneFixed_; }
    // Rows of a lane drawn as a histogram (too dense to label).
    int histogramRows() const { return histogramRows_; }

    // Rows allotted to lanes with these needs (by lane): what place() will give them.
    std::vector<int> allotFor(const std::vector<int>& needs) const;
    // Lays out the shown lanes' bands, once the rows each needs are known (by lane).
    void place(const std::vector<int>& needs);
    // Counts only: every shown lane is a histogram over an equal share of the plot.
    void placeHistograms();

    // After place():
    int rowsOf(int lane) const { return rowsOf_[index(lane)]; }
    const TimelineFrame::LaneBand& band(int lane) const { return f_.lanes[bandOf_[index(lane)]]; }
    double rowY(int lane, int row) const { return band(lane).firstRowY + row * f_.rowHeight; }

    bool isHistogram(int lane) const { return histogram_[index(lane)]; }
    void setHistogram(int lane) { histogram_[index(lane)] = true; }
    // The row a lane gives to clusters; -1 when it labels everything.
    int clusterRow(int lane) const { return clusterRow_[index(lane)]; }
    void setClusterRow(int lane, int row) { clusterRow_[index(lane)] = row; }

  private:
    static std::size_t index(int lane) { return static_cast<std::size_t>(lane); }
    void placeBands(const std::vector<int>& allotted);

    TimelineFrame& f_;
    const double w_;
    double header_ = 0;
    double laneFixed_ = 0;
    int laneCount_ = 1;
    int firstLane_ = 0, lastLane_ = 0;
    int maxRows_ = 1;
    int histogramRows_ = 0;
    std::vector<int> rowsOf_;
    std::vector<int> bandOf_; // index into the frame's lanes
    std::vector<bool> histogram_;
    std::vector<int> clusterRow_;
};

} // namespace ct::ui

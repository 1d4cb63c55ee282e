#pragma once

#include "model/TimelineSpan.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace ct {

enum class LaneMode { None, Actor, Place, Article };

// Which lane each entry belongs to (stable while the data and mode stay the same), and how
// the visible items of a lane stack into rows so that their extents never overlap.
class LaneLayout {
  public:
    struct Lane {
        std::int32_t key = -1; // actor/place/article id; -1 = none of them named
        std::size_t count = 0;
    };
    struct Extent {
        double left = 0;
        double right = 0; // pixels; marker plus label
    };
    struct Placement {
        std::uint32_t entry = 0;
        int lane = 0;
        int row = -1; // -1: no room left in the lane, the caller clusters it
    };

    static std::int32_t laneKey(const TimelineSpan& entry, LaneMode mode);

    // Lanes in order of their first event, so that reading down follows the story; the lane
    // of entries without a key comes last. Linear in the entries (no hashing per entry when
    // the keys are store ids), as it runs over a million of them when a timeline loads.
    void assign(std::span<const TimelineSpan> entries, LaneMode mode);

    LaneMode mode() const { return mode_; }
    const std::vector<Lane>& lanes() const { return lanes_; }
    int laneCount() const { return static_cast<int>(lanes_.size()); }
    int laneOf(std::size_t entryIndex) const { return laneOfEntry_[entryIndex]; }
    const std::vector<int>& laneOfEntries() const { return laneOfEntry_; }
    // Per lane, its entries' starts in ascending order and their indices: lets clustering
    // count a bucket with two binary searches instead of visiting every event in view.
    const std::vector<DayNumber>& laneStarts(int lane) const {
        return laneStarts_[static_cast<std::size_t>(lane)];
    }
    const std::vector<std::uint32_t>& laneEntries(int lane) const {
        return laneEntries_[static_cast<std::size_t>(lane)];
    }

    // Greedy interval packing: items in order of their left edge go into the first row whose
    // last item ends gapPx before them. `items` must be sorted by extent(item).left.
    std::vector<Placement> packRows(std::span<const std::uint32_t> items,
                                    const std::function<Extent(std::uint32_t)>& extent,
                                    int maxRowsPerLane, double gapPx) const;

  private:
    LaneMode mode_ = LaneMode::None;
    std::vector<Lane> lanes_;
    std::vector<int> laneOfEntry_;
    std::vector<std::vector<DayNumber>> laneStarts_;
    std::vector<std::vector<std::uint32_t>> laneEntries_;
};

} // namespace ct

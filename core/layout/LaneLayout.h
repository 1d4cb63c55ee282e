#pragma once

#include "model/TimelineSpan.h"

#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace ct {

// Actor and Place put an event in the lane of each actor (place) it names; ActorFirst and
// PlaceFirst only in its first one's, for dense pictures. Values are stored in settings.
enum class LaneMode { None, Actor, Place, Article, ActorFirst, PlaceFirst };

// One extra lane of an event: a key beyond the first actor/place (which TimelineSpan holds).
using LaneMembership = std::pair<std::int32_t, std::int64_t>; // (lane key, event id)

// Which lanes each entry belongs to (stable while the data and mode stay the same), and how
// the visible items of a lane stack into rows so that their extents never overlap.
//
// An entry sits in one lane, its primary one (laneOf); in Actor and Place modes an event that
// names several actors (places) also has extra memberships, one per further lane. Layout works
// on *members*: member m < entry count is entry m in its primary lane, the others are extra
// memberships (entryOf / laneOfMember). Only multi-actor events have extras, so the table
// stays small beside the spans.
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
        std::uint32_t entry = 0; // the item (member) as given to packRows
        int lane = 0;
        int row = -1; // -1: no room left in the lane, the caller clusters it
    };

    static std::int32_t laneKey(const TimelineSpan& entry, LaneMode mode);
    // Whether the mode shows an event in several lanes (extra memberships apply).
    static bool usesExtraLanes(LaneMode mode) {
        return mode == LaneMode::Actor || mode == LaneMode::Place;
    }

    // Lanes in order of their first event, so that reading down follows the story; the lane
    // of entries without a key comes last. Linear in the entries (no hashing per entry when
    // the keys are store ids), as it runs over a million of them when a timeline loads.
    // `extras`: further (key, event id) memberships, used in Actor and Place modes; ids not
    // among the entries and keys equal to the entry's own are ignored.
    void assign(std::span<const TimelineSpan> entries, LaneMode mode,
                std::span<const LaneMembership> extras = {});

    LaneMode mode() const { return mode_; }
    const std::vector<Lane>& lanes() const { return lanes_; }
    int laneCount() const { return static_cast<int>(lanes_.size()); }
    int laneOf(std::size_t entryIndex) const { return laneOfEntry_[entryIndex]; }
    const std::vector<int>& laneOfEntries() const { return laneOfEntry_; }
    bool hasExtras() const { return !extraEntry_.empty(); }
    std::size_t memberCount() const { return laneOfEntry_.size() + extraEntry_.size(); }
    std::uint32_t entryOf(std::uint32_t member) const {
        return member < laneOfEntry_.size() ? member : extraEntry_[member - laneOfEntry_.size()];
    }
    int laneOfMember(std::uint32_t member) const {
        if (member < laneOfEntry_.size())
            return laneOfEntry_[member];
        const std::size_t k = member - laneOfEntry_.size();
        return k < extraLane_.size() ? extraLane_[k] : 0;
    }
    // Appends the entry's members: itself, then its extra memberships.
    void appendMembers(std::uint32_t entry, std::vector<std::uint32_t>& out) const;
    // How many lanes the entry is drawn in.
    std::size_t laneCountOf(std::uint32_t entry) const;
    // Per lane, its entries' (extra memberships included) starts in ascending order and their
    // indices: lets clustering count a bucket with two binary searches instead of visiting every
    // event in view.
    const std::vector<DayNumber>& laneStarts(int lane) const {
        return laneStarts_[static_cast<std::size_t>(lane)];
    }
    const std::vector<std::uint32_t>& laneEntries(int lane) const {
        return laneEntries_[static_cast<std::size_t>(lane)];
    }

    // Greedy interval packing of members: items in order of their left edge go into the first row
    // whose last item ends gapPx before them. `items` must be sorted by extent(item).left.
    std::vector<Placement> packRows(std::span<const std::uint32_t> items,
                                    const std::function<Extent(std::uint32_t)>& extent,
                                    int maxRowsPerLane, double gapPx) const;

  private:
    LaneMode mode_ = LaneMode::None;
    std::vector<Lane> lanes_;
    std::vector<int> laneOfEntry_;
    std::vector<std::vector<DayNumber>> laneStarts_;
    std::vector<std::vector<std::uint32_t>> laneEntries_;
    // Extra memberships sorted by entry: member laneOfEntry_.size() + k is extraEntry_[k] in
    // lane extraLane_[k].
    std::vector<std::uint32_t> extraEntry_;
    std::vector<int> extraLane_;
};

} // namespace ct

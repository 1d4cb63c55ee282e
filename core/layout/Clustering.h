#pragma once

#include "layout/LaneLayout.h"
#include "model/TimelineSpan.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ct {

// A group of events too dense to label one by one at the current zoom.
struct Cluster {
    int lane = 0;
    std::int64_t bucket = 0; // absolute bucket number, so clusters do not jitter on pan
    double startDay = 0;     // earliest start of its members
    double endDay = 0;       // latest start + 1: the span a click on the cluster zooms to
    std::size_t count = 0;
    std::uint32_t firstEntry = 0; // a member, for hit-testing and tooltips
};

// Buckets events by lane and by fixed-width slices of time (bucketPx at the current zoom).
// Input is what a TimelineIndex window query returns (start order), so a repaint costs the
// events in view, never all events.
class Clustering {
  public:
    // `laneOfEntry[i]` is the lane of entry i; `items` are indices into `entries`, sorted by
    // start. An event that began before fromDay counts in the first visible bucket. The
    // clusters come out ordered by lane, then by time; their counts add up to items.size().
    static std::vector<Cluster> build(std::span<const TimelineSpan> entries,
                                      std::span<const int> laneOfEntry,
                                      std::span<const std::uint32_t> items, double fromDay,
                                      double daysPerPx, double bucketPx);

    // The same for members of `lanes` (see LaneLayout), sorted by their entry's start: an
    // event shown in several lanes counts in each of them.
    static std::vector<Cluster> build(std::span<const TimelineSpan> entries,
                                      const LaneLayout& lanes,
                                      std::span<const std::uint32_t> members, double fromDay,
                                      double daysPerPx, double bucketPx);

    // The same clusters for lanes [firstLane, lastLane] of the window [fromDay, toDay], found
    // by binary search in each lane's starts (window open as in TimelineIndex::query): the cost
    // follows the number of buckets, not of events, which is what keeps a fit-all zoom step on a
    // million events within a frame.
    static std::vector<Cluster> count(std::span<const TimelineSpan> entries,
                                      const LaneLayout& lanes, int firstLane, int lastLane,
                                      DayNumber maxDuration, double fromDay, double toDay,
                                      double daysPerPx, double bucketPx);
};

} // namespace ct

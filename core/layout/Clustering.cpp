#include "layout/Clustering.h"

#include <algorithm>
#include <cmath>

namespace ct {

namespace {

template <typename LaneOf, typename EntryOf>
std::vector<Cluster> buildClusters(std::span<const TimelineSpan> entries,
                                   std::span<const std::uint32_t> items, const LaneOf& laneOf,
                                   const EntryOf& entryOf, double fromDay, double daysPerPx,
                                   double bucketPx) {
    std::vector<Cluster> out;
    if (items.empty())
        return out;
    const double bucketDays = std::max(daysPerPx * bucketPx, 1e-9);
    int laneCount = 1;
    for (const std::uint32_t item : items)
        laneCount = std::max(laneCount, laneOf(item) + 1);
    // Items arrive in start order, so each lane's buckets only grow: one open cluster per
    // lane is enough, no hashing.
    std::vector<std::vector<Cluster>> perLane(static_cast<std::size_t>(laneCount));
    for (const std::uint32_t item : items) {
        const std::uint32_t i = entryOf(item);
        const auto& e = entries[i];
        const int lane = laneOf(item);
        const double start = e.start;
        const auto bucket =
            static_cast<std::int64_t>(std::floor(std::max(start, fromDay) / bucketDays));
        auto& clusters = perLane[static_cast<std::size_t>(lane)];
        if (clusters.empty() || clusters.back().bucket != bucket)
            clusters.push_back({lane, bucket, start, start + 1.0, 0, i});
        Cluster& c = clusters.back();
        ++c.count;
        c.startDay = std::min(c.startDay, start);
        c.endDay = std::max(c.endDay, start + 1.0);
    }
    for (auto& lane : perLane)
        out.insert(out.end(), lane.begin(), lane.end());
    return out;
}

} // namespace

std::vector<Cluster> Clustering::build(std::span<const TimelineSpan> entries,
                                       std::span<const int> laneOfEntry,
                                       std::span<const std::uint32_t> items, double fromDay,
                                       double daysPerPx, double bucketPx) {
    return buildClusters(
        entries, items,
        [&](std::uint32_t i) { return i < laneOfEntry.size() ? laneOfEntry[i] : 0; },
        [](std::uint32_t i) { return i; }, fromDay, daysPerPx, bucketPx);
}

std::vector<Cluster> Clustering::build(std::span<const TimelineSpan> entries,
                                       const LaneLayout& lanes,
                                       std::span<const std::uint32_t> members, double fromDay,
                                       double daysPerPx, double bucketPx) {
    return buildClusters(
        entries, members, [&](std::uint32_t m) { return lanes.laneOfMember(m); },
        [&](std::uint32_t m) { return lanes.entryOf(m); }, fromDay, daysPerPx, bucketPx);
}

std::vector<Cluster> Clustering::count(std::span<const TimelineSpan> entries,
                                       const LaneLayout& lanes, int firstLane, int lastLane,
                                       DayNumber maxDuration, double fromDay, double toDay,
                                       double daysPerPx, double bucketPx) {
    std::vector<Cluster> out;
    if (!(toDay >= fromDay))
        return out;
    const double bucketDays = std::max(daysPerPx * bucketPx, 1e-9);
    const auto firstBucket = static_cast<std::int64_t>(std::floor(fromDay / bucketDays));
    const auto lastBucket = static_cast<std::int64_t>(std::floor(toDay / bucketDays));
    lastLane = std::min(lastLane, lanes.laneCount() - 1);
    for (int lane = std::max(0, firstLane); lane <= lastLane; ++lane) {
        const auto& starts = lanes.laneStarts(lane);
        const auto& members = lanes.laneEntries(lane);
        auto position = [&](double day) { // first start >= day
            return static_cast<std::size_t>(
                std::lower_bound(starts.begin(), starts.end(), day,
                                 [](DayNumber s, double v) { return s < v; }) -
                starts.begin());
        };
        // Events that began before the window and reach into it join the first bucket.
        std::size_t spill = 0;
        std::uint32_t spillMember = 0;
        double spillStart = fromDay, spillLast = fromDay;
        for (std::size_t k = position(fromDay - 1.0 - maxDuration), end = position(fromDay);
             k < end; ++k) {
            if (entries[members[k]].end + 1.0 > fromDay) {
                if (spill++ == 0) {
                    spillMember = members[k];
                    spillStart = starts[k];
                }
                spillLast = starts[k];
            }
        }
        std::size_t begin = position(fromDay);
        for (std::int64_t b = firstBucket; b <= lastBucket; ++b) {
            const std::size_t end =
                position(b == lastBucket ? toDay : static_cast<double>(b + 1) * bucketDays);
            std::size_t n = end > begin ? end - begin : 0;
            Cluster c{lane, b, 0, 0, n, n ? members[begin] : 0};
            if (n) {
                c.startDay = starts[begin];
                c.endDay = starts[end - 1] + 1.0;
            }
            if (b == firstBucket && spill) {
                c.count += spill;
                c.firstEntry = spillMember;
                c.startDay = spillStart;
                c.endDay = n ? c.endDay : spillLast + 1.0;
            }
            if (c.count)
                out.push_back(c);
            begin = std::max(begin, end);
        }
    }
    return out;
}

} // namespace ct

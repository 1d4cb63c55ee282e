#include "layout/Clustering.h"

#include <algorithm>
#include <cmath>

namespace ct {

std::vector<Cluster> Clustering::build(std::span<const TimelineEntry> entries,
                                       std::span<const int> laneOfEntry,
                                       std::span<const std::uint32_t> items, double daysPerPx,
                                       double bucketPx) {
    std::vector<Cluster> out;
    if (items.empty())
        return out;
    const double bucketDays = std::max(daysPerPx * bucketPx, 1e-9);
    int laneCount = 1;
    for (const std::uint32_t i : items)
        laneCount = std::max(laneCount, (i < laneOfEntry.size() ? laneOfEntry[i] : 0) + 1);
    // Items arrive in start order, so each lane's buckets only grow: one open cluster per
    // lane is enough, no hashing.
    std::vector<std::vector<Cluster>> perLane(static_cast<std::size_t>(laneCount));
    for (const std::uint32_t i : items) {
        const auto& e = entries[i];
        const int lane = i < laneOfEntry.size() ? laneOfEntry[i] : 0;
        const auto bucket = static_cast<std::int64_t>(std::floor(e.start / bucketDays));
        auto& clusters = perLane[static_cast<std::size_t>(lane)];
        if (clusters.empty() || clusters.back().bucket != bucket) {
            clusters.push_back({lane, bucket, static_cast<double>(e.start),
                                static_cast<double>(e.end) + 1.0, 0, i});
        }
        Cluster& c = clusters.back();
        ++c.count;
        c.startDay = std::min(c.startDay, static_cast<double>(e.start));
        c.endDay = std::max(c.endDay, static_cast<double>(e.end) + 1.0);
    }
    for (auto& lane : perLane)
        out.insert(out.end(), lane.begin(), lane.end());
    return out;
}

} // namespace ct

#include "layout/LaneLayout.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace ct {

std::int32_t LaneLayout::laneKey(const TimelineEntry& entry, LaneMode mode) {
    switch (mode) {
    case LaneMode::Actor:
        return entry.actorId;
    case LaneMode::Place:
        return entry.placeId;
    case LaneMode::Article:
        return entry.articleId;
    case LaneMode::None:
        break;
    }
    return -1;
}

void LaneLayout::assign(std::span<const TimelineEntry> entries, LaneMode mode) {
    mode_ = mode;
    lanes_.clear();
    laneOfEntry_.assign(entries.size(), 0);
    struct Info {
        DayNumber firstStart;
        std::size_t count;
    };
    std::unordered_map<std::int32_t, Info> info;
    for (const auto& e : entries) {
        auto [it, inserted] = info.try_emplace(laneKey(e, mode), Info{e.start, 0});
        it->second.firstStart = std::min(it->second.firstStart, e.start);
        ++it->second.count;
    }
    for (const auto& [key, i] : info)
        lanes_.push_back({key, i.count});
    std::sort(lanes_.begin(), lanes_.end(), [&](const Lane& a, const Lane& b) {
        if ((a.key < 0) != (b.key < 0))
            return b.key < 0;
        const auto fa = info[a.key].firstStart, fb = info[b.key].firstStart;
        return fa != fb ? fa < fb : a.key < b.key;
    });
    std::unordered_map<std::int32_t, int> laneIndex;
    for (std::size_t i = 0; i < lanes_.size(); ++i)
        laneIndex[lanes_[i].key] = static_cast<int>(i);
    laneStarts_.assign(lanes_.size(), {});
    laneEntries_.assign(lanes_.size(), {});
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
        laneStarts_[l].reserve(lanes_[l].count);
        laneEntries_[l].reserve(lanes_[l].count);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const int lane = laneIndex[laneKey(entries[i], mode)];
        laneOfEntry_[i] = lane;
        laneEntries_[static_cast<std::size_t>(lane)].push_back(static_cast<std::uint32_t>(i));
    }
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
        auto& idx = laneEntries_[l];
        auto byStart = [&](std::uint32_t a, std::uint32_t b) {
            return entries[a].start < entries[b].start;
        };
        if (!std::is_sorted(idx.begin(), idx.end(), byStart)) // a TimelineIndex hands them sorted
            std::stable_sort(idx.begin(), idx.end(), byStart);
        for (const auto i : idx)
            laneStarts_[l].push_back(entries[i].start);
    }
}

std::vector<LaneLayout::Placement>
LaneLayout::packRows(std::span<const std::uint32_t> items,
                     const std::function<Extent(std::uint32_t)>& extent, int maxRowsPerLane,
                     double gapPx) const {
    std::vector<Placement> out;
    out.reserve(items.size());
    // Right edge of the last item in each row, per lane.
    std::vector<std::vector<double>> rowEnds(std::max<std::size_t>(1, lanes_.size()));
    for (const std::uint32_t item : items) {
        const int lane = item < laneOfEntry_.size() ? laneOfEntry_[item] : 0;
        const Extent x = extent(item);
        auto& ends = rowEnds[static_cast<std::size_t>(lane)];
        int row = -1;
        for (std::size_t r = 0; r < ends.size(); ++r) {
            if (ends[r] + gapPx <= x.left) {
                row = static_cast<int>(r);
                break;
            }
        }
        if (row < 0 && static_cast<int>(ends.size()) < maxRowsPerLane) {
            ends.push_back(-std::numeric_limits<double>::infinity());
            row = static_cast<int>(ends.size()) - 1;
        }
        if (row >= 0)
            ends[static_cast<std::size_t>(row)] = x.right;
        out.push_back({item, lane, row});
    }
    return out;
}

} // namespace ct

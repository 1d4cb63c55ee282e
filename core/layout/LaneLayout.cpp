#include "layout/LaneLayout.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace ct {

std::int32_t LaneLayout::laneKey(const TimelineSpan& entry, LaneMode mode) {
    switch (mode) {
    case LaneMode::Actor:
    case LaneMode::ActorFirst:
        return entry.actorId;
    case LaneMode::Place:
    case LaneMode::PlaceFirst:
        return entry.placeId;
    case LaneMode::Article:
        return entry.articleId;
    case LaneMode::None:
        break;
    }
    return -1;
}

void LaneLayout::appendMembers(std::uint32_t entry, std::vector<std::uint32_t>& out) const {
    out.push_back(entry);
    if (extraEntry_.empty())
        return;
    const auto first = std::lower_bound(extraEntry_.begin(), extraEntry_.end(), entry);
    for (auto it = first; it != extraEntry_.end() && *it == entry; ++it)
        out.push_back(static_cast<std::uint32_t>(laneOfEntry_.size() +
                                                 std::size_t(it - extraEntry_.begin())));
}

std::size_t LaneLayout::laneCountOf(std::uint32_t entry) const {
    const auto range = std::equal_range(extraEntry_.begin(), extraEntry_.end(), entry);
    return 1 + static_cast<std::size_t>(range.second - range.first);
}

void LaneLayout::assign(std::span<const TimelineSpan> entries, LaneMode mode,
                        std::span<const LaneMembership> extras) {
    mode_ = mode;
    lanes_.clear();
    laneOfEntry_.assign(entries.size(), 0);
    laneStarts_.clear();
    laneEntries_.clear();
    extraEntry_.clear();
    extraLane_.clear();
    if (!usesExtraLanes(mode))
        extras = {};
    // Keys are store ids: small, mostly dense numbers. A table indexed by key + 1 (slot 0 for
    // "none") replaces a hash lookup per entry; keys too large for one fall back to a map.
    std::int64_t maxKey = -1;
    for (const auto& e : entries)
        maxKey = std::max<std::int64_t>(maxKey, laneKey(e, mode));
    for (const auto& [key, id] : extras)
        maxKey = std::max<std::int64_t>(maxKey, key);
    constexpr std::int64_t kMaxTable = 1 << 22;
    std::unordered_map<std::int32_t, std::uint32_t> sparse;
    std::vector<std::uint32_t> table;
    constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
    if (maxKey < kMaxTable)
        table.assign(static_cast<std::size_t>(maxKey + 2), kUnseen);
    struct Info {
        std::int32_t key;
        DayNumber firstStart;
        std::size_t count;
    };
    std::vector<Info> info; // in order of first appearance
    auto slotOf = [&](std::int32_t key) -> std::uint32_t& {
        if (!table.empty() && key >= -1)
            return table[static_cast<std::size_t>(key + 1)];
        return sparse.try_emplace(key, kUnseen).first->second;
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const std::int32_t key = laneKey(e, mode);
        std::uint32_t& slot = slotOf(key);
        if (slot == kUnseen) {
            slot = static_cast<std::uint32_t>(info.size());
            info.push_back({key, e.start, 0});
        }
        Info& in = info[slot];
        in.firstStart = std::min(in.firstStart, e.start);
        ++in.count;
        laneOfEntry_[i] = static_cast<int>(slot); // a provisional lane: renumbered below
    }
    // Extra memberships: only their events are looked up, so a hash of those ids (not of all
    // entries) and one pass over the entries find their positions.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> extraSlots; // (entry, provisional slot)
    if (!extras.empty()) {
        std::unordered_map<std::int64_t, std::uint32_t> position;
        position.reserve(extras.size());
        for (const auto& [key, id] : extras)
            position.emplace(id, std::numeric_limits<std::uint32_t>::max());
        for (std::size_t i = 0; i < entries.size(); ++i)
            if (const auto it = position.find(entries[i].id); it != position.end())
                it->second = static_cast<std::uint32_t>(i);
        for (const auto& [key, id] : extras) {
            const std::uint32_t i = position[id];
            if (i == std::numeric_limits<std::uint32_t>::max() || key < 0 ||
                key == laneKey(entries[i], mode))
                continue;
            std::uint32_t& slot = slotOf(key);
            if (slot == kUnseen) {
                slot = static_cast<std::uint32_t>(info.size());
                info.push_back({key, entries[i].start, 0});
            }
            Info& in = info[slot];
            in.firstStart = std::min(in.firstStart, entries[i].start);
            ++in.count;
            extraSlots.emplace_back(i, slot);
        }
        std::sort(extraSlots.begin(), extraSlots.end());
        extraSlots.erase(std::unique(extraSlots.begin(), extraSlots.end()), extraSlots.end());
    }
    std::vector<std::uint32_t> order(info.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        const Info& a = info[x];
        const Info& b = info[y];
        if ((a.key < 0) != (b.key < 0))
            return b.key < 0;
        return a.firstStart != b.firstStart ? a.firstStart < b.firstStart : a.key < b.key;
    });
    std::vector<int> laneOfSlot(info.size());
    for (std::size_t l = 0; l < order.size(); ++l) {
        laneOfSlot[order[l]] = static_cast<int>(l);
        lanes_.push_back({info[order[l]].key, info[order[l]].count});
    }
    laneStarts_.resize(lanes_.size());
    laneEntries_.resize(lanes_.size());
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
        laneStarts_[l].reserve(lanes_[l].count);
        laneEntries_[l].reserve(lanes_[l].count);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const int lane = laneOfSlot[static_cast<std::size_t>(laneOfEntry_[i])];
        laneOfEntry_[i] = lane;
        laneEntries_[static_cast<std::size_t>(lane)].push_back(static_cast<std::uint32_t>(i));
    }
    extraEntry_.reserve(extraSlots.size());
    extraLane_.reserve(extraSlots.size());
    for (const auto& [entry, slot] : extraSlots) {
        const int lane = laneOfSlot[slot];
        extraEntry_.push_back(entry);
        extraLane_.push_back(lane);
        laneEntries_[static_cast<std::size_t>(lane)].push_back(entry);
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
        const int lane = laneOfMember(item);
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

#include "timeline/RowPacking.h"

#include "timeline/LaneBands.h"

#include <algorithm>
#include <utility>

namespace ct::ui {
namespace {

constexpr double kPackGapPx = 10;

// Members in the order of their extents' left edges: the order first-fit packing wants.
template <typename LeftOf>
std::vector<std::uint32_t> sortedByLeft(const std::vector<std::uint32_t>& members,
                                        const LeftOf& leftOf) {
    std::vector<std::pair<double, std::uint32_t>> byLeft;
    byLeft.reserve(members.size());
    for (const std::uint32_t m : members)
        byLeft.emplace_back(leftOf(m), m);
    std::sort(byLeft.begin(), byLeft.end());
    std::vector<std::uint32_t> order;
    order.reserve(byLeft.size());
    for (const auto& [left, m] : byLeft)
        order.push_back(m);
    return order;
}

} // namespace

RowPacking::RowPacking(const TimelineIndex& index, const TimelineTitles& titles,
                       const LaneLayout& lanes, LaneBands& bands, const MarkPlacement& marks)
    : index_(index), titles_(titles), lanes_(lanes), bands_(bands), marks_(marks) {}

void RowPacking::pack(std::vector<std::uint32_t> visible, std::vector<std::uint32_t>& overflow,
                      TitleWidths& widths, const QFontMetricsF& fm) {
    if (visible.size() > 64)
        visible = dropOverflowingLanes(visible, overflow);
    measure(visible, widths, fm);
    auto placements = packRows(visible, geo_);
    std::vector<int> needs = needsOf(placements);
    for (int lane = 0; lane < bands_.laneCount(); ++lane)
        if (bands_.isHistogram(lane))
            needs[static_cast<std::size_t>(lane)] = bands_.histogramRows();
    bands_.place(needs);
    // First-fit packing with fewer rows puts the same items in the same first rows, so the
    // ones beyond a lane's rows are exactly those a packing with its rows leaves out.
    for (auto& p : placements)
        if (p.row >= bands_.rowsOf(p.lane))
            p.row = -1;
    fallBack(placements);
    for (const auto& p : placements) {
        if (p.row < 0 || bands_.isHistogram(p.lane) ||
            (bands_.clusterRow(p.lane) >= 0 && p.row == bands_.clusterRow(p.lane)))
            overflow.push_back(p.entry);
        else
            labelled_.push_back(p);
    }
}

// A dry run with every label as short as a label can be: a lane that overflows even then will
// be drawn as clusters whatever its titles say (see fallBack), so its titles are neither
// fetched nor measured. In a dense stretch that is thousands of titles saved on the first
// frame at a zoom level.
std::vector<std::uint32_t>
RowPacking::dropOverflowingLanes(const std::vector<std::uint32_t>& visible,
                                 std::vector<std::uint32_t>& overflow) {
    std::unordered_map<std::uint32_t, MarkGeometry> dry; // by entry
    dry.reserve(visible.size());
    for (const std::uint32_t m : visible) {
        const std::uint32_t i = lanes_.entryOf(m);
        if (!dry.contains(i))
            dry.emplace(i, marks_.of(index_.at(i), marks_.minLabelPx()));
    }
    const auto dryRun = packRows(visible, dry);
    const auto rows = bands_.allotFor(needsOf(dryRun));
    const auto laneCount = static_cast<std::size_t>(bands_.laneCount());
    std::vector<std::size_t> placed(laneCount), left(laneCount);
    std::vector<bool> overflows(laneCount, false);
    for (const auto& p : dryRun) {
        const auto lane = static_cast<std::size_t>(p.lane);
        const bool out = p.row < 0 || p.row >= rows[lane];
        ++(out || p.row == rows[lane] - 1 ? left : placed)[lane];
        overflows[lane] = overflows[lane] || out;
    }
    std::vector<std::uint32_t> keep;
    for (const std::uint32_t m : visible) {
        const int laneOf = lanes_.laneOfMember(m);
        const auto lane = static_cast<std::size_t>(laneOf);
        if (overflows[lane] && (rows[lane] == 1 || left[lane] > 2 * placed[lane])) {
            overflow.push_back(m);
            bands_.setHistogram(laneOf);
        } else {
            keep.push_back(m);
        }
    }
    return keep;
}

// Titles of a large timeline come from the store: one batch for the whole frame.
void RowPacking::measure(const std::vector<std::uint32_t>& visible, TitleWidths& widths,
                         const QFontMetricsF& fm) {
    std::vector<std::uint32_t> entries;
    entries.reserve(visible.size());
    for (const std::uint32_t m : visible)
        entries.push_back(lanes_.entryOf(m));
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    titles_.prefetch(index_, entries);
    geo_.reserve(entries.size());
    for (const std::uint32_t i : entries) {
        const auto& e = index_.at(i);
        geo_.emplace(i, marks_.of(e, widths.of(e.id, titles_.title(index_, i), fm)));
    }
}

std::vector<LaneLayout::Placement>
RowPacking::packRows(const std::vector<std::uint32_t>& members,
                     std::unordered_map<std::uint32_t, MarkGeometry>& geometry) const {
    auto extentOf = [&](std::uint32_t m) { return geometry[lanes_.entryOf(m)].extent(); };
    const auto order = sortedByLeft(members, [&](std::uint32_t m) { return extentOf(m).left; });
    return lanes_.packRows(order, extentOf, bands_.maxRows(), kPackGapPx);
}

std::vector<int> RowPacking::needsOf(const std::vector<LaneLayout::Placement>& placements) const {
    std::vector<int> needs(static_cast<std::size_t>(bands_.laneCount()), 1);
    for (const auto& p : placements) {
        const auto lane = static_cast<std::size_t>(p.lane);
        if (p.row >= 0)
            needs[lane] = std::max(needs[lane], p.row + 1);
    }
    return needs;
}

// A lane that overflows gives its last row to clusters, so counts never sit on labels. When
// most of its events would be left unlabelled anyway, the few labels would be an arbitrary
// sample that misleads: the whole lane turns into clusters instead.
void RowPacking::fallBack(const std::vector<LaneLayout::Placement>& placements) {
    const auto laneCount = static_cast<std::size_t>(bands_.laneCount());
    std::vector<std::size_t> placed(laneCount), left(laneCount);
    for (const auto& p : placements) {
        const auto lane = static_cast<std::size_t>(p.lane);
        ++(p.row < 0 || p.row == bands_.rowsOf(p.lane) - 1 ? left : placed)[lane];
    }
    for (const auto& p : placements) {
        const auto lane = static_cast<std::size_t>(p.lane);
        if (p.row < 0) {
            bands_.setClusterRow(p.lane, bands_.rowsOf(p.lane) - 1);
            if (bands_.rowsOf(p.lane) == 1 || left[lane] > 2 * placed[lane])
                bands_.setHistogram(p.lane);
        }
    }
}

} // namespace ct::ui

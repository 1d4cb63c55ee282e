#pragma once

#include "layout/LaneLayout.h"
#include "layout/TimelineIndex.h"
#include "timeline/MarkGeometry.h"
#include "timeline/TimelineTitles.h"
#include "timeline/TitleWidths.h"

#include <QFontMetricsF>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace ct::ui {

class LaneBands;

// Which of a frame's events get a labelled row in their lane, and which lanes fall back to
// clusters. A dry run with the shortest labels first turns the lanes that overflow whatever
// their titles say into histograms, unmeasured; then the real titles are measured and packed
// first-fit, the lanes placed at the rows they need; a lane that still overflows gives its
// last row to clusters, or turns wholly into a histogram when most of it would go unlabelled.
class RowPacking {
  public:
    RowPacking(const TimelineIndex& index, const TimelineTitles& titles, const LaneLayout& lanes,
               LaneBands& bands, const MarkPlacement& marks);

    // Packs `visible` (members of the shown lanes) and places the lanes' bands; the members
    // left without a labelled row are appended to `overflow`, for clusters.
    void pack(std::vector<std::uint32_t> visible, std::vector<std::uint32_t>& overflow,
              TitleWidths& widths, const QFontMetricsF& fm);

    // The members labelled in a row, in packing order.
    const std::vector<LaneLayout::Placement>& labelled() const { return labelled_; }
    // Where the entry's mark and label go (entries of labelled() members).
    const MarkGeometry& geometryOf(std::uint32_t entry) const { return geo_.at(entry); }

  private:
    std::vector<std::uint32_t> dropOverflowingLanes(const std::vector<std::uint32_t>& visible,
                                                    std::vector<std::uint32_t>& overflow);
    void measure(const std::vector<std::uint32_t>& visible, TitleWidths& widths,
                 const QFontMetricsF& fm);
    // Rows each lane needs for these placements (by lane; at least one).
    std::vector<int> needsOf(const std::vector<LaneLayout::Placement>& placements) const;
    std::vector<LaneLayout::Placement>
    packRows(const std::vector<std::uint32_t>& members,
             std::unordered_map<std::uint32_t, MarkGeometry>& geometry) const;
    void fallBack(const std::vector<LaneLayout::Placement>& placements);

    const TimelineIndex& index_;
    const TimelineTitles& titles_;
    const LaneLayout& lanes_;
    LaneBands& bands_;
    const MarkPlacement& marks_;
    std::unordered_map<std::uint32_t, MarkGeometry> geo_; // by entry
    std::vector<LaneLayout::Placement> labelled_;
};

} // namespace ct::ui

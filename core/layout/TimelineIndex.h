#pragma once

#include "model/TimelineEntry.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ct {

// Entries sorted by start, with the longest duration as a bound: a window query is two
// binary searches plus a filter over the few long entries that start before the window.
// In time coordinates an entry covers [start, end + 1) days.
class TimelineIndex {
  public:
    TimelineIndex() = default;
    explicit TimelineIndex(std::vector<TimelineEntry> entries);

    const std::vector<TimelineEntry>& entries() const { return entries_; }
    const TimelineEntry& at(std::size_t index) const { return entries_[index]; }
    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }

    // Indices (into entries()) of entries overlapping the open window (fromDay, toDay), in
    // start order. Open, because an event that merely touches the edge is not on screen.
    std::vector<std::uint32_t> query(double fromDay, double toDay) const;
    void query(double fromDay, double toDay, std::vector<std::uint32_t>& out) const;
    // How many entries start in [fromDay, toDay): the overview histogram's bins.
    std::size_t countStarting(double fromDay, double toDay) const;

    std::optional<std::size_t> indexOf(std::int64_t id) const;
    DayNumber firstDay() const { return firstDay_; }
    DayNumber lastDay() const { return lastDay_; } // inclusive end of the latest entry
    DayNumber maxDuration() const { return maxDuration_; }

  private:
    std::vector<TimelineEntry> entries_;
    std::vector<DayNumber> starts_; // separate so the binary search stays in cache
    std::vector<std::pair<std::int64_t, std::uint32_t>> byId_;
    DayNumber firstDay_ = 0;
    DayNumber lastDay_ = 0;
    DayNumber maxDuration_ = 0;
};

} // namespace ct

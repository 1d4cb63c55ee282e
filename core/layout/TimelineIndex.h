#pragma once

#include "model/TimelineEntry.h"
#include "model/TimelineSpan.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ct {

// Spans sorted by start, with the longest duration as a bound: a window query is two binary
// searches plus a filter over the few long spans that start before the window. In time
// coordinates a span covers [start, end + 1) days. Immutable once built, so one index can be
// built on a loader thread and then shared by the timeline and the table.
class TimelineIndex {
  public:
    TimelineIndex() = default;
    explicit TimelineIndex(std::vector<TimelineSpan> spans);
    // Titles are dropped: they are the caller's to keep (see TimelineEntry).
    explicit TimelineIndex(std::span<const TimelineEntry> entries);

    const std::vector<TimelineSpan>& spans() const { return spans_; }
    const TimelineSpan& at(std::size_t index) const { return spans_[index]; }
    std::size_t size() const { return spans_.size(); }
    bool empty() const { return spans_.empty(); }

    // Indices (into spans()) of spans overlapping the open window (fromDay, toDay), in start
    // order. Open, because an event that merely touches the edge is not on screen.
    std::vector<std::uint32_t> query(double fromDay, double toDay) const;
    void query(double fromDay, double toDay, std::vector<std::uint32_t>& out) const;
    // How many spans start in [fromDay, toDay): the overview histogram's bins.
    std::size_t countStarting(double fromDay, double toDay) const;

    // How many spans end before the open window starting at fromDay (end + 1 <= fromDay):
    // the events a view starting there leaves out on the left.
    std::size_t countEndingBefore(double fromDay) const;
    // The latest-starting span that ends before fromDay, and the first that starts at or
    // after toDay: where "earlier" and "later" jump to.
    std::optional<std::size_t> lastEndingBefore(double fromDay) const;
    std::optional<std::size_t> firstStartingFrom(double toDay) const;

    // Where the events are, for Fit All: [from, to) in day coordinates and how many spans lie
    // outside it. Background dates far from the rest (a 1992 treaty in a January 2022 story)
    // would otherwise squeeze the story into one pixel column. The rule (Tukey's far-out
    // fences on start days): with Q1 and Q3 the quartiles of the starts and
    // spread = max(Q3 - Q1, 7 days), spans starting outside [Q1 - 3 spread, Q3 + 3 spread]
    // are left out, but only if they are few (at most 2, or 10 % of all): a timeline made of
    // two equally big episodes years apart is framed whole.
    struct Focus {
        double from = 0;
        double to = 1;
        std::size_t before = 0; // spans left out, earlier and later
        std::size_t after = 0;
    };
    Focus focus() const;

    std::optional<std::size_t> indexOf(std::int64_t id) const;
    DayNumber firstDay() const { return firstDay_; }
    DayNumber lastDay() const { return lastDay_; } // inclusive end of the latest span
    DayNumber maxDuration() const { return maxDuration_; }

  private:
    void buildIdLookup();

    std::vector<TimelineSpan> spans_;
    std::vector<DayNumber> starts_; // separate so the binary search stays in cache
    // id → position. Store ids are mostly dense, so a table indexed by id - minId_ (4 bytes per
    // id, built in one pass) is used when it is at most about twice the count; sparse ids fall
    // back to sorted (id, position) pairs.
    std::int64_t minId_ = 0;
    std::vector<std::uint32_t> positionById_;
    std::vector<std::pair<std::int64_t, std::uint32_t>> byId_;
    DayNumber firstDay_ = 0;
    DayNumber lastDay_ = 0;
    DayNumber maxDuration_ = 0;
};

} // namespace ct

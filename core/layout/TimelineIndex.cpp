#include "layout/TimelineIndex.h"

#include <algorithm>
#include <cmath>

namespace ct {

TimelineIndex::TimelineIndex(std::vector<TimelineEntry> entries) : entries_(std::move(entries)) {
    std::stable_sort(
        entries_.begin(), entries_.end(),
        [](const TimelineEntry& a, const TimelineEntry& b) { return a.start < b.start; });
    starts_.reserve(entries_.size());
    byId_.reserve(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        auto& e = entries_[i];
        if (e.end < e.start) // a malformed row must not break the duration bound
            e.end = e.start;
        starts_.push_back(e.start);
        byId_.emplace_back(e.id, static_cast<std::uint32_t>(i));
        maxDuration_ = std::max(maxDuration_, e.end - e.start);
        lastDay_ = i == 0 ? e.end : std::max(lastDay_, e.end);
    }
    if (!entries_.empty())
        firstDay_ = entries_.front().start;
    std::sort(byId_.begin(), byId_.end());
}

std::vector<std::uint32_t> TimelineIndex::query(double fromDay, double toDay) const {
    std::vector<std::uint32_t> out;
    query(fromDay, toDay, out);
    return out;
}

void TimelineIndex::query(double fromDay, double toDay, std::vector<std::uint32_t>& out) const {
    out.clear();
    if (entries_.empty() || toDay < fromDay)
        return;
    // Overlap of [start, end + 1) with (from, to): start < to and end + 1 > from. Only
    // entries starting after from - 1 - maxDuration can reach the window.
    const double lowStart = fromDay - 1.0 - maxDuration_;
    const auto first = std::lower_bound(starts_.begin(), starts_.end(), lowStart,
                                        [](DayNumber s, double v) { return s < v; });
    const auto last = std::lower_bound(starts_.begin(), starts_.end(), toDay,
                                       [](DayNumber s, double v) { return s < v; });
    for (auto it = first; it < last; ++it) {
        const auto i = static_cast<std::size_t>(it - starts_.begin());
        if (entries_[i].end + 1.0 > fromDay)
            out.push_back(static_cast<std::uint32_t>(i));
    }
}

std::size_t TimelineIndex::countStarting(double fromDay, double toDay) const {
    const auto a = std::lower_bound(starts_.begin(), starts_.end(), fromDay,
                                    [](DayNumber s, double v) { return s < v; });
    const auto b = std::lower_bound(starts_.begin(), starts_.end(), toDay,
                                    [](DayNumber s, double v) { return s < v; });
    return b > a ? static_cast<std::size_t>(b - a) : 0;
}

std::optional<std::size_t> TimelineIndex::indexOf(std::int64_t id) const {
    const auto it =
        std::lower_bound(byId_.begin(), byId_.end(), std::make_pair(id, std::uint32_t{0}));
    if (it == byId_.end() || it->first != id)
        return std::nullopt;
    return it->second;
}

} // namespace ct

#include "layout/TimelineIndex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct {

namespace {

constexpr std::uint32_t kNoPosition = std::numeric_limits<std::uint32_t>::max();

std::vector<TimelineSpan> spansOf(std::span<const TimelineEntry> entries) {
    std::vector<TimelineSpan> spans;
    spans.reserve(entries.size());
    for (const auto& e : entries)
        spans.push_back(e.span());
    return spans;
}

} // namespace

TimelineIndex::TimelineIndex(std::span<const TimelineEntry> entries)
    : TimelineIndex(spansOf(entries)) {}

TimelineIndex::TimelineIndex(std::vector<TimelineSpan> spans) : spans_(std::move(spans)) {
    auto byStart = [](const TimelineSpan& a, const TimelineSpan& b) { return a.start < b.start; };
    // The store hands spans over in start order; sorting a million again would cost ~80 ms.
    if (!std::is_sorted(spans_.begin(), spans_.end(), byStart))
        std::stable_sort(spans_.begin(), spans_.end(), byStart);
    starts_.reserve(spans_.size());
    for (std::size_t i = 0; i < spans_.size(); ++i) {
        auto& e = spans_[i];
        if (e.end < e.start) // a malformed row must not break the duration bound
            e.end = e.start;
        starts_.push_back(e.start);
        maxDuration_ = std::max(maxDuration_, e.end - e.start);
        lastDay_ = i == 0 ? e.end : std::max(lastDay_, e.end);
    }
    if (!spans_.empty())
        firstDay_ = spans_.front().start;
    buildIdLookup();
}

void TimelineIndex::buildIdLookup() {
    if (spans_.empty())
        return;
    std::int64_t lo = spans_.front().id, hi = lo;
    for (const auto& e : spans_) {
        lo = std::min(lo, e.id);
        hi = std::max(hi, e.id);
    }
    const auto range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    if (range <= 2 * spans_.size() + 1024) {
        minId_ = lo;
        positionById_.assign(range + 1, kNoPosition);
        for (std::size_t i = 0; i < spans_.size(); ++i)
            positionById_[static_cast<std::size_t>(spans_[i].id - lo)] =
                static_cast<std::uint32_t>(i);
        return;
    }
    byId_.reserve(spans_.size());
    for (std::size_t i = 0; i < spans_.size(); ++i)
        byId_.emplace_back(spans_[i].id, static_cast<std::uint32_t>(i));
    std::sort(byId_.begin(), byId_.end());
}

std::vector<std::uint32_t> TimelineIndex::query(double fromDay, double toDay) const {
    std::vector<std::uint32_t> out;
    query(fromDay, toDay, out);
    return out;
}

void TimelineIndex::query(double fromDay, double toDay, std::vector<std::uint32_t>& out) const {
    out.clear();
    if (spans_.empty() || toDay < fromDay)
        return;
    // Overlap of [start, end + 1) with (from, to): start < to and end + 1 > from. Only
    // spans starting after from - 1 - maxDuration can reach the window.
    const double lowStart = fromDay - 1.0 - maxDuration_;
    const auto first = std::lower_bound(starts_.begin(), starts_.end(), lowStart,
                                        [](DayNumber s, double v) { return s < v; });
    const auto last = std::lower_bound(starts_.begin(), starts_.end(), toDay,
                                       [](DayNumber s, double v) { return s < v; });
    for (auto it = first; it < last; ++it) {
        const auto i = static_cast<std::size_t>(it - starts_.begin());
        if (spans_[i].end + 1.0 > fromDay)
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

std::size_t TimelineIndex::countEndingBefore(double fromDay) const {
    const auto lowStart =
        std::lower_bound(starts_.begin(), starts_.end(), fromDay - 1.0 - maxDuration_,
                         [](DayNumber s, double v) { return s < v; });
    const auto before = std::lower_bound(starts_.begin(), starts_.end(), fromDay,
                                         [](DayNumber s, double v) { return s < v; });
    // All spans starting before lowStart end before fromDay; of the few between, check each.
    auto n = static_cast<std::size_t>(lowStart - starts_.begin());
    for (auto it = lowStart; it < before; ++it)
        if (spans_[static_cast<std::size_t>(it - starts_.begin())].end + 1.0 <= fromDay)
            ++n;
    return n;
}

std::optional<std::size_t> TimelineIndex::lastEndingBefore(double fromDay) const {
    const auto before = std::lower_bound(starts_.begin(), starts_.end(), fromDay,
                                         [](DayNumber s, double v) { return s < v; });
    for (auto i = static_cast<std::size_t>(before - starts_.begin()); i > 0; --i)
        if (spans_[i - 1].end + 1.0 <= fromDay)
            return i - 1;
    return std::nullopt;
}

std::optional<std::size_t> TimelineIndex::firstStartingFrom(double toDay) const {
    const auto it = std::lower_bound(starts_.begin(), starts_.end(), toDay,
                                     [](DayNumber s, double v) { return s < v; });
    if (it == starts_.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - starts_.begin());
}

TimelineIndex::Focus TimelineIndex::focus() const {
    Focus f;
    if (spans_.empty())
        return f;
    const std::size_t n = spans_.size();
    std::size_t first = 0, last = n; // the focused spans: [first, last) in start order
    if (n >= 5) {
        const double q1 = starts_[(n - 1) / 4], q3 = starts_[3 * (n - 1) / 4];
        const double spread = std::max(q3 - q1, 7.0);
        const double low = q1 - 3 * spread, high = q3 + 3 * spread;
        const auto a =
            static_cast<std::size_t>(std::lower_bound(starts_.begin(), starts_.end(), low,
                                                      [](DayNumber s, double v) { return s < v; }) -
                                     starts_.begin());
        const auto b =
            static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), high,
                                                      [](double v, DayNumber s) { return v < s; }) -
                                     starts_.begin());
        if (a + (n - b) <= std::max<std::size_t>(2, n / 10)) {
            first = a;
            last = b;
        }
    }
    f.before = first;
    f.after = n - last;
    f.from = starts_[first];
    // The latest end among the focused spans: only those starting within maxDuration of the
    // last start can hold it. A focused span reaching far beyond the fences is cut there.
    double to = starts_[last - 1] + 1.0;
    for (std::size_t i = last; i > first; --i) {
        if (starts_[i - 1] + maxDuration_ + 1.0 < to)
            break;
        to = std::max(to, spans_[i - 1].end + 1.0);
    }
    if (f.before + f.after > 0) {
        const double spread = std::max(double(starts_[last - 1]) - f.from, 7.0);
        to = std::min(to, starts_[last - 1] + 1.0 + spread);
    }
    f.to = to;
    return f;
}

std::optional<std::size_t> TimelineIndex::indexOf(std::int64_t id) const {
    if (!positionById_.empty()) {
        if (id < minId_ || static_cast<std::uint64_t>(id - minId_) >= positionById_.size())
            return std::nullopt;
        const std::uint32_t p = positionById_[static_cast<std::size_t>(id - minId_)];
        if (p == kNoPosition)
            return std::nullopt;
        return p;
    }
    const auto it =
        std::lower_bound(byId_.begin(), byId_.end(), std::make_pair(id, std::uint32_t{0}));
    if (it == byId_.end() || it->first != id)
        return std::nullopt;
    return it->second;
}

} // namespace ct

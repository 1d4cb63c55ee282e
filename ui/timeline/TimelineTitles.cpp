#include "timeline/TimelineTitles.h"

namespace ct::ui {

TimelineTitles::TimelineTitles(std::vector<QString> byPosition)
    : byPosition_(std::move(byPosition)) {}

TimelineTitles::TimelineTitles(Fetch fetch, std::size_t cacheLimit)
    : fetch_(std::move(fetch)), cacheLimit_(cacheLimit) {}

void TimelineTitles::prefetch(const TimelineIndex& index,
                              std::span<const std::uint32_t> positions) const {
    if (!fetch_)
        return;
    std::vector<std::uint32_t> missing;
    std::vector<std::int64_t> ids;
    for (const std::uint32_t p : positions) {
        if (p < index.size() && !cache_.contains(p)) {
            missing.push_back(p);
            ids.push_back(index.at(p).id);
        }
    }
    if (ids.empty())
        return;
    // Wholesale eviction: simple, and a frame never needs more than a few thousand titles.
    if (cache_.size() + ids.size() > cacheLimit_)
        cache_.clear();
    const std::vector<std::string> titles = fetch_(ids);
    for (std::size_t i = 0; i < missing.size(); ++i)
        cache_.insert(missing[i],
                      i < titles.size() ? QString::fromStdString(titles[i]) : QString());
}

QString TimelineTitles::title(const TimelineIndex& index, std::uint32_t position) const {
    if (position < byPosition_.size())
        return byPosition_[position];
    if (!fetch_ || position >= index.size())
        return {};
    if (const auto it = cache_.constFind(position); it != cache_.constEnd())
        return *it;
    const std::uint32_t one[] = {position};
    prefetch(index, one);
    return cache_.value(position);
}

} // namespace ct::ui

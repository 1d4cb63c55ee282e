#pragma once

#include "layout/TimelineIndex.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace ct::ui {

// The titles of a timeline's events, by position in its TimelineIndex. A small timeline hands
// them all over at once; a large one (a million events) would spend ~100 MB on them, so it
// passes a function that reads titles from the store, and only those a frame labels are
// fetched — in one batch per frame — and kept in a bounded cache.
class TimelineTitles {
  public:
    using Fetch = std::function<std::vector<std::string>(const std::vector<std::int64_t>& ids)>;

    TimelineTitles() = default;
    // All titles, in the order of the index's spans.
    explicit TimelineTitles(std::vector<QString> byPosition);
    explicit TimelineTitles(Fetch fetch, std::size_t cacheLimit = 200'000);

    // Fetches the missing titles of these positions in one go, so that title() answers them
    // from memory. A no-op for titles handed over in full.
    void prefetch(const TimelineIndex& index, std::span<const std::uint32_t> positions) const;
    // Empty when unknown (not fetched, or the event is gone).
    QString title(const TimelineIndex& index, std::uint32_t position) const;

  private:
    std::vector<QString> byPosition_;
    Fetch fetch_;
    std::size_t cacheLimit_ = 0;
    mutable QHash<std::uint32_t, QString> cache_;
};

} // namespace ct::ui

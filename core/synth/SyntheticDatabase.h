#pragma once

#include "common/Result.h"
#include "store/EventStore.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace ct {

// Fills a store with EventGenerator's events in one bulk transaction: what the `generate`
// command and the benchmarks use to get a realistic million-event database in seconds.
// Same seed and count → the same events with the same ids in a fresh database.
class SyntheticDatabase {
  public:
    // Called after each chunk with the number of events written so far.
    using Progress = std::function<void(std::size_t written)>;

    static Result<std::size_t> generate(EventStore& store, std::size_t count, std::uint64_t seed,
                                        const Progress& progress = {});
    // The same events into any store: a SQLite file as above, a server story through
    // Store::addEventsUnmerged (COPY), chunk by chunk in one import batch.
    static Result<std::size_t> generate(Store& store, std::size_t count, std::uint64_t seed,
                                        const Progress& progress = {});
};

} // namespace ct

#include "synth/SyntheticDatabase.h"

#include "store/EventBulkInsert.h"
#include "synth/EventGenerator.h"

#include <algorithm>

namespace ct {

Result<std::size_t> SyntheticDatabase::generate(EventStore& store, std::size_t count,
                                                std::uint64_t seed, const Progress& progress) {
    auto bulk = EventBulkInsert::begin(store);
    if (!bulk)
        return bulk.error();
    EventGenerator generator(seed);
    // Chunks keep the generated strings to a few megabytes whatever the count.
    constexpr std::size_t kChunk = 50'000;
    std::size_t written = 0;
    while (written < count) {
        const auto events = generator.generate(std::min(kChunk, count - written));
        if (auto r = bulk->add(events); !r)
            return r.error();
        written += events.size();
        if (progress)
            progress(written);
    }
    auto committed = bulk->commit();
    if (!committed)
        return committed.error();
    return written;
}

Result<std::size_t> SyntheticDatabase::generate(Store& store, std::size_t count, std::uint64_t seed,
                                                const Progress& progress) {
    if (auto* file = dynamic_cast<EventStore*>(&store))
        return generate(*file, count, seed, progress);
    if (auto r = store.beginImportBatch(); !r)
        return r.error();
    EventGenerator generator(seed);
    constexpr std::size_t kChunk = 50'000;
    std::size_t written = 0;
    while (written < count) {
        auto events = generator.generate(std::min(kChunk, count - written));
        if (auto r = store.addEventsUnmerged(events); !r) {
            store.abandonImportBatch();
            return r.error();
        }
        written += events.size();
        if (progress)
            progress(written);
    }
    if (auto r = store.commitImportBatch(); !r) {
        store.abandonImportBatch();
        return r.error();
    }
    return written;
}

} // namespace ct

#pragma once

#include "model/Event.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct {

// Deterministic synthetic events for scale work: ~30 years with bursts
// (crises of a few weeks holding many events) over quiet years, hundreds of
// actors and places, mixed precisions and fuzzy ranges. Same seed → same events.
class EventGenerator {
public:
    explicit EventGenerator(std::uint64_t seed, Date firstDay = Date(1995, 1, 1), int years = 30);

    // The next `count` events, in no particular order.
    std::vector<Event> generate(std::size_t count);

    static constexpr int kActorCount = 400;
    static constexpr int kPlaceCount = 250;

private:
    std::uint32_t random();
    double uniform() { return random() / 4294967296.0; }
    std::size_t pick(std::size_t n) { return random() % n; }

    struct Burst {
        int startOffset;  // days after firstDay
        int length;       // days
        double weight;
        int actorBase;
        int placeBase;
    };

    std::uint64_t m_state;
    Date m_firstDay;
    int m_spanDays;
    std::vector<Burst> m_bursts;
    double m_totalWeight = 0;
    std::uint64_t m_serial = 0;
};

} // namespace ct

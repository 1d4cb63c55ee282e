#include "synth/EventGenerator.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>

namespace ct {
namespace {

constexpr std::array kVerbs = {"Protests erupt in", "Troops deployed to", "Talks held in",
                               "Ceasefire announced in", "Curfew imposed in", "Aid convoy reaches",
                               "Strike paralyses", "Election called in", "Ministers meet in",
                               "Border closed near"};

std::string actorName(int i) {
    return "Actor " + std::to_string(i);
}
std::string placeName(int i) {
    return "Place " + std::to_string(i);
}

} // namespace

EventGenerator::EventGenerator(std::uint64_t seed, Date firstDay, int years)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 0x9876543ull), m_firstDay(firstDay),
      m_spanDays(int((Date(firstDay.year() + years, firstDay.month(), 1) - firstDay).days())) {
    // A quiet background over the whole span plus ~40 crises of 1–8 weeks that
    // hold most events: real timelines are bursty, and bursts are what stress
    // clustering and label layout.
    m_bursts.push_back({0, m_spanDays, 1.0, 0, 0});
    for (int i = 0; i < 40; ++i) {
        Burst b;
        b.length = 7 + int(pick(50));
        b.startOffset = int(pick(std::size_t(m_spanDays - b.length)));
        b.weight = 0.5 + 3.0 * uniform();
        b.actorBase = int(pick(kActorCount));
        b.placeBase = int(pick(kPlaceCount));
        m_bursts.push_back(b);
    }
    for (const Burst& b : m_bursts)
        m_totalWeight += b.weight;
}

std::uint32_t EventGenerator::random() {
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return std::uint32_t((m_state * 0x2545F4914F6CDD1Dull) >> 32);
}

std::vector<Event> EventGenerator::generate(std::size_t count) {
    using boost::gregorian::days;
    std::vector<Event> events;
    events.reserve(count);
    for (std::size_t n = 0; n < count; ++n) {
        double w = uniform() * m_totalWeight;
        const Burst* burst = &m_bursts.back();
        for (const Burst& b : m_bursts) {
            if (w < b.weight) {
                burst = &b;
                break;
            }
            w -= b.weight;
        }
        Event e;
        const int offset = burst->startOffset + int(pick(std::size_t(burst->length)));
        const Date start = m_firstDay + days(offset);
        const double kind = uniform();
        if (kind < 0.80) {
            e.when = DateSpan{start, start, Precision::Day, false};
        } else if (kind < 0.90) {
            e.when = DateSpan{start, start + days(long(1 + pick(20))), Precision::Range, uniform() < 0.5};
        } else if (kind < 0.97) {
            const Date first(start.year(), start.month(), 1);
            e.when = DateSpan{first, first.end_of_month(), Precision::Month, false};
        } else {
            const Date first(start.year(), 1, 1);
            e.when = DateSpan{first, Date(start.year(), 12, 31), Precision::Year, false};
        }
        // Crises draw on a small cast; the background on everyone.
        const bool inBurst = burst != &m_bursts.front();
        const int actor = inBurst ? (burst->actorBase + int(pick(12))) % kActorCount
                                  : int(pick(kActorCount));
        const int place = inBurst ? (burst->placeBase + int(pick(6))) % kPlaceCount
                                  : int(pick(kPlaceCount));
        e.actors = {actorName(actor)};
        if (uniform() < 0.3)
            e.actors.push_back(actorName(int(pick(kActorCount))));
        e.places = {placeName(place)};
        e.title = std::string(kVerbs[pick(kVerbs.size())]) + " " + e.places.front() + " (#" +
                  std::to_string(++m_serial) + ")";
        e.sentence = e.title + ", " + e.actors.front() + " said.";
        e.sentenceEnd = std::int64_t(e.sentence.size());
        e.dateText = toIso(start);
        e.resolution = "generated";
        e.confidence = 0.5 + 0.5 * uniform();
        events.push_back(std::move(e));
    }
    return events;
}

} // namespace ct

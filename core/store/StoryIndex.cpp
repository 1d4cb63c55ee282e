#include "store/StoryIndex.h"

#include "story/PlaceNames.h"

#include <algorithm>
#include <limits>

namespace ct::store {

StoryIndex::TermId StoryIndex::intern(std::string_view term) {
    if (const auto it = m_termIds.find(term); it != m_termIds.end())
        return it->second;
    const TermId id = TermId(m_terms.size());
    m_terms.emplace_back(term);
    m_sentenceTerm.push_back(0);
    m_termIds.emplace(m_terms.back(), id);
    return id;
}

StoryIndex::TermId StoryIndex::find(std::string_view term) const {
    const auto it = m_termIds.find(term);
    return it == m_termIds.end() ? -1 : it->second;
}

StoryIndex::Report StoryIndex::reportOf(const story::ReportFeatures& sentenceFeatures,
                                        const DateSpan& when, std::string fingerprint,
                                        std::string key) {
    Report r;
    r.when = when;
    r.fingerprint = std::move(fingerprint);
    r.key = std::move(key);
    r.fingerprintHash = std::hash<std::string>{}(r.fingerprint);
    r.keyHash = std::hash<std::string>{}(r.key);
    r.terms.reserve(sentenceFeatures.terms.size());
    for (const std::string& t : sentenceFeatures.terms) {
        r.terms.push_back(intern(t));
        m_sentenceTerm[std::size_t(r.terms.back())] = 1;
    }
    r.names = sentenceFeatures.names;
    r.nameFlags.reserve(r.terms.size());
    for (const std::string& t : sentenceFeatures.terms)
        r.nameFlags.push_back(std::binary_search(r.names.begin(), r.names.end(), t) ? 1 : 0);
    r.kinds = sentenceFeatures.kinds;
    r.prospective = sentenceFeatures.prospective;
    r.agedSexes = sentenceFeatures.agedSexes;
    return r;
}

bool StoryIndex::covers(DayNumber first, DayNumber last) const {
    auto it = m_covered.upper_bound(first);
    if (it == m_covered.begin())
        return false;
    --it;
    return it->first <= first && it->second >= last;
}

void StoryIndex::markCovered(DayNumber first, DayNumber last) {
    // Merge with every range that overlaps or touches [first, last].
    auto it = m_covered.upper_bound(first);
    if (it != m_covered.begin() && std::prev(it)->second + 1 >= first)
        --it;
    while (it != m_covered.end() && it->first <= last + 1) {
        first = std::min(first, it->first);
        last = std::max(last, it->second);
        it = m_covered.erase(it);
    }
    m_covered.emplace(first, last);
}

int StoryIndex::tierOf(DayNumber start, DayNumber end) {
    const std::int64_t length = std::int64_t(end) - std::int64_t(start) + 1;
    int tier = 0;
    while (tier < kTiers - 1 && (std::int64_t(1) << tier) < length)
        ++tier;
    return tier;
}

namespace {

void countTerm(StoryIndex::Event& event, StoryIndex::TermId t, int n) {
    auto it = std::find_if(event.termCounts.begin(), event.termCounts.end(),
                           [t](const auto& c) { return c.first == t; });
    if (it == event.termCounts.end())
        event.termCounts.emplace_back(t, n);
    else
        it->second += n;
}

// The report's terms and what refreshEvent reads of it, counted into its event.
void tallyReport(StoryIndex::Event& event, const StoryIndex::Report& report) {
    for (const StoryIndex::TermId t : report.terms)
        countTerm(event, t, 1);
    event.tally.add(report.id, report.published, report.when, report.source);
}

} // namespace

std::uint32_t StoryIndex::spanId(const DateSpan& span) {
    const auto key = std::make_tuple(toDayNumber(span.start), toDayNumber(span.end),
                                     span.precision, span.fuzzy);
    const auto [it, added] = m_spanIds.emplace(key, std::uint32_t(m_spans.size()));
    if (added) {
        m_spans.push_back(span);
        m_spanDays.push_back(story::spanDaysOf(span));
    }
    return it->second;
}

void StoryIndex::group(Event& event, std::uint32_t report) {
    const Report& r = event.reports[report];
    const std::uint32_t span = spanId(r.when);
    auto g = std::find_if(event.groups.begin(), event.groups.end(), [&](const Event::Group& g) {
        return g.span == span && g.kinds == r.kinds && g.prospective == r.prospective &&
               g.agedSexes == r.agedSexes;
    });
    if (g == event.groups.end()) {
        if (std::find(event.spans.begin(), event.spans.end(), span) == event.spans.end())
            event.spans.push_back(span);
        event.groups.push_back(
            {span, r.kinds, r.prospective, r.agedSexes, {},
             std::uint32_t(event.groupTerms.size()), 0, {}});
        g = std::prev(event.groups.end());
    }
    g->reports.push_back(report);
    // The report's words go at the end of its group's, and the later groups' move up (a join
    // moves a few kilobytes; a decision reads the event's groups from one block).
    std::vector<std::uint32_t> words;
    words.reserve(1 + r.terms.size());
    words.push_back(std::uint32_t(r.terms.size()));
    for (std::size_t i = 0; i < r.terms.size(); ++i)
        words.push_back(std::uint32_t(r.terms[i]) << 1 | (r.nameFlags[i] ? 1U : 0U));
    const auto count = std::uint32_t(words.size());
    event.groupTerms.insert(event.groupTerms.begin() + std::ptrdiff_t(g->termsAt + g->termsSize),
                            words.begin(), words.end());
    g->termsSize += count;
    for (auto later = std::next(g); later != event.groups.end(); ++later)
        later->termsAt += count;
    const auto insertSorted = [](std::vector<std::size_t>& hashes, std::size_t hash) {
        hashes.insert(std::upper_bound(hashes.begin(), hashes.end(), hash), hash);
    };
    insertSorted(g->fingerprints, r.fingerprintHash);
    std::vector<std::int64_t>& holders = m_fingerprintEvents[r.fingerprintHash];
    if (const auto at = std::lower_bound(holders.begin(), holders.end(), event.id);
        at == holders.end() || *at != event.id)
        holders.insert(at, event.id);
}

void StoryIndex::addReport(Event& event, Report report) {
    tallyReport(event, report);
    m_keyHashes.insert(report.keyHash);
    event.reports.push_back(std::move(report));
    group(event, std::uint32_t(event.reports.size() - 1));
}

StoryIndex::Event* StoryIndex::add(Event event) {
    event.termCounts.clear();
    event.poolCounts.clear();
    event.poolCountsReports = 0;
    event.poolCountsNames.clear();
    event.tally = {};
    event.groups.clear();
    event.spans.clear();
    event.groupTerms.clear();
    for (std::size_t i = 0; i < event.reports.size(); ++i) {
        tallyReport(event, event.reports[i]);
        m_keyHashes.insert(event.reports[i].keyHash);
        group(event, std::uint32_t(i));
    }
    const std::int64_t id = event.id;
    auto [it, inserted] = m_events.emplace(id, std::move(event));
    if (!inserted)
        return nullptr;
    m_byStart[tierOf(it->second.start, it->second.end)].emplace(std::pair(it->second.start, id),
                                                                &it->second);
    return &it->second;
}

StoryIndex::Event* StoryIndex::event(std::int64_t eventId) {
    const auto it = m_events.find(eventId);
    return it == m_events.end() ? nullptr : &it->second;
}

void StoryIndex::moveDays(Event& event, DayNumber start, DayNumber end) {
    if (event.start == start && event.end == end)
        return;
    m_byStart[tierOf(event.start, event.end)].erase({event.start, event.id});
    event.start = start;
    event.end = end;
    m_byStart[tierOf(start, end)].emplace(std::pair(start, event.id), &event);
}

void StoryIndex::absorb(Event& into, std::int64_t from) {
    const auto it = m_events.find(from);
    if (it == m_events.end() || from == into.id)
        return;
    Event& gone = it->second;
    // Counted as wholes: the cost of a bridge is not that of each of gone's reports joining.
    for (const auto& [t, n] : gone.termCounts)
        countTerm(into, t, n);
    into.tally.absorb(gone.tally);
    into.reports.reserve(into.reports.size() + gone.reports.size());
    for (Report& r : gone.reports) {
        into.reports.push_back(std::move(r));
        group(into, std::uint32_t(into.reports.size() - 1));
    }
    const auto held = [&into](TermId id) {
        return std::find(into.names.begin(), into.names.end(), id) != into.names.end();
    };
    for (std::size_t i = 0; i < gone.names.size(); ++i) {
        const TermId n = gone.names[i];
        if (held(n))
            continue;
        if (i < gone.actorCount)
            into.names.insert(into.names.begin() + std::ptrdiff_t(into.actorCount++), n);
        else
            into.names.push_back(n);
    }
    m_byStart[tierOf(gone.start, gone.end)].erase({gone.start, gone.id});
    m_events.erase(it);
}

std::optional<StoryIndex::Event> StoryIndex::remove(std::int64_t eventId) {
    const auto it = m_events.find(eventId);
    if (it == m_events.end())
        return std::nullopt;
    m_byStart[tierOf(it->second.start, it->second.end)].erase({it->second.start, eventId});
    std::optional<Event> out(std::move(it->second));
    m_events.erase(it);
    return out;
}

std::vector<const StoryIndex::Event*> StoryIndex::overlapping(DayNumber first,
                                                              DayNumber last) const {
    std::vector<const Event*> out;
    for (int tier = 0; tier < kTiers; ++tier) {
        const auto& starts = m_byStart[tier];
        // The last tier holds spans of any length: it is searched from its beginning.
        const auto from = tier == kTiers - 1
                              ? starts.begin()
                              : starts.lower_bound(
                                    {DayNumber(std::int64_t(first) - (std::int64_t(1) << tier) + 1),
                                     std::numeric_limits<std::int64_t>::min()});
        for (auto it = from; it != starts.end() && it->first.first <= last; ++it)
            if (it->second->end >= first)
                out.push_back(it->second);
    }
    std::sort(out.begin(), out.end(), [](const Event* a, const Event* b) { return a->id < b->id; });
    return out;
}

std::vector<const StoryIndex::Event*> StoryIndex::inReach(const DateSpan& when) const {
    const story::Reach reach = story::reachOf(when);
    auto out = overlapping(reach.first, reach.last);
    if (!reach.further)
        return out;
    const std::size_t near = out.size();
    const story::SpanDays whenDays = story::spanDaysOf(when);
    for (const Event* e : overlapping(reach.furtherFirst, reach.furtherLast)) {
        if (e->end >= reach.first && e->start <= reach.last)
            continue; // in the pool already
        // Its groups' dates are its reports' (ReportTally's distinct spans).
        const bool fits = std::any_of(e->spans.begin(), e->spans.end(), [&](std::uint32_t s) {
            return story::fitsEarlier(story::fitOf(whenDays, m_spanDays[s]));
        });
        if (fits)
            out.push_back(e);
    }
    if (out.size() > near)
        std::sort(out.begin(), out.end(),
                  [](const Event* a, const Event* b) { return a->id < b->id; });
    return out;
}

const std::vector<std::pair<StoryIndex::TermId, int>>&
StoryIndex::poolCountsOf(const Event& e) {
    if (e.poolCountsReports == e.reports.size() && e.poolCountsNames == e.names)
        return e.poolCounts;
    // Per report, a term counts once whether its sentence has it or its event names it
    // (the merger sees the event's names as every report's terms): so a name counts every
    // report of the event, any other term the reports whose sentence has it.
    // The event's names are marked once, not searched for each of its terms.
    m_nameStamp.resize(m_terms.size(), 0);
    if (++m_nameGeneration == 0) {
        std::fill(m_nameStamp.begin(), m_nameStamp.end(), 0);
        m_nameGeneration = 1;
    }
    for (const TermId n : e.names)
        m_nameStamp[std::size_t(n)] = m_nameGeneration;
    e.poolCounts.clear();
    for (const auto& [t, n] : e.termCounts)
        if (m_nameStamp[std::size_t(t)] != m_nameGeneration)
            e.poolCounts.emplace_back(t, n);
    for (const TermId n : e.names)
        e.poolCounts.emplace_back(n, int(e.reports.size()));
    e.poolCountsReports = e.reports.size();
    e.poolCountsNames = e.names;
    return e.poolCounts;
}

void StoryIndex::countPool(const std::vector<const Event*>& events, int& documents) {
    m_frequency.resize(m_terms.size(), 0);
    for (const Event* e : events) {
        if (e->reports.empty())
            continue;
        documents += int(e->reports.size());
        for (const auto& [t, n] : poolCountsOf(*e)) {
            if (m_frequency[std::size_t(t)] == 0)
                m_counted.push_back(t);
            m_frequency[std::size_t(t)] += n;
        }
    }
    m_maxFrequency = 0;
    for (const TermId t : m_counted)
        m_maxFrequency = std::max(m_maxFrequency, m_frequency[std::size_t(t)]);
}

std::int64_t StoryIndex::placeKey(TermId id) {
    if (m_placeKeys.size() <= std::size_t(id))
        m_placeKeys.resize(m_terms.size(), kNoPlaceKey);
    std::int64_t& key = m_placeKeys[std::size_t(id)];
    if (key == kNoPlaceKey) {
        // The name is the term without its '#', as the event's place links give it.
        std::string core = story::placeCore(std::string_view(m_terms[std::size_t(id)]).substr(1));
        if (core.empty())
            key = -1 - std::int64_t(id); // the same place only as the same name
        else
            key = m_placeCores.emplace(std::move(core), std::int64_t(m_placeCores.size()))
                      .first->second;
    }
    return key;
}

std::vector<std::uint16_t> StoryIndex::agedSexesOf(const Event& event) {
    std::vector<std::uint16_t> out;
    for (const Report& r : event.reports)
        for (const std::uint16_t a : r.agedSexes)
            if (std::find(out.begin(), out.end(), a) == out.end())
                out.push_back(a);
    return out;
}

bool StoryIndex::placesMayBridge(const Event& a, const Event& b) {
    // The "#place" terms follow the actors, as the event's place links are.
    for (int side = 0; side < 2; ++side) {
        const Event& e = side == 0 ? a : b;
        std::vector<std::int64_t>& keys = m_bridgePlaces[side];
        keys.clear();
        for (auto it = e.names.begin() + std::ptrdiff_t(e.actorCount); it != e.names.end(); ++it)
            keys.push_back(placeKey(*it));
    }
    return store::placesMayBridge(m_bridgePlaces[0], m_bridgePlaces[1]);
}

void StoryIndex::clear() {
    for (auto& tier : m_byStart)
        tier.clear();
    m_events.clear();
    m_covered.clear();
    m_keyHashes.clear();
    m_fingerprintEvents.clear();
}

} // namespace ct::store

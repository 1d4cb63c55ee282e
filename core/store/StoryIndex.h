#pragma once

// Internal to core/store: what the merger compares, kept in memory between reports so that
// merging a report costs its date window's events, not a re-read of their rows.

#include "model/DateSpan.h"
#include "story/ReportSimilarity.h"
#include "story/StoryMerger.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ct::store {

// Mirrors, for the events it holds, their window days, their actor and place names and their
// reports (date, fingerprint, key, the sentence's terms). Whole day ranges are marked
// `covered` once every stored event overlapping them is held, so that a window inside covered
// days is answered from memory alone. It is only right while every write to those events
// goes through it: the store clears it on rollbacks, on any other kind of write and when
// another connection committed (see EventStore::Impl::begin).
class StoryIndex {
  public:
    using TermId = std::int32_t;

    struct Report {
        std::int64_t id = 0;
        std::optional<DayNumber> published; // refreshEvent's order: by publication, then id
        DateSpan when;
        std::string fingerprint;
        std::string key;
        // Compared first: a pool's reports are compared with every new report.
        std::size_t fingerprintHash = 0, keyHash = 0;
        std::vector<TermId> terms;      // of the sentence alone, in featuresOf's order
        std::vector<std::string> names; // the sentence's terms written as names (sorted)
        std::uint32_t kinds = 0;
        bool prospective = false;
    };
    struct Event {
        std::int64_t id = 0;
        DayNumber start = 0, end = 0; // as events_window holds them
        std::vector<TermId> names;    // "@actor" terms by position, then "#place" terms
        std::size_t actorCount = 0;   // how many of `names` are actors
        bool userEdited = false;      // its date is the user's: reports do not move it
        std::vector<Report> reports;
    };

    // What StoryMerger::decide needs for a new report: the candidates in the report's date
    // window that can score (fewer than two shared terms scores nothing, see
    // story::similarity), and the term weights of the whole pool.
    struct Pool {
        std::vector<story::Candidate> candidates;
        story::TermWeights weights;
        bool empty = true; // no event in the window at all
    };
    // `forbidden`/`preferred` say, per report, that its event is ruled out / chosen.
    template <class Forbidden, class Preferred>
    Pool pool(const DateSpan& when, const story::ReportFeatures& report,
              const std::string& fingerprint, Forbidden&& forbidden, Preferred&& preferred);

    TermId intern(std::string_view term);
    // -1 for a term no held report uses.
    TermId find(std::string_view term) const;
    const std::string& term(TermId id) const { return m_terms[std::size_t(id)]; }
    std::size_t termCount() const { return m_terms.size(); }
    Report reportOf(const story::ReportFeatures& sentenceFeatures, const DateSpan& when,
                    std::string fingerprint, std::string key);

    bool covers(DayNumber first, DayNumber last) const;
    void markCovered(DayNumber first, DayNumber last);
    bool holds(std::int64_t eventId) const { return m_events.count(eventId) != 0; }
    // A new event, or one read from the database; nullptr when it is held already.
    Event* add(Event event);
    Event* event(std::int64_t eventId);
    void moveDays(Event& event, DayNumber start, DayNumber end);
    // Held events overlapping [first, last], by id.
    std::vector<const Event*> overlapping(DayNumber first, DayNumber last) const;
    // The pool of a report dated `when` (story::reachOf): the events around its days, and
    // those further away that one of their reports fits Earlier*; by id.
    std::vector<const Event*> inReach(const DateSpan& when) const;
    void clear();

  private:
    void countPool(const std::vector<const Event*>& events, int& documents);
    // The stored report as the merger sees it: its sentence's terms and its event's names.
    story::StoredReport storedOf(const Event& event, const Report& report) const;
    void weigh(Pool& pool, const story::ReportFeatures& report, int documents);
    bool marked(TermId id) const { return m_stamp[std::size_t(id)] == m_generation; }
    // Whether the report's sentence has the term: an actor or place term rarely is a
    // sentence's word, so the terms are searched only for one that ever was.
    bool inSentence(const Report& r, TermId id) const {
        return m_sentenceTerm[std::size_t(id)] && contains(r.terms, id);
    }
    static bool contains(const std::vector<TermId>& terms, TermId id) {
        for (const TermId t : terms)
            if (t == id)
                return true;
        return false;
    }
    // Scratch space for one report's pool, indexed by term id: how many pool reports use each
    // term, and which terms the new report has (stamp == generation).
    std::vector<int> m_frequency;
    std::vector<TermId> m_counted;
    std::vector<TermId> m_needed; // the terms of the reports that reach the merger
    std::vector<std::uint32_t> m_stamp;
    std::uint32_t m_generation = 0;

    // Events by start day in tiers of span length (up to 1, 2, 4 … days): a window looks back
    // only as far as each tier's longest span.
    static constexpr int kTiers = 20;
    static int tierOf(DayNumber start, DayNumber end);
    std::set<std::pair<DayNumber, std::int64_t>> m_byStart[kTiers];
    std::unordered_map<std::int64_t, Event> m_events;
    std::map<DayNumber, DayNumber> m_covered; // first → last, disjoint, not adjacent

    struct TermHash {
        using is_transparent = void; // looked up by string_view, without a copy
        std::size_t operator()(std::string_view text) const noexcept {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, TermId, TermHash, std::equal_to<>> m_termIds;
    std::vector<std::string> m_terms;
    std::vector<bool> m_sentenceTerm; // per term: some held report's sentence has it
};

template <class Forbidden, class Preferred>
StoryIndex::Pool StoryIndex::pool(const DateSpan& when, const story::ReportFeatures& report,
                                  const std::string& fingerprint, Forbidden&& forbidden,
                                  Preferred&& preferred) {
    Pool out;
    const auto events = inReach(when);
    if (events.empty())
        return out;
    out.empty = false;
    const std::size_t fingerprintHash = std::hash<std::string>{}(fingerprint);
    m_stamp.resize(m_terms.size(), 0);
    if (++m_generation == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_generation = 1;
    }
    for (const std::string& t : report.terms)
        if (const TermId id = find(t); id >= 0)
            m_stamp[std::size_t(id)] = m_generation;
    int documents = 1; // the new report
    countPool(events, documents);
    story::ReportFeatures probe;
    for (const Event* e : events) {
        story::Candidate c;
        c.eventId = e->id;
        bool ruledOut = false;
        for (const Report& r : e->reports) {
            ruledOut = ruledOut || forbidden(r);
            c.preferred = c.preferred || preferred(r);
        }
        if (ruledOut)
            continue;
        for (const Report& r : e->reports) {
            const story::DateFit fit = story::fitOf(when, r.when);
            if (fit == story::DateFit::Apart)
                continue;
            const bool copy = !fingerprint.empty() && fingerprintHash == r.fingerprintHash &&
                              fingerprint == r.fingerprint && fit == story::DateFit::Agree;
            if (!copy) {
                // Ruled out before its terms are copied out: contradicts() reads only the
                // kinds and the prospective flag, which the index holds.
                probe.kinds = r.kinds;
                probe.prospective = r.prospective;
                if (story::contradicts(report, probe))
                    continue;
                int shared = 0;
                for (const TermId t : r.terms)
                    shared += marked(t) ? 1 : 0;
                for (const TermId n : e->names)
                    shared += marked(n) && !inSentence(r, n) ? 1 : 0;
                if (shared < 2)
                    continue;
            }
            c.reports.push_back(storedOf(*e, r));
            m_needed.insert(m_needed.end(), r.terms.begin(), r.terms.end());
            m_needed.insert(m_needed.end(), e->names.begin(), e->names.end());
        }
        if (!c.reports.empty() || c.preferred)
            out.candidates.push_back(std::move(c));
    }
    weigh(out, report, documents);
    return out;
}

} // namespace ct::store

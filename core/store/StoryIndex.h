#pragma once

// Internal to core/store: what the merger compares, kept in memory between reports so that
// merging a report costs its date window's events, not a re-read of their rows.

#include "model/DateSpan.h"
#include "store/ReportTally.h"
#include "store/StoryRules.h"
#include "story/ReportSimilarity.h"
#include "story/StoryMerger.h"

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
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
        std::vector<TermId> terms;           // of the sentence alone, in featuresOf's order
        std::vector<std::uint8_t> nameFlags; // per term: the sentence wrote it as a name
        std::vector<std::string> names;      // the sentence's terms written as names (sorted)
        std::uint32_t kinds = 0;
        bool prospective = false;
        std::vector<std::uint16_t> agedSexes; // story::ReportFeatures::agedSexes
        SourceKeys source; // for the event's source count (refreshFromIndex)
    };
    struct Event {
        std::int64_t id = 0;
        DayNumber start = 0, end = 0; // as events_window holds them
        std::vector<TermId> names;    // "@actor" terms by position, then "#place" terms
        std::size_t actorCount = 0;   // how many of `names` are actors
        bool userEdited = false;      // its date is the user's: reports do not move it
        std::vector<Report> reports;  // appended through StoryIndex::addReport
        // How many of its reports' sentences have each term: the pool's term counts are
        // summed per event, not per report (a big event's reports share most words).
        std::vector<std::pair<TermId, int>> termCounts;
        // What countPool adds of the event to a pool: termCounts with its names counted for
        // every report (the merger adds them to each report's terms). An event sits in the
        // pools of many reports between two joins: worked out again only when its reports or
        // names are not those it was worked out for.
        mutable std::vector<std::pair<TermId, int>> poolCounts;
        mutable std::size_t poolCountsReports = 0;
        mutable std::vector<TermId> poolCountsNames;
        // What refreshEvent makes of the reports (date, sources, first report), kept as they
        // join: a join reads it without going over the event's reports.
        ReportTally tally;
        // Its reports (indices into `reports`) by what decides whether one can score at all,
        // before its words are looked at: its date (story::fitOf) and kinds
        // (story::contradicts). A big event's reports fall into a few groups, and a new
        // report's pool is mostly reports of another day or kind of happening.
        struct Group {
            std::uint32_t span = 0; // StoryIndex::spanId of the reports' date
            std::uint32_t kinds = 0;
            bool prospective = false;
            std::vector<std::uint16_t> agedSexes;
            std::vector<std::uint32_t> reports;
            // Where its reports' terms are in the event's groupTerms (termsSize words from
            // termsAt).
            std::uint32_t termsAt = 0, termsSize = 0;
            // Its reports' fingerprint hashes, sorted: whether one of them may be a copy of the
            // new report is a search, not a walk of a group that is otherwise skipped
            // (contradicted). Searched only in an event m_copyEvents names.
            std::vector<std::size_t> fingerprints;
        };
        std::vector<Group> groups;
        // Its groups' distinct dates (spanIds): whether a report dated further away fits one of
        // them Earlier* (inReach) is asked of these, not of every report.
        std::vector<std::uint32_t> spans;
        // The reports' terms again, group after group, in each group in the order of its
        // `reports`: how many, then each as `id << 1 | written as a name`, in the sentence's
        // order. Every decision walks the groups whose date fits; a dense crisis's pools hold
        // thousands of reports in groups of one or two, and read from each Report's own vectors
        // (or a vector per group) a walk was mostly cache misses.
        std::vector<std::uint32_t> groupTerms;
    };

    // StoryMerger::decide for a new report against the events in its reach (inReach), on
    // term ids: the same candidates, the same weights over the whole pool (forbidden events'
    // reports too) and the same arithmetic in the same order — so the same scores to the last
    // bit — without copying the pool's reports out as strings, which made a busy day's pool
    // cost more than everything else an import does. `forbidden`/`preferred` say, per report,
    // that its event is ruled out / chosen; `anyRuled` false says neither is true of any held
    // report (then they are not asked).
    template <class Forbidden, class Preferred>
    story::MergeDecision decide(const DateSpan& when, const story::ReportFeatures& report,
                                const std::string& fingerprint, Forbidden&& forbidden,
                                Preferred&& preferred, bool anyRuled = true);

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
    // Whether a held report may have this key (its hash): false for certain when none has.
    bool mayHoldKey(std::size_t keyHash) const { return m_keyHashes.count(keyHash) != 0; }
    // A new event, or one read from the database; nullptr when it is held already.
    Event* add(Event event);
    Event* event(std::int64_t eventId);
    void addReport(Event& event, Report report);
    // The date refreshEvent gives the event from these reports (agreedSpan in its order).
    static DateSpan agreedOf(const Event& event) { return event.tally.agreed(); }
    // Whom its reports give an age to (store::BridgeSide::agedSexes).
    static std::vector<std::uint16_t> agedSexesOf(const Event& event);
    void moveDays(Event& event, DayNumber start, DayNumber end);
    // Two held events become one (a report bridged them): `from`'s reports join `into`, its
    // names follow into's own (actors before places, as the links are rewritten), and `from`
    // is forgotten. The caller moves `into`'s days.
    void absorb(Event& into, std::int64_t from);
    // The event forgotten and handed back (nothing when it is not held): a server story's import
    // cache drops an event another client changed, and renames one once written.
    std::optional<Event> remove(std::int64_t eventId);
    // Held events overlapping [first, last], by id.
    std::vector<const Event*> overlapping(DayNumber first, DayNumber last) const;
    // The pool of a report dated `when` (story::reachOf): the events around its days, and
    // those further away that one of their reports fits Earlier*; by id.
    std::vector<const Event*> inReach(const DateSpan& when) const;
    // store::placesMayBridge of two held events' places (their "#place" names): each place
    // term's core is worked out once, not for every pair of events a report proposes to bridge.
    bool placesMayBridge(const Event& a, const Event& b);
    void clear();

  private:
    void countPool(const std::vector<const Event*>& events, int& documents);
    const std::vector<std::pair<TermId, int>>& poolCountsOf(const Event& event);
    // The new report as decide() compares it (see StoryIndexDecide.cpp).
    void beginProbe(const story::ReportFeatures& report, int documents);
    // `fingerprint` empty: no report of the event has the new report's fingerprint hash.
    void scoreEvent(const Event& event, const DateSpan& when, const story::ReportFeatures& report,
                    const std::string& fingerprint, std::size_t fingerprintHash, double& score,
                    double& rank, double& link);
    // The pool's weight of a term, worked out once per term and decision (weighTerm).
    double poolWeight(TermId id) {
        const Weight& w = m_weights[std::size_t(id)];
        return w.stamp == m_generation ? w.value : weighTerm(id);
    }
    double weighTerm(TermId id);
    // How many of the terms scoreEvent found shared (m_shared) are story::isParticular (asked
    // once per term of the new report, in beginProbe).
    int sharedParticulars() const;
    void endProbe();
    void group(Event& event, std::uint32_t report);
    // Distinct dates get ids, so that a decision fits each once (m_fit) whatever the number
    // of events and groups that have it.
    std::uint32_t spanId(const DateSpan& span);
    // The fit of the decision's date (m_when, as m_whenDays) to the span.
    story::DateFit fitTo(std::uint32_t span);
    bool marked(TermId id) const { return m_marks[std::size_t(id)].stamp == m_generation; }
    static bool contains(const std::vector<TermId>& terms, TermId id) {
        for (const TermId t : terms)
            if (t == id)
                return true;
        return false;
    }
    // Scratch space for one report's pool, indexed by term id: how many pool reports use each
    // term, and which terms the new report has (stamp == generation) at which position of
    // its terms — one lookup per stored term when a report is compared.
    std::vector<int> m_frequency;
    std::vector<TermId> m_counted;
    struct Mark {
        std::uint32_t stamp = 0;
        std::uint32_t position = 0;
    };
    std::vector<Mark> m_marks;
    std::uint32_t m_generation = 0;
    std::vector<std::uint32_t> m_nameStamp; // countPool: the event's names (== generation)
    std::uint32_t m_nameGeneration = 0;
    // The pool's term weights, computed once per term and report (valid at m_generation).
    struct Weight {
        double value = 0;
        std::uint32_t stamp = 0;
    };
    std::vector<Weight> m_weights;
    int m_documents = 0;
    // The new report: its terms' ids (-1: no held report uses it), their weights on its side
    // (name boost included) and their norm (m_marks: each term's position among them).
    std::vector<TermId> m_probeIds;
    std::vector<double> m_probeWeights;
    std::vector<double> m_probePool; // each term's poolWeight (0 for -1), read by every dot product
    std::vector<std::uint8_t> m_probeParticular; // story::isParticular, per term
    double m_probeNorm = 0;
    std::vector<std::pair<std::int64_t, double>> m_links; // decide: each event's bridging link
    story::ReportFeatures m_kindsProbe; // a stored report's kinds, for story::contradicts
    std::vector<std::pair<std::uint32_t, bool>> m_shared; // position, a name on the other side
    // scoreEvent: the event's names as each of its reports sees them (the merger adds them to
    // every report's terms), looked up once per event.
    struct EventName {
        TermId id;
        bool probed; // the new report has it
        // Some held sentence has it: only then are a report's own terms searched for it (an
        // actor or place term rarely is a sentence's word).
        bool maySentence;
        double square; // its pool weight squared
    };
    std::vector<EventName> m_eventNames;
    // When no name is a held sentence's term (the usual case), every report of the event shares
    // the probed names (their positions, ascending) and adds every square to its norm.
    std::vector<std::uint32_t> m_probedNames;
    double m_namesNorm = 0; // their squares summed, for a lower bound of each report's norm
    double m_minWeight = 0; // no pool term weighs less in this decision
    int m_maxFrequency = 0; // countPool: the most reports of the pool one term is in
    std::vector<DateSpan> m_spans; // by spanId
    std::vector<story::SpanDays> m_spanDays; // by spanId: as fitOf compares them
    std::map<std::tuple<DayNumber, DayNumber, Precision, bool>, std::uint32_t> m_spanIds;
    struct Fit {
        std::uint32_t stamp = 0; // valid at m_generation
        story::DateFit fit = story::DateFit::Apart;
    };
    std::vector<Fit> m_fit; // per spanId
    story::SpanDays m_whenDays; // the decision's date

    // Events by start day in tiers of span length (up to 1, 2, 4 … days): a window looks back
    // only as far as each tier's longest span.
    static constexpr int kTiers = 20;
    static int tierOf(DayNumber start, DayNumber end);
    // (start, id) → the event, whose node in m_events stays where it is until it is erased.
    std::map<std::pair<DayNumber, std::int64_t>, Event*> m_byStart[kTiers];
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
    std::vector<std::uint8_t> m_sentenceTerm; // per term: some held report's sentence has it
    std::unordered_set<std::size_t> m_keyHashes; // of every report held since the last clear()
    // Per place term (placesMayBridge): the id of its name's core, or when the core is empty a
    // key of its own (-1 - the term's id); kNoPlaceKey until asked.
    static constexpr std::int64_t kNoPlaceKey = std::numeric_limits<std::int64_t>::min();
    std::int64_t placeKey(TermId id);
    std::vector<std::int64_t> m_placeKeys;
    std::unordered_map<std::string, std::int64_t> m_placeCores;
    std::vector<std::int64_t> m_bridgePlaces[2]; // placesMayBridge's scratch
    // Likewise their fingerprints', each with the ids of the events holding a report of that
    // hash (sorted; an id stays after its event is absorbed or removed, so that a list is never
    // short of one): a new report whose hash is not among them copies none, and its decision
    // looks at no report for that (a contradicted group for nothing else); and otherwise only
    // into the groups of the events listed, instead of searching every event of the pool.
    std::unordered_map<std::size_t, std::vector<std::int64_t>> m_fingerprintEvents;
};

template <class Forbidden, class Preferred>
story::MergeDecision StoryIndex::decide(const DateSpan& when, const story::ReportFeatures& report,
                                        const std::string& fingerprint, Forbidden&& forbidden,
                                        Preferred&& preferred, bool anyRuled) {
    story::MergeDecision best;
    const auto events = inReach(when);
    if (events.empty())
        return best;
    m_whenDays = story::spanDaysOf(when);
    int documents = 1; // the new report
    countPool(events, documents);
    beginProbe(report, documents);
    const std::size_t fingerprintHash = std::hash<std::string>{}(fingerprint);
    const std::vector<std::int64_t>* copyEvents = nullptr;
    if (!fingerprint.empty())
        if (const auto it = m_fingerprintEvents.find(fingerprintHash);
            it != m_fingerprintEvents.end())
            copyEvents = &it->second;
    static const std::string noFingerprint;
    double bestRank = 0, bestLink = 0;
    bool userChose = false;
    m_links.clear();
    for (const Event* e : events) {
        bool ruledOut = false, chosen = false;
        if (anyRuled)
            for (const Report& r : e->reports) {
                ruledOut = ruledOut || forbidden(r);
                chosen = chosen || preferred(r);
            }
        if (ruledOut)
            continue;
        if (chosen && !userChose) {
            best = {e->id, 2.0, {}}; // the user's merge stands above any similarity
            userChose = true;
        }
        double score = 0, rank = 0, link = 0;
        const bool eventMayCopy =
            copyEvents && std::binary_search(copyEvents->begin(), copyEvents->end(), e->id);
        scoreEvent(*e, when, report, eventMayCopy ? fingerprint : noFingerprint, fingerprintHash,
                   score, rank, link);
        if (link > 0)
            m_links.emplace_back(e->id, link);
        if (!userChose && rank > bestRank) {
            bestRank = rank;
            best = {e->id, score, {}};
            bestLink = link;
        }
    }
    story::StoryMerger::addBridges(best, bestLink, userChose, m_links);
    endProbe();
    return best;
}

} // namespace ct::store

#pragma once

#include "model/DateSpan.h"
#include "story/ReportSimilarity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ct::story {

// How two reports' dates relate.
enum class DateFit {
    Apart,     // different happenings, whatever the words
    Agree,     // the same day, or overlapping where one side is a range or fuzzy
    Neighbour, // consecutive single days: one outlet's date may be off by one (a disagreement)
    // One side is a publication estimate, the other a day shortly before it: a follow-up that
    // retells, days later and without a date word, a happening another report dates. Recent:
    // up to two days before the estimate; Older: up to kReachBackDays before publication.
    EarlierRecent,
    EarlierOlder,
};
DateFit fitOf(const DateSpan& a, const DateSpan& b);
// A span as fitOf reads it: its day numbers and what it asks of each side. A caller that fits
// one date against many stored ones (the store's merge index) converts each span once and
// compares integers, not Boost dates; fitOf(DateSpan, DateSpan) is this on both sides.
struct SpanDays {
    DayNumber start = 0, end = 0;
    bool estimate = false; // isPublicationEstimate
    bool single = false;   // isSingleDay
    bool exact = false;    // a single day, not fuzzy
};
SpanDays spanDaysOf(const DateSpan& span);
DateFit fitOf(const SpanDays& a, const SpanDays& b);

// What the extractor gives a sentence that tells the article's news without a date word: "on
// or shortly before publication", the day before publication to publication, fuzzy. Only this
// makes a fuzzy range of two days that ends on a day the resolver did not name.
DateSpan publicationEstimate(Date published);
bool isPublicationEstimate(const DateSpan& span);
// How far before its publication an undated follow-up may tell of a dated happening: local
// news follows a shooting up for days ("charged", "identified", "vigil") and retells it in
// the past tense without repeating its day.
constexpr int kReachBackDays = 6;

// The days whose events a new report is compared with. Events overlapping [first, last] (its
// own days and one either side) all form its pool; events overlapping [furtherFirst,
// furtherLast] (further == true) join it only when one of their reports fits it Earlier*:
// a publication estimate looks back, a single day looks ahead for estimates that reach it.
struct Reach {
    DayNumber first = 0, last = 0;
    bool further = false;
    DayNumber furtherFirst = 0, furtherLast = 0;
};
Reach reachOf(const DateSpan& when);
bool fitsEarlier(DateFit fit);

// One report already stored, as the merger sees it.
struct StoredReport {
    DateSpan when;
    ReportFeatures features;
    std::string fingerprint;
};

// An event the new report might join: the events overlapping its date (± a day).
struct Candidate {
    std::int64_t eventId = 0;
    std::vector<StoredReport> reports;
    bool forbidden = false; // the user said the new report is not this happening (split, apart)
    bool preferred = false; // the user merged the new report's earlier self into this event
};

struct MergeDecision {
    std::int64_t eventId = 0; // 0: a new event
    double score = 0;         // the best similarity found (for tests and tuning)
    // Other events the report tells of as surely as of eventId (StoryMerger::kBridgeThreshold
    // on each link, no date disagreement): by id. The report bridges them — the store merges
    // each with eventId when the two events may be one (store::mayBridge).
    std::vector<std::int64_t> bridged;
};

// Decides which existing event a new report tells of, if any. It joins the event holding the
// report it is most similar to (single link: a headline joins the lede that repeats it, a
// rewording joins either), provided the dates fit and nothing contradicts.
class StoryMerger {
  public:
    // Measured (docs/story-history.md) on tests/data/story and the shared story-incidents set:
    // with names, ages and numbers weighed, every different-happening pair stays apart down
    // to 0.12; 0.15 keeps a margin above that and joins every same-happening pair of the
    // test story (0.22 split more local-news tellings of one shooting).
    static constexpr double kJoinThreshold = 0.15;
    // One day apart is a disagreement worth showing only when the wording leaves no doubt.
    static constexpr double kNeighbourThreshold = 0.5;
    // How much an agreement inside an estimated or ranged date counts, against the same day,
    // when choosing between events that both pass the threshold.
    static constexpr double kEstimateRank = 0.8;
    // A report reaching back from its publication estimate needs more than one of the same
    // days: two or three days back still the usual evidence, further back a clear retelling
    // (the victim's name or age and the place, not "a man was shot").
    static constexpr double kEarlierRecentThreshold = kJoinThreshold;
    static constexpr double kEarlierOlderThreshold = 0.5;
    // A report that passes for two events tells that they are one happening (local news
    // tells one shooting in two articles that share little, and a later report shares enough
    // with each). Merging two events needs more than joining one: each of the report's two
    // links must reach this, dated the same (Agree) or reaching back from an undated
    // follow-up (Earlier*), never across a one-day disagreement. Measured (docs/story-history.md)
    // on the shared story-incidents set: wrong bridges linked at 0.15–0.17 (earlier rules)
    // and once at 0.22 through two generic words, right ones up to 0.56.
    static constexpr double kBridgeThreshold = 0.2;
    // And each link must share this many terms (a join needs two): a short sentence's two
    // generic words ("As they ran, shots were fired, hitting the victim") reach 0.2 with
    // another shooting's report.
    static constexpr int kBridgeSharedTerms = 3;
    // And at least this many of them particular (story::isParticular: a name, a place, an age,
    // a rare word): "A man was found shot in the back at a friend's home" shares "found",
    // "shot", "back", "friend" and "home" with another evening's shooting — five terms at 0.48
    // that say what sort of happening it was, none which one. A join may rest on such words
    // (the dates and the pool already narrow it down); merging two events may not.
    static constexpr int kBridgeParticulars = 1;

    // The similarity a report needs to a stored report whose date fits it so.
    static double thresholdOf(DateFit fit);
    // Whether a join of a report dated `when` to a stored one dated `stored` that passes the
    // threshold needs a particular shared term too (story::isParticular). A join may rest on
    // generic words because the dates narrow the pool down; two publication estimates ("on or
    // shortly before publication": neither names a day) narrow nothing beyond the week of
    // publication, and "A man D.C. police called reckless …" and "It was a 911 call … that
    // sent state police there" share "police" and "call" across two cities. One rule for
    // every engine's decide.
    static bool needsParticular(const DateSpan& when, const DateSpan& stored) {
        return isPublicationEstimate(when) && isPublicationEstimate(stored);
    }
    // Whether a link of that fit, sharing `shared` terms of which `particulars` are particular,
    // may bridge two events.
    static bool bridgesAcross(DateFit fit, int shared, int particulars) {
        return (fit == DateFit::Agree || fitsEarlier(fit)) && shared >= kBridgeSharedTerms &&
               particulars >= kBridgeParticulars;
    }
    // The decision's bridged events from each candidate's best bridging link (`links`: event
    // id and similarity, candidates that may be joined only, in any order): the others than
    // the joined one whose link reaches kBridgeThreshold, when the joined one's does too (or
    // the user chose it: `chosen`). One rule for every engine's decide.
    static void addBridges(MergeDecision& decision, double joinedLink, bool chosen,
                           const std::vector<std::pair<std::int64_t, double>>& links);

    // How a passing similarity `similarity` to a stored report dated `stored` ranks against
    // other events' for a new report dated `when`: the same day fully, agreement inside an
    // estimate ×kEstimateRank, and inside a stored range wider than a day ("last week")
    // ×kEstimateRank again. One rule for every engine's decide.
    static double rankOf(const DateSpan& when, const DateSpan& stored, double similarity);

    static MergeDecision decide(const DateSpan& when, const ReportFeatures& report,
                                const std::string& fingerprint,
                                const std::vector<Candidate>& candidates);
    // The same with the term weights of the whole pool (the new report and every report of
    // every candidate, forbidden ones too) given: a caller that leaves out reports which
    // cannot score (fewer than two shared terms) must still weigh terms over all of them.
    static MergeDecision decide(const DateSpan& when, const ReportFeatures& report,
                                const std::string& fingerprint,
                                const std::vector<Candidate>& candidates,
                                const TermWeights& weights);
};

} // namespace ct::story

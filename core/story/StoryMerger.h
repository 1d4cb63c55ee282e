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
};
DateFit fitOf(const DateSpan& a, const DateSpan& b);

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
};

// Decides which existing event a new report tells of, if any. It joins the event holding the
// report it is most similar to (single link: a headline joins the lede that repeats it, a
// rewording joins either), provided the dates fit and nothing contradicts.
class StoryMerger {
  public:
    // Measured (README, "Stories") on tests/data/story and the shared story-incidents set:
    // with names, ages and numbers weighed, every different-happening pair stays apart down
    // to 0.12; 0.15 keeps a margin above that and joins every same-happening pair of the
    // test story (0.22 split more local-news tellings of one shooting).
    static constexpr double kJoinThreshold = 0.15;
    // One day apart is a disagreement worth showing only when the wording leaves no doubt.
    static constexpr double kNeighbourThreshold = 0.5;
    // How much an agreement inside an estimated or ranged date counts, against the same day,
    // when choosing between events that both pass the threshold.
    static constexpr double kEstimateRank = 0.8;

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

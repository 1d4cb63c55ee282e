#pragma once

// Internal to core/store/pg: the merger's view of an article's held events (PgImport.h), kept
// while its reports are decided.

#include "store/pg/PgImport.h"
#include "story/StoryMerger.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace ct::pgimport {

// Each held event as a story::Candidate — its reports' features with the event's names added
// as terms — built the first time a report of the article reaches it and kept until a report
// joins it (changed()). Building them afresh for every report copied every stored report's
// terms once per new report: with a thousand articles stored that was most of the client's
// time per article (ct-bench, CPU per article).
class CandidatePool {
  public:
    using FeaturesOf =
        std::function<const story::ReportFeatures&(const store::ReportWithPrint& row)>;
    CandidatePool() = default;
    explicit CandidatePool(FeaturesOf featuresOf) : m_featuresOf(std::move(featuresOf)) {}
    // Where build() takes a report's features from (an article's own reports' are its plan's).
    void setFeaturesOf(FeaturesOf featuresOf) { m_featuresOf = std::move(featuresOf); }

    // The candidates for a report keyed `key`, one per id of `ids` (held events, in order),
    // forbidden where one of its reports is the report itself or one the user set apart from
    // it, preferred where one is a report the user said it is the same as. Hand them back
    // with giveBack() once decided.
    std::vector<story::Candidate> take(const Plan& plan, const std::vector<std::int64_t>& ids,
                                       const std::string& key, const std::set<std::string>& apart,
                                       const std::set<std::string>& same);
    void giveBack(std::vector<story::Candidate>&& candidates);
    // The term weights StoryMerger::decide would count over `report` and every report of
    // `candidates` (taken, not yet given back): the same counts, summed from each event's
    // term counts (kept with its candidate) instead of hashing every term of every report
    // again for each new report.
    story::TermWeights weightsFor(const story::ReportFeatures& report,
                                  const std::vector<story::Candidate>& candidates) const;
    // The event's reports or names changed: built again when next reached.
    void changed(std::int64_t eventId) {
        m_built.erase(eventId);
        m_termCounts.erase(eventId);
    }
    // A new event's provisional id became the id it was written under.
    void renamed(std::int64_t from, std::int64_t to);
    void clear() {
        m_built.clear();
        m_termCounts.clear();
    }

  private:
    story::Candidate build(std::int64_t id, const Held& held);

    FeaturesOf m_featuresOf;
    std::unordered_map<std::int64_t, story::Candidate> m_built;
    // Per built event: how many of its reports have each term.
    std::unordered_map<std::int64_t, std::vector<std::pair<std::string, int>>> m_termCounts;
};

} // namespace ct::pgimport

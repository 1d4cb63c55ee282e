#pragma once

// Internal to core/store/pg: the merger's view of the events an import holds (PgImport.h: Held),
// kept with them between articles (PgImportCache.h) while their reports are decided.

#include "store/StoryIndex.h"
#include "store/pg/PgImport.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>

namespace ct::pgimport {

// The held events in the SQLite import's store::StoryIndex — terms interned as integers, each
// event's term counts, events by day — so that a report is decided on a server story at the cost
// it has in a file: StoryIndex::decide runs StoryMerger::decide's rules on the term ids, with
// the same pool, weights and sums, so the same decisions. Deciding from string-keyed candidates
// (story::Candidate, rebuilt when a report joined) cost the client ~60 % of its CPU an article
// at 1,000 articles, growing with the story.
//
// It holds exactly the held events that have reports (an event without any is no candidate),
// under the ids the decisions use (provisional for an article's new events until renamed()),
// with their days and names as Held has them: the caller tells it of every change.
class CandidateIndex {
  public:
    // A stored report's sentence features: its sentence's terms alone, the names being the
    // event's (story::featuresOf(sentence, {}, {})).
    static story::ReportFeatures sentenceFeatures(const store::ReportWithPrint& row);
    using FeaturesOf = std::function<story::ReportFeatures(const store::ReportWithPrint& row)>;

    // The event as `held` has it (read afresh, or founded), replacing what was held under `id`.
    void add(std::int64_t id, const Held& held, const FeaturesOf& featuresOf = sentenceFeatures);
    void remove(std::int64_t id) { m_index.remove(id); }
    // A report joined `id` (`held` as it is now: the row added, names extended, days refreshed);
    // `sentence`: the report's sentence features.
    void joined(std::int64_t id, const Held& held, const store::ReportWithPrint& row,
                const story::ReportFeatures& sentence);
    // `gone` became part of `kept` (a bridge), `held` being kept as it is now.
    void bridged(std::int64_t kept, std::int64_t gone, const Held& held);
    // A new event's provisional id became the id it was written under.
    void renamed(std::int64_t from, std::int64_t to);
    // The event a report keyed `key` joins (0: none), and those it bridges: `sentence` its
    // sentence features, `asEvent` its names; forbidden where one of an event's reports is the
    // report itself or one the user set apart from it, preferred where one is a report the
    // user said it is the same as.
    story::MergeDecision decide(const Report& report, const std::string& key,
                                const std::string& fingerprint,
                                const story::ReportFeatures& sentence, const Event& asEvent,
                                const std::set<std::string>& apart,
                                const std::set<std::string>& same);
    // Whom the event's reports give an age to (store::BridgeSide::agedSexes): from the features
    // held for `id`, else read from `held`'s sentences.
    std::vector<std::uint16_t> agedSexesOf(std::int64_t id, const Held& held);
    void clear() { m_index.clear(); }
    bool holds(std::int64_t id) const { return m_index.holds(id); }

  private:
    // The event's names and days as `held` has them.
    void follow(store::StoryIndex::Event& e, const Held& held);
    store::StoryIndex::Report entryOf(const store::ReportWithPrint& row,
                                      const story::ReportFeatures& sentence);

    store::StoryIndex m_index;
};

} // namespace ct::pgimport

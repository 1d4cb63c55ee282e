#pragma once

// Internal to core/store: what refreshEvent reads from all of an event's reports — the agreed
// date, the disagreement flag, the source count, the first report — kept up to date as reports
// join, so that a report costs the same in an event of one report or of a thousand.

#include "model/DateSpan.h"
#include "store/StoryRules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ct::store {

class ReportTally {
  public:
    void add(std::int64_t reportId, std::optional<DayNumber> published, const DateSpan& when,
             const SourceKeys& source);
    // `other`'s reports join these (two events become one).
    void absorb(const ReportTally& other);

    std::size_t reports() const { return m_reports; }
    // As agreedSpan over the reports' spans in refreshEvent's order. Kept until a report
    // joins: a join, a bridge's sides and the batch's refresh each ask for it.
    DateSpan agreed() const;
    // As spansDisputed over the reports' spans.
    bool disputed() const;
    // As sourceCountOf over the reports' SourceKeys.
    int sources() const { return m_groups; }
    // The first report in refreshEvent's order (by publication day, undated last, then id).
    std::int64_t firstReport() const { return m_first.id; }
    // Whether any report's span satisfies `test`.
    template <class Test> bool anySpan(Test&& test) const {
        for (const Counted& c : m_spans)
            if (test(c.span))
                return true;
        return false;
    }

  private:
    // A report's place in refreshEvent's order.
    struct Order {
        bool undated = true;
        DayNumber published = 0;
        std::int64_t id = 0;
        bool operator<(const Order& o) const {
            if (undated != o.undated)
                return !undated;
            if (published != o.published)
                return published < o.published;
            return id < o.id;
        }
    };
    struct Counted {
        DateSpan span;
        double count = 0;
        Order first; // its first report
    };
    void count(const DateSpan& span, double n, const Order& first);
    int node(const std::string& key);
    int root(int node);
    int rootOf(int node) const; // root() without shortening the paths
    void unite(int a, int b);

    std::size_t m_reports = 0;
    Order m_first;
    mutable std::optional<DateSpan> m_agreed; // agreed(), until the spans change
    std::vector<Counted> m_spans; // distinct
    // Union-find over the reports' source keys: each report unites its outlet with its
    // fingerprint, so the groups of keys are sourceCountOf's groups of reports.
    std::unordered_map<std::string, int> m_nodes;
    std::vector<std::string> m_keys; // per node
    std::vector<int> m_parent;
    int m_groups = 0;
};

} // namespace ct::store

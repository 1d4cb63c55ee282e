#include "store/ReportTally.h"

#include <algorithm>

namespace ct::store {

void ReportTally::add(std::int64_t reportId, std::optional<DayNumber> published,
                      const DateSpan& when, const SourceKeys& source) {
    const Order order{!published.has_value(), published.value_or(0), reportId};
    if (m_reports == 0 || order < m_first)
        m_first = order;
    ++m_reports;
    count(when, 1, order);
    const int outlet = node(source.outlet);
    if (!source.print.empty())
        unite(outlet, node(source.print));
}

void ReportTally::absorb(const ReportTally& other) {
    if (other.m_reports == 0)
        return;
    if (m_reports == 0 || other.m_first < m_first)
        m_first = other.m_first;
    m_reports += other.m_reports;
    for (const Counted& c : other.m_spans)
        count(c.span, c.count, c.first);
    // Each of other's keys joins the key its group is named by there.
    for (const auto& [key, n] : other.m_nodes) {
        const int here = node(key);
        const std::string& named = other.m_keys[std::size_t(other.rootOf(n))];
        unite(here, node(named));
    }
}

void ReportTally::count(const DateSpan& span, double n, const Order& first) {
    m_agreed.reset();
    const auto same = std::find_if(m_spans.begin(), m_spans.end(),
                                   [&](const Counted& c) { return c.span == span; });
    if (same == m_spans.end()) {
        m_spans.push_back({span, n, first});
        return;
    }
    same->count += n;
    same->first = std::min(same->first, first);
}

DateSpan ReportTally::agreed() const {
    if (m_agreed)
        return *m_agreed;
    std::vector<const Counted*> order;
    order.reserve(m_spans.size());
    for (const Counted& c : m_spans)
        order.push_back(&c);
    std::sort(order.begin(), order.end(),
              [](const Counted* a, const Counted* b) { return a->first < b->first; });
    std::vector<DistinctSpan> distinct;
    distinct.reserve(order.size());
    for (const Counted* c : order)
        distinct.push_back({c->span, c->count});
    m_agreed = distinct[agreedDistinctIndex(distinct)].span;
    return *m_agreed;
}

bool ReportTally::disputed() const {
    for (std::size_t i = 0; i < m_spans.size(); ++i)
        for (std::size_t j = i + 1; j < m_spans.size(); ++j)
            if (spansDispute(m_spans[i].span, m_spans[j].span))
                return true;
    return false;
}

int ReportTally::node(const std::string& key) {
    const auto [it, inserted] = m_nodes.emplace(key, int(m_parent.size()));
    if (inserted) {
        m_keys.push_back(key);
        m_parent.push_back(it->second);
        ++m_groups;
    }
    return it->second;
}

int ReportTally::root(int n) {
    while (m_parent[std::size_t(n)] != n) {
        m_parent[std::size_t(n)] = m_parent[std::size_t(m_parent[std::size_t(n)])];
        n = m_parent[std::size_t(n)];
    }
    return n;
}

int ReportTally::rootOf(int n) const {
    while (m_parent[std::size_t(n)] != n)
        n = m_parent[std::size_t(n)];
    return n;
}

void ReportTally::unite(int a, int b) {
    a = root(a);
    b = root(b);
    if (a == b)
        return;
    m_parent[std::size_t(std::max(a, b))] = std::min(a, b);
    --m_groups;
}

} // namespace ct::store

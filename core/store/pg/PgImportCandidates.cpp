#include "store/pg/PgImportCandidates.h"

#include <algorithm>
#include <string_view>

namespace ct::pgimport {

story::Candidate CandidatePool::build(std::int64_t id, const Held& held) {
    story::Candidate c;
    c.eventId = id;
    std::vector<std::string> names;
    for (const std::string& n : held.event.actors)
        names.push_back("@" + n);
    for (const std::string& n : held.event.places)
        names.push_back("#" + n);
    c.reports.reserve(held.rows.size());
    for (const store::ReportWithPrint& row : held.rows) {
        story::StoredReport& stored = c.reports.emplace_back();
        stored.when = row.report.when;
        stored.features = m_featuresOf(row);
        stored.fingerprint = row.fingerprint;
        for (const std::string& n : names)
            if (std::find(stored.features.terms.begin(), stored.features.terms.end(), n) ==
                stored.features.terms.end())
                stored.features.terms.push_back(n);
    }
    std::unordered_map<std::string_view, int> counts;
    for (const story::StoredReport& stored : c.reports)
        for (const std::string& t : stored.features.terms)
            ++counts[t];
    auto& termCounts = m_termCounts[id];
    termCounts.clear();
    termCounts.reserve(counts.size());
    for (const auto& [term, n] : counts)
        termCounts.emplace_back(std::string(term), n);
    return c;
}

story::TermWeights
CandidatePool::weightsFor(const story::ReportFeatures& report,
                          const std::vector<story::Candidate>& candidates) const {
    std::unordered_map<std::string_view, int> frequency;
    int documents = 1;
    for (const std::string& t : report.terms)
        ++frequency[t];
    for (const story::Candidate& c : candidates) {
        documents += int(c.reports.size());
        for (const auto& [term, n] : m_termCounts.at(c.eventId))
            frequency[term] += n;
    }
    story::TermWeights weights;
    weights.setCounts(documents);
    for (const auto& [term, n] : frequency)
        weights.setFrequency(std::string(term), n);
    return weights;
}

std::vector<story::Candidate>
CandidatePool::take(const Plan& plan, const std::vector<std::int64_t>& ids, const std::string& key,
                    const std::set<std::string>& apart, const std::set<std::string>& same) {
    std::vector<story::Candidate> out;
    out.reserve(ids.size());
    for (const std::int64_t id : ids) {
        const Held& held = plan.held.at(id);
        auto built = m_built.find(id);
        story::Candidate c = built != m_built.end() ? std::move(built->second) : build(id, held);
        c.forbidden = c.preferred = false;
        for (const store::ReportWithPrint& row : held.rows) {
            if (apart.count(row.key) || row.key == key)
                c.forbidden = true;
            if (same.count(row.key))
                c.preferred = true;
        }
        out.push_back(std::move(c));
    }
    return out;
}

void CandidatePool::renamed(std::int64_t from, std::int64_t to) {
    if (auto built = m_built.find(from); built != m_built.end()) {
        story::Candidate c = std::move(built->second);
        m_built.erase(built);
        c.eventId = to;
        m_built[to] = std::move(c);
    }
    if (auto counts = m_termCounts.find(from); counts != m_termCounts.end()) {
        auto moved = std::move(counts->second);
        m_termCounts.erase(counts);
        m_termCounts[to] = std::move(moved);
    }
}

void CandidatePool::giveBack(std::vector<story::Candidate>&& candidates) {
    for (story::Candidate& c : candidates)
        m_built[c.eventId] = std::move(c);
    candidates.clear();
}

} // namespace ct::pgimport

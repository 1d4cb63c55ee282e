#include "store/pg/PgImportCandidates.h"

#include <algorithm>

namespace ct::pgimport {

story::Candidate CandidatePool::build(std::int64_t id, const Held& held) const {
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
    return c;
}

std::vector<story::Candidate> CandidatePool::take(const Plan& plan,
                                                  const std::vector<std::int64_t>& ids,
                                                  const std::string& key,
                                                  const std::set<std::string>& apart,
                                                  const std::set<std::string>& same) {
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

void CandidatePool::giveBack(std::vector<story::Candidate>&& candidates) {
    for (story::Candidate& c : candidates)
        m_built[c.eventId] = std::move(c);
    candidates.clear();
}

} // namespace ct::pgimport

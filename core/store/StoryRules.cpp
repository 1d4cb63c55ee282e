#include "store/StoryRules.h"

#include <map>
#include <numeric>

namespace ct::store {

namespace {

bool overlaps(const DateSpan& a, const DateSpan& b) {
    return a.start <= b.end && b.start <= a.end;
}

} // namespace

int sourceCountOf(const std::vector<ReportWithPrint>& rows) {
    std::vector<std::size_t> parent(rows.size());
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    const auto find = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Report& r = rows[i].report;
        // An article without a named outlet is a source of its own.
        const std::string outlet = !r.outlet.empty() ? "o:" + r.outlet
                                   : r.articleId > 0 ? "a:" + std::to_string(r.articleId)
                                                     : "r:" + std::to_string(r.id);
        // Short lines ("Shooting in Dayton") may coincide by chance; a sentence may not.
        const bool printable = !rows[i].fingerprint.empty() && r.sentence.size() >= 40;
        for (const std::string& k :
             {outlet, printable ? "f:" + rows[i].fingerprint : std::string()}) {
            if (k.empty())
                continue;
            auto [it, inserted] = first.emplace(k, i);
            if (!inserted)
                parent[find(i)] = find(it->second);
        }
    }
    int groups = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        groups += find(i) == i ? 1 : 0;
    return groups;
}

const Report& agreedDateOf(const std::vector<ReportWithPrint>& rows) {
    const Report* best = &rows.front().report;
    double bestSupport = -1;
    for (const ReportWithPrint& candidate : rows) {
        double support = 0;
        for (const ReportWithPrint& other : rows)
            support += candidate.report.when == other.report.when           ? 1.0
                       : overlaps(candidate.report.when, other.report.when) ? 0.5
                                                                            : 0.0;
        const auto width = [](const DateSpan& s) { return s.end - s.start; };
        if (support > bestSupport ||
            (support == bestSupport && width(candidate.report.when) < width(best->when))) {
            best = &candidate.report;
            bestSupport = support;
        }
    }
    return *best;
}

bool datesDisputed(const std::vector<ReportWithPrint>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = i + 1; j < rows.size(); ++j)
            if (!overlaps(rows[i].report.when, rows[j].report.when))
                return true;
    return false;
}

} // namespace ct::store

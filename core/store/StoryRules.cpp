#include "store/StoryRules.h"

#include "story/PlaceNames.h"
#include "story/ReportSimilarity.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <string_view>

namespace ct::store {

namespace {

bool overlaps(const DateSpan& a, const DateSpan& b) {
    return a.start <= b.end && b.start <= a.end;
}

} // namespace

SourceKeys sourceKeysOf(const std::string& outlet, std::int64_t articleId, std::int64_t reportId,
                        const std::string& fingerprint, std::size_t sentenceBytes) {
    SourceKeys keys;
    // An article without a named outlet is a source of its own.
    keys.outlet = !outlet.empty() ? "o:" + outlet
                  : articleId > 0 ? "a:" + std::to_string(articleId)
                                  : "r:" + std::to_string(reportId);
    // Short lines ("Shooting in Dayton") may coincide by chance; a sentence may not.
    if (!fingerprint.empty() && sentenceBytes >= 40)
        keys.print = "f:" + fingerprint;
    return keys;
}

int sourceCountOf(const std::vector<ReportWithPrint>& rows) {
    std::vector<SourceKeys> keys;
    keys.reserve(rows.size());
    for (const ReportWithPrint& row : rows)
        keys.push_back(sourceKeysOf(row.report.outlet, row.report.articleId, row.report.id,
                                    row.fingerprint, row.report.sentence.size()));
    return sourceCountOf(keys);
}

int sourceCountOf(const std::vector<SourceKeys>& keys) {
    std::vector<std::size_t> parent(keys.size());
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    const auto find = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    std::map<std::string_view, std::size_t> first;
    for (std::size_t i = 0; i < keys.size(); ++i)
        for (const std::string& k : {std::cref(keys[i].outlet), std::cref(keys[i].print)}) {
            if (k.empty())
                continue;
            auto [it, inserted] = first.emplace(k, i);
            if (!inserted)
                parent[find(i)] = find(it->second);
        }
    int groups = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
        groups += find(i) == i ? 1 : 0;
    return groups;
}

std::size_t agreedSpanIndex(const std::vector<DateSpan>& spans) {
    // A big event's reports give few distinct spans: each is weighed once, times its count
    // (the agreements are quarters, so the sums are exact and ties fall as pair by pair).
    std::vector<DistinctSpan> distinct;
    std::vector<std::size_t> firstOf; // each distinct span's first index in spans
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto same = std::find_if(distinct.begin(), distinct.end(),
                                       [&](const DistinctSpan& d) { return d.span == spans[i]; });
        if (same != distinct.end()) {
            same->count += 1;
        } else {
            distinct.push_back({spans[i], 1});
            firstOf.push_back(i);
        }
    }
    return firstOf[agreedDistinctIndex(distinct)];
}

std::size_t agreedDistinctIndex(const std::vector<DistinctSpan>& distinct) {
    std::size_t best = 0;
    double bestSupport = -1;
    const auto width = [](const DateSpan& s) { return s.end - s.start; };
    // An estimate says only that nothing named the day; when any report names one, the
    // estimates support it (or not) but are not themselves a date to agree on.
    const bool named = std::any_of(distinct.begin(), distinct.end(), [](const DistinctSpan& d) {
        return !story::isPublicationEstimate(d.span);
    });
    for (std::size_t c = 0; c < distinct.size(); ++c) {
        const DateSpan& candidate = distinct[c].span;
        if (named && story::isPublicationEstimate(candidate))
            continue;
        double support = 0;
        for (const DistinctSpan& o : distinct) {
            const DateSpan& other = o.span;
            const double agreement = candidate == other           ? 1.0
                                     : overlaps(candidate, other) ? 0.5
                                                                  : 0.0;
            // An estimate is the extractor's guess, not an outlet's word: three undated
            // follow-ups must not outvote the one report that names the day.
            support += o.count * (story::isPublicationEstimate(other) ? agreement / 2 : agreement);
        }
        if (support > bestSupport ||
            (support == bestSupport && width(candidate) < width(distinct[best].span))) {
            best = c;
            bestSupport = support;
        }
    }
    return best;
}

DateSpan agreedSpan(const std::vector<DateSpan>& spans) {
    return spans[agreedSpanIndex(spans)];
}

const Report& agreedDateOf(const std::vector<ReportWithPrint>& rows) {
    std::vector<DateSpan> spans;
    spans.reserve(rows.size());
    for (const ReportWithPrint& r : rows)
        spans.push_back(r.report.when);
    return rows[agreedSpanIndex(spans)].report;
}

bool spansDisputed(const std::vector<DateSpan>& spans) {
    for (std::size_t i = 0; i < spans.size(); ++i)
        for (std::size_t j = i + 1; j < spans.size(); ++j)
            if (spansDispute(spans[i], spans[j]))
                return true;
    return false;
}

bool spansDispute(const DateSpan& a, const DateSpan& b) {
    return !overlaps(a, b) && !story::fitsEarlier(story::fitOf(a, b));
}

bool datesDisputed(const std::vector<ReportWithPrint>& rows) {
    std::vector<DateSpan> spans;
    spans.reserve(rows.size());
    for (const ReportWithPrint& r : rows)
        spans.push_back(r.report.when);
    return spansDisputed(spans);
}

namespace {

// The data set a row's key names ("t:<data set>:<row id>"), or empty for another report. A
// data set's or a row id's name may hold ':' too: both readings are returned, so that two rows
// that may be of one data set count as such.
std::pair<std::string_view, std::string_view> dataSetOf(std::string_view key) {
    if (!key.starts_with("t:"))
        return {};
    const auto first = key.find(':', 2), last = key.rfind(':');
    if (first == std::string_view::npos || last < 2)
        return {};
    return {key.substr(0, first + 1), key.substr(0, last + 1)};
}

} // namespace

bool datesMayBridge(const DateSpan& aWhen, const DateSpan& bWhen) {
    return story::fitOf(aWhen, bWhen) != story::DateFit::Apart;
}

bool placesMayBridge(const std::vector<std::int64_t>& aPlaces,
                     const std::vector<std::int64_t>& bPlaces) {
    const auto named = [](const std::vector<std::int64_t>& in, std::int64_t p) {
        return std::find(in.begin(), in.end(), p) != in.end();
    };
    if (!aPlaces.empty() && !bPlaces.empty() &&
        std::none_of(aPlaces.begin(), aPlaces.end(),
                     [&](std::int64_t p) { return named(bPlaces, p); }))
        return false;
    // Counted without a container: at most kBridgedPlaces + 1 are ever looked for.
    std::size_t distinct = 0;
    const auto seenBefore = [&](const std::vector<std::int64_t>& side, std::size_t i,
                                bool second) {
        const std::int64_t p = side[i];
        for (std::size_t k = 0; k < i; ++k)
            if (side[k] == p)
                return true;
        return second && named(aPlaces, p);
    };
    for (std::size_t i = 0; i < aPlaces.size(); ++i)
        distinct += seenBefore(aPlaces, i, false) ? 0 : 1;
    for (std::size_t i = 0; i < bPlaces.size(); ++i)
        distinct += seenBefore(bPlaces, i, true) ? 0 : 1;
    return distinct <= kBridgedPlaces;
}

bool datesAndPlacesMayBridge(const DateSpan& aWhen, const std::vector<std::string>& aPlaces,
                             const DateSpan& bWhen, const std::vector<std::string>& bPlaces) {
    if (!datesMayBridge(aWhen, bWhen))
        return false;
    // By the names' cores: "East Markison Avenue" and "Markison Ave" are one street. Each
    // name's core is worked out once, not once per pair as samePlace would; a place's key is
    // the first of both sides' places that is the same place.
    std::vector<std::string> names, cores;
    const auto keysOf = [&](const std::vector<std::string>& side) {
        std::vector<std::int64_t> keys;
        for (const std::string& n : side) {
            std::string core = story::placeCore(n);
            std::size_t k = 0;
            while (k < names.size() && names[k] != n && (core.empty() || cores[k] != core))
                ++k;
            if (k == names.size()) {
                names.push_back(n);
                cores.push_back(std::move(core));
            }
            keys.push_back(std::int64_t(k));
        }
        return keys;
    };
    const std::vector<std::int64_t> a = keysOf(aPlaces);
    const std::vector<std::int64_t> b = keysOf(bPlaces);
    return placesMayBridge(a, b);
}

bool mayBridge(const BridgeSide& a, const BridgeSide& b,
               const std::function<bool(const std::string&, const std::string&)>& apart) {
    if (a.userSet || b.userSet || a.keys.empty() || b.keys.empty())
        return false;
    if (!datesAndPlacesMayBridge(a.when, a.places, b.when, b.places))
        return false;
    if (story::agedSexesDiffer(a.agedSexes, b.agedSexes))
        return false;
    // Only rows of data sets can share one: pairs of them alone are compared, so that two
    // events of a thousand article reports each cost their keys, not their pairs.
    std::vector<std::pair<std::string_view, std::string_view>> rowsOfA;
    for (const std::string& ka : a.keys)
        if (const auto sets = dataSetOf(ka); !sets.first.empty())
            rowsOfA.push_back(sets);
    if (!rowsOfA.empty())
        for (const std::string& kb : b.keys) {
            const auto [bShort, bLong] = dataSetOf(kb);
            if (bShort.empty())
                continue;
            for (const auto& [aShort, aLong] : rowsOfA)
                if (aShort == bShort || aLong == bLong)
                    return false;
        }
    if (!apart)
        return true;
    for (const std::string& ka : a.keys)
        for (const std::string& kb : b.keys)
            if (apart(ka, kb))
                return false;
    return true;
}

void addAgedSexes(std::vector<std::uint16_t>& to, std::string_view sentence) {
    for (const std::uint16_t a : story::termsOf(sentence).agedSexes)
        if (std::find(to.begin(), to.end(), a) == to.end())
            to.push_back(a);
}

std::string articleReportKey(const std::string& contentHash, std::int64_t begin, std::int64_t end) {
    return "a:" + contentHash + ":" + std::to_string(begin) + ":" + std::to_string(end);
}

Report articleReportOf(const Article& article, const Event& e) {
    Report r = reportOf(e, Report::Origin::Article);
    r.outlet = article.source;
    r.articleTitle = article.title;
    r.url = article.url;
    r.published = article.published;
    return r;
}

std::string dataSetKeyPrefix(const std::string& outlet) {
    return "t:" + outlet + ":";
}

std::string dataSetReportKey(const Report& report) {
    return report.origin == Report::Origin::Table
               ? dataSetKeyPrefix(report.outlet) + report.sourceRef
               : "u:t:" + report.outlet + ":" + report.sourceRef;
}

std::vector<Report> reportsToStore(const Event& e, Report::Origin origin) {
    std::vector<Report> reports =
        e.reports.empty() ? std::vector<Report>{reportOf(e, origin)} : e.reports;
    for (Report& r : reports) {
        if (r.when.start.is_special())
            r.when = e.when;
        if (r.published.is_special())
            r.published = r.when.start;
    }
    return reports;
}

} // namespace ct::store

#include "story/StoryMerger.h"

#include <algorithm>

namespace ct::story {

namespace {

std::int64_t days(const SpanDays& s) {
    return std::int64_t(s.end) - std::int64_t(s.start) + 1;
}

// How `day` (a single day) lies before the estimate `estimate`: Recent or Older, or Apart.
DateFit earlierFit(const SpanDays& estimate, const SpanDays& day) {
    if (!day.single)
        return DateFit::Apart;
    const std::int64_t back = std::int64_t(estimate.end) - std::int64_t(day.start);
    if (back < 2 || back > kReachBackDays)
        return DateFit::Apart;
    return back <= 3 ? DateFit::EarlierRecent : DateFit::EarlierOlder;
}

} // namespace

DateSpan publicationEstimate(Date published) {
    return DateSpan{published - boost::gregorian::days(1), published, Precision::Range, true};
}

bool isPublicationEstimate(const DateSpan& span) {
    return span.fuzzy && span.precision == Precision::Range &&
           span.end - span.start == boost::gregorian::days(1);
}

bool fitsEarlier(DateFit fit) {
    return fit == DateFit::EarlierRecent || fit == DateFit::EarlierOlder;
}

Reach reachOf(const DateSpan& when) {
    Reach r;
    r.first = DayNumber(toDayNumber(when.start) - 1);
    r.last = DayNumber(toDayNumber(when.end) + 1);
    if (isPublicationEstimate(when)) {
        r.further = true;
        r.furtherFirst = DayNumber(toDayNumber(when.end) - kReachBackDays);
        r.furtherLast = DayNumber(r.first - 1);
    } else if (when.isSingleDay()) {
        // Estimates [p - 1, p] with p - kReachBackDays <= day <= p - 2.
        r.further = true;
        r.furtherFirst = DayNumber(r.last + 1);
        r.furtherLast = DayNumber(toDayNumber(when.end) + kReachBackDays);
    }
    return r;
}

SpanDays spanDaysOf(const DateSpan& span) {
    return {toDayNumber(span.start), toDayNumber(span.end), isPublicationEstimate(span),
            span.isSingleDay(), span.isSingleDay() && !span.fuzzy};
}

DateFit fitOf(const DateSpan& a, const DateSpan& b) {
    return fitOf(spanDaysOf(a), spanDaysOf(b));
}

DateFit fitOf(const SpanDays& a, const SpanDays& b) {
    if (a.estimate && !b.estimate)
        if (const DateFit f = earlierFit(a, b); f != DateFit::Apart)
            return f;
    if (b.estimate && !a.estimate)
        if (const DateFit f = earlierFit(b, a); f != DateFit::Apart)
            return f;
    if (a.exact && b.exact) {
        if (a.start == b.start)
            return DateFit::Agree;
        return (a.start - b.start == 1 || b.start - a.start == 1) ? DateFit::Neighbour
                                                                  : DateFit::Apart;
    }
    // A range agrees with a day inside it, but "in 2021" or "since 1991" is too wide to say
    // two reports are one happening: only spans of up to a week count as telling of one day.
    const bool overlap = a.start <= b.end && b.start <= a.end;
    if (overlap && std::max(days(a), days(b)) <= 7)
        return DateFit::Agree;
    return DateFit::Apart;
}

double StoryMerger::rankOf(const DateSpan& when, const DateSpan& stored, double similarity) {
    // Agreeing on the very day is better evidence than falling inside an estimate ("no date
    // words: on or shortly before publication"): between two events that both pass, the one
    // whose report names the same day wins. Likewise a day inside a report's week ("died last
    // week") says less than the day a report names.
    const bool sameDay = when == stored && when.isSingleDay() && !when.fuzzy;
    const bool widerThanADay = !stored.isSingleDay() && !isPublicationEstimate(stored);
    return (sameDay ? similarity : similarity * kEstimateRank) *
           (widerThanADay ? kEstimateRank : 1.0);
}

MergeDecision StoryMerger::decide(const DateSpan& when, const ReportFeatures& report,
                                  const std::string& fingerprint,
                                  const std::vector<Candidate>& candidates) {
    TermWeights weights;
    weights.add(report);
    for (const Candidate& c : candidates)
        for (const StoredReport& r : c.reports)
            weights.add(r.features);
    return decide(when, report, fingerprint, candidates, weights);
}

double StoryMerger::thresholdOf(DateFit fit) {
    return fit == DateFit::Agree           ? kJoinThreshold
           : fit == DateFit::Neighbour     ? kNeighbourThreshold
           : fit == DateFit::EarlierRecent ? kEarlierRecentThreshold
                                           : kEarlierOlderThreshold;
}

void StoryMerger::addBridges(MergeDecision& decision, double joinedLink, bool chosen,
                             const std::vector<std::pair<std::int64_t, double>>& links) {
    decision.bridged.clear();
    if (decision.eventId == 0 || (!chosen && joinedLink < kBridgeThreshold))
        return;
    for (const auto& [id, link] : links)
        if (id != decision.eventId && link >= kBridgeThreshold)
            decision.bridged.push_back(id);
    std::sort(decision.bridged.begin(), decision.bridged.end());
}

MergeDecision StoryMerger::decide(const DateSpan& when, const ReportFeatures& report,
                                  const std::string& fingerprint,
                                  const std::vector<Candidate>& candidates,
                                  const TermWeights& weights) {
    MergeDecision best;
    double bestRank = 0, bestLink = 0;
    bool chosen = false;
    std::vector<std::pair<std::int64_t, double>> links; // each event's best bridging link
    for (const Candidate& c : candidates) {
        if (c.forbidden)
            continue;
        if (c.preferred && !chosen) {
            best = {c.eventId, 2.0, {}}; // the user's merge stands above any similarity
            chosen = true;
        }
        if (!report.agedSexes.empty() &&
            std::any_of(c.reports.begin(), c.reports.end(), [&](const StoredReport& r) {
                return agedSexesDiffer(report.agedSexes, r.features.agedSexes);
            }))
            continue; // a report of it tells of another person of that age
        double score = 0, rank = 0, link = 0;
        for (const StoredReport& r : c.reports) {
            const DateFit fit = fitOf(when, r.when);
            if (fit == DateFit::Apart)
                continue;
            // Republished copy is the same telling, whatever the similarity of a short line.
            if (!fingerprint.empty() && fingerprint == r.fingerprint && fit == DateFit::Agree) {
                score = std::max(score, 1.0);
                rank = std::max(rank, 1.0);
                link = std::max(link, 1.0);
                continue;
            }
            if (contradicts(report, r.features))
                continue;
            int shared = 0;
            const double s = similarity(report, r.features, weights, &shared);
            if (s < thresholdOf(fit))
                continue;
            if (needsParticular(when, r.when) && sharedParticulars(report, r.features) == 0)
                continue;
            score = std::max(score, s);
            rank = std::max(rank, rankOf(when, r.when, s));
            // Only a link that reaches kBridgeThreshold bridges (addBridges): the particular
            // terms are counted for those alone.
            if (s >= kBridgeThreshold &&
                bridgesAcross(fit, shared, sharedParticulars(report, r.features)))
                link = std::max(link, s);
        }
        if (link > 0)
            links.emplace_back(c.eventId, link);
        if (!chosen && rank > bestRank) {
            bestRank = rank;
            best = {c.eventId, score, {}};
            bestLink = link;
        }
    }
    addBridges(best, bestLink, chosen, links);
    return best;
}

} // namespace ct::story

// An article's import, decide (PgImport.h): each report merged into an event or founding one,
// in memory, with the rules addReport uses (StoryMerger's, run on term ids by the SQLite
// import's StoryIndex: PgImportCandidates.h; PgStore::refreshed): a report joining an event
// founded or moved by an earlier report of the same article sees it as it would have after that
// write.
#include "store/pg/PgImport.h"
#include "store/pg/PgImportCache.h"
#include "store/pg/PgImportCandidates.h"
#include "store/pg/PgStore.h"
#include "story/SentenceText.h"
#include "story/StoryMerger.h"

#include <algorithm>

namespace ct::pgimport {

namespace {

// reportRows' order: by publication (undated last), then id.
bool reportedBefore(const store::ReportWithPrint& a, const store::ReportWithPrint& b) {
    const bool aUndated = a.report.published.is_special();
    const bool bUndated = b.report.published.is_special();
    if (aUndated != bUndated)
        return bUndated;
    if (!aUndated && a.report.published != b.report.published)
        return a.report.published < b.report.published;
    return a.report.id < b.report.id;
}

// The report that joined `joined` bridges `other` (story::MergeDecision::bridged): the two
// become one, the older kept, when store::mayBridge allows it, as PgStore::bridgeEvents does
// it one report at a time. Returns the event the report is in now.
std::int64_t bridge(Plan& plan, CandidateIndex& index, std::int64_t joined, std::int64_t other) {
    const auto j = plan.held.find(joined), o = plan.held.find(other);
    if (j == plan.held.end() || o == plan.held.end() || o->second.rows.empty())
        return joined;
    const auto sideOf = [&plan, &index](std::int64_t id, const Held& h) {
        store::BridgeSide side;
        side.agedSexes = index.agedSexesOf(id, h);
        side.when = h.event.when;
        side.userSet = h.event.userEdited || h.event.userCreated;
        side.places = h.event.places;
        for (const store::ReportWithPrint& row : h.rows) {
            side.keys.push_back(row.key);
            side.userSet = side.userSet || plan.chosenKeys.count(row.key) != 0;
        }
        return side;
    };
    const auto decided = [&plan](const std::string& x, const std::string& y) {
        for (const auto& [from, to] : {std::pair(&x, &y), std::pair(&y, &x)})
            for (auto [it, end] = plan.decisions.equal_range(*from); it != end; ++it)
                if (it->second.first && it->second.second == *to)
                    return true;
        return false;
    };
    if (!store::mayBridge(sideOf(joined, j->second), sideOf(other, o->second), decided))
        return joined;
    // Provisional ids are above stored ones: a stored event is kept before a new one.
    const std::int64_t keptId = std::min(joined, other), goneId = std::max(joined, other);
    Held gone = std::move(plan.held.at(goneId));
    plan.held.erase(goneId);
    Held& kept = plan.held.at(keptId);
    for (store::ReportWithPrint row : gone.rows) {
        row.report.eventId = keptId;
        kept.rows.insert(std::upper_bound(kept.rows.begin(), kept.rows.end(), row, reportedBefore),
                         std::move(row));
    }
    // Actors and places of both, the kept event's first (as a merge).
    for (const auto& [from, to] : {std::pair(&gone.event.actors, &kept.event.actors),
                                   std::pair(&gone.event.places, &kept.event.places)})
        for (const std::string& n : *from)
            if (!n.empty() && std::find(to->begin(), to->end(), n) == to->end()) {
                to->push_back(n);
                kept.namesChanged = true;
            }
    kept.touched = true;
    kept.event = PgStore::refreshed(kept.event, kept.rows, plan.chosenKeys);
    index.bridged(keptId, goneId, kept);
    if (!gone.fresh)
        plan.absorbed.emplace_back(goneId, keptId);
    for (std::int64_t& id : plan.eventIds)
        if (id == goneId)
            id = keptId;
    return keptId;
}

} // namespace

// Each report decided as addReport decides it, against the events as they are now.
Result<void> decide(Plan& plan, std::int64_t articleId, ImportCache& cache) {
    // The index holds the candidates kept from earlier articles and this article's held events
    // (ImportCache); the provisional ids this article uses are its own (keep() renames them
    // once written).
    CandidateIndex& index = cache.candidates;
    std::int64_t nextEvent = kProvisional, nextReport = kProvisional;
    for (std::size_t i = 0; i < plan.reports.size(); ++i) {
        Report& report = plan.reports[i];
        report.articleId = articleId;
        const std::string& key = plan.keys[i];
        Event& asEvent = plan.asEvents[i];
        asEvent.articleId = articleId;
        std::set<std::string> apart, same;
        for (auto [it, end] = plan.decisions.equal_range(key); it != end; ++it)
            (it->second.first ? apart : same).insert(it->second.second);
        // The article says this sentence retells another of its reports (Event::retells).
        if (asEvent.retells >= 0 && std::size_t(asEvent.retells) < plan.keys.size())
            same.insert(plan.keys[std::size_t(asEvent.retells)]);
        store::ReportWithPrint row;
        row.report = report;
        row.report.id = nextReport++;
        story::SentenceText own;
        const story::SentenceText& text =
            story::givenOrOwn(plan.texts ? &(*plan.texts)[i] : nullptr, report.sentence, own);
        row.fingerprint = text.fingerprint;
        row.key = key;
        const story::ReportFeatures& sentence = text.features;
        // As addReport: the events around the report's days, and those further away that one
        // of their reports fits Earlier* (StoryIndex::inReach).
        const story::MergeDecision decision =
            index.decide(report, key, row.fingerprint, sentence, asEvent, apart, same);
        const std::int64_t eventId = decision.eventId;
        if (eventId != 0) {
            // The index holds the plan's events and kept ones away from the article's days.
            const auto held = plan.held.find(eventId);
            if (held == plan.held.end())
                return makeError(Error::Code::Internal,
                                 "event " + std::to_string(eventId) + " was decided but not read");
            Held& h = held->second;
            row.report.eventId = eventId;
            h.rows.insert(std::upper_bound(h.rows.begin(), h.rows.end(), row, reportedBefore), row);
            // The report's actors and places that the event does not name yet, after its own.
            for (const auto& [from, to] : {std::pair(&asEvent.actors, &h.event.actors),
                                           std::pair(&asEvent.places, &h.event.places)})
                for (const std::string& n : *from)
                    if (!n.empty() && std::find(to->begin(), to->end(), n) == to->end()) {
                        to->push_back(n);
                        h.namesChanged = true;
                    }
            h.touched = true;
            h.event = PgStore::refreshed(h.event, h.rows, plan.chosenKeys);
            index.joined(eventId, h, row, sentence);
            plan.eventIds.push_back(eventId);
            std::int64_t now = eventId;
            for (const std::int64_t other : decision.bridged)
                now = bridge(plan, index, now, other);
            continue;
        }
        Held founded;
        founded.fresh = true;
        founded.event = asEvent;
        founded.event.id = nextEvent++;
        founded.event.reportCount = 1;
        founded.event.sourceCount = 1;
        founded.event.dateDisputed = false;
        founded.event.firstReported = report.published;
        founded.event.editedBy.clear();
        founded.event.editedAt.clear();
        row.report.eventId = founded.event.id;
        founded.rows.push_back(row);
        plan.eventIds.push_back(founded.event.id);
        const auto added = plan.held.emplace(founded.event.id, std::move(founded)).first;
        index.add(added->first, added->second,
                  [&sentence](const store::ReportWithPrint&) { return sentence; });
    }
    return {};
}

} // namespace ct::pgimport

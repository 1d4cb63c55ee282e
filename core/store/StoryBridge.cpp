// Events a report bridges (story::MergeDecision::bridged) merged into one as the import writes
// it, on SQLite: the same write as the user's merge (StoryEdits.cpp), without recording a
// decision — the merger made it, and makes it again on a re-import.
#include "store/StoreImpl.h"
#include "store/StoryRules.h"

#include <algorithm>
#include <set>
#include <utility>

namespace ct::store {

namespace {

// The event as store::mayBridge compares it: its row brought up to date first (an import
// defers refreshEvent to the commit).
Result<BridgeSide> sideOf(EventStore::Impl& impl, std::int64_t eventId, Event& loaded) {
    if (impl.pendingRefresh.erase(eventId))
        if (auto r = refreshEvent(impl, eventId); !r)
            return r.error();
    auto e = loadEvent(impl, eventId);
    if (!e)
        return e.error();
    loaded = std::move(*e);
    BridgeSide side;
    side.when = loaded.when;
    side.userSet = loaded.userEdited || loaded.userCreated;
    auto keys = reportKeys(impl, eventId);
    if (!keys)
        return keys.error();
    side.keys = std::move(*keys);
    if (side.userSet)
        return side;
    auto chosen = impl.statement("SELECT 1 FROM reports r JOIN chosen_dates c"
                                 " ON c.report_key = r.report_key WHERE r.event_id = ?1 LIMIT 1");
    if (!chosen)
        return chosen.error();
    sql::ResetGuard guard(**chosen);
    auto row = (*chosen)->bind(1, eventId).step();
    if (!row)
        return row.error();
    side.userSet = *row;
    return side;
}

// The user's "not the same" decisions from the reports of `side`: (a, b) pairs.
Result<std::set<std::pair<std::string, std::string>>> apartFrom(EventStore::Impl& impl,
                                                                const BridgeSide& side) {
    auto stmt = impl.statement("SELECT a, b FROM story_decisions WHERE kind = 'apart' AND a = ?1");
    if (!stmt)
        return stmt.error();
    std::set<std::pair<std::string, std::string>> out;
    for (const std::string& key : side.keys) {
        sql::ResetGuard guard(**stmt);
        (*stmt)->bind(1, key);
        if (auto r = (*stmt)->forEachRow(
                [&](sql::Statement& row) { out.emplace(row.columnText(0), row.columnText(1)); });
            !r)
            return r.error();
    }
    return out;
}

// Moves `gone`'s reports and names into `kept` and deletes `gone`, in the tables and the index.
Result<void> mergeInto(EventStore::Impl& impl, const Event& kept, const Event& gone) {
    auto move = impl.statement("UPDATE reports SET event_id = ?1 WHERE event_id = ?2");
    if (!move)
        return move.error();
    if (auto r = (*move)->bind(1, kept.id).bind(2, gone.id).run(); !r)
        return r;
    // Actors and places of both, the kept event's first (as mergeEvents).
    Event links = kept;
    bool named = false;
    for (const auto& [from, to] :
         {std::pair(&gone.actors, &links.actors), std::pair(&gone.places, &links.places)})
        for (const std::string& n : *from)
            if (std::find(to->begin(), to->end(), n) == to->end()) {
                to->push_back(n);
                named = true;
            }
    if (named)
        if (auto r = rewriteLinks(impl, links); !r)
            return r;
    if (auto r = refreshEvent(impl, gone.id); !r) // no report left: deleted
        return r;
    if (auto r = refreshEvent(impl, kept.id); !r)
        return r;
    if (!impl.useStoryIndex)
        return {};
    StoryIndex& index = impl.storyIndex;
    StoryIndex::Event* held = index.event(kept.id);
    if (!held || !index.holds(gone.id)) {
        index.clear(); // cannot happen while the index is consistent: start afresh
        return {};
    }
    index.absorb(*held, gone.id);
    auto days = loadEvent(impl, kept.id);
    if (!days)
        return days.error();
    index.moveDays(*held, toDayNumber(days->when.start), toDayNumber(days->when.end));
    return {};
}

} // namespace

Result<std::int64_t> bridgeEvents(EventStore::Impl& impl, std::int64_t joined,
                                  const std::vector<std::int64_t>& bridged) {
    for (const std::int64_t other : bridged) {
        Event a, b;
        auto sideA = sideOf(impl, joined, a);
        if (!sideA)
            return sideA.error();
        auto sideB = sideOf(impl, other, b);
        if (!sideB)
            return sideB.error();
        auto apart = apartFrom(impl, *sideA);
        if (!apart)
            return apart.error();
        const auto decided = [&](const std::string& x, const std::string& y) {
            return apart->count({x, y}) || apart->count({y, x});
        };
        if (!mayBridge(*sideA, *sideB, decided))
            continue;
        // The older event stays: what was shown and selected keeps its id.
        const bool keepA = a.id < b.id;
        if (auto r = mergeInto(impl, keepA ? a : b, keepA ? b : a); !r)
            return r.error();
        impl.bridgedInto[keepA ? b.id : a.id] = keepA ? a.id : b.id;
        joined = keepA ? a.id : b.id;
    }
    return joined;
}

} // namespace ct::store

// Events a report bridges (story::MergeDecision::bridged) merged into one as the import writes
// it, on SQLite: the same write as the user's merge (StoryEdits.cpp), without recording a
// decision — the merger made it, and makes it again on a re-import.
#include "store/StoreImpl.h"
#include "store/StoryRules.h"
#include "story/ReportSimilarity.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <utility>

namespace ct::store {

namespace {

// The event as store::mayBridge compares it. Its row gives the user's marks and its names; its
// date and reports come from the story index when it holds them (an import defers refreshEvent
// to the commit, and reading every report's row made a bridge cost as much as ten joins).
Result<BridgeSide> sideOf(EventStore::Impl& impl, std::int64_t eventId, Event& loaded) {
    const StoryIndex::Event* held = impl.useStoryIndex ? impl.storyIndex.event(eventId) : nullptr;
    if (held && held->reports.empty())
        held = nullptr;
    if (!held && impl.pendingRefresh.erase(eventId))
        if (auto r = refreshEvent(impl, eventId); !r)
            return r.error();
    auto e = loadEvent(impl, eventId);
    if (!e)
        return e.error();
    loaded = std::move(*e);
    BridgeSide side;
    side.userSet = loaded.userEdited || loaded.userCreated;
    side.places = loaded.places;
    if (held) {
        side.when = StoryIndex::agreedOf(*held);
        for (const StoryIndex::Report& r : held->reports)
            side.keys.push_back(r.key);
        side.agedSexes = StoryIndex::agedSexesOf(*held);
    } else {
        side.when = loaded.when;
        auto keys =
            impl.statement("SELECT report_key, sentence FROM reports WHERE event_id = ?1");
        if (!keys)
            return keys.error();
        sql::ResetGuard guard(**keys);
        (*keys)->bind(1, eventId);
        if (auto r = (*keys)->forEachRow([&](sql::Statement& row) {
                side.keys.push_back(row.columnText(0));
                addAgedSexes(side.agedSexes, row.columnText(1));
            });
            !r)
            return r.error();
    }
    auto anyChosen = anyChosenDate(impl);
    if (!anyChosen)
        return anyChosen.error();
    if (side.userSet || !*anyChosen)
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
    std::set<std::pair<std::string, std::string>> out;
    auto any = impl.statement("SELECT 1 FROM story_decisions WHERE kind = 'apart' LIMIT 1");
    if (!any)
        return any.error();
    {
        sql::ResetGuard guard(**any);
        auto row = (*any)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out; // nobody decided anything apart
    }
    auto stmt = impl.statement("SELECT a, b FROM story_decisions WHERE kind = 'apart' AND a = ?1");
    if (!stmt)
        return stmt.error();
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
    // Gone's actors and places after the kept event's own (as mergeEvents' links), appended
    // rather than rewritten (see appendLinks).
    std::vector<std::string> added[2];
    for (int kind = 0; kind < 2; ++kind) {
        const auto& own = kind == 0 ? kept.actors : kept.places;
        for (const std::string& n : kind == 0 ? gone.actors : gone.places)
            if (!n.empty() && std::find(own.begin(), own.end(), n) == own.end() &&
                std::find(added[kind].begin(), added[kind].end(), n) == added[kind].end())
                added[kind].push_back(n);
    }
    if (!added[0].empty() || !added[1].empty())
        if (auto r = appendLinks(impl, kept.id, kept.actors.size(), kept.places.size(), added[0],
                                 added[1]);
            !r)
            return r;
    auto drop = impl.statement("DELETE FROM events WHERE id = ?1"); // its links go with it
    if (!drop)
        return drop.error();
    if (auto r = (*drop)->bind(1, gone.id).run(); !r)
        return r;
    impl.pendingRefresh.erase(gone.id);
    StoryIndex::Event* held = impl.useStoryIndex ? impl.storyIndex.event(kept.id) : nullptr;
    if (!held || !impl.storyIndex.holds(gone.id)) {
        impl.storyIndex.clear(); // not while the index is consistent: start afresh
        impl.pendingRefresh.erase(kept.id);
        return refreshEvent(impl, kept.id);
    }
    impl.storyIndex.absorb(*held, gone.id);
    // As addReport defers a join's: the index holds the event's reports, and no date was
    // chosen (sideOf refused the bridge otherwise), so refreshEvent waits for the commit.
    const DateSpan agreed = StoryIndex::agreedOf(*held);
    impl.storyIndex.moveDays(*held, toDayNumber(agreed.start), toDayNumber(agreed.end));
    impl.pendingRefresh.insert(kept.id);
    return {};
}

// Whether the story index alone shows that mayBridge refuses the pair: their dates (as sideOf
// takes them from the index), their places or their reports' ages rule it out. Most bridges a busy day proposes end
// there, and then neither event's rows are read. False when either is not held with reports:
// sideOf reads the tables (and refreshes the event) then.
bool indexRulesOut(EventStore::Impl& impl, std::int64_t a, std::int64_t b) {
    if (!impl.useStoryIndex)
        return false;
    const StoryIndex::Event* ea = impl.storyIndex.event(a);
    const StoryIndex::Event* eb = impl.storyIndex.event(b);
    if (!ea || !eb || ea->reports.empty() || eb->reports.empty())
        return false;
    return !datesMayBridge(StoryIndex::agreedOf(*ea), StoryIndex::agreedOf(*eb)) ||
           !impl.storyIndex.placesMayBridge(*ea, *eb) ||
           story::agedSexesDiffer(StoryIndex::agedSexesOf(*ea), StoryIndex::agedSexesOf(*eb));
}

} // namespace

Result<std::int64_t> bridgeEvents(EventStore::Impl& impl, std::int64_t joined,
                                  const std::vector<std::int64_t>& bridged) {
    // The joined event's side and its "not the same" decisions, read once and again only
    // after a merge changed the event.
    Event a;
    std::optional<BridgeSide> sideA;
    std::set<std::pair<std::string, std::string>> apart;
    for (const std::int64_t other : bridged) {
        if (indexRulesOut(impl, joined, other))
            continue;
        if (!sideA) {
            auto side = sideOf(impl, joined, a);
            if (!side)
                return side.error();
            auto decisions = apartFrom(impl, *side);
            if (!decisions)
                return decisions.error();
            sideA = std::move(*side);
            apart = std::move(*decisions);
        }
        Event b;
        auto sideB = sideOf(impl, other, b);
        if (!sideB)
            return sideB.error();
        std::function<bool(const std::string&, const std::string&)> decided;
        if (!apart.empty())
            decided = [&](const std::string& x, const std::string& y) {
                return apart.count({x, y}) || apart.count({y, x});
            };
        if (!mayBridge(*sideA, *sideB, decided))
            continue;
        // The older event stays: what was shown and selected keeps its id.
        const bool keepA = a.id < b.id;
        if (auto r = mergeInto(impl, keepA ? a : b, keepA ? b : a); !r)
            return r.error();
        impl.bridgedInto[keepA ? b.id : a.id] = keepA ? a.id : b.id;
        joined = keepA ? a.id : b.id;
        sideA.reset();
    }
    return joined;
}

} // namespace ct::store

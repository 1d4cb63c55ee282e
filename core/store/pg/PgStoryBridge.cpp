// Events a report bridges (story::MergeDecision::bridged) merged into one on PostgreSQL, for
// the reports added one at a time (PgStore::addReport); an article's import does the same in
// memory (PgImportDecide.cpp). As StoryBridge.cpp on SQLite: the user's merge's write
// (PgStoryEdits.cpp) without a recorded decision, when store::mayBridge allows it.
#include "store/pg/PgImport.h"
#include "store/pg/PgStore.h"
#include "store/StoryRules.h"

#include <algorithm>
#include <set>
#include <utility>

namespace ct {

Result<std::int64_t> PgStore::bridgeEvents(std::int64_t joined,
                                           const std::vector<std::int64_t>& bridged) {
    for (const std::int64_t other : bridged) {
        auto a = loadEvent(joined);
        auto b = loadEvent(other);
        if (!a || !b)
            return !a ? a.error() : b.error();
        auto aRows = reportRows(joined);
        auto bRows = reportRows(other);
        if (!aRows || !bRows)
            return !aRows ? aRows.error() : bRows.error();
        store::BridgeSide sides[2];
        std::vector<std::string> all;
        for (int i = 0; i < 2; ++i) {
            const Event& e = i == 0 ? *a : *b;
            sides[i].when = e.when;
            sides[i].userSet = e.userEdited || e.userCreated;
            sides[i].places = e.places;
            for (const auto& row : i == 0 ? *aRows : *bRows) {
                sides[i].keys.push_back(row.key);
                store::addAgedSexes(sides[i].agedSexes, row.report.sentence);
            }
            all.insert(all.end(), sides[i].keys.begin(), sides[i].keys.end());
        }
        // A chosen date is the user's word on an event: it is left as the user made it.
        auto chosen = m_db.exec("SELECT report_key FROM chosen_dates WHERE report_key = ANY($1)",
                                pg::Params().add(pgimport::arrayOf(all)));
        if (!chosen)
            return chosen.error();
        for (int i = 0; i < chosen->size(); ++i)
            for (store::BridgeSide& side : sides)
                if (std::find(side.keys.begin(), side.keys.end(), chosen->text(i, 0)) !=
                    side.keys.end())
                    side.userSet = true;
        auto apartRows = m_db.exec("SELECT a, b FROM story_decisions WHERE kind = 'apart'"
                                   " AND a = ANY($1::text[]) AND b = ANY($1::text[])",
                                   pg::Params().add(pgimport::arrayOf(all)));
        if (!apartRows)
            return apartRows.error();
        std::set<std::pair<std::string, std::string>> apart;
        for (int i = 0; i < apartRows->size(); ++i)
            apart.emplace(apartRows->text(i, 0), apartRows->text(i, 1));
        const auto decided = [&](const std::string& x, const std::string& y) {
            return apart.count({x, y}) || apart.count({y, x});
        };
        if (!store::mayBridge(sides[0], sides[1], decided))
            continue;
        // The older event stays: what was shown and selected keeps its id.
        const Event& kept = a->id < b->id ? *a : *b;
        const Event& gone = a->id < b->id ? *b : *a;
        if (auto r = m_db.exec("UPDATE reports SET event_id = $1 WHERE event_id = $2",
                               pg::Params().add(kept.id).add(gone.id));
            !r)
            return r.error();
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
            if (auto r = rewriteLinks(links); !r)
                return r.error();
        if (auto r = refreshEvent(gone.id); !r) // no report left: deleted
            return r.error();
        if (auto r = refreshEvent(kept.id); !r)
            return r.error();
        joined = kept.id;
    }
    return joined;
}

} // namespace ct

// From rows to story operations. The changeset says which rows of which tables differ from the
// base; what they mean (an edit, a merge, a split, an import) is read from the two files, as
// SQLite's changeset carries only the changed columns of an update.
#include "store/offline/OfflineChanges.h"

#include "store/Sqlite.h"
#include "store/offline/OfflineCopy.h"
#include "store/offline/SqliteSession.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace ct {
namespace {

using offline::RowChange;

// The tables that hold what an analyst can change; the rest (full-text, window index, name
// lists) follow from them.
const std::vector<std::string> kTables{"articles",     "events",  "event_actors",
                                       "event_places", "reports", "story_decisions",
                                       "chosen_dates"};

Result<bool> exists(sql::Connection& db, const char* sqlText, std::int64_t id) {
    auto s = db.prepare(sqlText);
    if (!s)
        return s.error();
    s->bind(1, id);
    auto row = s->step();
    if (!row)
        return row.error();
    return *row;
}

} // namespace

Result<OfflineChanges> readOfflineChanges(const std::string& file) {
    const std::string base = offlineBasePath(file);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(base, ec))
        return makeError(Error::Code::NotFound,
                         base + ": the offline copy's base is missing; without it the changes "
                                "made offline cannot be told apart");
    auto db = sql::Connection::open(file, sql::Connection::Mode::ReadOnly);
    if (!db)
        return db.error();
    {
        auto attach = db->prepare("ATTACH DATABASE ?1 AS base");
        if (!attach)
            return attach.error();
        if (auto r = attach->bind(1, base).run(); !r)
            return r.error();
    }
    auto changes = offline::diffTables(*db, "base", kTables);
    if (!changes)
        return changes.error();

    OfflineChanges out;
    std::set<std::int64_t> newEvents, goneEvents, touchedEvents, movedFrom, moveTargets;
    for (const RowChange& c : *changes) {
        const std::int64_t id = c.key().integer;
        if (c.table == "articles" && c.op == RowChange::Op::Insert)
            out.newArticles.push_back(id);
        else if (c.table == "articles" && c.op == RowChange::Op::Delete)
            out.unsupported.push_back("article #" + std::to_string(id) +
                                      " was deleted offline; delete it on the server");
        else if (c.table == "events" && c.op == RowChange::Op::Insert)
            newEvents.insert(id);
        else if (c.table == "events" && c.op == RowChange::Op::Delete)
            goneEvents.insert(id);
        else if (c.table == "events" || c.table == "event_actors" || c.table == "event_places")
            touchedEvents.insert(id); // the first key column is the event id in all three
        else if (c.table == "reports" && c.op == RowChange::Op::Update && c.before.size() > 1 &&
                 c.before[1].present && c.after[1].present &&
                 c.before[1].integer != c.after[1].integer) {
            OfflineChanges::Move m;
            m.reportId = id;
            m.fromEvent = c.before[1].integer;
            m.toEvent = c.after[1].integer;
            out.moves.push_back(m);
            movedFrom.insert(m.fromEvent);
        } else if (c.table == "story_decisions" && c.op == RowChange::Op::Insert) {
            StoryDecision d;
            d.kind =
                c.after[0].text == "same" ? StoryDecision::Kind::Same : StoryDecision::Kind::Apart;
            d.a = c.after[1].text;
            d.b = c.after[2].text;
            out.addedDecisions.push_back(std::move(d));
        } else if (c.table == "chosen_dates" && c.op == RowChange::Op::Insert)
            out.chosenDates.push_back(c.after[0].text);
    }
    for (OfflineChanges::Move& m : out.moves)
        m.toNewEvent = newEvents.count(m.toEvent) > 0;

    for (std::int64_t id : newEvents) {
        if (std::any_of(out.moves.begin(), out.moves.end(),
                        [id](const auto& m) { return m.toEvent == id; }))
            continue; // founded by a split
        auto byHand =
            exists(*db, "SELECT 1 FROM main.events WHERE id = ?1 AND user_created = 1", id);
        if (!byHand)
            return byHand.error();
        if (*byHand) {
            out.createdEvents.push_back(id);
            continue;
        }
        // An import's event travels with its article; anything else (a data set's rows) has
        // no operation that would bring it over faithfully.
        auto fromNewArticle = exists(*db,
                                     "SELECT 1 FROM main.reports r WHERE r.event_id = ?1 AND"
                                     " r.article_id IS NOT NULL AND r.article_id NOT IN"
                                     " (SELECT id FROM base.articles)",
                                     id);
        if (!fromNewArticle)
            return fromNewArticle.error();
        if (!*fromNewArticle)
            out.unsupported.push_back("event #" + std::to_string(id) +
                                      " came from a data set imported offline; import that data "
                                      "set on the server");
    }
    for (std::int64_t id : goneEvents)
        if (!movedFrom.count(id))
            out.deletedEvents.push_back(id);
    for (std::int64_t id : touchedEvents) {
        if (newEvents.count(id) || goneEvents.count(id))
            continue;
        // Merges and splits rewrite their events' counts and names too; only an event the
        // analyst edited by hand carries an edit to bring back.
        auto edited = exists(*db,
                             "SELECT 1 FROM main.events m JOIN base.events b ON b.id = m.id"
                             " WHERE m.id = ?1 AND m.user_edited = 1 AND (m.title IS NOT b.title"
                             " OR m.start_day IS NOT b.start_day OR m.end_day IS NOT b.end_day"
                             " OR m.precision IS NOT b.precision OR m.fuzzy IS NOT b.fuzzy"
                             " OR m.confidence IS NOT b.confidence OR m.user_edited IS NOT"
                             " b.user_edited OR EXISTS (SELECT event_id, position, actor_id FROM"
                             " main.event_actors WHERE event_id = m.id EXCEPT SELECT event_id,"
                             " position, actor_id FROM base.event_actors WHERE event_id = m.id)"
                             " OR EXISTS (SELECT event_id, position, actor_id FROM"
                             " base.event_actors WHERE event_id = m.id EXCEPT SELECT event_id,"
                             " position, actor_id FROM main.event_actors WHERE event_id = m.id)"
                             " OR EXISTS (SELECT event_id, position, place_id FROM"
                             " main.event_places WHERE event_id = m.id EXCEPT SELECT event_id,"
                             " position, place_id FROM base.event_places WHERE event_id = m.id)"
                             " OR EXISTS (SELECT event_id, position, place_id FROM"
                             " base.event_places WHERE event_id = m.id EXCEPT SELECT event_id,"
                             " position, place_id FROM main.event_places WHERE event_id = m.id))",
                             id);
        if (!edited)
            return edited.error();
        if (*edited)
            out.editedEvents.push_back(id);
    }
    return out;
}

} // namespace ct

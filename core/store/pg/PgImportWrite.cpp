// An article's import, write (PgImport.h): multi-row INSERTs of the new events, reports and
// links, and the touched events' refreshed rows.
#include "store/pg/PgImport.h"
#include "store/pg/PgStore.h"
#include "story/ReportText.h"

#include <algorithm>

namespace ct::pgimport {

namespace {

// A column of a multi-row INSERT: its name beside the SQL type of its array, so the two
// cannot drift apart.
struct Column {
    const char* name;
    const char* type;
};

// "INSERT INTO table(columns) SELECT * FROM unnest($1::type[], …)" with one array per column
// holding every row's value: the same text whatever the number of rows, so prepared once per
// connection (Statement::reuse). A multi-row VALUES of ~40 rows of 21 parameters took the
// server longer to parse and plan than to run, per article; an INSERT of a function scan has no
// plan to choose.
// `returning`: a RETURNING clause, or empty.
void addInserts(std::vector<pg::Statement>& out, const char* table,
                std::initializer_list<Column> columns, const std::vector<pg::Params>& rows,
                const char* returning = "") {
    if (rows.empty())
        return;
    pg::Statement s;
    s.reuse = true;
    std::string names, arrays;
    std::size_t c = 0;
    for (const Column& column : columns) {
        names += c ? ", " : "";
        names += column.name;
        arrays += c ? ", $" : "$";
        arrays += std::to_string(c + 1) + "::" + column.type + "[]";
        std::string array = "{";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i)
                array += ',';
            const auto& value = rows[i].values()[c];
            if (value)
                pg::appendArrayElement(array, *value);
            else
                array += "NULL";
        }
        array += '}';
        s.params.add(std::move(array));
        ++c;
    }
    s.sql = "INSERT INTO " + std::string(table) + "(" + names + ") SELECT * FROM unnest(" + arrays +
            ")" + returning;
    out.push_back(std::move(s));
}

} // namespace

// The planner settings for an article's prepared statements, and back. Each is sent again for
// every article with other arrays, and under plan_cache_mode's "auto" the server planned each
// one every time: a custom plan that knows the arrays' lengths always costs less than the
// generic one's guess of 100 rows, so it never settled on the generic plan (the refresh UPDATE
// alone: ~0.9 ms of planning an article). Forced, each is planned once per connection — with
// index lookups rather than scans whatever the story's size when it is planned (an empty
// story's statistics would choose a scan and keep it as the story grows: the candidates' search
// stays unprepared, before these settings, for that reason). Set for the session, not the
// transaction (SET LOCAL would outlive the file's savepoint); a failure rolls the savepoint
// back and the settings with it.
void addGenericPlans(std::vector<pg::Statement>& out, bool nestedLoops) {
    // The writes join arrays to tables by key (nested loops over the keys); the reads' check
    // joins two arrays of ids, which a hash join does best.
    pg::Statement s{"SELECT set_config('plan_cache_mode', 'force_generic_plan', false),"
                    " set_config('enable_seqscan', 'off', false)",
                    {}};
    if (nestedLoops)
        s.sql += ", set_config('enable_hashjoin', 'off', false),"
                 " set_config('enable_mergejoin', 'off', false)";
    s.reuse = true;
    out.push_back(std::move(s));
}

void addSessionPlans(std::vector<pg::Statement>& out) {
    for (const char* setting :
         {"plan_cache_mode", "enable_seqscan", "enable_hashjoin", "enable_mergejoin"})
        out.push_back({"RESET " + std::string(setting), {}});
}

// The new events, reports and links, the touched events' rows: several statements.
Result<void> addWrites(Plan& plan, std::vector<pg::Statement>& out,
                       const std::map<std::int64_t, Event>* pending) {
    const auto idOf = [&plan](std::int64_t id) {
        return id >= kProvisional ? plan.reservedIds[std::size_t(id - kProvisional)] : id;
    };
    // The written rows' xmins, for ImportCache: RETURNING on each statement writing events.
    constexpr const char* kReturningXmin = " RETURNING id, xmin::text::bigint";
    const auto returnsXmins = [&plan, &out] { plan.xminStatements.push_back(out.size() - 1); };
    // The relinked events' first actor and place (0: none), written by one UPDATE.
    std::vector<std::int64_t> primaryActors, primaryPlaces;
    std::vector<Event> refreshedEvents;
    std::vector<std::pair<DayNumber, DayNumber>> storedDays; // theirs, as the server has them
    std::vector<pg::Params> eventValues, reportValues, actorLinks, placeLinks;
    std::vector<std::int64_t> relinked;
    const auto nameIds = [](const std::vector<std::string>& names,
                            const std::unordered_map<std::string, std::int64_t>& known)
        -> Result<std::vector<std::int64_t>> {
        std::vector<std::int64_t> ids;
        for (const std::string& n : names) {
            if (n.empty())
                continue;
            const auto it = known.find(n);
            if (it == known.end())
                return makeError(Error::Code::Internal, "no id for the name \"" + n + "\"");
            if (std::find(ids.begin(), ids.end(), it->second) == ids.end())
                ids.push_back(it->second);
        }
        return ids;
    };
    for (auto& [id, h] : plan.held) {
        if (!h.fresh && !h.touched)
            continue;
        const Event& e = h.event;
        const std::int64_t eventId = idOf(id);
        auto actors = nameIds(e.actors, plan.actorIds);
        auto places = nameIds(e.places, plan.placeIds);
        if (!actors || !places)
            return actors ? places.error() : actors.error();
        // Only the links after those stored: the event's names keep their order and new ones
        // are appended (decide, bridge), so rewriting them all, after deleting them, wrote
        // and checked the same rows again.
        if (h.fresh || h.namesChanged)
            for (const auto& [list, links, stored] :
                 {std::tuple(&*actors, &actorLinks, h.fresh ? 0 : h.storedActors),
                  std::tuple(&*places, &placeLinks, h.fresh ? 0 : h.storedPlaces)})
                for (std::size_t k = stored; k < list->size(); ++k)
                    links->push_back(
                        pg::Params().add(eventId).add(std::int64_t(k)).add((*list)[k]));
        const std::int64_t actor = actors->empty() ? 0 : actors->front();
        const std::int64_t place = places->empty() ? 0 : places->front();
        if (h.fresh) {
            pg::Params& p = eventValues.emplace_back();
            p.add(std::int64_t(toDayNumber(e.when.start)))
                .add(std::int64_t(toDayNumber(e.when.end)));
            p.add(toText(e.when.precision)).add(e.when.fuzzy).add(e.title).add(e.sentence);
            p.add(e.sentenceBegin).add(e.sentenceEnd).add(e.dateText).add(e.resolution);
            p.add(e.confidence).add(e.userCreated).add(e.userEdited);
            p.add(std::int64_t(std::max(e.reportCount, 1)))
                .add(std::int64_t(std::max(e.sourceCount, 1)));
            p.dayOrNull(e.firstReported).add(e.dateDisputed).idOrNull(e.articleId);
            p.add(e.editedBy).add(e.editedAt).add(eventId).idOrNull(actor).idOrNull(place);
            continue;
        }
        // Its first actor or place changes only when it had none.
        if (h.namesChanged && ((h.storedActors == 0 && actor != 0) ||
                               (h.storedPlaces == 0 && place != 0))) {
            relinked.push_back(eventId);
            primaryActors.push_back(actor);
            primaryPlaces.push_back(place);
        }
        refreshedEvents.push_back(e);
        storedDays.emplace_back(h.storedStart, h.storedEnd);
    }
    for (std::size_t i = 0; i < plan.reports.size(); ++i) {
        const Report& r = plan.reports[i];
        pg::Params& p = reportValues.emplace_back();
        p.add(plan.reservedReportIds[i]).add(idOf(plan.eventIds[i])).idOrNull(r.articleId).add(toText(r.origin)).add(plan.keys[i]);
        p.add(std::int64_t(toDayNumber(r.when.start))).add(std::int64_t(toDayNumber(r.when.end)));
        p.add(toText(r.when.precision)).add(r.when.fuzzy).add(r.title).add(r.sentence);
        p.add(r.sentenceBegin).add(r.sentenceEnd).add(r.dateText).add(r.resolution);
        p.add(r.confidence).add(r.outlet).add(r.articleTitle).add(r.url).add(r.sourceRef);
        p.dayOrNull(r.published).add(story::fingerprint(r.sentence));
    }
    addGenericPlans(out, true);
    // The events first: the reports, links and updates refer to them.
    const std::size_t beforeEvents = out.size();
    addInserts(out, "events",
               {{"start_day", "integer"},
                {"end_day", "integer"},
                {"precision", "text"},
                {"fuzzy", "boolean"},
                {"title", "text"},
                {"sentence", "text"},
                {"sentence_begin", "bigint"},
                {"sentence_end", "bigint"},
                {"date_text", "text"},
                {"resolution", "text"},
                {"confidence", "double precision"},
                {"user_created", "boolean"},
                {"user_edited", "boolean"},
                {"report_count", "integer"},
                {"source_count", "integer"},
                {"first_reported_day", "integer"},
                {"date_disputed", "boolean"},
                {"article_id", "bigint"},
                {"edited_by", "text"},
                {"edited_at", "text"},
                {"id", "bigint"},
                {"primary_actor_id", "integer"},
                {"primary_place_id", "integer"}},
               eventValues, kReturningXmin);
    if (out.size() > beforeEvents)
        returnsXmins();
    addInserts(
        out, "reports",
        {{"id", "bigint"},       {"event_id", "bigint"}, {"article_id", "bigint"},     {"origin", "text"},
         {"report_key", "text"}, {"start_day", "integer"},     {"end_day", "integer"},
         {"precision", "text"},  {"fuzzy", "boolean"},         {"title", "text"},
         {"sentence", "text"},   {"sentence_begin", "bigint"}, {"sentence_end", "bigint"},
         {"date_text", "text"},  {"resolution", "text"},       {"confidence", "double precision"},
         {"outlet", "text"},     {"article_title", "text"},    {"url", "text"},
         {"source_ref", "text"}, {"published_day", "integer"}, {"fingerprint", "text"}},
        reportValues);
    // Stored events a report bridged into another: their reports moved, then the events
    // deleted (their links with them). An event may have been bridged into one that was
    // bridged in turn: each goes to the one that stays.
    if (!plan.absorbed.empty()) {
        std::vector<std::int64_t> gone, kept;
        for (const auto& [from, to] : plan.absorbed) {
            std::int64_t last = to;
            for (bool moved = true; moved;) {
                moved = false;
                for (const auto& [f, t] : plan.absorbed)
                    if (f == last) {
                        last = t;
                        moved = true;
                    }
            }
            gone.push_back(from);
            kept.push_back(idOf(last));
        }
        out.push_back({"UPDATE reports r SET event_id = v.kept FROM unnest($1::bigint[],"
                       " $2::bigint[]) AS v(gone, kept) WHERE r.event_id = v.gone",
                       pg::Params().add(arrayOf(gone)).add(arrayOf(kept)), true});
        out.push_back(
            {"DELETE FROM events WHERE id = ANY($1::bigint[])", pg::Params().add(arrayOf(gone)),
             true});
    }
    addInserts(out, "event_actors",
               {{"event_id", "bigint"}, {"position", "integer"}, {"actor_id", "integer"}},
               actorLinks);
    addInserts(out, "event_places",
               {{"event_id", "bigint"}, {"position", "integer"}, {"place_id", "integer"}},
               placeLinks);
    // One statement for all of them rather than one per event (a third of an article's
    // statements were these), writing only the rows that change, as before.
    if (!relinked.empty()) {
        const auto idsOrNulls = [](const std::vector<std::int64_t>& ids) {
            std::string out = "{";
            for (std::size_t i = 0; i < ids.size(); ++i) {
                if (i)
                    out += ',';
                out += ids[i] == 0 ? std::string("NULL") : std::to_string(ids[i]);
            }
            return out + "}";
        };
        out.push_back({"UPDATE events e SET primary_actor_id = v.actor, primary_place_id = v.place"
                       " FROM unnest($1::bigint[], $2::integer[], $3::integer[]) AS"
                       " v(id, actor, place) WHERE e.id = v.id AND"
                       " (e.primary_actor_id IS DISTINCT FROM v.actor"
                       " OR e.primary_place_id IS DISTINCT FROM v.place)" +
                           std::string(" RETURNING e.id, e.xmin::text::bigint"),
                       pg::Params()
                           .add(arrayOf(relinked))
                           .add(idsOrNulls(primaryActors))
                           .add(idsOrNulls(primaryPlaces)),
                       true});
        returnsXmins();
    }
    // In a batch, only the events whose days moved are written now: the next article's
    // candidates are searched by the server's days. The others are written once, at the
    // batch's end (PgStore::flushRefreshes): an article rewrote ~30 event rows, mostly the
    // same ones article after article (a new row version each, its trigger, its index entries
    // where the page had no room). They are locked now instead, as the UPDATE locked them: a
    // colleague's edit of one waits for the batch and then finds a newer version (a conflict),
    // never a row the batch overwrites after it. Those the batch locked already are not sent.
    if (pending) {
        std::vector<Event> moved;
        std::vector<std::int64_t> unlocked;
        for (std::size_t i = 0; i < refreshedEvents.size(); ++i) {
            Event& e = refreshedEvents[i];
            if (toDayNumber(e.when.start) != storedDays[i].first ||
                toDayNumber(e.when.end) != storedDays[i].second) {
                plan.moved.push_back(e.id);
                moved.push_back(std::move(e));
                continue;
            }
            if (!pending->count(e.id))
                unlocked.push_back(e.id);
            plan.deferred.push_back(std::move(e));
        }
        if (!unlocked.empty())
            out.push_back({"SELECT FROM events WHERE id = ANY($1::bigint[]) FOR NO KEY UPDATE",
                           pg::Params().add(arrayOf(unlocked)), true});
        refreshedEvents = std::move(moved);
    }
    for (pg::Statement& s : PgStore::refreshStatements(refreshedEvents)) {
        s.sql += " RETURNING e.id, e.xmin::text::bigint";
        s.reuse = true;
        out.push_back(std::move(s));
        returnsXmins();
    }
    addSessionPlans(out);
    for (std::int64_t& id : plan.eventIds)
        id = idOf(id);
    return {};
}

void takeWrites(Plan& plan, const std::vector<pg::Rows>& rows) {
    // In the order written: a row updated twice (its first actor, then its refresh) keeps the
    // last (both are the article's own subtransaction anyway).
    for (const std::size_t at : plan.xminStatements)
        for (int i = 0; i < rows[at].size(); ++i)
            plan.writtenXmins[rows[at].integer(i, 0)] = rows[at].integer(i, 1);
}

} // namespace ct::pgimport

// An article's import, write (PgImport.h): multi-row INSERTs of the new events, reports and
// links, and the touched events' refreshed rows.
#include "store/pg/PgImport.h"
#include "store/pg/PgStore.h"
#include "story/ReportText.h"

#include <algorithm>

namespace ct::pgimport {

namespace {

// "INSERT INTO table(columns) SELECT * FROM unnest($1::type[], …)" with one array per column
// (`types`, in the columns' order) holding every row's value: the same text whatever the
// number of rows, so prepared once per connection (Statement::reuse). A multi-row VALUES of
// ~40 rows of 21 parameters took the server longer to parse and plan than to run, per
// article; an INSERT of a function scan has no plan to choose.
void addInserts(std::vector<pg::Statement>& out, const std::string& head,
                const std::vector<const char*>& types, const std::vector<pg::Params>& rows) {
    if (rows.empty())
        return;
    pg::Statement s;
    s.reuse = true;
    s.sql = head + " SELECT * FROM unnest(";
    for (std::size_t c = 0; c < types.size(); ++c) {
        s.sql += c ? ", $" : "$";
        s.sql += std::to_string(c + 1);
        s.sql += "::";
        s.sql += types[c];
        s.sql += "[]";
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
    }
    s.sql += ')';
    out.push_back(std::move(s));
}

} // namespace

// The new events, reports and links, the touched events' rows: several statements.
Result<void> addWrites(Plan& plan, std::vector<pg::Statement>& out) {
    const auto idOf = [&plan](std::int64_t id) {
        return id >= kProvisional ? plan.reservedIds[std::size_t(id - kProvisional)] : id;
    };
    // The relinked events' first actor and place (0: none), written by one UPDATE.
    std::vector<std::int64_t> primaryActors, primaryPlaces;
    std::vector<Event> refreshedEvents;
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
        if (h.fresh || h.namesChanged)
            for (const auto& [list, links] :
                 {std::pair(&*actors, &actorLinks), std::pair(&*places, &placeLinks)})
                for (std::size_t k = 0; k < list->size(); ++k)
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
            addDay(p, e.firstReported).add(e.dateDisputed).idOrNull(e.articleId);
            p.add(e.editedBy).add(e.editedAt).add(eventId).idOrNull(actor).idOrNull(place);
            continue;
        }
        if (h.namesChanged) {
            relinked.push_back(eventId);
            primaryActors.push_back(actor);
            primaryPlaces.push_back(place);
        }
        refreshedEvents.push_back(e);
    }
    for (std::size_t i = 0; i < plan.reports.size(); ++i) {
        const Report& r = plan.reports[i];
        pg::Params& p = reportValues.emplace_back();
        p.add(idOf(plan.eventIds[i])).idOrNull(r.articleId).add(toText(r.origin)).add(plan.keys[i]);
        p.add(std::int64_t(toDayNumber(r.when.start))).add(std::int64_t(toDayNumber(r.when.end)));
        p.add(toText(r.when.precision)).add(r.when.fuzzy).add(r.title).add(r.sentence);
        p.add(r.sentenceBegin).add(r.sentenceEnd).add(r.dateText).add(r.resolution);
        p.add(r.confidence).add(r.outlet).add(r.articleTitle).add(r.url).add(r.sourceRef);
        addDay(p, r.published).add(story::fingerprint(r.sentence));
    }
    // The events first: the reports, links and updates refer to them.
    addInserts(
        out,
        "INSERT INTO events(start_day, end_day, precision, fuzzy, title, sentence,"
        " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
        " user_edited, report_count, source_count, first_reported_day, date_disputed,"
        " article_id, edited_by, edited_at, id, primary_actor_id, primary_place_id)",
        {"integer", "integer", "text",    "boolean",          "text",    "text",    "bigint",
         "bigint",  "text",    "text",    "double precision", "boolean", "boolean", "integer",
         "integer", "integer", "boolean", "bigint",           "text",    "text",    "bigint",
         "integer", "integer"},
        eventValues);
    addInserts(out,
               "INSERT INTO reports(event_id, article_id, origin, report_key, start_day, end_day,"
               " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text,"
               " resolution, confidence, outlet, article_title, url, source_ref, published_day,"
               " fingerprint)",
               {"bigint",           "bigint", "text", "text",   "integer", "integer", "text",
                "boolean",          "text",   "text", "bigint", "bigint",  "text",    "text",
                "double precision", "text",   "text", "text",   "text",    "integer", "text"},
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
                       pg::Params().add(arrayOf(gone)).add(arrayOf(kept))});
        out.push_back(
            {"DELETE FROM events WHERE id = ANY($1::bigint[])", pg::Params().add(arrayOf(gone))});
    }
    if (!relinked.empty())
        for (const char* table : {"event_actors", "event_places"})
            out.push_back(
                {"DELETE FROM " + std::string(table) + " WHERE event_id = ANY($1::bigint[])",
                 pg::Params().add(arrayOf(relinked))});
    addInserts(out, "INSERT INTO event_actors(event_id, position, actor_id)",
               {"bigint", "integer", "integer"}, actorLinks);
    addInserts(out, "INSERT INTO event_places(event_id, position, place_id)",
               {"bigint", "integer", "integer"}, placeLinks);
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
                       " OR e.primary_place_id IS DISTINCT FROM v.place)",
                       pg::Params()
                           .add(arrayOf(relinked))
                           .add(idsOrNulls(primaryActors))
                           .add(idsOrNulls(primaryPlaces))});
    }
    for (pg::Statement& s : PgStore::refreshStatements(refreshedEvents))
        out.push_back(std::move(s));
    for (std::int64_t& id : plan.eventIds)
        id = idOf(id);
    return {};
}

} // namespace ct::pgimport

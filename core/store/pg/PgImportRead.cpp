// An article's import, plan and read (PgImport.h): its reports and date windows, and the
// pipelined statements that read what the decisions need.
#include "store/pg/PgImport.h"
#include "store/pg/PgImportCache.h"
#include "store/pg/PgReportRows.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <tuple>

namespace ct::pgimport {

namespace {

// Names → ids from rows of (id, name): the server's word over what the cache said.
void addIds(std::unordered_map<std::string, std::int64_t>& ids, const pg::Rows& rows) {
    for (int i = 0; i < rows.size(); ++i)
        ids.insert_or_assign(rows.text(i, 1), rows.integer(i, 0));
}

std::string upsertNames(const char* table) {
    // ON CONFLICT lets two clients adding one name at once agree on its id; names are added in
    // the order the article first uses them, as one statement per name did.
    const std::string t(table);
    return "WITH input AS (SELECT name, min(n) AS n FROM unnest($1::text[]) WITH ORDINALITY AS"
           " u(name, n) GROUP BY name), added AS (INSERT INTO " +
           t +
           "(name) SELECT name FROM input ORDER BY n ON CONFLICT (name) DO NOTHING"
           " RETURNING id, name) SELECT id, name FROM added UNION ALL SELECT t.id, t.name FROM " +
           t + " t JOIN input USING (name)";
}

} // namespace

Result<Plan> planOf(const Article& article, const std::vector<Event>& events) {
    Plan plan;
    std::vector<std::pair<DayNumber, DayNumber>> spans;
    for (const Event& e : events) {
        if (e.when.start.is_special() || e.when.end.is_special())
            return makeError(Error::Code::InvalidInput,
                             "event \"" + e.title + "\" has no valid date");
        // As insertEventRow: the day range would fail first, with PostgreSQL's words.
        if (e.when.end < e.when.start)
            return makeError(Error::Code::Database,
                             "event \"" + e.title + "\" ends before it starts");
        plan.reports.push_back(store::articleReportOf(article, e));
        plan.asEvents.push_back(e);
        plan.keys.push_back(
            store::articleReportKey(article.contentHash, e.sentenceBegin, e.sentenceEnd));
        // A disagreement by one day is still a candidate, and an undated follow-up reaches
        // back to the happening it retells (as addReport's window: story::reachOf).
        const story::Reach reach = story::reachOf(e.when);
        spans.emplace_back(reach.further ? std::min(reach.first, reach.furtherFirst) : reach.first,
                           reach.further ? std::max(reach.last, reach.furtherLast) : reach.last);
        for (const auto& [from, to] :
             {std::pair(&e.actors, &plan.actorNames), std::pair(&e.places, &plan.placeNames)})
            for (const std::string& n : *from)
                if (!n.empty())
                    to->push_back(n);
    }
    // Overlapping windows joined: an event overlaps one of them exactly when it overlaps their
    // union, and an article's reports mostly tell of the same days, so the index is searched
    // a few times rather than once per report.
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 0; i < spans.size();) {
        auto [first, last] = spans[i];
        for (++i; i < spans.size() && spans[i].first <= last + 1; ++i)
            last = std::max(last, spans[i].second);
        plan.spans.emplace_back(first, last);
        // Appended piece by piece: `"[" + std::to_string(…)` trips GCC 12's -Wrestrict at -O3.
        std::string window(1, '[');
        window += std::to_string(first);
        window += ',';
        window += std::to_string(last);
        window += ']';
        plan.windows.push_back(std::move(window));
    }
    return plan;
}

// Everything the decisions read but the changed events, the names' ids and the new rows' ids:
// 7 to 13 statements (with the planner settings around those after the search).
void addReads(Plan& plan, const ImportCache& cache, std::vector<pg::Statement>& out) {
    plan.firstRead = out.size();
    // The candidates' ids, searched once: the first statement finds them in the window index
    // and keeps them in a session setting (always: one row, whatever it finds), which the
    // statements after it in the pipeline read back (an initplan: evaluated once per
    // statement). Each of five statements searched the index again before. As an array, the
    // planner reads names and reports by their event's index instead of hashing whole tables.
    // Not prepared (Statement::reuse): the generic plan a prepared statement settles on after
    // five runs, made while the story was small, read a growing story ever slower (ct-bench:
    // 24–30 articles/s against 31–36).
    out.push_back({"SELECT set_config('ct.candidates', coalesce((SELECT array_agg(DISTINCT e.id)"
                   " FROM unnest($1::int4range[]) AS w(r) JOIN events e ON e.days && w.r)::text,"
                   " '{}'), false)",
                   pg::Params().add(arrayOf(plan.windows))});
    // The statements after it run again for every article: planned once (addGenericPlans).
    addGenericPlans(out, false);
    const std::string candidates =
        "ANY(ARRAY(SELECT unnest(current_setting('ct.candidates')::bigint[])))";
    // Of those, the ones to send: every candidate but those the client holds with the same
    // xmin (ImportCache); and every candidate still there.
    std::vector<std::int64_t>& knownIds = plan.known;
    std::vector<std::int64_t> knownXmins;
    cache.known(plan.spans, knownIds, knownXmins);
    out.push_back({"WITH c AS MATERIALIZED (SELECT e.id, e.xmin::text::bigint AS x FROM events e"
                   " WHERE e.id = " +
                       candidates +
                       "), k AS (SELECT * FROM unnest($1::bigint[], $2::bigint[]) AS k(id, x))"
                       " SELECT coalesce((SELECT array_agg(c.id) FROM c LEFT JOIN k ON k.id = c.id"
                       " WHERE k.x IS DISTINCT FROM c.x)::text, '{}'),"
                       " coalesce((SELECT array_agg(c.id) FROM c)::text, '{}')",
                   pg::Params().add(arrayOf(knownIds)).add(arrayOf(knownXmins)), true});
    out.push_back({"SELECT c.report_key FROM chosen_dates c WHERE c.report_key = ANY($1::text[])"
                   " OR c.report_key IN (SELECT report_key FROM reports WHERE event_id = " +
                       candidates + ")",
                   pg::Params().add(arrayOf(plan.keys)), true});
    // With the candidates' "apart" decisions: a report may bridge two of them. The subquery
    // runs only for rows the first two tests leave (none while nobody decided anything).
    out.push_back({"SELECT kind, a, b FROM story_decisions WHERE a = ANY($1::text[])"
                   " OR (kind = 'same' AND b = ANY($1::text[])) OR (kind = 'apart' AND a IN"
                   " (SELECT report_key FROM reports WHERE event_id = " +
                       candidates + "))",
                   pg::Params().add(arrayOf(plan.keys)), true});
    // Only the names the cache has no id for: a name's id never changes (names are never
    // removed), and a story's names recur article after article. Not sent when there are none.
    for (auto [names, known, at, table] :
         {std::tuple(&plan.actorNames, &cache.actorIds, &plan.actorsRead, "actors"),
          std::tuple(&plan.placeNames, &cache.placeIds, &plan.placesRead, "places")}) {
        std::vector<std::string> unknown;
        for (const std::string& n : *names)
            if (!known->count(n))
                unknown.push_back(n);
        *at = unknown.empty() ? Plan::kNotRead : out.size() - plan.firstRead;
        if (!unknown.empty())
            out.push_back({upsertNames(table), pg::Params().add(arrayOf(unknown)), true});
    }
    plan.idsRead = out.size() - plan.firstRead;
    // Ids for the new events and for the reports, from both sequences in one statement (each
    // looked up once, not per row); the reports' are the ids the cache keeps them under.
    out.push_back({"SELECT nextval(s.e), nextval(s.r) FROM (SELECT"
                   " pg_get_serial_sequence('events', 'id')::regclass AS e,"
                   " pg_get_serial_sequence('reports', 'id')::regclass AS r) s,"
                   " generate_series(1, $1)",
                   pg::Params().add(std::int64_t(plan.reports.size())), true});
    // The settings stay for the writes' pipeline, which sets its own and puts the session's
    // back (addWrites): four RESETs an article fewer. Whatever fails in between rolls the
    // file's savepoint back, and the settings with it.
}

Result<void> takeReads(Plan& plan, ImportCache& cache, const std::vector<pg::Rows>& rows) {
    // The statements' rows, in addReads' order: the search, the check, chosen dates,
    // decisions, the names not known yet (actorsRead, placesRead), the ids (idsRead).
    // (read[1]: the settings for generic plans.)
    const pg::Rows* read = rows.data() + plan.firstRead;
    const pg::Rows& check = read[2];
    // The candidates the client holds unchanged: taken from the cache. The others are read
    // next (addStaleReads) and replace what the cache held of them.
    plan.stale = idsOfArray(check.view(0, 0));
    std::sort(plan.stale.begin(), plan.stale.end());
    std::vector<std::int64_t> candidates = idsOfArray(check.view(0, 1));
    std::sort(candidates.begin(), candidates.end());
    // A kept event around the article's days that is no candidate is gone from there (deleted,
    // or moved away): the decisions must not see it (the candidate index would).
    for (const std::int64_t id : plan.known)
        if (!std::binary_search(candidates.begin(), candidates.end(), id))
            cache.drop(id);
    for (const std::int64_t id : candidates) {
        if (std::binary_search(plan.stale.begin(), plan.stale.end(), id)) {
            cache.drop(id);
            continue;
        }
        if (!cache.take(id, plan.held[id]))
            return makeError(Error::Code::Internal,
                             "event " + std::to_string(id) + " is neither sent nor held");
        const Held& h = plan.held[id];
        for (const auto& [names, ids, known] :
             {std::tuple(&h.event.actors, &plan.actorIds, &cache.actorIds),
              std::tuple(&h.event.places, &plan.placeIds, &cache.placeIds)})
            for (const std::string& n : *names)
                if (const auto it = known->find(n); it != known->end())
                    ids->insert(*it);
    }
    for (int i = 0; i < read[3].size(); ++i)
        plan.chosenKeys.insert(read[3].text(i, 0));
    for (int i = 0; i < read[4].size(); ++i) {
        const bool apart = read[4].view(i, 0) == "apart";
        plan.decisions.emplace(read[4].text(i, 1), std::pair(apart, read[4].text(i, 2)));
        if (!apart)
            plan.decisions.emplace(read[4].text(i, 2), std::pair(false, read[4].text(i, 1)));
    }
    for (auto [names, ids, known, at] :
         {std::tuple(&plan.actorNames, &plan.actorIds, &cache.actorIds, plan.actorsRead),
          std::tuple(&plan.placeNames, &plan.placeIds, &cache.placeIds, plan.placesRead)}) {
        for (const std::string& n : *names)
            if (const auto it = known->find(n); it != known->end())
                ids->insert(*it);
        if (at != Plan::kNotRead)
            addIds(*ids, read[at]);
    }
    const pg::Rows& reserved = read[plan.idsRead];
    for (int i = 0; i < reserved.size(); ++i) {
        plan.reservedIds.push_back(reserved.integer(i, 0));
        plan.reservedReportIds.push_back(reserved.integer(i, 1));
    }
    std::sort(plan.reservedIds.begin(), plan.reservedIds.end());
    std::sort(plan.reservedReportIds.begin(), plan.reservedReportIds.end());
    return {};
}

void addStaleReads(const Plan& plan, std::vector<pg::Statement>& out) {
    const pg::Params ids = pg::Params().add(arrayOf(plan.stale));
    out.push_back({"SELECT e.id, e.article_id, e.start_day, e.end_day, e.precision, e.fuzzy,"
                   " e.title, e.sentence, e.sentence_begin, e.sentence_end, e.date_text,"
                   " e.resolution, e.confidence, e.user_created, e.user_edited,"
                   " e.xmin::text::bigint FROM events e WHERE e.id = ANY($1::bigint[])",
                   ids});
    out.push_back({"SELECT 0, ea.event_id, a.name, ea.position, a.id FROM event_actors ea"
                   " JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = ANY($1::bigint[])"
                   " UNION ALL SELECT 1, ep.event_id, p.name, ep.position, p.id"
                   " FROM event_places ep JOIN places p ON p.id = ep.place_id"
                   " WHERE ep.event_id = ANY($1::bigint[]) ORDER BY 1, 2, 4",
                   ids});
    out.push_back({std::string(pg::kReportColumns) +
                       " WHERE event_id = ANY($1::bigint[])"
                       " ORDER BY event_id, published_day NULLS LAST, id",
                   ids});
}

void takeStaleReads(Plan& plan, ImportCache& cache, const std::vector<pg::Rows>& rows) {
    const pg::Rows &eventRows = rows[0], &nameRows = rows[1], &reportRows = rows[2];
    for (int i = 0; i < eventRows.size(); ++i) {
        Held& h = plan.held[eventRows.integer(i, 0)];
        h = Held();
        h.xmin = eventRows.integer(i, 15);
        Event& e = h.event;
        e.id = eventRows.integer(i, 0);
        e.articleId = eventRows.isNull(i, 1) ? 0 : eventRows.integer(i, 1);
        e.when.start = fromDayNumber(DayNumber(eventRows.integer(i, 2)));
        e.when.end = fromDayNumber(DayNumber(eventRows.integer(i, 3)));
        h.storedStart = DayNumber(eventRows.integer(i, 2));
        h.storedEnd = DayNumber(eventRows.integer(i, 3));
        e.when.precision = precisionFromString(eventRows.view(i, 4)).value_or(Precision::Day);
        e.when.fuzzy = eventRows.boolean(i, 5);
        e.title = eventRows.text(i, 6);
        e.sentence = eventRows.text(i, 7);
        e.sentenceBegin = eventRows.integer(i, 8);
        e.sentenceEnd = eventRows.integer(i, 9);
        e.dateText = eventRows.text(i, 10);
        e.resolution = eventRows.text(i, 11);
        e.confidence = eventRows.real(i, 12);
        e.userCreated = eventRows.boolean(i, 13);
        e.userEdited = eventRows.boolean(i, 14);
    }
    for (int i = 0; i < nameRows.size(); ++i) {
        auto it = plan.held.find(nameRows.integer(i, 1));
        if (it == plan.held.end())
            continue; // an event another client added between the statements
        const bool actor = nameRows.integer(i, 0) == 0;
        (actor ? it->second.event.actors : it->second.event.places).push_back(nameRows.text(i, 2));
        (actor ? plan.actorIds : plan.placeIds)
            .emplace(nameRows.text(i, 2), nameRows.integer(i, 4));
    }
    for (int i = 0; i < reportRows.size(); ++i)
        if (auto it = plan.held.find(reportRows.integer(i, 1)); it != plan.held.end())
            it->second.rows.push_back(pg::reportRowFrom(reportRows, i));
    for (int i = 0; i < eventRows.size(); ++i) {
        const std::int64_t id = eventRows.integer(i, 0);
        Held& h = plan.held[id];
        h.storedActors = h.event.actors.size();
        h.storedPlaces = h.event.places.size();
        cache.candidates.add(id, h);
    }
}

} // namespace ct::pgimport

// An article imported on PostgreSQL in two round trips instead of ~25 per report (a round trip
// to the server was nearly all of an import's time):
//  1. one pipeline begins the write (a savepoint in an import batch), inserts the article and
//     its tags, reads every event the article's reports could join (their date windows, a day
//     either side) with its names and reports, the user's decisions and chosen dates about
//     them, adds the article's actor and place names and reserves ids for new events;
//  2. each report is decided in memory, in order, with the merger and rules addReport uses
//     (story::StoryMerger, PgStore::refreshed): a report joining an event founded or moved by
//     an earlier report of the same article sees it as it would have after that write;
//  3. one pipeline writes the new events and reports (multi-row INSERTs), the links, the
//     touched events' refreshed rows and the change-feed row, and releases the savepoint.
// A failure anywhere rolls the savepoint back: a file still goes in whole or not at all.
// Nothing is kept between articles: what another client committed meanwhile is read afresh,
// as the per-report queries did.
#include "store/pg/PgReportRows.h"
#include "store/pg/PgStore.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

namespace ct {

namespace {

// Ids of rows this import has not written yet: above any the server hands out, in creation
// order, so that sorting by id (candidates, refreshEvent's report order) stays as it will be.
constexpr std::int64_t kProvisional = std::int64_t(1) << 60;
// Rows per multi-row INSERT: PostgreSQL takes at most 65,535 parameters per statement.
constexpr std::size_t kRowsPerInsert = 1000;

// ISO 8601 UTC, as SQLite's store writes it: the server's clock, so that every client agrees.
constexpr const char* kNowIso =
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

struct Held {
    Event event;
    std::vector<store::ReportWithPrint> rows; // in refreshEvent's order
    bool fresh = false;                       // founded by this article
    bool touched = false;                     // a report of this article joined it
    bool namesChanged = false;                // it names actors or places it did not before
};

std::string arrayOf(const std::vector<std::string>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        pg::appendArrayElement(out, values[i]);
    }
    out += "}";
    return out;
}

std::string arrayOf(const std::vector<std::int64_t>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += std::to_string(values[i]);
    }
    out += "}";
    return out;
}

pg::Params& addDay(pg::Params& p, const Date& day) {
    return day.is_special() ? p.null() : p.add(std::int64_t(toDayNumber(day)));
}

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

// "INSERT INTO table(columns) VALUES (…), (…)" for rows of `width` parameters each, in
// statements of at most kRowsPerInsert rows.
void addInserts(std::vector<pg::Statement>& out, const std::string& head, std::size_t width,
                const std::vector<pg::Params>& rows) {
    for (std::size_t first = 0; first < rows.size(); first += kRowsPerInsert) {
        pg::Statement s;
        s.sql = head + " VALUES ";
        int n = 0;
        for (std::size_t i = first; i < std::min(rows.size(), first + kRowsPerInsert); ++i) {
            s.sql += i > first ? ", (" : "(";
            for (std::size_t c = 0; c < width; ++c) {
                if (c)
                    s.sql += ", ";
                s.sql += '$';
                s.sql += std::to_string(++n);
            }
            s.sql += ')';
            for (const auto& v : rows[i].values())
                if (v)
                    s.params.add(*v);
                else
                    s.params.null();
        }
        out.push_back(std::move(s));
    }
}

// Names → ids from rows of (id, name).
void addIds(std::unordered_map<std::string, std::int64_t>& ids, const pg::Rows& rows) {
    for (int i = 0; i < rows.size(); ++i)
        ids.emplace(rows.text(i, 1), rows.integer(i, 0));
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

// One article's merge: what it reads, decides and writes. Reserved event ids a report did not
// need are left unused (sequences have gaps anyway: a rolled-back file's ids are never reused).
struct Plan {
    std::vector<Report> reports;
    std::vector<Event> asEvents;
    std::vector<std::string> keys, windows, actorNames, placeNames;
    std::map<std::int64_t, Held> held; // by id: the candidates' order, as addReport's
    std::unordered_map<std::string, std::int64_t> actorIds, placeIds;
    std::set<std::string> chosenKeys;
    // key → (apart?, the other key), both directions for "same" as addReport reads them.
    std::unordered_multimap<std::string, std::pair<bool, std::string>> decisions;
    std::vector<std::int64_t> reservedIds; // for new events, ascending
    std::vector<std::int64_t> eventIds;    // per report: its event (provisional until written)
    std::size_t firstRead = 0;
};

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
        Report& r = plan.reports.emplace_back();
        r.origin = Report::Origin::Article;
        r.when = e.when;
        r.title = e.title;
        r.sentence = e.sentence;
        r.sentenceBegin = e.sentenceBegin;
        r.sentenceEnd = e.sentenceEnd;
        r.dateText = e.dateText;
        r.resolution = e.resolution;
        r.confidence = e.confidence;
        r.outlet = article.source;
        r.articleTitle = article.title;
        r.url = article.url;
        r.published = article.published;
        plan.asEvents.push_back(e);
        plan.keys.push_back(store::articleReportKey(article.contentHash, e.sentenceBegin, e.sentenceEnd));
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
        plan.windows.push_back("[" + std::to_string(first) + "," + std::to_string(last) + "]");
    }
    return plan;
}

// Everything the decisions read, the names' ids and the new events' ids: 8 statements.
void addReads(Plan& plan, std::vector<pg::Statement>& out) {
    plan.firstRead = out.size();
    // The candidates' ids as an array: the planner then reads names and reports by their
    // event's index instead of hashing whole tables.
    const std::string candidates =
        "ANY(ARRAY(SELECT DISTINCT e.id FROM unnest($1::int4range[]) AS w(r)"
        " JOIN events e ON e.days && w.r))";
    const std::string windows = arrayOf(plan.windows);
    out.push_back({"SELECT e.id, e.article_id, e.start_day, e.end_day, e.precision, e.fuzzy,"
                   " e.title, e.sentence, e.sentence_begin, e.sentence_end, e.date_text,"
                   " e.resolution, e.confidence, e.user_created, e.user_edited"
                   " FROM events e WHERE e.id = " +
                       candidates,
                   pg::Params().add(windows)});
    out.push_back({"SELECT 0, ea.event_id, a.name, ea.position, a.id FROM event_actors ea"
                   " JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = " +
                       candidates +
                       " UNION ALL SELECT 1, ep.event_id, p.name, ep.position, p.id"
                       " FROM event_places ep JOIN places p ON p.id = ep.place_id"
                       " WHERE ep.event_id = " +
                       candidates + " ORDER BY 1, 2, 4",
                   pg::Params().add(windows)});
    out.push_back({std::string(pg::kReportColumns) + " WHERE event_id = " + candidates +
                       " ORDER BY event_id, published_day NULLS LAST, id",
                   pg::Params().add(windows)});
    out.push_back({"SELECT c.report_key FROM chosen_dates c WHERE c.report_key = ANY($2::text[])"
                   " OR c.report_key IN (SELECT report_key FROM reports WHERE event_id = " +
                       candidates + ")",
                   pg::Params().add(windows).add(arrayOf(plan.keys))});
    out.push_back({"SELECT kind, a, b FROM story_decisions WHERE a = ANY($1::text[])"
                   " OR (kind = 'same' AND b = ANY($1::text[]))",
                   pg::Params().add(arrayOf(plan.keys))});
    out.push_back({upsertNames("actors"), pg::Params().add(arrayOf(plan.actorNames))});
    out.push_back({upsertNames("places"), pg::Params().add(arrayOf(plan.placeNames))});
    out.push_back({"SELECT nextval(pg_get_serial_sequence('events', 'id'))"
                   " FROM generate_series(1, $1) ORDER BY 1",
                   pg::Params().add(std::int64_t(plan.reports.size()))});
}

void takeReads(Plan& plan, const std::vector<pg::Rows>& rows) {
    const pg::Rows* read = rows.data() + plan.firstRead;
    const pg::Rows &eventRows = read[0], &nameRows = read[1], &reportRows = read[2];
    for (int i = 0; i < eventRows.size(); ++i) {
        Event& e = plan.held[eventRows.integer(i, 0)].event;
        e.id = eventRows.integer(i, 0);
        e.articleId = eventRows.isNull(i, 1) ? 0 : eventRows.integer(i, 1);
        e.when.start = fromDayNumber(DayNumber(eventRows.integer(i, 2)));
        e.when.end = fromDayNumber(DayNumber(eventRows.integer(i, 3)));
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
    for (int i = 0; i < read[3].size(); ++i)
        plan.chosenKeys.insert(read[3].text(i, 0));
    for (int i = 0; i < read[4].size(); ++i) {
        const bool apart = read[4].view(i, 0) == "apart";
        plan.decisions.emplace(read[4].text(i, 1), std::pair(apart, read[4].text(i, 2)));
        if (!apart)
            plan.decisions.emplace(read[4].text(i, 2), std::pair(false, read[4].text(i, 1)));
    }
    addIds(plan.actorIds, read[5]);
    addIds(plan.placeIds, read[6]);
    for (int i = 0; i < read[7].size(); ++i)
        plan.reservedIds.push_back(read[7].integer(i, 0));
}

// Each report decided as addReport decides it, against the events as they are now.
void decide(
    Plan& plan, std::int64_t articleId,
    std::unordered_map<std::int64_t, std::shared_ptr<const story::ReportFeatures>>& features) {
    std::unordered_map<std::int64_t, story::ReportFeatures> freshFeatures;
    const auto featuresFor =
        [&](const store::ReportWithPrint& row) -> const story::ReportFeatures& {
        if (row.report.id >= kProvisional)
            return freshFeatures[row.report.id];
        auto& cached = features[row.report.id];
        if (!cached)
            cached = std::make_shared<const story::ReportFeatures>(
                story::featuresOf(row.report.sentence, {}, {}));
        return *cached;
    };
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
        // As addReport: the events around the report's days, and those further away that one
        // of their reports fits Earlier*.
        const story::Reach reach = story::reachOf(report.when);
        std::vector<story::Candidate> candidates;
        for (const auto& [id, h] : plan.held) {
            if (h.rows.empty())
                continue;
            const auto overlaps = [&](DayNumber first, DayNumber last) {
                return toDayNumber(h.event.when.end) >= first &&
                       toDayNumber(h.event.when.start) <= last;
            };
            const bool around = overlaps(reach.first, reach.last);
            if (!around &&
                !(reach.further && overlaps(reach.furtherFirst, reach.furtherLast) &&
                  std::any_of(h.rows.begin(), h.rows.end(), [&](const auto& row) {
                      return story::fitsEarlier(story::fitOf(report.when, row.report.when));
                  })))
                continue;
            story::Candidate& c = candidates.emplace_back();
            c.eventId = id;
            std::vector<std::string> names;
            for (const std::string& n : h.event.actors)
                names.push_back("@" + n);
            for (const std::string& n : h.event.places)
                names.push_back("#" + n);
            for (const store::ReportWithPrint& row : h.rows) {
                story::StoredReport& stored = c.reports.emplace_back();
                stored.when = row.report.when;
                stored.features = featuresFor(row);
                stored.fingerprint = row.fingerprint;
                for (const std::string& n : names)
                    if (std::find(stored.features.terms.begin(), stored.features.terms.end(), n) ==
                        stored.features.terms.end())
                        stored.features.terms.push_back(n);
                if (apart.count(row.key) || row.key == key)
                    c.forbidden = true;
                if (same.count(row.key))
                    c.preferred = true;
            }
        }
        store::ReportWithPrint row;
        row.report = report;
        row.report.id = nextReport++;
        row.fingerprint = story::fingerprint(report.sentence);
        row.key = key;
        freshFeatures[row.report.id] = story::featuresOf(report.sentence, {}, {});
        const std::int64_t eventId =
            candidates.empty()
                ? 0
                : story::StoryMerger::decide(
                      report.when,
                      story::featuresOf(report.sentence, asEvent.actors, asEvent.places),
                      row.fingerprint, candidates)
                      .eventId;
        if (eventId != 0) {
            Held& h = plan.held[eventId];
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
            plan.eventIds.push_back(eventId);
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
        plan.held.emplace(founded.event.id, std::move(founded));
    }
}

// The new events, reports and links, the touched events' rows: several statements.
Result<void> addWrites(Plan& plan, std::vector<pg::Statement>& out) {
    const auto idOf = [&plan](std::int64_t id) {
        return id >= kProvisional ? plan.reservedIds[std::size_t(id - kProvisional)] : id;
    };
    std::vector<pg::Statement> updates;
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
            updates.push_back({"UPDATE events SET primary_actor_id = $2, primary_place_id = $3"
                               " WHERE id = $1 AND (primary_actor_id IS DISTINCT FROM $2::integer"
                               " OR primary_place_id IS DISTINCT FROM $3::integer)",
                               pg::Params().add(eventId).idOrNull(actor).idOrNull(place)});
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
    addInserts(out,
               "INSERT INTO events(start_day, end_day, precision, fuzzy, title, sentence,"
               " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
               " user_edited, report_count, source_count, first_reported_day, date_disputed,"
               " article_id, edited_by, edited_at, id, primary_actor_id, primary_place_id)",
               23, eventValues);
    addInserts(out,
               "INSERT INTO reports(event_id, article_id, origin, report_key, start_day, end_day,"
               " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text,"
               " resolution, confidence, outlet, article_title, url, source_ref, published_day,"
               " fingerprint)",
               21, reportValues);
    if (!relinked.empty())
        for (const char* table : {"event_actors", "event_places"})
            out.push_back(
                {"DELETE FROM " + std::string(table) + " WHERE event_id = ANY($1::bigint[])",
                 pg::Params().add(arrayOf(relinked))});
    addInserts(out, "INSERT INTO event_actors(event_id, position, actor_id)", 3, actorLinks);
    addInserts(out, "INSERT INTO event_places(event_id, position, place_id)", 3, placeLinks);
    out.insert(out.end(), std::make_move_iterator(updates.begin()),
               std::make_move_iterator(updates.end()));
    for (pg::Statement& s : PgStore::refreshStatements(refreshedEvents))
        out.push_back(std::move(s));
    for (std::int64_t& id : plan.eventIds)
        id = idOf(id);
    return {};
}

std::string describe(const Article& article) {
    return "article \"" + (article.fileName.empty() ? article.title : article.fileName) + "\"";
}

} // namespace

Result<std::vector<std::int64_t>> PgStore::addArticleReports(const Article& article,
                                                             std::int64_t articleId,
                                                             const std::vector<Event>& events) {
    if (events.empty())
        return std::vector<std::int64_t>();
    auto plan = planOf(article, events);
    if (!plan)
        return plan.error();
    std::vector<pg::Statement> reads;
    addReads(*plan, reads);
    auto read = m_db.pipeline(reads);
    if (!read)
        return read.error();
    takeReads(*plan, *read);
    decide(*plan, articleId, m_features);
    std::vector<pg::Statement> writes;
    if (auto r = addWrites(*plan, writes); !r)
        return r.error();
    if (auto r = m_db.pipeline(writes); !r)
        return r.error();
    return plan->eventIds;
}

Result<std::int64_t> PgStore::addArticle(Article& article, std::vector<Event>& events) {
    auto plan = planOf(article, events);
    if (!plan)
        return plan.error();
    auto begin = Write::beginStatement(*this, "import " + describe(article));
    if (!begin)
        return begin.error();
    std::vector<pg::Statement> first{std::move(*begin)};
    pg::Params p;
    p.add(article.contentHash).add(article.title).add(article.lede).add(article.source);
    p.add(article.fileName);
    addDay(p, article.published).add(article.text).add(m_analyst);
    p.add(article.author).add(article.url).add(article.format);
    first.push_back({std::string("INSERT INTO articles(content_hash, title, lede, source,"
                                 " file_name, published_day, text, imported_by, author, url,"
                                 " format, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
                                 " $9, $10, $11, ") +
                         kNowIso + ") RETURNING id, imported_at",
                     std::move(p)});
    if (!article.tags.empty())
        first.push_back({"INSERT INTO article_tags(article_id, position, tag)"
                         " SELECT currval(pg_get_serial_sequence('articles', 'id')), n - 1, tag"
                         " FROM unnest($1::text[]) WITH ORDINALITY AS u(tag, n)",
                         pg::Params().add(arrayOf(article.tags))});
    if (!events.empty())
        addReads(*plan, first);
    std::optional<Write> write(Write::started(*this));
    auto read = m_db.pipeline(first);
    if (!read) {
        if (m_db.lastSqlState() != "23505") // the content hash is unique
            return read.error();
        write.reset(); // rolled back: the transaction can read again
        auto existing = findArticleByHash(article.contentHash);
        auto other =
            existing && *existing ? this->article(**existing) : Result<Article>(read.error());
        return error(Error::Code::Duplicate,
                     describe(article) + " is already imported" +
                         (other ? " as \"" + other->title + "\"" : std::string()));
    }
    const std::int64_t articleId = (*read)[1].integer(0, 0);
    const std::string importedAt = (*read)[1].text(0, 1);
    std::vector<pg::Statement> last;
    if (!events.empty()) {
        takeReads(*plan, *read);
        decide(*plan, articleId, m_features);
        if (auto r = addWrites(*plan, last); !r)
            return r.error();
    }
    last.push_back(changeStatement(StoreChange::Kind::Import, {}));
    last.push_back(write->commitStatement());
    if (auto r = m_db.pipeline(last); !r)
        return r.error();
    write->committed();
    article.id = articleId;
    article.importedAt = importedAt;
    article.importedBy = m_analyst;
    for (std::size_t i = 0; i < events.size(); ++i) {
        events[i].id = plan->eventIds[i];
        events[i].articleId = articleId;
    }
    return articleId;
}

} // namespace ct

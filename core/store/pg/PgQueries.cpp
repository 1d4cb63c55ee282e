// The reading half of PgStore: the same queries as EventQueries.cpp and EventListings.cpp with
// PostgreSQL's tools (the window tiles over the duration-class B-tree, tsvector full text).
#include "store/pg/PgEventQuerySql.h"
#include "store/pg/PgReportRows.h"
#include "store/pg/PgStore.h"
#include "store/pg/PgWindowTiles.h"

#include <algorithm>
#include <limits>

namespace ct {

namespace pg {

const char* const kEventColumns =
    "SELECT e.id, e.article_id, e.start_day, e.end_day, e.precision, e.fuzzy, e.title,"
    " e.sentence, e.sentence_begin, e.sentence_end, e.date_text, e.resolution, e.confidence,"
    " e.user_created, e.user_edited, e.report_count, e.source_count, e.first_reported_day,"
    " e.date_disputed, e.version, e.edited_by, e.edited_at";

Event eventFrom(const pg::Rows& r, int i) {
    Event e;
    e.id = r.integer(i, 0);
    e.articleId = r.isNull(i, 1) ? 0 : r.integer(i, 1);
    e.when.start = fromDayNumber(DayNumber(r.integer(i, 2)));
    e.when.end = fromDayNumber(DayNumber(r.integer(i, 3)));
    e.when.precision = precisionFromString(r.view(i, 4)).value_or(Precision::Day);
    e.when.fuzzy = r.boolean(i, 5);
    e.title = r.text(i, 6);
    e.sentence = r.text(i, 7);
    e.sentenceBegin = r.integer(i, 8);
    e.sentenceEnd = r.integer(i, 9);
    e.dateText = r.text(i, 10);
    e.resolution = r.text(i, 11);
    e.confidence = r.real(i, 12);
    e.userCreated = r.boolean(i, 13);
    e.userEdited = r.boolean(i, 14);
    e.reportCount = int(r.integer(i, 15));
    e.sourceCount = int(r.integer(i, 16));
    if (!r.isNull(i, 17))
        e.firstReported = fromDayNumber(DayNumber(r.integer(i, 17)));
    e.dateDisputed = r.boolean(i, 18);
    e.version = r.integer(i, 19);
    e.editedBy = r.text(i, 20);
    e.editedAt = r.text(i, 21);
    return e;
}

} // namespace pg

namespace {

using pg::eventFrom;
using pg::kEventColumns;

constexpr const char* kSpanColumns =
    "SELECT e.id, e.start_day, e.end_day, e.precision, e.fuzzy, e.user_edited, e.article_id,"
    " e.primary_actor_id, e.primary_place_id, e.source_count, e.date_disputed";

constexpr const char* kEntryColumns =
    "SELECT e.id, e.start_day, e.end_day, e.precision, e.fuzzy, e.user_edited, e.article_id,"
    " e.primary_actor_id, e.primary_place_id, e.source_count, e.date_disputed, e.title";

std::uint16_t saturated(std::int64_t count) {
    return static_cast<std::uint16_t>(std::clamp<std::int64_t>(count, 0, 65535));
}

Precision precisionOf(std::string_view text) {
    return precisionFromString(text).value_or(Precision::Day);
}

TimelineSpan spanFrom(const pg::Rows& r, int i) {
    TimelineSpan t;
    t.id = r.integer(i, 0);
    t.start = DayNumber(r.integer(i, 1));
    t.end = DayNumber(r.integer(i, 2));
    t.precision = precisionOf(r.view(i, 3));
    t.fuzzy = r.boolean(i, 4);
    t.userEdited = r.boolean(i, 5);
    t.articleId = r.isNull(i, 6) ? -1 : std::int32_t(r.integer(i, 6));
    t.actorId = r.isNull(i, 7) ? -1 : std::int32_t(r.integer(i, 7));
    t.placeId = r.isNull(i, 8) ? -1 : std::int32_t(r.integer(i, 8));
    t.sourceCount = saturated(r.integer(i, 9));
    t.dateDisputed = r.boolean(i, 10);
    return t;
}

} // namespace

Result<Event> PgStore::loadEvent(std::int64_t id) {
    auto rows = m_db.exec(std::string(kEventColumns) + " FROM events e WHERE e.id = $1",
                          pg::Params().add(id));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return error(Error::Code::NotFound, "no event with id " + std::to_string(id));
    Event e = eventFrom(*rows, 0);
    auto names = m_db.exec(
        "SELECT 0, a.name, ea.position FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        " WHERE ea.event_id = $1 UNION ALL SELECT 1, p.name, ep.position FROM event_places ep"
        " JOIN places p ON p.id = ep.place_id WHERE ep.event_id = $1 ORDER BY 1, 3",
        pg::Params().add(id));
    if (!names)
        return names.error();
    for (int i = 0; i < names->size(); ++i)
        (names->integer(i, 0) == 0 ? e.actors : e.places).push_back(names->text(i, 1));
    return e;
}

Result<Event> PgStore::event(std::int64_t id) {
    return loadEvent(id);
}

Result<std::vector<Event>> PgStore::events(const EventQuery& query) {
    auto q = pg::EventQuerySql::build(kEventColumns, query, true);
    std::vector<Event> out;
    if (!q)
        return out;
    auto rows = m_db.exec(q->sql, q->params);
    if (!rows)
        return rows.error();
    std::map<std::int64_t, std::size_t> index;
    for (int i = 0; i < rows->size(); ++i) {
        index.emplace(rows->integer(i, 0), out.size());
        out.push_back(eventFrom(*rows, i));
    }
    if (out.empty())
        return out;
    // Names of all of them in one query rather than one per event.
    const auto wanted = pg::EventQuerySql::build("SELECT e.id", query, true);
    auto names = m_db.exec(
        "WITH wanted AS (" + wanted->sql +
            ") SELECT 0, ea.event_id, a.name, ea.position FROM event_actors ea JOIN actors a"
            " ON a.id = ea.actor_id WHERE ea.event_id IN (SELECT id FROM wanted) UNION ALL"
            " SELECT 1, ep.event_id, p.name, ep.position FROM event_places ep JOIN places p"
            " ON p.id = ep.place_id WHERE ep.event_id IN (SELECT id FROM wanted) ORDER BY 1, 2, 4",
        wanted->params);
    if (!names)
        return names.error();
    for (int i = 0; i < names->size(); ++i) {
        auto it = index.find(names->integer(i, 1));
        if (it == index.end())
            continue;
        Event& e = out[it->second];
        (names->integer(i, 0) == 0 ? e.actors : e.places).push_back(names->text(i, 2));
    }
    return out;
}

Result<std::vector<TimelineEntry>> PgStore::timelineEntries(const EventQuery& query) {
    auto q = pg::EventQuerySql::build(kEntryColumns, query, true);
    std::vector<TimelineEntry> out;
    if (!q)
        return out;
    auto rows = m_db.exec(q->sql, q->params);
    if (!rows)
        return rows.error();
    out.reserve(std::size_t(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const TimelineSpan s = spanFrom(*rows, i);
        TimelineEntry& t = out.emplace_back();
        t.id = s.id;
        t.start = s.start;
        t.end = s.end;
        t.precision = s.precision;
        t.fuzzy = s.fuzzy;
        t.userEdited = s.userEdited;
        t.articleId = s.articleId;
        t.actorId = s.actorId;
        t.placeId = s.placeId;
        t.sourceCount = s.sourceCount;
        t.dateDisputed = s.dateDisputed;
        t.title = rows->text(i, 11);
    }
    return out;
}

Result<std::vector<TimelineSpan>> PgStore::timelineSpans(const EventQuery& query) {
    auto q = pg::EventQuerySql::build(kSpanColumns, query, true);
    std::vector<TimelineSpan> out;
    if (!q)
        return out;
    auto rows = m_db.exec(q->sql, q->params);
    if (!rows)
        return rows.error();
    out.reserve(std::size_t(rows->size()));
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(spanFrom(*rows, i));
    return out;
}

Result<std::vector<EventDays>> PgStore::overlapping(DayNumber first, DayNumber last) {
    // Schema 5's tiles (PgWindowTiles.h): ~70 packed values read by primary key where the
    // duration-class scans of events_by_span (schema 3 and 4) read ~11,000 index tuples for a
    // 1 % window of a million events. Buckets a write has marked and no rebuild has repacked
    // are read through events_by_span as before, in the same statement.
    return pg::WindowTiles::overlapping(m_db, first, last);
}

Result<std::vector<std::pair<DayNumber, std::int64_t>>> PgStore::startDayCounts() {
    auto rows = m_db.exec("SELECT start_day, count(*) FROM events GROUP BY start_day ORDER BY 1");
    if (!rows)
        return rows.error();
    std::vector<std::pair<DayNumber, std::int64_t>> out;
    for (int i = 0; i < rows->size(); ++i)
        out.emplace_back(DayNumber(rows->integer(i, 0)), rows->integer(i, 1));
    return out;
}

Result<std::vector<std::string>> PgStore::titles(const std::vector<std::int64_t>& ids) {
    const std::string array = pg::arrayOf(ids);
    // One round trip for all of them, in the order asked.
    auto rows = m_db.exec("SELECT coalesce(e.title, '') FROM unnest($1::bigint[]) WITH ORDINALITY"
                          " AS w(id, n) LEFT JOIN events e ON e.id = w.id ORDER BY w.n",
                          pg::Params().add(array));
    if (!rows)
        return rows.error();
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(rows->text(i, 0));
    return out;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> PgStore::allTitles() {
    auto rows = m_db.exec("SELECT id, title FROM events");
    if (!rows)
        return rows.error();
    std::vector<std::pair<std::int64_t, std::string>> out;
    out.reserve(std::size_t(rows->size()));
    for (int i = 0; i < rows->size(); ++i)
        out.emplace_back(rows->integer(i, 0), rows->text(i, 1));
    return out;
}

Result<std::vector<std::pair<std::int64_t, double>>> PgStore::allConfidences() {
    auto rows = m_db.exec("SELECT id, confidence FROM events");
    if (!rows)
        return rows.error();
    std::vector<std::pair<std::int64_t, double>> out;
    out.reserve(std::size_t(rows->size()));
    for (int i = 0; i < rows->size(); ++i)
        out.emplace_back(rows->integer(i, 0), rows->real(i, 1));
    return out;
}

namespace {

Result<std::int64_t> single(pg::Connection& db, const char* sql) {
    auto rows = db.exec(sql);
    if (!rows)
        return rows.error();
    return rows->empty() ? 0 : rows->integer(0, 0);
}

} // namespace

Result<std::int64_t> PgStore::eventCount() {
    return single(m_db, "SELECT count(*) FROM events");
}

Result<std::int64_t> PgStore::reportCount() {
    return single(m_db, "SELECT count(*) FROM reports");
}

Result<std::int64_t> PgStore::articleCount() {
    return single(m_db, "SELECT count(*) FROM articles");
}

Result<std::string> PgStore::explainQueryPlan(const EventQuery& query, bool entries) {
    auto q = pg::EventQuerySql::build(entries ? kEntryColumns : kEventColumns, query, true);
    if (!q)
        return std::string("no query: the search text has no word\n");
    auto rows = m_db.exec("EXPLAIN " + q->sql, q->params);
    if (!rows)
        return rows.error();
    std::string out;
    for (int i = 0; i < rows->size(); ++i)
        out += rows->text(i, 0) + "\n";
    return out;
}

Result<void> PgStore::tuneForStreaming() {
    return {}; // the server holds the cache: nothing to tune on the client's side
}

Result<std::optional<std::pair<Date, Date>>> PgStore::extent() {
    auto rows =
        m_db.exec("SELECT (SELECT min(start_day) FROM events), (SELECT max(end_day) FROM events)");
    if (!rows)
        return rows.error();
    if (rows->empty() || rows->isNull(0, 0))
        return std::optional<std::pair<Date, Date>>();
    return std::optional<std::pair<Date, Date>>(
        std::pair(fromDayNumber(DayNumber(rows->integer(0, 0))),
                  fromDayNumber(DayNumber(rows->integer(0, 1)))));
}

namespace {

Result<std::map<std::int32_t, std::string>> idNames(pg::Connection& db, const char* sql) {
    auto rows = db.exec(sql);
    if (!rows)
        return rows.error();
    std::map<std::int32_t, std::string> out;
    for (int i = 0; i < rows->size(); ++i)
        out.emplace(std::int32_t(rows->integer(i, 0)), rows->text(i, 1));
    return out;
}

Result<std::vector<std::pair<std::int32_t, std::int64_t>>> pairs(pg::Connection& db,
                                                                 const char* sql) {
    auto rows = db.exec(sql);
    if (!rows)
        return rows.error();
    std::vector<std::pair<std::int32_t, std::int64_t>> out;
    for (int i = 0; i < rows->size(); ++i)
        out.emplace_back(std::int32_t(rows->integer(i, 0)), rows->integer(i, 1));
    return out;
}

} // namespace

Result<std::map<std::int32_t, std::string>> PgStore::actorNames() {
    return idNames(m_db, "SELECT id, name FROM actors");
}

Result<std::map<std::int32_t, std::string>> PgStore::placeNames() {
    return idNames(m_db, "SELECT id, name FROM places");
}

Result<std::vector<std::pair<std::int32_t, std::int64_t>>> PgStore::extraActorLanes() {
    return pairs(m_db, "SELECT DISTINCT actor_id, event_id FROM event_actors WHERE position > 0"
                       " ORDER BY actor_id, event_id");
}

Result<std::vector<std::pair<std::int32_t, std::int64_t>>> PgStore::extraPlaceLanes() {
    return pairs(m_db, "SELECT DISTINCT place_id, event_id FROM event_places WHERE position > 0"
                       " ORDER BY place_id, event_id");
}

} // namespace ct

#include "store/EventStore.h"
#include "store/StoreImpl.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace ct {

namespace {

bool isWordByte(unsigned char c) {
    // Any non-ASCII byte counts: Greek or Cyrillic search words are words too.
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The user's words as an FTS5 expression that cannot be a syntax error: every
// term becomes a quoted string (so AND, NEAR, quotes, parentheses and SQL are
// plain text), terms are ANDed, and the last one is a prefix so results follow
// typing. nullopt when there is no word at all to search for.
std::optional<std::string> matchExpression(std::string_view text) {
    std::vector<std::string_view> terms;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t begin = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const std::string_view term = text.substr(begin, i - begin);
        for (char c : term)
            if (isWordByte(static_cast<unsigned char>(c))) {
                terms.push_back(term);
                break;
            }
    }
    if (terms.empty())
        return std::nullopt;
    std::string out;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        if (t > 0)
            out += ' ';
        out += '"';
        for (char c : terms[t]) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += '*';
    return out;
}

constexpr const char* kEventColumns =
    "SELECT e.id, e.article_id, e.start_day, e.end_day, e.precision, e.fuzzy, e.title,"
    " e.sentence, e.sentence_begin, e.sentence_end, e.date_text, e.resolution, e.confidence,"
    " e.user_created, e.user_edited, e.report_count, e.source_count, e.first_reported_day,"
    " e.date_disputed";

constexpr const char* kSpanColumns =
    "SELECT e.id, e.start_day, e.end_day, e.precision, e.fuzzy, e.user_edited, e.article_id,"
    " e.primary_actor_id, e.primary_place_id, e.source_count, e.date_disputed";

constexpr const char* kEntryColumns =
    "SELECT e.id, e.start_day, e.end_day, e.precision, e.fuzzy, e.user_edited, e.article_id,"
    " e.primary_actor_id, e.primary_place_id, e.source_count, e.date_disputed, e.title";

// FROM/WHERE/ORDER for a query. Parameters are numbered by meaning (?1 from,
// ?2 to, ?3 match, ?4 actor, ?5 place, ?6 article, ?7 limit, ?8 sources) so that every
// variant binds the same way and is cached under its own text.
std::string querySql(const char* columns, const EventQuery& q, bool ordered) {
    std::string sql = columns;
    if (q.from || q.to)
        // CROSS JOIN pins the R*Tree as the outer loop: the window is searched,
        // and events are then fetched by rowid, never scanned.
        sql += " FROM events_window w CROSS JOIN events e WHERE e.id = w.id"
               " AND w.end_day >= ?1 AND w.start_day <= ?2";
    else
        sql += " FROM events e WHERE 1";
    // An event matches by its own title and sentence or by any of its reports' sentences.
    if (!q.text.empty())
        sql += " AND (e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?3)"
               " OR e.id IN (SELECT r.event_id FROM reports r WHERE r.id IN"
               " (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?3)))";
    if (!q.actor.empty())
        sql += " AND e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a"
               " ON a.id = ea.actor_id WHERE a.name = ?4)";
    if (!q.place.empty())
        sql += " AND e.id IN (SELECT ep.event_id FROM event_places ep JOIN places p"
               " ON p.id = ep.place_id WHERE p.name = ?5)";
    if (q.articleId)
        sql += " AND e.id IN (SELECT event_id FROM reports WHERE article_id = ?6)";
    if (q.minSources > 1)
        sql += " AND e.source_count >= ?8";
    if (ordered)
        sql += " ORDER BY e.start_day, e.id";
    sql += " LIMIT ?7";
    return sql;
}

// nullopt when the query cannot match anything (search text without a word).
Result<std::optional<sql::Statement*>> prepareQuery(EventStore::Impl& impl, const char* columns,
                                                    const EventQuery& q, bool ordered) {
    std::optional<std::string> match;
    if (!q.text.empty()) {
        match = matchExpression(q.text);
        if (!match)
            return std::optional<sql::Statement*>();
        // A search inside an open import batch finds its stored files' reports too.
        if (impl.batch && impl.savepointDepth == 0)
            if (auto r = store::writePendingText(impl); !r)
                return r.error();
    }
    auto stmt = impl.statement(querySql(columns, q, ordered));
    if (!stmt)
        return stmt.error();
    sql::Statement& s = **stmt;
    s.bind(1,
           q.from ? std::int64_t(toDayNumber(*q.from)) : std::numeric_limits<std::int32_t>::min());
    s.bind(2, q.to ? std::int64_t(toDayNumber(*q.to)) : std::numeric_limits<std::int32_t>::max());
    s.bind(3, match ? std::string_view(*match) : std::string_view());
    s.bind(4, std::string_view(q.actor)).bind(5, std::string_view(q.place));
    s.bind(6, q.articleId.value_or(0));
    s.bind(7, q.limit > 0 ? static_cast<std::int64_t>(q.limit) : std::int64_t(-1));
    if (q.minSources > 1)
        s.bind(8, std::int64_t(q.minSources));
    return std::optional<sql::Statement*>(*stmt);
}

std::uint16_t saturated(std::int64_t count) {
    return static_cast<std::uint16_t>(std::clamp<std::int64_t>(count, 0, 65535));
}

Event eventFromRow(const sql::Statement& s) {
    Event e;
    e.id = s.columnInt(0);
    e.articleId = s.columnIsNull(1) ? 0 : s.columnInt(1);
    e.when.start = fromDayNumber(static_cast<DayNumber>(s.columnInt(2)));
    e.when.end = fromDayNumber(static_cast<DayNumber>(s.columnInt(3)));
    e.when.precision = precisionFromString(s.columnView(4)).value_or(Precision::Day);
    e.when.fuzzy = s.columnInt(5) != 0;
    e.title = s.columnText(6);
    e.sentence = s.columnText(7);
    e.sentenceBegin = s.columnInt(8);
    e.sentenceEnd = s.columnInt(9);
    e.dateText = s.columnText(10);
    e.resolution = s.columnText(11);
    e.confidence = s.columnDouble(12);
    e.userCreated = s.columnInt(13) != 0;
    e.userEdited = s.columnInt(14) != 0;
    e.reportCount = int(s.columnInt(15));
    e.sourceCount = int(s.columnInt(16));
    if (!s.columnIsNull(17))
        e.firstReported = fromDayNumber(static_cast<DayNumber>(s.columnInt(17)));
    e.dateDisputed = s.columnInt(18) != 0;
    return e;
}

Result<std::vector<std::string>> names(EventStore::Impl& impl, const char* sqlText,
                                       std::int64_t eventId) {
    auto stmt = impl.statement(sqlText);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    (*stmt)->bind(1, eventId);
    std::vector<std::string> out;
    if (auto r =
            (*stmt)->forEachRow([&](sql::Statement& row) { out.push_back(row.columnText(0)); });
        !r)
        return r.error();
    return out;
}

Result<void> loadNames(EventStore::Impl& impl, Event& e) {
    auto actors = names(impl,
                        "SELECT a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                        " WHERE ea.event_id = ?1 ORDER BY ea.position",
                        e.id);
    if (!actors)
        return actors.error();
    auto places = names(impl,
                        "SELECT p.name FROM event_places ep JOIN places p ON p.id = ep.place_id"
                        " WHERE ep.event_id = ?1 ORDER BY ep.position",
                        e.id);
    if (!places)
        return places.error();
    e.actors = std::move(*actors);
    e.places = std::move(*places);
    return {};
}

} // namespace

namespace store {

Result<Event> loadEventRow(EventStore::Impl& impl, std::int64_t id) {
    auto stmt = impl.statement(std::string(kEventColumns) + " FROM events e WHERE e.id = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto row = (*stmt)->bind(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return impl.error(Error::Code::NotFound, "no event with id " + std::to_string(id));
    return eventFromRow(**stmt);
}

Result<Event> loadEvent(EventStore::Impl& impl, std::int64_t id) {
    auto e = loadEventRow(impl, id);
    if (!e)
        return e.error();
    if (auto r = loadNames(impl, *e); !r)
        return r.error();
    return e;
}

} // namespace store

Result<Event> EventStore::event(std::int64_t id) {
    return store::loadEvent(*m_impl, id);
}

Result<std::vector<Event>> EventStore::events(const EventQuery& query) {
    auto prepared = prepareQuery(*m_impl, kEventColumns, query, true);
    if (!prepared)
        return prepared.error();
    std::vector<Event> out;
    if (!*prepared)
        return out;
    sql::Statement& s = ***prepared;
    sql::ResetGuard guard(s);
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(eventFromRow(s));
        if (auto r = loadNames(*m_impl, out.back()); !r)
            return r.error();
    }
}

Result<std::vector<TimelineEntry>> EventStore::timelineEntries(const EventQuery& query) {
    // Without a limit, rows are read in table order and sorted here: SQLite's
    // ordered read seeks the table once per row through the start_day index (or
    // sorts in a temp B-tree), about ten times slower for a whole timeline.
    const bool sortHere = query.limit == 0;
    auto prepared = prepareQuery(*m_impl, kEntryColumns, query, !sortHere);
    if (!prepared)
        return prepared.error();
    std::vector<TimelineEntry> out;
    if (!*prepared)
        return out;
    sql::Statement& s = ***prepared;
    sql::ResetGuard guard(s);
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        TimelineEntry& t = out.emplace_back();
        t.id = s.columnInt(0);
        t.start = static_cast<DayNumber>(s.columnInt(1));
        t.end = static_cast<DayNumber>(s.columnInt(2));
        t.precision = precisionFromString(s.columnView(3)).value_or(Precision::Day);
        t.fuzzy = s.columnInt(4) != 0;
        t.userEdited = s.columnInt(5) != 0;
        t.articleId = s.columnIsNull(6) ? -1 : static_cast<std::int32_t>(s.columnInt(6));
        t.actorId = s.columnIsNull(7) ? -1 : static_cast<std::int32_t>(s.columnInt(7));
        t.placeId = s.columnIsNull(8) ? -1 : static_cast<std::int32_t>(s.columnInt(8));
        t.sourceCount = saturated(s.columnInt(9));
        t.dateDisputed = s.columnInt(10) != 0;
        t.title = s.columnText(11);
    }
    if (sortHere)
        std::sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
            return a.start != b.start ? a.start < b.start : a.id < b.id;
        });
    return out;
}

namespace {

// Columns 0..8 of kSpanColumns (and of kEntryColumns, which starts the same way).
TimelineSpan spanFromRow(const sql::Statement& s) {
    TimelineSpan t;
    t.id = s.columnInt(0);
    t.start = static_cast<DayNumber>(s.columnInt(1));
    t.end = static_cast<DayNumber>(s.columnInt(2));
    t.precision = precisionFromString(s.columnView(3)).value_or(Precision::Day);
    t.fuzzy = s.columnInt(4) != 0;
    t.userEdited = s.columnInt(5) != 0;
    t.articleId = s.columnIsNull(6) ? -1 : static_cast<std::int32_t>(s.columnInt(6));
    t.actorId = s.columnIsNull(7) ? -1 : static_cast<std::int32_t>(s.columnInt(7));
    t.placeId = s.columnIsNull(8) ? -1 : static_cast<std::int32_t>(s.columnInt(8));
    t.sourceCount = saturated(s.columnInt(9));
    t.dateDisputed = s.columnInt(10) != 0;
    return t;
}

} // namespace

Result<std::vector<TimelineSpan>> EventStore::timelineSpans(const EventQuery& query) {
    const bool unfiltered = !query.from && !query.to && query.text.empty() && query.actor.empty() &&
                            query.place.empty() && !query.articleId && query.minSources <= 1;
    std::optional<sql::Statement*> stmt;
    if (unfiltered) {
        // Start order straight from the covering index: no table pages, no sort.
        auto all = m_impl->statement(std::string(kSpanColumns) +
                                     " FROM events e INDEXED BY events_timeline"
                                     " ORDER BY e.start_day LIMIT ?1");
        if (!all)
            return all.error();
        (*all)->bind(1,
                     query.limit > 0 ? static_cast<std::int64_t>(query.limit) : std::int64_t(-1));
        stmt = *all;
    } else {
        auto prepared = prepareQuery(*m_impl, kSpanColumns, query, true);
        if (!prepared)
            return prepared.error();
        stmt = *prepared;
    }
    std::vector<TimelineSpan> out;
    if (!stmt)
        return out;
    if (unfiltered) {
        // Sized once: growing by doubling would hold 1.5 times the final 32 MB at its peak.
        auto rows = eventCount();
        if (!rows)
            return rows.error();
        out.reserve(std::size_t(*rows));
    }
    sql::Statement& s = **stmt;
    sql::ResetGuard guard(s);
    if (auto r = s.forEachRow([&](sql::Statement& row) { out.push_back(spanFromRow(row)); }); !r)
        return r.error();
    return out;
}

Result<void> EventStore::tuneForStreaming() {
    return m_impl->db.exec("PRAGMA cache_size = -2048; PRAGMA mmap_size = 0");
}

Result<std::string> EventStore::explainQueryPlan(const EventQuery& query, bool entries) {
    auto plan =
        m_impl->db.prepare("EXPLAIN QUERY PLAN " + querySql(entries ? kEntryColumns : kEventColumns,
                                                            query, !entries || query.limit > 0));
    if (!plan)
        return plan.error();
    std::string out;
    if (auto r = plan->forEachRow([&](sql::Statement& row) {
            out += row.columnText(3);
            out += '\n';
        });
        !r)
        return r.error();
    return out;
}

} // namespace ct

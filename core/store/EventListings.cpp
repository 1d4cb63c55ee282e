// EventStore's listings: counts, names, per-event columns and windows over the whole story,
// for the timeline and the table. The filtered event queries are in EventQueries.cpp.
#include "store/EventStore.h"
#include "store/StoreImpl.h"

namespace ct {

namespace {

// Every row of a statement without parameters, each made into an element by `fromRow`.
template <typename Container, typename FromRow>
Result<Container> rowsOf(EventStore::Impl& impl, const char* sqlText, FromRow fromRow) {
    auto stmt = impl.statement(sqlText);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    Container out;
    if (auto r =
            (*stmt)->forEachRow([&](sql::Statement& row) { out.insert(out.end(), fromRow(row)); });
        !r)
        return r.error();
    return out;
}

std::pair<std::int32_t, std::string> idAndName(sql::Statement& row) {
    return {static_cast<std::int32_t>(row.columnInt(0)), row.columnText(1)};
}

std::pair<std::int32_t, std::int64_t> keyAndEvent(sql::Statement& row) {
    return {static_cast<std::int32_t>(row.columnInt(0)), row.columnInt(1)};
}

// The first row of a statement without parameters, made into a T by `fromRow`; `none` when
// there is no row.
template <typename T, typename FromRow>
Result<T> firstRow(EventStore::Impl& impl, const char* sqlText, FromRow fromRow, T none) {
    auto stmt = impl.statement(sqlText);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    return *row ? T(fromRow(**stmt)) : none;
}

Result<std::int64_t> count(EventStore::Impl& impl, const char* sqlText) {
    return firstRow<std::int64_t>(
        impl, sqlText, [](sql::Statement& row) { return row.columnInt(0); }, 0);
}

} // namespace

Result<std::vector<EventDays>> EventStore::overlapping(DayNumber first, DayNumber last) {
    auto stmt = m_impl->statement(
        "SELECT id, start_day, end_day FROM events_window WHERE end_day >= ?1 AND start_day <= ?2");
    if (!stmt)
        return stmt.error();
    sql::Statement& s = **stmt;
    sql::ResetGuard guard(s);
    s.bind(1, std::int64_t(first)).bind(2, std::int64_t(last));
    std::vector<EventDays> out;
    if (auto r = s.forEachRow([&](sql::Statement& row) {
            out.push_back({row.columnInt(0), static_cast<DayNumber>(row.columnInt(1)),
                           static_cast<DayNumber>(row.columnInt(2))});
        });
        !r)
        return r.error();
    return out;
}

Result<std::vector<std::string>> EventStore::titles(const std::vector<std::int64_t>& ids) {
    auto stmt = m_impl->statement("SELECT title FROM events WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (const std::int64_t id : ids) {
        sql::ResetGuard guard(**stmt);
        auto row = (*stmt)->bind(1, id).step();
        if (!row)
            return row.error();
        out.push_back(*row ? std::string((*stmt)->columnView(0)) : std::string());
    }
    return out;
}

Result<std::vector<std::pair<DayNumber, std::int64_t>>> EventStore::startDayCounts() {
    return rowsOf<std::vector<std::pair<DayNumber, std::int64_t>>>(
        *m_impl,
        "SELECT start_day, count(*) FROM events INDEXED BY events_timeline GROUP BY start_day",
        [](sql::Statement& row) {
            return std::pair(static_cast<DayNumber>(row.columnInt(0)), row.columnInt(1));
        });
}

Result<std::vector<std::pair<std::int64_t, std::string>>> EventStore::allTitles() {
    return rowsOf<std::vector<std::pair<std::int64_t, std::string>>>(
        *m_impl, "SELECT id, title FROM events", [](sql::Statement& row) {
            return std::pair(row.columnInt(0), std::string(row.columnView(1)));
        });
}

Result<std::vector<std::pair<std::int64_t, double>>> EventStore::allConfidences() {
    return rowsOf<std::vector<std::pair<std::int64_t, double>>>(
        *m_impl, "SELECT id, confidence FROM events",
        [](sql::Statement& row) { return std::pair(row.columnInt(0), row.columnDouble(1)); });
}

Result<std::int64_t> EventStore::eventCount() {
    return count(*m_impl, "SELECT count(*) FROM events");
}

Result<std::int64_t> EventStore::reportCount() {
    return count(*m_impl, "SELECT count(*) FROM reports");
}

Result<std::int64_t> EventStore::articleCount() {
    return count(*m_impl, "SELECT count(*) FROM articles");
}

Result<std::optional<std::pair<Date, Date>>> EventStore::extent() {
    // Two indexed min/max lookups rather than one aggregate, which would scan.
    using Extent = std::optional<std::pair<Date, Date>>;
    return firstRow<Extent>(
        *m_impl, "SELECT (SELECT min(start_day) FROM events), (SELECT max(end_day) FROM events)",
        [](sql::Statement& row) {
            if (row.columnIsNull(0))
                return Extent();
            return Extent(std::pair(fromDayNumber(static_cast<DayNumber>(row.columnInt(0))),
                                    fromDayNumber(static_cast<DayNumber>(row.columnInt(1)))));
        },
        Extent());
}

Result<std::map<std::int32_t, std::string>> EventStore::actorNames() {
    return rowsOf<std::map<std::int32_t, std::string>>(*m_impl, "SELECT id, name FROM actors",
                                                       idAndName);
}

Result<std::map<std::int32_t, std::string>> EventStore::placeNames() {
    return rowsOf<std::map<std::int32_t, std::string>>(*m_impl, "SELECT id, name FROM places",
                                                       idAndName);
}

// Read through the (key, event_id) indexes in their order; only multi-actor (multi-place)
// events have rows at position > 0, so this stays small beside the timeline's spans.
Result<std::vector<std::pair<std::int32_t, std::int64_t>>> EventStore::extraActorLanes() {
    return rowsOf<std::vector<std::pair<std::int32_t, std::int64_t>>>(
        *m_impl,
        "SELECT DISTINCT actor_id, event_id FROM event_actors"
        " WHERE position > 0 ORDER BY actor_id, event_id",
        keyAndEvent);
}

Result<std::vector<std::pair<std::int32_t, std::int64_t>>> EventStore::extraPlaceLanes() {
    return rowsOf<std::vector<std::pair<std::int32_t, std::int64_t>>>(
        *m_impl,
        "SELECT DISTINCT place_id, event_id FROM event_places"
        " WHERE position > 0 ORDER BY place_id, event_id",
        keyAndEvent);
}

} // namespace ct

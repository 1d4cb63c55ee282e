// PgStore's event rows: names, links, insert, update with its version check, delete.
#include "store/pg/PgStore.h"

#include <algorithm>

namespace ct {

namespace {

// ISO 8601 UTC, as SQLite's store writes it: the server's clock, so that every client agrees.
constexpr const char* kNowIso =
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

} // namespace

// Events ------------------------------------------------------------------------------------

Result<std::int64_t> PgStore::nameId(const char* table, const std::string& name) {
    // An existing name keeps its id so that lanes stay stable across imports; ON CONFLICT makes
    // two clients adding one name at once agree on it.
    const std::string t(table);
    auto rows = m_db.exec("WITH added AS (INSERT INTO " + t +
                              "(name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id)"
                              " SELECT id FROM added UNION ALL SELECT id FROM " +
                              t + " WHERE name = $1",
                          pg::Params().add(name));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return error(Error::Code::Internal, "no id for the name \"" + name + "\"");
    return rows->integer(0, 0);
}

namespace {

struct Links {
    std::vector<std::int64_t> actors, places;
};

} // namespace

Result<void> PgStore::rewriteLinks(const Event& event, bool fresh) {
    Links links;
    for (const auto& [names, ids, table] : {std::tuple(&event.actors, &links.actors, "actors"),
                                            std::tuple(&event.places, &links.places, "places")})
        for (const std::string& name : *names) {
            if (name.empty())
                continue;
            auto id = nameId(table, name);
            if (!id)
                return id.error();
            if (std::find(ids->begin(), ids->end(), *id) == ids->end())
                ids->push_back(*id);
        }
    pg::Params primary;
    primary.add(event.id).idOrNull(links.actors.empty() ? 0 : links.actors.front());
    primary.idOrNull(links.places.empty() ? 0 : links.places.front());
    if (auto r = m_db.exec("UPDATE events SET primary_actor_id = $2, primary_place_id = $3"
                           " WHERE id = $1 AND (primary_actor_id IS DISTINCT FROM $2::integer"
                           " OR primary_place_id IS DISTINCT FROM $3::integer)",
                           primary);
        !r)
        return r.error();
    for (const auto& [ids, table, column] :
         {std::tuple(&links.actors, "event_actors", "actor_id"),
          std::tuple(&links.places, "event_places", "place_id")}) {
        if (!fresh)
            if (auto r = m_db.exec("DELETE FROM " + std::string(table) + " WHERE event_id = $1",
                                   pg::Params().add(event.id));
                !r)
                return r.error();
        if (ids->empty())
            continue;
        // One statement for all of them: a round trip per link was most of an import's time.
        if (auto r =
                m_db.exec("INSERT INTO " + std::string(table) + "(event_id, position, " + column +
                              ") SELECT $1, n - 1, id FROM unnest($2::integer[])"
                              " WITH ORDINALITY AS u(id, n)",
                          pg::Params().add(event.id).add(pg::arrayOf(*ids)));
            !r)
            return r.error();
    }
    return {};
}

Result<std::int64_t> PgStore::insertEventRow(const Event& event, std::int64_t articleId,
                                             std::int64_t explicitId) {
    if (event.when.start.is_special() || event.when.end.is_special())
        return error(Error::Code::InvalidInput, "event \"" + event.title + "\" has no valid date");
    // SQLite's CHECK(end_day >= start_day) names the rule; here the day range would be built
    // first and fail with "range lower bound must be less than or equal to range upper bound".
    if (event.when.end < event.when.start)
        return error(Error::Code::Database, "event \"" + event.title + "\" ends before it starts");
    pg::Params p;
    p.add(std::int64_t(toDayNumber(event.when.start)))
        .add(std::int64_t(toDayNumber(event.when.end)));
    p.add(toText(event.when.precision)).add(event.when.fuzzy).add(event.title).add(event.sentence);
    p.add(event.sentenceBegin).add(event.sentenceEnd).add(event.dateText).add(event.resolution);
    p.add(event.confidence).add(event.userCreated).add(event.userEdited);
    p.add(std::int64_t(std::max(event.reportCount, 1)));
    p.add(std::int64_t(std::max(event.sourceCount, 1)));
    p.dayOrNull(event.firstReported).add(event.dateDisputed).idOrNull(articleId);
    p.add(event.editedBy).add(event.editedAt);
    std::string sql = "INSERT INTO events(start_day, end_day, precision, fuzzy, title, sentence,"
                      " sentence_begin, sentence_end, date_text, resolution, confidence,"
                      " user_created, user_edited, report_count, source_count,"
                      " first_reported_day, date_disputed, article_id, edited_by, edited_at";
    std::string values = " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,"
                         " $15, $16, $17, $18, $19, $20";
    if (explicitId > 0) {
        sql += ", id";
        values += ", $21";
        p.add(explicitId);
    }
    auto rows = m_db.exec(sql + ")" + values + ") RETURNING id", p);
    if (!rows)
        return rows.error();
    Event linked = event;
    linked.id = rows->integer(0, 0);
    if (!event.actors.empty() || !event.places.empty())
        if (auto r = rewriteLinks(linked, true); !r)
            return r.error();
    return linked.id;
}

Result<std::int64_t> PgStore::insertEvent(Event& event) {
    auto write = Write::begin(*this, "add event \"" + event.title + "\"");
    if (!write)
        return write.error();
    Event mine = event;
    mine.editedBy = m_analyst;
    auto id = insertEventRow(mine, event.articleId);
    if (!id)
        return id.error();
    if (auto r =
            m_db.exec(std::string("UPDATE events SET edited_at = ") + kNowIso + " WHERE id = $1",
                      pg::Params().add(*id));
        !r)
        return r.error();
    Report note =
        reportOf(event, event.articleId > 0 ? Report::Origin::Article : Report::Origin::User);
    note.articleId = event.articleId;
    if (auto r = insertReport(note, *id, "u:" + std::to_string(*id)); !r)
        return r.error();
    if (auto r = recordChange(StoreChange::Kind::Edit, {*id}); !r)
        return r.error();
    if (auto r = write->commit(); !r)
        return r.error();
    event.id = *id;
    return *id;
}

Result<void> PgStore::updateEvent(const Event& event) {
    auto write = Write::begin(*this, "change event \"" + event.title + "\"");
    if (!write)
        return write.error();
    if (event.when.start.is_special() || event.when.end.is_special())
        return error(Error::Code::InvalidInput, "event \"" + event.title + "\" has no valid date");
    if (event.when.end < event.when.start) // as in insertEventRow
        return error(Error::Code::Database, "event \"" + event.title + "\" ends before it starts");
    pg::Params p;
    p.add(event.id).idOrNull(event.articleId);
    p.add(std::int64_t(toDayNumber(event.when.start)))
        .add(std::int64_t(toDayNumber(event.when.end)));
    p.add(toText(event.when.precision)).add(event.when.fuzzy).add(event.title).add(event.sentence);
    p.add(event.sentenceBegin).add(event.sentenceEnd).add(event.dateText).add(event.resolution);
    p.add(event.confidence).add(event.userCreated).add(m_analyst).add(event.version);
    // The version check and the write are one statement: no other client's write can slip in
    // between them.
    auto updated = m_db.exec(
        std::string("UPDATE events SET article_id = $2, start_day = $3, end_day = $4,"
                    " precision = $5, fuzzy = $6, title = $7, sentence = $8, sentence_begin = $9,"
                    " sentence_end = $10, date_text = $11, resolution = $12, confidence = $13,"
                    " user_created = $14, user_edited = true, edited_by = $15, edited_at = ") +
            kNowIso + " WHERE id = $1 AND ($16 = 0 OR version = $16)",
        p);
    if (!updated)
        return updated.error();
    if (updated->affected() == 0) {
        auto theirs = loadEvent(event.id);
        if (!theirs)
            return error(Error::Code::NotFound,
                         "no event with id " + std::to_string(event.id) + " to update");
        const auto describeVersion = [](const Event& e) {
            return "\"" + e.title + "\" (" + toText(e.when) + ", version " +
                   std::to_string(e.version) + ")";
        };
        return error(
            Error::Code::Conflict,
            "event #" + std::to_string(event.id) + " was changed by " +
                (theirs->editedBy.empty() ? std::string("another analyst") : theirs->editedBy) +
                " since it was read: theirs is " + describeVersion(*theirs) + ", yours is " +
                describeVersion(event) + "; nothing was written");
    }
    if (auto r = rewriteLinks(event); !r)
        return r;
    if (auto r = recordChange(StoreChange::Kind::Edit, {event.id}); !r)
        return r;
    return write->commit();
}

Result<void> PgStore::deleteEvent(std::int64_t id) {
    auto write = Write::begin(*this, "delete event #" + std::to_string(id));
    if (!write)
        return write.error();
    auto rows = m_db.exec("DELETE FROM events WHERE id = $1", pg::Params().add(id));
    if (!rows)
        return rows.error();
    if (rows->affected() == 0)
        return error(Error::Code::NotFound, "no event with id " + std::to_string(id));
    if (auto r = recordChange(StoreChange::Kind::Delete, {id}); !r)
        return r;
    return write->commit();
}

} // namespace ct

#include "store/StoreImpl.h"

#include <algorithm>

namespace ct::store {

namespace {

// The names table ("actors" or "places") decides the id; an existing name keeps
// its id so that lanes stay stable across imports.
Result<std::int64_t> idForName(EventStore::Impl& impl, std::string_view table,
                               const std::string& name) {
    auto find = impl.statement("SELECT id FROM " + std::string(table) + " WHERE name = ?1");
    if (!find)
        return find.error();
    {
        sql::ResetGuard guard(**find);
        auto row = (*find)->bind(1, name).step();
        if (!row)
            return row.error();
        if (*row)
            return (*find)->columnInt(0);
    }
    auto insert = impl.statement("INSERT INTO " + std::string(table) + "(name) VALUES (?1)");
    if (!insert)
        return insert.error();
    if (auto r = (*insert)->bind(1, name).run(); !r)
        return r.error();
    return impl.db.lastInsertId();
}

Result<void> writeNames(EventStore::Impl& impl, std::int64_t eventId,
                        const std::vector<std::string>& names, std::string_view table,
                        std::string_view linkTable, std::string_view idColumn) {
    auto clear = impl.statement("DELETE FROM " + std::string(linkTable) + " WHERE event_id = ?1");
    if (!clear)
        return clear.error();
    if (auto r = (*clear)->bind(1, eventId).run(); !r)
        return r.error();
    auto link = impl.statement("INSERT INTO " + std::string(linkTable) + "(event_id, position, " +
                               std::string(idColumn) + ") VALUES (?1, ?2, ?3)");
    if (!link)
        return link.error();
    std::vector<std::string_view> seen;
    std::int64_t position = 0;
    for (const std::string& name : names) {
        // The same person named twice in a sentence is still one actor of it.
        if (name.empty() || std::find(seen.begin(), seen.end(), name) != seen.end())
            continue;
        seen.push_back(name);
        auto id = idForName(impl, table, name);
        if (!id)
            return id.error();
        if (auto r = (*link)->bind(1, eventId).bind(2, position++).bind(3, *id).run(); !r)
            return r.error();
    }
    return {};
}

Result<void> checkDates(const EventStore::Impl& impl, const Event& event) {
    if (event.when.start.is_special() || event.when.end.is_special())
        return impl.error(Error::Code::InvalidInput,
                          "event \"" + event.title + "\" has no valid date");
    return {};
}

// Columns ?2..?14 shared by INSERT and UPDATE, in the order of the SQL below.
void bindEventFields(sql::Statement& stmt, const Event& event, std::int64_t articleId) {
    if (articleId > 0)
        stmt.bind(2, articleId);
    else
        stmt.bindNull(2);
    stmt.bind(3, static_cast<std::int64_t>(toDayNumber(event.when.start)))
        .bind(4, static_cast<std::int64_t>(toDayNumber(event.when.end)))
        .bind(5, std::string_view(toText(event.when.precision)))
        .bind(6, event.when.fuzzy ? 1 : 0)
        .bind(7, event.title)
        .bind(8, event.sentence)
        .bind(9, event.sentenceBegin)
        .bind(10, event.sentenceEnd)
        .bind(11, event.dateText)
        .bind(12, event.resolution)
        .bind(13, event.confidence)
        .bind(14, event.userCreated ? 1 : 0);
}

} // namespace

Result<void> writeLinks(EventStore::Impl& impl, std::int64_t eventId, const Event& event) {
    if (auto r = writeNames(impl, eventId, event.actors, "actors", "event_actors", "actor_id"); !r)
        return r;
    return writeNames(impl, eventId, event.places, "places", "event_places", "place_id");
}

Result<std::int64_t> insertEventRow(EventStore::Impl& impl, const Event& event,
                                    std::int64_t articleId) {
    if (auto r = checkDates(impl, event); !r)
        return r.error();
    auto insert = impl.statement(
        "INSERT INTO events(article_id, start_day, end_day, precision, fuzzy, title, sentence,"
        " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
        " user_edited) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!insert)
        return insert.error();
    bindEventFields(**insert, event, articleId);
    (*insert)->bind(15, event.userEdited ? 1 : 0);
    if (auto r = (*insert)->run(); !r)
        return r.error();
    const std::int64_t id = impl.db.lastInsertId();
    if (auto r = writeLinks(impl, id, event); !r)
        return r.error();
    return id;
}

Result<void> updateEventRow(EventStore::Impl& impl, const Event& event) {
    if (auto r = checkDates(impl, event); !r)
        return r;
    auto update = impl.statement(
        "UPDATE events SET article_id = ?2, start_day = ?3, end_day = ?4, precision = ?5,"
        " fuzzy = ?6, title = ?7, sentence = ?8, sentence_begin = ?9, sentence_end = ?10,"
        " date_text = ?11, resolution = ?12, confidence = ?13, user_created = ?14,"
        " user_edited = 1 WHERE id = ?1");
    if (!update)
        return update.error();
    (*update)->bind(1, event.id);
    bindEventFields(**update, event, event.articleId);
    if (auto r = (*update)->run(); !r)
        return r;
    if (impl.db.changes() == 0)
        return impl.error(Error::Code::NotFound,
                          "no event with id " + std::to_string(event.id) + " to update");
    return writeLinks(impl, event.id, event);
}

} // namespace ct::store

#include "store/StoreImpl.h"

#include <algorithm>
#include <optional>

namespace ct::store {

namespace {

// An existing name keeps its id so that lanes stay stable across imports.
Result<std::int64_t> idForName(EventStore::Impl& impl, std::string_view table,
                               EventStore::Impl::NameIds& cache, const std::string& name) {
    if (auto it = cache.committed.find(name); it != cache.committed.end())
        return it->second;
    if (auto it = cache.pending.find(name); it != cache.pending.end())
        return it->second;
    auto find = impl.statement("SELECT id FROM " + std::string(table) + " WHERE name = ?1");
    if (!find)
        return find.error();
    std::optional<std::int64_t> id;
    {
        sql::ResetGuard guard(**find);
        auto row = (*find)->bind(1, name).step();
        if (!row)
            return row.error();
        if (*row)
            id = (*find)->columnInt(0);
    }
    if (!id) {
        auto insert = impl.statement("INSERT INTO " + std::string(table) + "(name) VALUES (?1)");
        if (!insert)
            return insert.error();
        if (auto r = (*insert)->bind(1, name).run(); !r)
            return r.error();
        id = impl.db.lastInsertId();
    }
    // Pending even when found: it may have been inserted by this very transaction.
    cache.pending.emplace(name, *id);
    return *id;
}

// The names' ids in order, each name once (the same person named twice in a
// sentence is still one actor of it), empty names dropped.
Result<std::vector<std::int64_t>> idsForNames(EventStore::Impl& impl, std::string_view table,
                                              EventStore::Impl::NameIds& cache,
                                              const std::vector<std::string>& names) {
    std::vector<std::int64_t> ids;
    for (const std::string& name : names) {
        if (name.empty())
            continue;
        auto id = idForName(impl, table, cache, name);
        if (!id)
            return id.error();
        if (std::find(ids.begin(), ids.end(), *id) == ids.end())
            ids.push_back(*id);
    }
    return ids;
}

struct Links {
    std::vector<std::int64_t> actors, places;
};

Result<Links> resolveLinks(EventStore::Impl& impl, const Event& event) {
    auto actors = idsForNames(impl, "actors", impl.actorIds, event.actors);
    if (!actors)
        return actors.error();
    auto places = idsForNames(impl, "places", impl.placeIds, event.places);
    if (!places)
        return places.error();
    return Links{std::move(*actors), std::move(*places)};
}

Result<void> writeLinkRows(EventStore::Impl& impl, std::int64_t eventId,
                           const std::vector<std::int64_t>& ids, std::string_view linkTable,
                           std::string_view idColumn, bool replace) {
    if (replace) {
        auto clear =
            impl.statement("DELETE FROM " + std::string(linkTable) + " WHERE event_id = ?1");
        if (!clear)
            return clear.error();
        if (auto r = (*clear)->bind(1, eventId).run(); !r)
            return r.error();
    }
    auto link = impl.statement("INSERT INTO " + std::string(linkTable) + "(event_id, position, " +
                               std::string(idColumn) + ") VALUES (?1, ?2, ?3)");
    if (!link)
        return link.error();
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (auto r = (*link)->bind(1, eventId).bind(2, std::int64_t(i)).bind(3, ids[i]).run(); !r)
            return r.error();
    return {};
}

Result<void> writeLinks(EventStore::Impl& impl, std::int64_t eventId, const Links& links,
                        bool replace) {
    if (auto r = writeLinkRows(impl, eventId, links.actors, "event_actors", "actor_id", replace);
        !r)
        return r;
    return writeLinkRows(impl, eventId, links.places, "event_places", "place_id", replace);
}

void bindPrimary(sql::Statement& stmt, int index, const std::vector<std::int64_t>& ids) {
    if (ids.empty())
        stmt.bindNull(index);
    else
        stmt.bind(index, ids.front());
}

Result<void> checkDates(const EventStore::Impl& impl, const Event& event) {
    if (event.when.start.is_special() || event.when.end.is_special())
        return impl.error(Error::Code::InvalidInput,
                          "event \"" + event.title + "\" has no valid date");
    // The schema's CHECK(end_day >= start_day), said here: an import batch writes with
    // SQLite's CHECK constraints off (see EventStore::beginImportBatch).
    if (toDayNumber(event.when.end) < toDayNumber(event.when.start))
        return impl.error(Error::Code::Database,
                          "event \"" + event.title + "\" ends before it starts");
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

Result<std::int64_t> insertEventRow(EventStore::Impl& impl, const Event& event,
                                    std::int64_t articleId, SearchIndexes indexes,
                                    std::int64_t explicitId) {
    if (auto r = checkDates(impl, event); !r)
        return r.error();
    auto insert = impl.statement(
        "INSERT INTO events(id, article_id, start_day, end_day, precision, fuzzy, title, sentence,"
        " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
        " user_edited, primary_actor_id, primary_place_id, report_count, source_count,"
        " first_reported_day, date_disputed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
        " ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
    if (!insert)
        return insert.error();
    auto links = resolveLinks(impl, event);
    if (!links)
        return links.error();
    bindEventFields(**insert, event, articleId);
    if (explicitId > 0)
        (*insert)->bind(1, explicitId);
    else
        (*insert)->bindNull(1);
    (*insert)->bind(15, event.userEdited ? 1 : 0);
    bindPrimary(**insert, 16, links->actors);
    bindPrimary(**insert, 17, links->places);
    (*insert)->bind(18, std::int64_t(std::max(event.reportCount, 1)));
    (*insert)->bind(19, std::int64_t(std::max(event.sourceCount, 1)));
    store::bindDayOrNull(**insert, 20, event.firstReported);
    (*insert)->bind(21, event.dateDisputed ? 1 : 0);
    if (auto r = (*insert)->run(); !r)
        return r.error();
    const std::int64_t id = impl.db.lastInsertId();
    if (indexes == SearchIndexes::Deferred) {
        if (auto r = writeLinks(impl, id, *links, false); !r)
            return r.error();
        return id;
    }
    // See the schema: the insert trigger these replace would cost a statement journal.
    auto window =
        impl.statement("INSERT INTO events_window(id, start_day, end_day) VALUES (?1, ?2, ?3)");
    if (!window)
        return window.error();
    (*window)->bind(1, id);
    (*window)->bind(2, std::int64_t(toDayNumber(event.when.start)));
    (*window)->bind(3, std::int64_t(toDayNumber(event.when.end)));
    if (auto r = (*window)->run(); !r)
        return r.error();
    auto text =
        impl.statement("INSERT INTO events_fts(rowid, title, sentence) VALUES (?1, ?2, ?3)");
    if (!text)
        return text.error();
    if (auto r = (*text)->bind(1, id).bind(2, event.title).bind(3, event.sentence).run(); !r)
        return r.error();
    if (auto r = writeLinks(impl, id, *links, false); !r)
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
        " user_edited = 1, primary_actor_id = ?16, primary_place_id = ?17 WHERE id = ?1");
    if (!update)
        return update.error();
    auto links = resolveLinks(impl, event);
    if (!links)
        return links.error();
    (*update)->bind(1, event.id);
    bindEventFields(**update, event, event.articleId);
    bindPrimary(**update, 16, links->actors);
    bindPrimary(**update, 17, links->places);
    if (auto r = (*update)->run(); !r)
        return r;
    if (impl.db.changes() == 0)
        return impl.error(Error::Code::NotFound,
                          "no event with id " + std::to_string(event.id) + " to update");
    return writeLinks(impl, event.id, *links, true);
}

Result<void> appendLinks(EventStore::Impl& impl, std::int64_t eventId, std::size_t actorsHeld,
                         std::size_t placesHeld, const std::vector<std::string>& actors,
                         const std::vector<std::string>& places) {
    Event names;
    names.actors = actors;
    names.places = places;
    auto links = resolveLinks(impl, names);
    if (!links)
        return links.error();
    const auto append = [&](const std::vector<std::int64_t>& ids, std::size_t held,
                            std::string_view linkTable, std::string_view idColumn,
                            std::string_view primaryColumn) -> Result<void> {
        auto link =
            impl.statement("INSERT INTO " + std::string(linkTable) + "(event_id, position, " +
                           std::string(idColumn) + ") VALUES (?1, ?2, ?3)");
        if (!link)
            return link.error();
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (auto r =
                    (*link)->bind(1, eventId).bind(2, std::int64_t(held + i)).bind(3, ids[i]).run();
                !r)
                return r;
        if (held > 0 || ids.empty())
            return {};
        // The event had none of these: its first is now the primary one (its lane).
        auto primary = impl.statement("UPDATE events SET " + std::string(primaryColumn) +
                                      " = ?2 WHERE id = ?1");
        if (!primary)
            return primary.error();
        return (*primary)->bind(1, eventId).bind(2, ids.front()).run();
    };
    if (auto r = append(links->actors, actorsHeld, "event_actors", "actor_id", "primary_actor_id");
        !r)
        return r;
    return append(links->places, placesHeld, "event_places", "place_id", "primary_place_id");
}

Result<void> rewriteLinks(EventStore::Impl& impl, const Event& event) {
    auto links = resolveLinks(impl, event);
    if (!links)
        return links.error();
    auto primary = impl.statement(
        "UPDATE events SET primary_actor_id = ?2, primary_place_id = ?3 WHERE id = ?1");
    if (!primary)
        return primary.error();
    (*primary)->bind(1, event.id);
    bindPrimary(**primary, 2, links->actors);
    bindPrimary(**primary, 3, links->places);
    if (auto r = (*primary)->run(); !r)
        return r;
    return writeLinks(impl, event.id, *links, true);
}

} // namespace ct::store

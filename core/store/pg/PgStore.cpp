#include "store/pg/PgStore.h"

#include "store/pg/PgChangeFeed.h"
#include "store/pg/PgReportRows.h"
#include "store/pg/PgSchema.h"

#include <algorithm>
#include <set>

namespace ct {

namespace {

// ISO 8601 UTC, as SQLite's store writes it: the server's clock, so that every client agrees.
constexpr const char* kNowIso =
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

pg::Params& addDay(pg::Params& p, const Date& day) {
    return day.is_special() ? p.null() : p.add(std::int64_t(toDayNumber(day)));
}

const char* kindText(StoreChange::Kind kind) {
    switch (kind) {
    case StoreChange::Kind::Import:
        return "import";
    case StoreChange::Kind::Story:
        return "story";
    case StoreChange::Kind::Delete:
        return "delete";
    case StoreChange::Kind::Edit:
        break;
    }
    return "edit";
}

} // namespace

PgStore::~PgStore() {
    if (m_inBatch)
        abandonImportBatch();
}

Result<std::unique_ptr<PgStore>> PgStore::open(const std::string& conninfo, Mode mode) {
    auto db = pg::Connection::open(conninfo);
    if (!db)
        return db.error();
    std::unique_ptr<PgStore> store(new PgStore()); // private constructor: no make_unique
    store->m_conninfo = conninfo;
    store->m_db = std::move(*db);
    auto version = pg::readSchemaVersion(store->m_db);
    if (!version)
        return version.error();
    if (*version < pg::kSchemaVersion) {
        if (mode == Mode::ReadOnly)
            return store->error(Error::Code::Database,
                                *version == 0 ? "holds no story yet, and was opened read-only"
                                              : "needs a schema upgrade, and was opened read-only");
        auto migrated = pg::migrate(store->m_db, *version);
        if (!migrated)
            return migrated.error();
        version = *migrated;
    }
    store->m_schemaVersion = *version;
    // A role the server only lets read (GRANT SELECT) opens read-only, so the window can say
    // so before the first edit fails.
    auto rights = store->m_db.exec("SELECT has_table_privilege('events', 'INSERT, UPDATE'),"
                                   " current_user");
    if (!rights)
        return rights.error();
    store->m_readOnly = mode == Mode::ReadOnly || !rights->boolean(0, 0);
    if (store->m_readOnly)
        if (auto r = store->m_db.script("SET default_transaction_read_only = on"); !r)
            return r.error();
    store->m_analyst = rights->text(0, 1);
    return store;
}

// Write -------------------------------------------------------------------------------------

Result<pg::Statement> PgStore::Write::beginStatement(PgStore& store, std::string_view doing) {
    if (store.m_readOnly)
        return store.error(Error::Code::Database,
                           "cannot " + std::string(doing) + ": the story is read-only");
    return pg::Statement{store.m_inBatch
                             ? "SAVEPOINT ct_write_" + std::to_string(store.m_savepoints)
                             : std::string("BEGIN"),
                         {}};
}

PgStore::Write PgStore::Write::started(PgStore& store) {
    if (store.m_inBatch)
        ++store.m_savepoints;
    return Write(store);
}

Result<PgStore::Write> PgStore::Write::begin(PgStore& store, std::string_view doing) {
    auto statement = beginStatement(store, doing);
    if (!statement)
        return statement.error();
    if (auto r = store.m_db.script(statement->sql); !r)
        return r.error();
    return started(store);
}

PgStore::Write::Write(Write&& other) noexcept : m_store(other.m_store), m_active(other.m_active) {
    other.m_active = false;
}

PgStore::Write::~Write() {
    if (!m_active)
        return;
    if (m_store->m_inBatch) {
        --m_store->m_savepoints;
        const std::string name = "ct_write_" + std::to_string(m_store->m_savepoints);
        (void)m_store->m_db.script("ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name);
    } else {
        (void)m_store->m_db.script("ROLLBACK");
    }
}

pg::Statement PgStore::Write::commitStatement() const {
    return {m_store->m_inBatch
                ? "RELEASE SAVEPOINT ct_write_" + std::to_string(m_store->m_savepoints - 1)
                : std::string("COMMIT"),
            {}};
}

void PgStore::Write::committed() {
    m_active = false;
    if (m_store->m_inBatch)
        --m_store->m_savepoints;
}

Result<void> PgStore::Write::commit() {
    m_active = false;
    if (m_store->m_inBatch) {
        --m_store->m_savepoints;
        return m_store->m_db.script("RELEASE SAVEPOINT ct_write_" +
                                    std::to_string(m_store->m_savepoints));
    }
    if (auto r = m_store->m_db.script("COMMIT"); !r) {
        (void)m_store->m_db.script("ROLLBACK");
        return r;
    }
    return {};
}

Result<void> PgStore::beginImportBatch() {
    if (m_inBatch)
        return error(Error::Code::Internal, "an import batch is already open");
    if (m_readOnly)
        return error(Error::Code::Database, "cannot import: the story is read-only");
    if (auto r = m_db.script(std::string("BEGIN; ") + kImportLockSql); !r) {
        (void)m_db.script("ROLLBACK");
        return r;
    }
    m_inBatch = true;
    m_savepoints = 0;
    return {};
}

Result<void> PgStore::commitImportBatch() {
    if (!m_inBatch)
        return {}; // as on SQLite: nothing to commit
    m_inBatch = false;
    if (auto r = m_db.script("COMMIT"); !r) {
        (void)m_db.script("ROLLBACK");
        return r;
    }
    return {};
}

void PgStore::abandonImportBatch() {
    if (!m_inBatch)
        return;
    m_inBatch = false;
    (void)m_db.script("ROLLBACK");
}

pg::Statement PgStore::changeStatement(StoreChange::Kind kind,
                                       const std::vector<std::int64_t>& ids) const {
    std::string array = "{";
    // Appended piece by piece: `"," + std::to_string(…)` trips GCC 12's -Wrestrict at -O3.
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            array += ',';
        array += std::to_string(ids[i]);
    }
    array += "}";
    return {"INSERT INTO changes(kind, event_ids, analyst) VALUES ($1, $2, $3)",
            pg::Params().add(kindText(kind)).add(array).add(m_analyst)};
}

Result<void> PgStore::recordChange(StoreChange::Kind kind, const std::vector<std::int64_t>& ids) {
    const pg::Statement change = changeStatement(kind, ids);
    if (auto r = m_db.exec(change.sql, change.params); !r)
        return r.error();
    return {};
}

Result<std::unique_ptr<ChangeFeed>> PgStore::openChangeFeed() {
    auto feed = PgChangeFeed::open(m_conninfo);
    if (!feed)
        return feed.error();
    return std::unique_ptr<ChangeFeed>(std::move(*feed));
}

// Articles ----------------------------------------------------------------------------------

Result<std::optional<std::int64_t>> PgStore::findArticleByHash(const std::string& contentHash) {
    auto rows =
        m_db.exec("SELECT id FROM articles WHERE content_hash = $1", pg::Params().add(contentHash));
    if (!rows)
        return rows.error();
    return rows->empty() ? std::nullopt : std::optional<std::int64_t>(rows->integer(0, 0));
}

// addArticle: PgArticleImport.cpp.

namespace pg {

const char* const kArticleColumns =
    "SELECT id, content_hash, title, lede, source, file_name, published_day, imported_at,"
    " author, url, format, imported_by";

Article articleFrom(const pg::Rows& rows, int i) {
    Article a;
    a.id = rows.integer(i, 0);
    a.contentHash = rows.text(i, 1);
    a.title = rows.text(i, 2);
    a.lede = rows.text(i, 3);
    a.source = rows.text(i, 4);
    a.fileName = rows.text(i, 5);
    if (!rows.isNull(i, 6))
        a.published = fromDayNumber(DayNumber(rows.integer(i, 6)));
    a.importedAt = rows.text(i, 7);
    a.author = rows.text(i, 8);
    a.url = rows.text(i, 9);
    a.format = rows.text(i, 10);
    a.importedBy = rows.text(i, 11);
    return a;
}

} // namespace pg

using pg::articleFrom;
using pg::kArticleColumns;

Result<Article> PgStore::article(std::int64_t id) {
    auto rows = m_db.exec(std::string(kArticleColumns) + ", text FROM articles WHERE id = $1",
                          pg::Params().add(id));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return error(Error::Code::NotFound, "no article with id " + std::to_string(id));
    Article a = articleFrom(*rows, 0);
    a.text = rows->text(0, 12);
    auto tags = m_db.exec("SELECT tag FROM article_tags WHERE article_id = $1 ORDER BY position",
                          pg::Params().add(id));
    if (!tags)
        return tags.error();
    for (int i = 0; i < tags->size(); ++i)
        a.tags.push_back(tags->text(i, 0));
    return a;
}

Result<std::vector<Article>> PgStore::articles() {
    auto rows = m_db.exec(std::string(kArticleColumns) +
                          " FROM articles ORDER BY published_day DESC NULLS LAST, id DESC");
    if (!rows)
        return rows.error();
    auto tags = m_db.exec("SELECT article_id, tag FROM article_tags ORDER BY article_id, position");
    if (!tags)
        return tags.error();
    std::map<std::int64_t, std::vector<std::string>> byArticle;
    for (int i = 0; i < tags->size(); ++i)
        byArticle[tags->integer(i, 0)].push_back(tags->text(i, 1));
    std::vector<Article> out;
    out.reserve(std::size_t(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        out.push_back(articleFrom(*rows, i));
        if (auto it = byArticle.find(out.back().id); it != byArticle.end())
            out.back().tags = it->second;
    }
    return out;
}

Result<std::map<std::int64_t, std::string>> PgStore::articleTitles() {
    auto rows =
        m_db.exec("SELECT id, CASE WHEN title = '' THEN file_name ELSE title END FROM articles");
    if (!rows)
        return rows.error();
    std::map<std::int64_t, std::string> out;
    for (int i = 0; i < rows->size(); ++i)
        out.emplace(rows->integer(i, 0), rows->text(i, 1));
    return out;
}

Result<void> PgStore::reResolveArticle(std::int64_t articleId, Date published,
                                       std::vector<Event>& freshEvents) {
    auto write = Write::begin(*this, "re-resolve article #" + std::to_string(articleId));
    if (!write)
        return write.error();
    pg::Params date;
    date.add(articleId);
    addDay(date, published);
    auto changed = m_db.exec("UPDATE articles SET published_day = $2 WHERE id = $1", date);
    if (!changed)
        return changed.error();
    if (changed->affected() == 0)
        return error(Error::Code::NotFound, "no article with id " + std::to_string(articleId));
    auto article = this->article(articleId);
    if (!article)
        return article.error();
    auto touchedRows = m_db.exec("SELECT DISTINCT event_id FROM reports WHERE article_id = $1",
                                 pg::Params().add(articleId));
    if (!touchedRows)
        return touchedRows.error();
    // As on SQLite: the article's reports go, except in events the user created or edited.
    if (auto r = m_db.exec("DELETE FROM reports WHERE article_id = $1 AND event_id IN"
                           " (SELECT id FROM events WHERE NOT user_created AND NOT user_edited)",
                           pg::Params().add(articleId));
        !r)
        return r.error();
    if (auto r = m_db.exec("UPDATE reports SET published_day = $2 WHERE article_id = $1", date); !r)
        return r.error();
    std::vector<std::int64_t> touched;
    for (int i = 0; i < touchedRows->size(); ++i) {
        touched.push_back(touchedRows->integer(i, 0));
        if (auto r = refreshEvent(touched.back()); !r)
            return r;
    }
    auto keptRows = m_db.exec("SELECT sentence_begin, sentence_end FROM reports WHERE"
                              " article_id = $1 AND sentence_end > sentence_begin",
                              pg::Params().add(articleId));
    if (!keptRows)
        return keptRows.error();
    std::set<std::pair<std::int64_t, std::int64_t>> kept;
    for (int i = 0; i < keptRows->size(); ++i)
        kept.emplace(keptRows->integer(i, 0), keptRows->integer(i, 1));
    std::vector<std::size_t> indexes;
    std::vector<Event> fresh;
    for (std::size_t i = 0; i < freshEvents.size(); ++i)
        if (!kept.count({freshEvents[i].sentenceBegin, freshEvents[i].sentenceEnd})) {
            indexes.push_back(i);
            fresh.push_back(freshEvents[i]);
        }
    article->published = published;
    auto ids = addArticleReports(*article, articleId, fresh);
    if (!ids)
        return ids.error();
    if (auto r = recordChange(StoreChange::Kind::Import, {}); !r)
        return r;
    if (auto r = write->commit(); !r)
        return r;
    for (std::size_t k = 0; k < indexes.size(); ++k) {
        freshEvents[indexes[k]].id = (*ids)[k];
        freshEvents[indexes[k]].articleId = articleId;
    }
    return {};
}

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
        std::string array = "{";
        for (std::size_t i = 0; i < ids->size(); ++i)
            array += (i ? "," : "") + std::to_string((*ids)[i]);
        array += "}";
        if (auto r =
                m_db.exec("INSERT INTO " + std::string(table) + "(event_id, position, " + column +
                              ") SELECT $1, n - 1, id FROM unnest($2::integer[])"
                              " WITH ORDINALITY AS u(id, n)",
                          pg::Params().add(event.id).add(array));
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
    addDay(p, event.firstReported).add(event.dateDisputed).idOrNull(articleId);
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

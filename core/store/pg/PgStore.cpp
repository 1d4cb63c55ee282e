#include "store/pg/PgStore.h"

#include "store/pg/PgImportCache.h" // complete for m_importCache's destructor
#include "store/pg/PgReportRows.h"
#include "store/pg/PgSchema.h"

#include <set>

namespace ct {

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
    const auto found = pg::readSchemaVersion(store->m_db);
    if (!found)
        return found.error();
    // A plain int, not the Result reassigned: GCC 12 with the sanitizers took the Error in a
    // reassigned Result<int> for maybe uninitialized.
    int version = *found;
    if (version < pg::kSchemaVersion) {
        if (mode == Mode::ReadOnly)
            return store->error(Error::Code::Database,
                                version == 0 ? "holds no story yet, and was opened read-only"
                                             : "needs a schema upgrade, and was opened read-only");
        const auto migrated = pg::migrate(store->m_db, version);
        if (!migrated)
            return migrated.error();
        version = *migrated;
    }
    store->m_schemaVersion = version;
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

// Articles ----------------------------------------------------------------------------------

Result<std::optional<std::int64_t>> PgStore::findArticleByHash(const std::string& contentHash) {
    // The importer asks before every file: parsed and planned once per connection.
    auto rows = m_db.execPrepared("SELECT id FROM articles WHERE content_hash = $1",
                                  pg::Params().add(contentHash));
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
    date.dayOrNull(published);
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
    // Their reports changed (dates, some gone) even where the event's row did not: a new row
    // version all the same (the version trigger raises it), as every other change of an
    // event's reports makes one — what imports' caches check (PgImportCache.h).
    if (auto r = m_db.exec("UPDATE events SET version = version WHERE id = ANY($1::bigint[])",
                           pg::Params().add(pg::arrayOf(touched)));
        !r)
        return r.error();
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

} // namespace ct

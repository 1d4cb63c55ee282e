// An article imported on PostgreSQL in two round trips instead of ~25 per report (a round trip
// to the server was nearly all of an import's time):
//  1. one pipeline begins the write (a savepoint in an import batch), inserts the article and
//     its tags, finds every event the article's reports could join (their date windows, a day
//     either side), reads the user's decisions and chosen dates about them, adds the article's
//     actor and place names and reserves ids for new events and reports; the events, names
//     and reports come from the client's cache (PgImportCache.h) where the server says they are
//     unchanged, and only the others are read, in a round trip of their own;
//  2. each report is decided in memory, in order, with the rules addReport uses (StoryMerger's,
//     on term ids in the import cache's StoryIndex; PgStore::refreshed): a report joining an
//     event founded or moved by an earlier report of the same article sees it as it would
//     have after that write;
//  3. one pipeline writes the new events and reports (multi-row INSERTs), the links, the
//     touched events' refreshed rows (in a batch: locks them, and the batch writes them once
//     at its end, PgStore::flushRefreshes) and the change-feed row, and releases the savepoint.
// A failure anywhere rolls the savepoint back: a file still goes in whole or not at all.
// The three roles are PgImport.h's (one file each); this file runs them. What an article read
// and wrote is kept for the next (PgImportCache.h): the server checks each kept event's row
// version and sends only those that changed, so what another client committed meanwhile is
// still read.
#include "store/pg/PgImport.h"
#include "store/pg/PgImportCache.h"
#include "store/pg/PgStore.h"

#include <optional>

namespace ct {

using namespace pgimport;

namespace {

// ISO 8601 UTC, as SQLite's store writes it: the server's clock, so that every client agrees.
constexpr const char* kNowIso =
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

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
    ImportCache& cache = importCache();
    std::vector<pg::Statement> reads;
    addReads(*plan, cache, reads);
    auto read = m_db.pipeline(reads);
    if (!read)
        return read.error();
    if (auto r = takeReads(*plan, cache, *read); !r) {
        cache.clear();
        return r.error();
    }
    if (auto r = readStale(*plan); !r) {
        cache.clear();
        return r.error();
    }
    if (auto r = decide(*plan, articleId, cache); !r) {
        cache.clear();
        return r.error();
    }
    std::vector<pg::Statement> writes;
    // On failure the cache is emptied: it gave its events to the plan.
    if (auto r = addWrites(*plan, writes); !r) {
        cache.clear();
        return r.error();
    }
    auto written = m_db.pipeline(writes);
    if (!written) {
        cache.clear();
        return written.error();
    }
    takeWrites(*plan, *written);
    cache.keep(*plan);
    return plan->eventIds;
}

Result<void> PgStore::readStale(pgimport::Plan& plan) {
    if (plan.stale.empty())
        return {};
    std::vector<pg::Statement> reads;
    addStaleReads(plan, reads);
    auto read = m_db.pipeline(reads);
    if (!read)
        return read.error();
    takeStaleReads(plan, importCache(), *read);
    return {};
}

pgimport::ImportCache& PgStore::importCache() {
    if (!m_importCache)
        m_importCache = std::make_unique<ImportCache>();
    return *m_importCache;
}

void PgStore::forgetImports() {
    if (m_importCache)
        m_importCache->clear();
}

Result<std::int64_t> PgStore::addArticle(Article& article, std::vector<Event>& events,
                                         const std::vector<story::SentenceText>& texts) {
    auto plan = planOf(article, events);
    if (!plan)
        return plan.error();
    if (texts.size() == events.size())
        plan->texts = &texts;
    // An emptied cache (a file rolled back) reads events from the server: the batch's
    // deferred refreshes are written first, outside this file's savepoint.
    if (m_inBatch && importCache().eventCount() == 0)
        if (auto r = flushRefreshes(); !r)
            return r.error();
    auto begin = Write::beginStatement(*this, "import " + describe(article));
    if (!begin)
        return begin.error();
    std::vector<pg::Statement> first{std::move(*begin)};
    if (!m_inBatch) // a batch holds the lock already
        first.push_back({kImportLockSql, {}});
    pg::Params p;
    p.add(article.contentHash).add(article.title).add(article.lede).add(article.source);
    p.add(article.fileName);
    p.dayOrNull(article.published).add(article.text).add(m_analyst);
    p.add(article.author).add(article.url).add(article.format);
    const std::size_t inserted = first.size(); // its result: the article's id and time
    first.push_back({std::string("INSERT INTO articles(content_hash, title, lede, source,"
                                 " file_name, published_day, text, imported_by, author, url,"
                                 " format, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
                                 " $9, $10, $11, ") +
                         kNowIso + ") RETURNING id, imported_at",
                     std::move(p), true});
    if (!article.tags.empty())
        first.push_back({"INSERT INTO article_tags(article_id, position, tag)"
                         " SELECT currval(pg_get_serial_sequence('articles', 'id')), n - 1, tag"
                         " FROM unnest($1::text[]) WITH ORDINALITY AS u(tag, n)",
                         pg::Params().add(arrayOf(article.tags)), true});
    ImportCache& cache = importCache();
    if (!events.empty())
        addReads(*plan, cache, first);
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
    const std::int64_t articleId = (*read)[inserted].integer(0, 0);
    const std::string importedAt = (*read)[inserted].text(0, 1);
    std::vector<pg::Statement> last;
    if (!events.empty()) {
        // A failure from here on rolls the write back (~Write), which empties the cache.
        if (auto r = takeReads(*plan, cache, *read); !r)
            return r.error();
        if (auto r = readStale(*plan); !r)
            return r.error();
        if (auto r = decide(*plan, articleId, cache); !r)
            return r.error();
        if (auto r = addWrites(*plan, last, m_inBatch ? &m_pendingRefresh : nullptr); !r)
            return r.error();
    }
    // The same text every article: parsed once per connection.
    pg::Statement change = changeStatement(StoreChange::Kind::Import, {});
    change.reuse = true;
    last.push_back(std::move(change));
    last.push_back(write->commitStatement());
    auto written = m_db.pipeline(last);
    if (!written)
        return written.error();
    write->committed();
    if (!events.empty()) {
        takeWrites(*plan, *written);
        // The file is in: its deferred refreshes join the batch's; those whose days moved
        // are written, whole.
        for (const std::int64_t id : plan->moved)
            m_pendingRefresh.erase(id);
        for (Event& e : plan->deferred)
            m_pendingRefresh.insert_or_assign(e.id, std::move(e));
        cache.keep(*plan);
    }
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

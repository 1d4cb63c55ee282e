#include "store/EventStore.h"

#include "store/StoreImpl.h"

#include <cstdlib>
#include <set>
#include <utility>

namespace ct {

namespace {

sql::Connection::Mode connectionMode(EventStore::Mode mode) {
    switch (mode) {
    case EventStore::Mode::ReadWrite:
        return sql::Connection::Mode::ReadWrite;
    case EventStore::Mode::ReadOnly:
        return sql::Connection::Mode::ReadOnly;
    case EventStore::Mode::ReadWriteCreate:
        break;
    }
    return sql::Connection::Mode::ReadWriteCreate;
}

std::string describe(const Article& article) {
    return "article \"" + (article.fileName.empty() ? article.title : article.fileName) + "\"";
}

} // namespace

EventStore::EventStore(EventStore&&) noexcept = default;
EventStore& EventStore::operator=(EventStore&&) noexcept = default;
EventStore::~EventStore() = default;

Result<EventStore> EventStore::open(const std::filesystem::path& path, Mode mode) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return makeError(Error::Code::Io, path.string() + ": is a directory, not a database file");

    auto conn = sql::Connection::open(path.string(), connectionMode(mode));
    if (!conn)
        return conn.error();
    auto impl = std::make_unique<Impl>();
    impl->db = std::move(*conn);
    impl->path = path.string();
    if (const char* index = std::getenv("CT_STORY_INDEX"); index && std::string_view(index) == "0")
        impl->useStoryIndex = false;
    impl->readOnly = mode == Mode::ReadOnly || impl->db.isReadOnly();

    auto version = store::readUserVersion(impl->db);
    if (!version)
        return version.error();
    impl->schemaVersion = *version;
    if (auto r = store::checkCompatible(*impl); !r)
        return r.error();

    // A 64 MiB page cache, and no memory-mapped reads: each random lookup (a title, a table
    // row) through the map faults in 64 KiB around the page it needs, which grew a window
    // scrolling through a million events by ~90 MB of resident memory. The timeline's bulk
    // read goes through a covering index on a streaming connection instead.
    if (auto r = impl->db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
                               " PRAGMA cache_size = -65536; PRAGMA mmap_size = 0; PRAGMA "
                               "temp_store = MEMORY");
        !r)
        return r.error();
    // WAL lets a reader keep the timeline open while an import writes. Each file is one
    // transaction, and a checkpoint every 1000 pages (the default) copied the same hot index
    // pages back and synced the file after every few dozen articles: checkpointing every
    // 4000 pages (a 16 MB log) imports ~1.6 times as many articles a second.
    if (!impl->readOnly)
        if (auto r = impl->db.exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = " +
                                   std::to_string(Impl::kWalCheckpointPages));
            !r)
            return r.error();
    if (auto r = store::migrate(*impl); !r)
        return r.error();

    EventStore store;
    store.m_path = path;
    store.m_impl = std::move(impl);
    store.m_analyst = defaultAnalystName();
    return store;
}

int EventStore::schemaVersion() const {
    return m_impl->schemaVersion;
}

bool EventStore::isReadOnly() const {
    return m_impl->readOnly;
}

Result<std::optional<std::int64_t>> EventStore::findArticleByHash(const std::string& contentHash) {
    auto find = m_impl->statement("SELECT id FROM articles WHERE content_hash = ?1");
    if (!find)
        return find.error();
    sql::ResetGuard guard(**find);
    auto row = (*find)->bind(1, contentHash).step();
    if (!row)
        return row.error();
    return *row ? std::optional<std::int64_t>((*find)->columnInt(0)) : std::nullopt;
}

Result<std::int64_t> EventStore::addArticle(Article& article, std::vector<Event>& events,
                                            const std::vector<story::SentenceText>& texts) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("import " + describe(article)); !r)
        return r.error();
    auto tx = store::WriteScope::begin(impl, Impl::WriteKind::Import);
    if (!tx)
        return tx.error();

    // Checked inside the transaction so that a concurrent import of the same file
    // cannot slip in between; the UNIQUE constraint backs this up.
    auto existing = findArticleByHash(article.contentHash);
    if (!existing)
        return existing.error();
    if (*existing) {
        auto other = this->article(**existing);
        const std::string title = other ? other->title : "#" + std::to_string(**existing);
        return impl.error(Error::Code::Duplicate,
                          describe(article) + " is already imported as \"" + title + "\"");
    }

    const std::string importedAt = utcNowIso();
    auto insert = impl.statement(
        "INSERT INTO articles(content_hash, title, lede, source, file_name, published_day, text,"
        " imported_at, author, url, format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, article.contentHash).bind(2, article.title).bind(3, article.lede);
    (*insert)->bind(4, article.source).bind(5, article.fileName);
    store::bindDayOrNull(**insert, 6, article.published);
    (*insert)->bind(7, article.text).bind(8, importedAt);
    (*insert)->bind(9, article.author).bind(10, article.url).bind(11, article.format);
    if (auto r = (*insert)->run(); !r)
        return r.error();
    const std::int64_t articleId = impl.db.lastInsertId();

    auto tag =
        impl.statement("INSERT INTO article_tags(article_id, position, tag) VALUES (?1, ?2, ?3)");
    if (!tag)
        return tag.error();
    std::int64_t position = 0;
    for (const std::string& t : article.tags)
        if (auto r = (*tag)->bind(1, articleId).bind(2, position++).bind(3, t).run(); !r)
            return r.error();

    auto ids = store::addArticleReports(impl, article, articleId, events, texts);
    if (!ids)
        return ids.error();
    if (auto r = tx->commit(); !r)
        return r.error();

    article.id = articleId;
    article.importedAt = importedAt;
    for (std::size_t i = 0; i < events.size(); ++i) {
        events[i].id = (*ids)[i];
        events[i].articleId = articleId;
    }
    return articleId;
}

namespace {

// Columns 0..10 of kArticleColumns; the text, when selected, is column 11.
constexpr const char* kArticleColumns =
    "SELECT id, content_hash, title, lede, source, file_name, published_day, imported_at,"
    " author, url, format";

Article articleFromRow(const sql::Statement& s) {
    Article a;
    a.id = s.columnInt(0);
    a.contentHash = s.columnText(1);
    a.title = s.columnText(2);
    a.lede = s.columnText(3);
    a.source = s.columnText(4);
    a.fileName = s.columnText(5);
    if (!s.columnIsNull(6))
        a.published = fromDayNumber(static_cast<DayNumber>(s.columnInt(6)));
    a.importedAt = s.columnText(7);
    a.author = s.columnText(8);
    a.url = s.columnText(9);
    a.format = s.columnText(10);
    return a;
}

Result<void> loadTags(EventStore::Impl& impl, Article& a) {
    auto tags =
        impl.statement("SELECT tag FROM article_tags WHERE article_id = ?1 ORDER BY position");
    if (!tags)
        return tags.error();
    sql::ResetGuard guard(**tags);
    (*tags)->bind(1, a.id);
    for (;;) {
        auto row = (*tags)->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        a.tags.push_back((*tags)->columnText(0));
    }
}

} // namespace

Result<Article> EventStore::article(std::int64_t id) {
    auto select =
        m_impl->statement(std::string(kArticleColumns) + ", text FROM articles WHERE id = ?1");
    if (!select)
        return select.error();
    Article a;
    {
        sql::Statement& s = **select;
        sql::ResetGuard guard(s);
        auto row = s.bind(1, id).step();
        if (!row)
            return row.error();
        if (!*row)
            return m_impl->error(Error::Code::NotFound, "no article with id " + std::to_string(id));
        a = articleFromRow(s);
        a.text = s.columnText(11);
    }
    if (auto r = loadTags(*m_impl, a); !r)
        return r.error();
    return a;
}

Result<std::vector<Article>> EventStore::articles() {
    auto select =
        m_impl->statement(std::string(kArticleColumns) +
                          " FROM articles ORDER BY published_day DESC NULLS LAST, id DESC");
    if (!select)
        return select.error();
    std::vector<Article> out;
    sql::ResetGuard guard(**select);
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(articleFromRow(**select));
        if (auto r = loadTags(*m_impl, out.back()); !r)
            return r.error();
    }
}

Result<std::map<std::int64_t, std::string>> EventStore::articleTitles() {
    auto select = m_impl->statement(
        "SELECT id, CASE WHEN title = '' THEN file_name ELSE title END FROM articles");
    if (!select)
        return select.error();
    std::map<std::int64_t, std::string> out;
    sql::ResetGuard guard(**select);
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.emplace((*select)->columnInt(0), (*select)->columnText(1));
    }
}

Result<void> EventStore::reResolveArticle(std::int64_t articleId, Date published,
                                          std::vector<Event>& freshEvents) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("re-resolve article #" + std::to_string(articleId)); !r)
        return r;
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();

    auto date = impl.statement("UPDATE articles SET published_day = ?2 WHERE id = ?1");
    if (!date)
        return date.error();
    (*date)->bind(1, articleId);
    store::bindDayOrNull(**date, 2, published);
    if (auto r = (*date)->run(); !r)
        return r;
    if (impl.db.changes() == 0)
        return impl.error(Error::Code::NotFound, "no article with id " + std::to_string(articleId));
    auto article = this->article(articleId);
    if (!article)
        return article.error();

    std::vector<std::int64_t> touched;
    auto events = impl.statement("SELECT DISTINCT event_id FROM reports WHERE article_id = ?1");
    if (!events)
        return events.error();
    {
        sql::ResetGuard guard(**events);
        (*events)->bind(1, articleId);
        if (auto r = (*events)->forEachRow(
                [&](sql::Statement& row) { touched.push_back(row.columnInt(0)); });
            !r)
            return r;
    }
    // The article's reports go, except in events the user created or edited: those are the
    // user's, and re-resolution leaves them as they are. The user's story decisions stay in
    // story_decisions and chosen_dates under report keys and apply to the fresh reports.
    auto drop =
        impl.statement("DELETE FROM reports WHERE article_id = ?1 AND event_id IN"
                       " (SELECT id FROM events WHERE user_created = 0 AND user_edited = 0)");
    if (!drop)
        return drop.error();
    if (auto r = (*drop)->bind(1, articleId).run(); !r)
        return r;
    auto redate = impl.statement("UPDATE reports SET published_day = ?2 WHERE article_id = ?1");
    if (!redate)
        return redate.error();
    (*redate)->bind(1, articleId);
    store::bindDayOrNull(**redate, 2, published);
    if (auto r = (*redate)->run(); !r)
        return r;
    for (const std::int64_t id : touched)
        if (auto r = store::refreshEvent(impl, id); !r)
            return r;

    // What is left is the user's: a fresh report of the same sentence would
    // duplicate (and visually contradict) their version of it.
    std::set<std::pair<std::int64_t, std::int64_t>> kept;
    auto keptSpans =
        impl.statement("SELECT sentence_begin, sentence_end FROM reports WHERE article_id = ?1"
                       " AND sentence_end > sentence_begin");
    if (!keptSpans)
        return keptSpans.error();
    {
        sql::ResetGuard guard(**keptSpans);
        (*keptSpans)->bind(1, articleId);
        if (auto r = (*keptSpans)->forEachRow([&](sql::Statement& row) {
                kept.emplace(row.columnInt(0), row.columnInt(1));
            });
            !r)
            return r;
    }
    std::vector<std::size_t> indexes;
    std::vector<Event> fresh;
    for (std::size_t i = 0; i < freshEvents.size(); ++i)
        if (!kept.count({freshEvents[i].sentenceBegin, freshEvents[i].sentenceEnd})) {
            indexes.push_back(i);
            fresh.push_back(freshEvents[i]);
        }
    article->published = published;
    auto ids = store::addArticleReports(impl, *article, articleId, fresh);
    if (!ids)
        return ids.error();
    if (auto r = tx->commit(); !r)
        return r;
    for (std::size_t k = 0; k < indexes.size(); ++k) {
        freshEvents[indexes[k]].id = (*ids)[k];
        freshEvents[indexes[k]].articleId = articleId;
    }
    return {};
}

Result<std::int64_t> EventStore::insertEvent(Event& event) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("add event \"" + event.title + "\""); !r)
        return r.error();
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();
    auto id = store::insertEventRow(impl, event, event.articleId);
    if (!id)
        return id.error();
    // The user's own telling: a report of origin User, its key the event's first id.
    Report note =
        reportOf(event, event.articleId > 0 ? Report::Origin::Article : Report::Origin::User);
    note.articleId = event.articleId;
    if (auto r = store::insertReport(impl, note, *id, "u:" + std::to_string(*id)); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    event.id = *id;
    return *id;
}

Result<void> EventStore::updateEvent(const Event& event) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("change event \"" + event.title + "\""); !r)
        return r;
    auto tx = impl.begin();
    if (!tx)
        return tx.error();
    if (auto r = store::updateEventRow(impl, event); !r)
        return r;
    return impl.commit(*tx);
}

Result<void> EventStore::deleteEvent(std::int64_t id) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("delete event #" + std::to_string(id)); !r)
        return r;
    auto tx = impl.begin();
    if (!tx)
        return tx.error();
    auto drop = impl.statement("DELETE FROM events WHERE id = ?1");
    if (!drop)
        return drop.error();
    if (auto r = (*drop)->bind(1, id).run(); !r)
        return r;
    if (impl.db.changes() == 0)
        return impl.error(Error::Code::NotFound, "no event with id " + std::to_string(id));
    return impl.commit(*tx);
}

} // namespace ct

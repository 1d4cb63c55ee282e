#include "store/EventBulkInsert.h"

#include "store/StoreImpl.h"
#include "store/StoryRules.h"

namespace ct {

namespace {

Result<std::int64_t> singleInt(EventStore::Impl& impl, const char* sqlText) {
    auto stmt = impl.db.prepare(sqlText);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnInt(0) : 0;
}

} // namespace

EventBulkInsert::EventBulkInsert(EventStore::Impl& impl, sql::Transaction tx)
    : m_impl(&impl), m_tx(std::move(tx)) {}

EventBulkInsert::EventBulkInsert(EventBulkInsert&& other) noexcept
    : m_impl(other.m_impl), m_tx(std::move(other.m_tx)), m_firstNewId(other.m_firstNewId),
      m_added(other.m_added), m_droppedIndexes(std::move(other.m_droppedIndexes)) {
    other.m_tx.reset();
    other.m_impl = nullptr;
}

EventBulkInsert::~EventBulkInsert() {
    if (!m_impl)
        return;   // moved from
    m_tx.reset(); // an uncommitted transaction rolls back here
    (void)m_impl->db.exec("PRAGMA foreign_keys = ON");
}

Result<EventBulkInsert> EventBulkInsert::begin(EventStore& store) {
    EventStore::Impl& impl = *store.m_impl;
    if (auto r = impl.requireWritable("add events"); !r)
        return r.error();
    // Every link row would look up its event and its name to check the foreign keys, though
    // the ids were resolved by the store a moment before: about a fifth of the load's time.
    // The pragma is a no-op inside a transaction, so it goes first and is restored at the end.
    if (auto r = impl.db.exec("PRAGMA foreign_keys = OFF"); !r)
        return r.error();
    auto tx = impl.begin();
    if (!tx) {
        (void)impl.db.exec("PRAGMA foreign_keys = ON");
        return tx.error();
    }
    EventBulkInsert bulk(impl, std::move(*tx));
    auto maxId = singleInt(impl, "SELECT coalesce(max(id), 0) FROM events");
    if (!maxId)
        return maxId.error();
    bulk.m_firstNewId = *maxId + 1;
    if (*maxId == 0) {
        // The definitions are read from the schema itself, so whatever a migration made of
        // them is what gets rebuilt.
        auto list = impl.db.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('events', 'event_actors', 'event_places', 'reports')");
        if (!list)
            return list.error();
        std::vector<std::string> names;
        for (;;) {
            auto row = list->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            names.push_back(list->columnText(0));
            bulk.m_droppedIndexes.push_back(list->columnText(1));
        }
        list->reset();
        for (const std::string& name : names)
            if (auto r = impl.db.exec("DROP INDEX \"" + name + "\""); !r)
                return r.error();
    }
    return bulk;
}

Result<void> EventBulkInsert::add(std::span<const Event> events) {
    if (!m_tx)
        return makeError(Error::Code::Internal, m_impl->path + ": add after commit");
    for (const Event& given : events) {
        // First reported when its earliest row was published, as the merging path's
        // refreshEvent says (a row without a publication date counts from its own date).
        std::optional<Event> dated;
        if (given.firstReported.is_special() && !given.reports.empty()) {
            dated = given;
            for (const Report& r : given.reports) {
                const Date published = !r.published.is_special()    ? r.published
                                       : !r.when.start.is_special() ? r.when.start
                                                                    : given.when.start;
                if (dated->firstReported.is_special() || published < dated->firstReported)
                    dated->firstReported = published;
            }
        }
        const Event& event = dated ? *dated : given;
        auto id = store::insertEventRow(*m_impl, event, 0, store::SearchIndexes::Deferred);
        if (!id)
            return id.error();
        // A data set's row keeps its source (Report::Origin::Table) as its report. The bulk
        // path merges nothing: the caller knows nothing stored can tell of the same happening.
        for (const Report& given : event.reports) {
            Report r = given;
            if (r.when.start.is_special())
                r.when = event.when;
            if (r.published.is_special())
                r.published = r.when.start;
            if (auto x = store::insertReport(*m_impl, r, *id, store::dataSetReportKey(r),
                                             store::SearchIndexes::Deferred);
                !x)
                return x.error();
        }
        ++m_added;
    }
    return {};
}

Result<std::int64_t> EventBulkInsert::commit() {
    if (!m_tx)
        return makeError(Error::Code::Internal,
                         m_impl->path + ": commit of a finished bulk insert");
    sql::Connection& db = m_impl->db;
    // Fed in start order, the R*Tree's nodes cover compact stretches of time, which is what
    // keeps a window search to the few nodes that overlap it.
    auto window = db.prepare("INSERT INTO events_window(id, start_day, end_day)"
                             " SELECT id, start_day, end_day FROM events WHERE id >= ?1"
                             " ORDER BY start_day, end_day");
    if (!window)
        return window.error();
    if (auto r = window->bind(1, m_firstNewId).run(); !r)
        return r.error();
    auto text = db.prepare("INSERT INTO events_fts(rowid, title, sentence)"
                           " SELECT id, title, sentence FROM events WHERE id >= ?1");
    if (!text)
        return text.error();
    if (auto r = text->bind(1, m_firstNewId).run(); !r)
        return r.error();
    // Every event is told by at least one report: those that came without one get their own,
    // as notes of no article.
    auto reports = db.prepare(
        "INSERT INTO reports(event_id, article_id, origin, report_key, start_day, end_day,"
        " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text,"
        " resolution, confidence) SELECT id, article_id, 'user', 'u:' || id, start_day, end_day,"
        " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text, resolution,"
        " confidence FROM events WHERE id >= ?1 AND id NOT IN (SELECT event_id FROM reports"
        " WHERE event_id >= ?1) ORDER BY id");
    if (!reports)
        return reports.error();
    if (auto r = reports->bind(1, m_firstNewId).run(); !r)
        return r.error();
    auto reportText = db.prepare("INSERT INTO reports_fts(rowid, sentence)"
                                 " SELECT id, sentence FROM reports WHERE event_id >= ?1");
    if (!reportText)
        return reportText.error();
    if (auto r = reportText->bind(1, m_firstNewId).run(); !r)
        return r.error();
    for (const std::string& ddl : m_droppedIndexes)
        if (auto r = db.exec(ddl); !r)
            return r.error();
    if (auto r = m_impl->commit(*m_tx); !r)
        return r.error();
    m_tx.reset();
    if (auto r = db.exec("PRAGMA foreign_keys = ON"); !r)
        return r.error();
    // A load this size leaves a write-ahead log as big as the data; fold it into the database
    // now rather than leave the first reader to page through it. Busy readers only delay it.
    (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return m_added;
}

} // namespace ct

// An event refresh's writes: its row's changed parts now, or a batch's refreshes together.
#include "store/StoreImpl.h"

namespace ct::store {

namespace {

void bindDays(sql::Statement& s, const Event& e) {
    s.bind(2, std::int64_t(toDayNumber(e.when.start)));
    s.bind(3, std::int64_t(toDayNumber(e.when.end)));
    s.bind(4, std::string_view(toText(e.when.precision))).bind(5, e.when.fuzzy ? 1 : 0);
}

void bindText(sql::Statement& s, const Event& e, int at) {
    s.bind(at, e.title).bind(at + 1, e.sentence).bind(at + 2, e.sentenceBegin);
    s.bind(at + 3, e.sentenceEnd).bind(at + 4, e.dateText).bind(at + 5, e.resolution);
    s.bind(at + 6, e.confidence);
    if (e.articleId > 0)
        s.bind(at + 7, e.articleId);
    else
        s.bindNull(at + 7);
}

void bindCounts(sql::Statement& s, const Event& e, int at) {
    s.bind(at, std::int64_t(e.reportCount)).bind(at + 1, std::int64_t(e.sourceCount));
    store::bindDayOrNull(s, at + 2, e.firstReported);
    s.bind(at + 3, e.dateDisputed ? 1 : 0);
}

} // namespace

// Writes one event's refresh now: an UPDATE per part that changes.
Result<void> writeRefresh(EventStore::Impl& impl, const EventRefresh& r) {
    if (r.days) {
        auto date = impl.statement("UPDATE events SET start_day = ?2, end_day = ?3,"
                                   " precision = ?4, fuzzy = ?5 WHERE id = ?1");
        if (!date)
            return date.error();
        (*date)->bind(1, r.id);
        bindDays(**date, r.e);
        if (auto run = (*date)->run(); !run)
            return run;
    }
    if (r.text) {
        auto text = impl.statement(
            "UPDATE events SET title = ?2, sentence = ?3, sentence_begin = ?4, sentence_end = ?5,"
            " date_text = ?6, resolution = ?7, confidence = ?8, article_id = ?9 WHERE id = ?1");
        if (!text)
            return text.error();
        (*text)->bind(1, r.id);
        bindText(**text, r.e, 2);
        if (auto run = (*text)->run(); !run)
            return run;
    }
    if (!r.counts)
        return {};
    auto counts = impl.statement("UPDATE events SET report_count = ?2, source_count = ?3,"
                                 " first_reported_day = ?4, date_disputed = ?5 WHERE id = ?1");
    if (!counts)
        return counts.error();
    (*counts)->bind(1, r.id);
    bindCounts(**counts, r.e, 2);
    return (*counts)->run();
}

// Writes many events' refreshes with one statement per part (dates, text, counts), through a
// temporary table. A statement that fires a trigger (the dates' R*Tree row, the text's
// full-text rows) or checks a foreign key (article_id) takes a statement journal, and with it a
// savepoint of every virtual table in the transaction: FTS5 then writes its pending terms as a
// new segment. One UPDATE per event made a segment per event refreshed, and the batch's reports'
// full-text rows were the first of them; per part, the whole batch makes a few.
Result<void> writeRefreshes(EventStore::Impl& impl, const std::vector<EventRefresh>& rows) {
    const bool any = std::any_of(rows.begin(), rows.end(), [](const EventRefresh& r) {
        return r.days || r.text || r.counts;
    });
    if (!any)
        return {};
    if (!impl.refreshTableMade) {
        // Changing the temporary schema expires the connection's prepared statements: they are
        // prepared again once, on their next use.
        if (auto made = impl.db.exec(
                "CREATE TEMP TABLE IF NOT EXISTS event_refresh(id INTEGER PRIMARY KEY,"
                " days INTEGER NOT NULL, text INTEGER NOT NULL, counts INTEGER NOT NULL,"
                " start_day INTEGER, end_day INTEGER, precision TEXT, fuzzy INTEGER, title TEXT,"
                " sentence TEXT, sentence_begin INTEGER, sentence_end INTEGER, date_text TEXT,"
                " resolution TEXT, confidence REAL, article_id INTEGER, report_count INTEGER,"
                " source_count INTEGER, first_reported_day INTEGER, date_disputed INTEGER)");
            !made)
            return made;
        impl.refreshTableMade = true;
    }
    auto insert = impl.statement(
        "INSERT INTO temp.event_refresh VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
        " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
    if (!insert)
        return insert.error();
    for (const EventRefresh& r : rows) {
        if (!r.days && !r.text && !r.counts)
            continue;
        sql::Statement& s = **insert;
        s.bind(1, r.id).bind(2, r.days ? 1 : 0).bind(3, r.text ? 1 : 0).bind(4, r.counts ? 1 : 0);
        s.bind(5, std::int64_t(toDayNumber(r.e.when.start)));
        s.bind(6, std::int64_t(toDayNumber(r.e.when.end)));
        s.bind(7, std::string_view(toText(r.e.when.precision))).bind(8, r.e.when.fuzzy ? 1 : 0);
        bindText(s, r.e, 9);
        bindCounts(s, r.e, 17);
        if (auto run = s.run(); !run)
            return run;
    }
    // Each an UPDATE of the listed ids (rowid lookups), whatever the planner knows of the
    // tables' sizes.
    for (const char* update :
         {"UPDATE events SET (start_day, end_day, precision, fuzzy) = (SELECT r.start_day,"
          " r.end_day, r.precision, r.fuzzy FROM temp.event_refresh r WHERE r.id = events.id)"
          " WHERE id IN (SELECT id FROM temp.event_refresh WHERE days)",
          "UPDATE events SET (title, sentence, sentence_begin, sentence_end, date_text, resolution,"
          " confidence, article_id) = (SELECT r.title, r.sentence, r.sentence_begin,"
          " r.sentence_end, r.date_text, r.resolution, r.confidence, r.article_id"
          " FROM temp.event_refresh r WHERE r.id = events.id)"
          " WHERE id IN (SELECT id FROM temp.event_refresh WHERE text)",
          "UPDATE events SET (report_count, source_count, first_reported_day, date_disputed) ="
          " (SELECT r.report_count, r.source_count, r.first_reported_day, r.date_disputed"
          " FROM temp.event_refresh r WHERE r.id = events.id)"
          " WHERE id IN (SELECT id FROM temp.event_refresh WHERE counts)",
          "DELETE FROM temp.event_refresh"}) {
        auto stmt = impl.statement(update);
        if (!stmt)
            return stmt.error();
        if (auto run = (*stmt)->run(); !run)
            return run;
    }
    return {};
}

} // namespace ct::store

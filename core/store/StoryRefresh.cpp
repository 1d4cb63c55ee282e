// An event's copies of what its reports say: date (agreed, or chosen by the user), whether
// the reports disagree, how many outlets, the first report's sentence.
#include "store/StoreImpl.h"
#include "store/StoryRules.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace ct::store {

namespace {

constexpr const char* kReportColumns =
    "SELECT id, event_id, article_id, origin, start_day, end_day, precision, fuzzy, title,"
    " sentence, sentence_begin, sentence_end, date_text, resolution, confidence, outlet,"
    " article_title, url, source_ref, published_day, fingerprint, report_key FROM reports";

using Row = ReportWithPrint;

Row rowOf(const sql::Statement& s) {
    Row row;
    Report& r = row.report;
    r.id = s.columnInt(0);
    r.eventId = s.columnInt(1);
    r.articleId = s.columnIsNull(2) ? 0 : s.columnInt(2);
    const std::string_view origin = s.columnView(3);
    r.origin = origin == "table"  ? Report::Origin::Table
               : origin == "user" ? Report::Origin::User
                                  : Report::Origin::Article;
    r.when.start = fromDayNumber(DayNumber(s.columnInt(4)));
    r.when.end = fromDayNumber(DayNumber(s.columnInt(5)));
    r.when.precision = precisionFromString(s.columnView(6)).value_or(Precision::Day);
    r.when.fuzzy = s.columnInt(7) != 0;
    r.title = s.columnText(8);
    r.sentence = s.columnText(9);
    r.sentenceBegin = s.columnInt(10);
    r.sentenceEnd = s.columnInt(11);
    r.dateText = s.columnText(12);
    r.resolution = s.columnText(13);
    r.confidence = s.columnDouble(14);
    r.outlet = s.columnText(15);
    r.articleTitle = s.columnText(16);
    r.url = s.columnText(17);
    r.sourceRef = s.columnText(18);
    if (!s.columnIsNull(19))
        r.published = fromDayNumber(DayNumber(s.columnInt(19)));
    row.fingerprint = s.columnText(20);
    row.key = s.columnText(21);
    return row;
}

Result<std::vector<Row>> reportRows(EventStore::Impl& impl, std::int64_t eventId) {
    auto stmt = impl.statement(std::string(kReportColumns) +
                               " WHERE event_id = ?1 ORDER BY published_day IS NULL,"
                               " published_day, id");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    (*stmt)->bind(1, eventId);
    std::vector<Row> out;
    if (auto r = (*stmt)->forEachRow([&](sql::Statement& s) { out.push_back(rowOf(s)); }); !r)
        return r.error();
    return out;
}

Result<bool> isChosen(EventStore::Impl& impl, const std::string& key) {
    auto stmt = impl.statement("SELECT 1 FROM chosen_dates WHERE report_key = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto row = (*stmt)->bind(1, key).step();
    if (!row)
        return row.error();
    return *row;
}

} // namespace

Result<bool> anyChosenDate(EventStore::Impl& impl) {
    if (impl.batch && impl.anyChosenInBatch)
        return *impl.anyChosenInBatch;
    auto stmt = impl.statement("SELECT 1 FROM chosen_dates LIMIT 1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto any = (*stmt)->step();
    if (any && impl.batch)
        impl.anyChosenInBatch = *any;
    return any;
}

Result<std::vector<Report>> loadReports(EventStore::Impl& impl, std::int64_t eventId) {
    auto rows = reportRows(impl, eventId);
    if (!rows)
        return rows.error();
    std::vector<Report> out;
    out.reserve(rows->size());
    for (Row& row : *rows)
        out.push_back(std::move(row.report));
    return out;
}

Result<Report> loadReport(EventStore::Impl& impl, std::int64_t reportId, std::string* key) {
    auto stmt = impl.statement(std::string(kReportColumns) + " WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto row = (*stmt)->bind(1, reportId).step();
    if (!row)
        return row.error();
    if (!*row)
        return impl.error(Error::Code::NotFound, "no report with id " + std::to_string(reportId));
    Row r = rowOf(**stmt);
    if (key)
        *key = r.key;
    return r.report;
}

Result<std::vector<std::string>> reportKeys(EventStore::Impl& impl, std::int64_t eventId) {
    auto rows = reportRows(impl, eventId);
    if (!rows)
        return rows.error();
    std::vector<std::string> out;
    for (const Row& r : *rows)
        out.push_back(r.key);
    return out;
}

namespace {

// What refreshEvent reads of all of an event's reports.
struct Reading {
    std::size_t reports = 0;
    DateSpan agreed;       // agreedSpan of their spans in refreshEvent's order
    bool disputed = false; // spansDisputed
    int sources = 0;       // sourceCountOf
};

// What refreshedOf takes from the event's first report.
Result<Report> firstReportCopies(EventStore::Impl& impl, std::int64_t reportId) {
    auto stmt = impl.statement(
        "SELECT title, sentence, sentence_begin, sentence_end, date_text, resolution, confidence,"
        " article_id, published_day FROM reports WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto row = (*stmt)->bind(1, reportId).step();
    if (!row)
        return row.error();
    if (!*row)
        return impl.error(Error::Code::NotFound, "no report with id " + std::to_string(reportId));
    const sql::Statement& s = **stmt;
    Report r;
    r.id = reportId;
    r.title = s.columnText(0);
    r.sentence = s.columnText(1);
    r.sentenceBegin = s.columnInt(2);
    r.sentenceEnd = s.columnInt(3);
    r.dateText = s.columnText(4);
    r.resolution = s.columnText(5);
    r.confidence = s.columnDouble(6);
    r.articleId = s.columnIsNull(7) ? 0 : s.columnInt(7);
    if (!s.columnIsNull(8))
        r.published = fromDayNumber(DayNumber(s.columnInt(8)));
    return r;
}

// An event's row as its reports make it (see refreshedOf), and which parts of it change.
struct Refreshed {
    std::int64_t id = 0;
    Event e; // its dates, text and counts as they are to be
    bool days = false, text = false, counts = false;
};

// What the event's row becomes from what its reports say: `first` the first of them in
// refreshEvent's order (by publication day, undated last, then id) in full, `chosen` the report
// whose date the user chose (or none); `current` what the row holds.
Refreshed refreshedOf(std::int64_t eventId, const Event& current, const Reading& reading,
                      const Report& first, const Report* chosen) {
    Refreshed out;
    out.id = eventId;
    Event& e = out.e;
    e = current;
    e.dateDisputed = reading.disputed;
    if (chosen) {
        e.when = chosen->when;
        e.dateDisputed = false; // the user settled it
    } else if (!e.userEdited) {
        e.when = reading.agreed;
    }
    if (!e.userEdited && !e.userCreated) {
        e.title = first.title.empty() ? e.title : first.title;
        e.sentence = first.sentence;
        e.sentenceBegin = first.sentenceBegin;
        e.sentenceEnd = first.sentenceEnd;
        e.dateText = first.dateText;
        e.resolution = first.resolution;
        e.confidence = first.confidence;
        e.articleId = first.articleId;
    }
    e.reportCount = int(reading.reports);
    e.sourceCount = reading.sources;
    e.firstReported = first.published;
    out.days = e.when != current.when;
    out.text = e.sentence != current.sentence || e.title != current.title ||
               e.articleId != current.articleId || e.sentenceBegin != current.sentenceBegin;
    // A day column holds NULL for every special date (bindDayOrNull).
    const auto sameDay = [](const Date& a, const Date& b) {
        return a.is_special() || b.is_special() ? a.is_special() == b.is_special() : a == b;
    };
    out.counts = e.reportCount != current.reportCount || e.sourceCount != current.sourceCount ||
                 !sameDay(e.firstReported, current.firstReported) ||
                 e.dateDisputed != current.dateDisputed;
    return out;
}

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

// Writes one event's refresh now: an UPDATE per part that changes.
Result<void> writeRefresh(EventStore::Impl& impl, const Refreshed& r) {
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
Result<void> writeRefreshes(EventStore::Impl& impl, const std::vector<Refreshed>& rows) {
    const bool any = std::any_of(rows.begin(), rows.end(), [](const Refreshed& r) {
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
    for (const Refreshed& r : rows) {
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

} // namespace

namespace {

// refreshEvent, its writes made now or, given `later`, left there for writeRefreshes (a
// deletion is made now either way).
Result<void> refreshEventInto(EventStore::Impl& impl, std::int64_t eventId,
                              std::vector<Refreshed>* later) {
    auto rows = reportRows(impl, eventId);
    if (!rows)
        return rows.error();
    if (rows->empty()) {
        auto drop = impl.statement("DELETE FROM events WHERE id = ?1");
        if (!drop)
            return drop.error();
        return (*drop)->bind(1, eventId).run();
    }
    auto current = loadEventRow(impl, eventId);
    if (!current)
        return current.error();

    const Report* chosen = nullptr;
    auto anyChosen = anyChosenDate(impl);
    if (!anyChosen)
        return anyChosen.error();
    for (const Row& row : *rows) {
        if (!*anyChosen)
            break;
        auto c = isChosen(impl, row.key);
        if (!c)
            return c.error();
        if (*c)
            chosen = &row.report;
    }
    std::vector<DateSpan> spans;
    spans.reserve(rows->size());
    for (const Row& row : *rows)
        spans.push_back(row.report.when);
    const Reading reading{rows->size(), agreedSpan(spans), spansDisputed(spans),
                          sourceCountOf(*rows)};
    Refreshed refreshed = refreshedOf(eventId, *current, reading, rows->front().report, chosen);
    if (!later)
        return writeRefresh(impl, refreshed);
    later->push_back(std::move(refreshed));
    return {};
}

// refreshFromIndex, as refreshEventInto.
Result<void> refreshFromIndexInto(EventStore::Impl& impl, std::int64_t eventId,
                                  std::vector<Refreshed>* later) {
    const StoryIndex::Event* held = impl.useStoryIndex ? impl.storyIndex.event(eventId) : nullptr;
    if (!held || held->reports.empty())
        return refreshEventInto(impl, eventId, later);
    auto anyChosen = anyChosenDate(impl);
    if (!anyChosen)
        return anyChosen.error();
    if (*anyChosen)
        return refreshEventInto(impl, eventId, later);
    // The tally holds what reportRows would give, whatever the event's size.
    const ReportTally& tally = held->tally;
    auto first = firstReportCopies(impl, tally.firstReport());
    if (!first)
        return first.error();
    auto current = loadEventRow(impl, eventId);
    if (!current)
        return current.error();
    const Reading reading{tally.reports(), tally.agreed(), tally.disputed(), tally.sources()};
    Refreshed refreshed = refreshedOf(eventId, *current, reading, *first, nullptr);
    if (!later)
        return writeRefresh(impl, refreshed);
    later->push_back(std::move(refreshed));
    return {};
}

} // namespace

Result<void> refreshEvent(EventStore::Impl& impl, std::int64_t eventId) {
    return refreshEventInto(impl, eventId, nullptr);
}

Result<void> refreshFromIndex(EventStore::Impl& impl, std::int64_t eventId) {
    return refreshFromIndexInto(impl, eventId, nullptr);
}

Result<void> refreshPending(EventStore::Impl& impl, bool indexHeld) {
    // Each refresh reads its own event's rows only, and none of them is written before all are
    // read: the rows are then written together.
    std::vector<Refreshed> later;
    later.reserve(impl.pendingRefresh.size());
    for (auto it = impl.pendingRefresh.begin(); it != impl.pendingRefresh.end();
         it = impl.pendingRefresh.erase(it))
        if (auto r = indexHeld ? refreshFromIndexInto(impl, *it, &later)
                               : refreshEventInto(impl, *it, &later);
            !r)
            return r;
    return writeRefreshes(impl, later);
}

} // namespace ct::store

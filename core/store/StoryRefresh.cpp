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

// What writeRefresh compares and keeps of the event's row — its dates, text and flags — without
// the actor and place names loadEvent reads too (two queries more per event).
Result<Event> eventCopies(EventStore::Impl& impl, std::int64_t eventId) {
    auto stmt = impl.statement(
        "SELECT start_day, end_day, precision, fuzzy, title, sentence, sentence_begin,"
        " sentence_end, date_text, resolution, confidence, article_id, user_created, user_edited"
        " FROM events WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    auto row = (*stmt)->bind(1, eventId).step();
    if (!row)
        return row.error();
    if (!*row)
        return impl.error(Error::Code::NotFound, "no event with id " + std::to_string(eventId));
    const sql::Statement& s = **stmt;
    Event e;
    e.id = eventId;
    e.when.start = fromDayNumber(DayNumber(s.columnInt(0)));
    e.when.end = fromDayNumber(DayNumber(s.columnInt(1)));
    e.when.precision = precisionFromString(s.columnView(2)).value_or(Precision::Day);
    e.when.fuzzy = s.columnInt(3) != 0;
    e.title = s.columnText(4);
    e.sentence = s.columnText(5);
    e.sentenceBegin = s.columnInt(6);
    e.sentenceEnd = s.columnInt(7);
    e.dateText = s.columnText(8);
    e.resolution = s.columnText(9);
    e.confidence = s.columnDouble(10);
    e.articleId = s.columnIsNull(11) ? 0 : s.columnInt(11);
    e.userCreated = s.columnInt(12) != 0;
    e.userEdited = s.columnInt(13) != 0;
    return e;
}

// What writeRefresh takes from the event's first report.
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

// Writes into the event's row what its reports say: `first` the first of them in refreshEvent's
// order (by publication day, undated last, then id) in full, `chosen` the report whose date the
// user chose (or none).
Result<void> writeRefresh(EventStore::Impl& impl, std::int64_t eventId, const Event& current,
                          const Reading& reading, const Report& first, const Report* chosen) {
    bool disputed = reading.disputed;
    Event e = current;
    if (chosen) {
        e.when = chosen->when;
        disputed = false; // the user settled it
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

    if (e.when != current.when) {
        auto date = impl.statement("UPDATE events SET start_day = ?2, end_day = ?3,"
                                   " precision = ?4, fuzzy = ?5 WHERE id = ?1");
        if (!date)
            return date.error();
        (*date)->bind(1, eventId);
        (*date)->bind(2, std::int64_t(toDayNumber(e.when.start)));
        (*date)->bind(3, std::int64_t(toDayNumber(e.when.end)));
        (*date)->bind(4, std::string_view(toText(e.when.precision))).bind(5, e.when.fuzzy ? 1 : 0);
        if (auto r = (*date)->run(); !r)
            return r;
    }
    if (e.sentence != current.sentence || e.title != current.title ||
        e.articleId != current.articleId || e.sentenceBegin != current.sentenceBegin) {
        auto text = impl.statement(
            "UPDATE events SET title = ?2, sentence = ?3, sentence_begin = ?4, sentence_end = ?5,"
            " date_text = ?6, resolution = ?7, confidence = ?8, article_id = ?9 WHERE id = ?1");
        if (!text)
            return text.error();
        sql::Statement& s = **text;
        s.bind(1, eventId).bind(2, e.title).bind(3, e.sentence).bind(4, e.sentenceBegin);
        s.bind(5, e.sentenceEnd).bind(6, e.dateText).bind(7, e.resolution).bind(8, e.confidence);
        if (e.articleId > 0)
            s.bind(9, e.articleId);
        else
            s.bindNull(9);
        if (auto r = s.run(); !r)
            return r;
    }
    auto counts = impl.statement(
        "UPDATE events SET report_count = ?2, source_count = ?3, first_reported_day = ?4,"
        " date_disputed = ?5 WHERE id = ?1 AND (report_count IS NOT ?2 OR source_count IS NOT ?3"
        " OR first_reported_day IS NOT ?4 OR date_disputed IS NOT ?5)");
    if (!counts)
        return counts.error();
    sql::Statement& s = **counts;
    s.bind(1, eventId).bind(2, std::int64_t(reading.reports)).bind(3, std::int64_t(reading.sources));
    store::bindDayOrNull(s, 4, first.published);
    s.bind(5, disputed ? 1 : 0);
    return s.run();
}

} // namespace

Result<void> refreshEvent(EventStore::Impl& impl, std::int64_t eventId) {
    auto rows = reportRows(impl, eventId);
    if (!rows)
        return rows.error();
    if (rows->empty()) {
        auto drop = impl.statement("DELETE FROM events WHERE id = ?1");
        if (!drop)
            return drop.error();
        return (*drop)->bind(1, eventId).run();
    }
    auto current = eventCopies(impl, eventId);
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
    return writeRefresh(impl, eventId, *current, reading, rows->front().report, chosen);
}

Result<void> refreshFromIndex(EventStore::Impl& impl, std::int64_t eventId) {
    const StoryIndex::Event* held = impl.useStoryIndex ? impl.storyIndex.event(eventId) : nullptr;
    if (!held || held->reports.empty())
        return refreshEvent(impl, eventId);
    auto anyChosen = anyChosenDate(impl);
    if (!anyChosen)
        return anyChosen.error();
    if (*anyChosen)
        return refreshEvent(impl, eventId);
    // The tally holds what reportRows would give, whatever the event's size.
    const ReportTally& tally = held->tally;
    auto first = firstReportCopies(impl, tally.firstReport());
    if (!first)
        return first.error();
    auto current = eventCopies(impl, eventId);
    if (!current)
        return current.error();
    const Reading reading{tally.reports(), tally.agreed(), tally.disputed(), tally.sources()};
    return writeRefresh(impl, eventId, *current, reading, *first, nullptr);
}

} // namespace ct::store

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

// What the event's row becomes from what its reports say: `first` the first of them in
// refreshEvent's order (by publication day, undated last, then id) in full, `chosen` the report
// whose date the user chose (or none); `current` what the row holds.
EventRefresh refreshedOf(std::int64_t eventId, const Event& current, const Reading& reading,
                         const Report& first, const Report* chosen) {
    EventRefresh out;
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

// refreshEvent, its writes made now or, given `later`, left there for writeRefreshes (a
// deletion is made now either way).
Result<void> refreshEventInto(EventStore::Impl& impl, std::int64_t eventId,
                              std::vector<EventRefresh>* later) {
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
    EventRefresh refreshed = refreshedOf(eventId, *current, reading, rows->front().report, chosen);
    if (!later)
        return writeRefresh(impl, refreshed);
    later->push_back(std::move(refreshed));
    return {};
}

// refreshFromIndex, as refreshEventInto.
Result<void> refreshFromIndexInto(EventStore::Impl& impl, std::int64_t eventId,
                                  std::vector<EventRefresh>* later) {
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
    EventRefresh refreshed = refreshedOf(eventId, *current, reading, *first, nullptr);
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
    std::vector<EventRefresh> later;
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

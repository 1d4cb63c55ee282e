// Events stored as they are, with COPY: a data set into an empty server story and generated
// events. Merging a row at a time (addDataSetEvents) costs round trips per row; here a chunk of
// 4096 rows is a handful of round trips whatever its size.
#include "store/pg/PgStore.h"

#include <algorithm>

namespace ct {

Result<void> PgStore::addEventsUnmerged(std::vector<Event>& events) {
    if (events.empty())
        return {};
    auto write = Write::begin(*this, "add events");
    if (!write)
        return write.error();
    if (!m_inBatch) // a batch holds the lock already
        if (auto r = m_db.script(kImportLockSql); !r)
            return r.error();
    std::int64_t reportTotal = 0;
    for (const Event& e : events)
        reportTotal += std::max<std::int64_t>(1, std::int64_t(e.reports.size()));
    // Ids from the tables' own sequences, so that concurrent writers never collide with them.
    const auto reserve = [this](const char* table, std::int64_t n) {
        return m_db.execBinary(std::string("SELECT nextval(pg_get_serial_sequence('") + table +
                                   "', 'id')) FROM generate_series(1, $1)",
                               pg::Params().add(n));
    };
    auto eventIds = reserve("events", std::int64_t(events.size()));
    if (!eventIds)
        return eventIds.error();
    auto reportIds = reserve("reports", reportTotal);
    if (!reportIds)
        return reportIds.error();

    StoryDump dump;
    dump.events.reserve(events.size());
    dump.reports.reserve(std::size_t(reportTotal));
    int nextReport = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        Event e = events[i];
        e.id = eventIds->binaryInteger(int(i), 0);
        e.articleId = 0;
        std::vector<Report> reports = std::move(e.reports);
        e.reports.clear();
        if (reports.empty()) {
            // As EventBulkInsert's own report of an event that came without one: a note of no
            // article, keyed by the event's id.
            Report r = reportOf(e, Report::Origin::User);
            r.id = reportIds->binaryInteger(nextReport++, 0);
            r.eventId = e.id;
            dump.reports.push_back({r, "u:" + std::to_string(e.id)});
        }
        const bool firstFromReports = e.firstReported.is_special();
        for (Report& r : reports) {
            if (r.when.start.is_special())
                r.when = e.when;
            if (r.published.is_special())
                r.published = r.when.start;
            // As the merging path's refreshEvent: first reported when its earliest row was.
            if (firstFromReports && (e.firstReported.is_special() || r.published < e.firstReported))
                e.firstReported = r.published;
            r.articleId = 0;
            r.id = reportIds->binaryInteger(nextReport++, 0);
            r.eventId = e.id;
            std::string key = store::dataSetReportKey(r);
            dump.reports.push_back({std::move(r), std::move(key)});
        }
        dump.events.push_back(std::move(e));
    }
    if (auto r = copyRows(dump); !r)
        return r;
    if (auto r = recordChange(StoreChange::Kind::Import, {}); !r)
        return r;
    if (auto r = write->commit(); !r)
        return r;
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i].id = dump.events[i].id;
    return {};
}

} // namespace ct

// The user's story edits on PostgreSQL and their inverses, as StoryEdits.cpp does them on SQLite.
#include "store/pg/PgStore.h"

#include <algorithm>

namespace ct {

namespace {

const char* kindText(StoryDecision::Kind kind) {
    return kind == StoryDecision::Kind::Apart ? "apart" : "same";
}

struct Decisions {
    pg::Connection& db;

    Result<bool> add(const StoryDecision& d) {
        auto r = db.exec("INSERT INTO story_decisions(kind, a, b) VALUES ($1, $2, $3)"
                         " ON CONFLICT DO NOTHING",
                         pg::Params().add(kindText(d.kind)).add(d.a).add(d.b));
        if (!r)
            return r.error();
        return r->affected() > 0;
    }
    Result<bool> remove(const StoryDecision& d) {
        auto r = db.exec("DELETE FROM story_decisions WHERE kind = $1 AND a = $2 AND b = $3",
                         pg::Params().add(kindText(d.kind)).add(d.a).add(d.b));
        if (!r)
            return r.error();
        return r->affected() > 0;
    }
    Result<void> between(StoryDecision::Kind kind, const std::vector<std::string>& left,
                         const std::vector<std::string>& right, StoryEdit& edit) {
        for (const std::string& a : left)
            for (const std::string& b : right) {
                if (a == b)
                    continue;
                for (const StoryDecision& d :
                     {StoryDecision{kind, a, b}, StoryDecision{kind, b, a}}) {
                    auto added = add(d);
                    if (!added)
                        return added.error();
                    if (*added)
                        edit.addedDecisions.push_back(d);
                }
            }
        return {};
    }
    Result<bool> setChosen(const std::string& key, bool chosen) {
        auto r = db.exec(chosen ? "INSERT INTO chosen_dates(report_key) VALUES ($1)"
                                  " ON CONFLICT DO NOTHING"
                                : "DELETE FROM chosen_dates WHERE report_key = $1",
                         pg::Params().add(key));
        if (!r)
            return r.error();
        return r->affected() > 0;
    }
    Result<void> move(std::int64_t reportId, std::int64_t toEvent) {
        auto r = db.exec("UPDATE reports SET event_id = $2 WHERE id = $1",
                         pg::Params().add(reportId).add(toEvent));
        if (!r)
            return r.error();
        return {};
    }
};

std::vector<std::string> keysOf(const std::vector<store::ReportWithPrint>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.key);
    return out;
}

Result<void> refreshAll(PgStore& store, std::vector<std::int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const std::int64_t id : ids)
        if (auto r = store.refreshEvent(id); !r)
            return r;
    return {};
}

// The edit's events, announced to other clients, then committed.
Result<StoryEdit> finish(PgStore& store, PgStore::Write& write, StoryEdit edit) {
    if (auto r = store.recordChange(StoreChange::Kind::Story, edit.touchedEvents); !r)
        return r.error();
    if (auto r = write.commit(); !r)
        return r.error();
    return edit;
}

} // namespace

Result<StoryEdit> PgStore::splitReport(std::int64_t reportId) {
    auto write = Write::begin(*this, "split report #" + std::to_string(reportId));
    if (!write)
        return write.error();
    Decisions decisions{m_db};
    auto report = reportRow(reportId);
    if (!report)
        return report.error();
    const std::int64_t oldEvent = report->report.eventId;
    auto rows = reportRows(oldEvent);
    if (!rows)
        return rows.error();
    if (rows->size() < 2)
        return error(Error::Code::InvalidInput,
                     "report #" + std::to_string(reportId) + " is its event's only report");
    auto old = loadEvent(oldEvent);
    if (!old)
        return old.error();
    Event founded = *old;
    founded.id = 0;
    founded.when = report->report.when;
    founded.title = report->report.title.empty() ? old->title : report->report.title;
    founded.userCreated = false;
    founded.userEdited = false;
    founded.firstReported = report->report.published;
    founded.editedBy.clear();
    founded.editedAt.clear();
    auto newEvent = insertEventRow(founded, report->report.articleId);
    if (!newEvent)
        return newEvent.error();
    if (auto r = decisions.move(reportId, *newEvent); !r)
        return r.error();
    StoryEdit edit;
    edit.moves.push_back({reportId, oldEvent, *newEvent});
    edit.createdEvents.push_back(*newEvent);
    std::vector<std::string> rest;
    for (const std::string& k : keysOf(*rows))
        if (k != report->key)
            rest.push_back(k);
    if (auto r = decisions.between(StoryDecision::Kind::Apart, {report->key}, rest, edit); !r)
        return r.error();
    if (auto r = refreshAll(*this, {oldEvent, *newEvent}); !r)
        return r.error();
    edit.resultEvent = *newEvent;
    edit.touchedEvents = {oldEvent, *newEvent};
    return finish(*this, *write, std::move(edit));
}

Result<StoryEdit> PgStore::mergeEvents(std::int64_t into, std::int64_t from) {
    if (into == from)
        return error(Error::Code::InvalidInput, "cannot merge an event with itself");
    auto write = Write::begin(*this, "merge events");
    if (!write)
        return write.error();
    Decisions decisions{m_db};
    auto kept = loadEvent(into);
    if (!kept)
        return kept.error();
    auto gone = loadEvent(from);
    if (!gone)
        return gone.error();
    auto intoRows = reportRows(into);
    auto fromRows = reportRows(from);
    if (!intoRows || !fromRows)
        return !intoRows ? intoRows.error() : fromRows.error();
    const auto intoKeys = keysOf(*intoRows);
    const auto fromKeys = keysOf(*fromRows);
    StoryEdit edit;
    for (const auto& r : *fromRows) {
        if (auto m = decisions.move(r.report.id, into); !m)
            return m.error();
        edit.moves.push_back({r.report.id, from, into});
    }
    // The user overrules earlier "not the same" decisions between the two.
    for (const std::string& a : intoKeys)
        for (const std::string& b : fromKeys)
            for (const StoryDecision& d : {StoryDecision{StoryDecision::Kind::Apart, a, b},
                                           StoryDecision{StoryDecision::Kind::Apart, b, a}}) {
                auto removed = decisions.remove(d);
                if (!removed)
                    return removed.error();
                if (*removed)
                    edit.removedDecisions.push_back(d);
            }
    if (auto r = decisions.between(StoryDecision::Kind::Same, intoKeys, fromKeys, edit); !r)
        return r.error();
    Event links = *kept;
    for (const std::string& a : gone->actors)
        if (std::find(links.actors.begin(), links.actors.end(), a) == links.actors.end())
            links.actors.push_back(a);
    for (const std::string& p : gone->places)
        if (std::find(links.places.begin(), links.places.end(), p) == links.places.end())
            links.places.push_back(p);
    if (auto r = rewriteLinks(links); !r)
        return r.error();
    edit.removedEvents.push_back(*gone);
    if (auto r = refreshAll(*this, {into, from}); !r) // `from` has no report left: deleted
        return r.error();
    edit.resultEvent = into;
    edit.touchedEvents = {into, from};
    return finish(*this, *write, std::move(edit));
}

Result<StoryEdit> PgStore::markDistinct(std::int64_t a, std::int64_t b) {
    if (a == b)
        return error(Error::Code::InvalidInput, "an event is the same as itself");
    auto write = Write::begin(*this, "mark events as not the same");
    if (!write)
        return write.error();
    Decisions decisions{m_db};
    auto aRows = reportRows(a);
    auto bRows = reportRows(b);
    if (!aRows || !bRows)
        return !aRows ? aRows.error() : bRows.error();
    if (aRows->empty() || bRows->empty())
        return error(Error::Code::NotFound, "no such event");
    StoryEdit edit;
    if (auto r =
            decisions.between(StoryDecision::Kind::Apart, keysOf(*aRows), keysOf(*bRows), edit);
        !r)
        return r.error();
    edit.resultEvent = a;
    edit.touchedEvents = {a, b};
    return finish(*this, *write, std::move(edit));
}

Result<StoryEdit> PgStore::chooseDate(std::int64_t eventId, std::int64_t reportId) {
    auto write = Write::begin(*this, "choose the date of event #" + std::to_string(eventId));
    if (!write)
        return write.error();
    Decisions decisions{m_db};
    auto report = reportRow(reportId);
    if (!report)
        return report.error();
    if (report->report.eventId != eventId)
        return error(Error::Code::InvalidInput, "report #" + std::to_string(reportId) +
                                                    " is not a report of event #" +
                                                    std::to_string(eventId));
    auto rows = reportRows(eventId);
    if (!rows)
        return rows.error();
    StoryEdit edit;
    for (const std::string& k : keysOf(*rows)) {
        if (k == report->key)
            continue;
        auto removed = decisions.setChosen(k, false);
        if (!removed)
            return removed.error();
        if (*removed)
            edit.chosenRemoved.push_back(k);
    }
    auto added = decisions.setChosen(report->key, true);
    if (!added)
        return added.error();
    if (*added)
        edit.chosenAdded.push_back(report->key);
    if (auto r = refreshEvent(eventId); !r)
        return r.error();
    edit.resultEvent = eventId;
    edit.touchedEvents = {eventId};
    return finish(*this, *write, std::move(edit));
}

Result<StoryEdit> PgStore::revert(const StoryEdit& edit) {
    auto write = Write::begin(*this, "undo a story edit");
    if (!write)
        return write.error();
    Decisions decisions{m_db};
    StoryEdit inverse;
    std::vector<std::int64_t> touched = edit.touchedEvents;
    for (const Event& e : edit.removedEvents) {
        auto id = insertEventRow(e, e.articleId, e.id);
        if (!id)
            return id.error();
        inverse.createdEvents.push_back(*id);
        touched.push_back(*id);
    }
    for (auto it = edit.moves.rbegin(); it != edit.moves.rend(); ++it) {
        if (auto r = decisions.move(it->reportId, it->fromEvent); !r)
            return r.error();
        inverse.moves.push_back({it->reportId, it->toEvent, it->fromEvent});
        touched.push_back(it->fromEvent);
        touched.push_back(it->toEvent);
    }
    for (const std::int64_t id : edit.createdEvents) {
        auto snapshot = loadEvent(id);
        if (!snapshot)
            return snapshot.error();
        inverse.removedEvents.push_back(*snapshot);
    }
    for (const StoryDecision& d : edit.addedDecisions)
        if (auto r = decisions.remove(d); !r)
            return r.error();
    for (const StoryDecision& d : edit.removedDecisions)
        if (auto r = decisions.add(d); !r)
            return r.error();
    for (const std::string& k : edit.chosenAdded)
        if (auto r = decisions.setChosen(k, false); !r)
            return r.error();
    for (const std::string& k : edit.chosenRemoved)
        if (auto r = decisions.setChosen(k, true); !r)
            return r.error();
    inverse.addedDecisions = edit.removedDecisions;
    inverse.removedDecisions = edit.addedDecisions;
    inverse.chosenAdded = edit.chosenRemoved;
    inverse.chosenRemoved = edit.chosenAdded;
    if (auto r = refreshAll(*this, touched); !r)
        return r.error();
    inverse.resultEvent = edit.moves.empty() ? edit.resultEvent : edit.moves.front().fromEvent;
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    inverse.touchedEvents = touched;
    return finish(*this, *write, std::move(inverse));
}

Result<void> PgStore::addDataSetEvents(std::vector<Event>& events) {
    auto write = Write::begin(*this, "add a data set's events");
    if (!write)
        return write.error();
    if (!m_inBatch) // a batch holds the lock already
        if (auto r = m_db.script(kImportLockSql); !r)
            return r.error();
    std::vector<std::int64_t> ids;
    for (const Event& e : events) {
        std::int64_t eventId = 0;
        for (Report& r : store::reportsToStore(e, Report::Origin::Table)) {
            const std::string key = store::dataSetReportKey(r);
            Event asEvent = e;
            asEvent.articleId = 0;
            if (eventId == 0) {
                auto id = addReport(r, key, asEvent);
                if (!id)
                    return id.error();
                eventId = *id;
            } else {
                if (auto x = insertReport(r, eventId, key); !x)
                    return x;
                if (auto x = refreshEvent(eventId); !x)
                    return x;
            }
        }
        ids.push_back(eventId);
    }
    if (auto r = recordChange(StoreChange::Kind::Import, {}); !r)
        return r;
    if (auto r = write->commit(); !r)
        return r;
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i].id = ids[i];
    return {};
}

} // namespace ct

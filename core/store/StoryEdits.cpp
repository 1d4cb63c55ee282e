// The user's story edits (split, merge, not-the-same, choose date) and their inverses.
#include "store/EventStore.h"
#include "store/StoreImpl.h"
#include "store/StoryRules.h"

#include <algorithm>
#include <set>

namespace ct {

namespace {

std::string kindText(StoryDecision::Kind kind) {
    return kind == StoryDecision::Kind::Apart ? "apart" : "same";
}

Result<bool> addDecision(EventStore::Impl& impl, const StoryDecision& d) {
    auto stmt =
        impl.statement("INSERT OR IGNORE INTO story_decisions(kind, a, b) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    if (auto r = (*stmt)->bind(1, kindText(d.kind)).bind(2, d.a).bind(3, d.b).run(); !r)
        return r.error();
    return impl.db.changes() > 0;
}

Result<bool> removeDecision(EventStore::Impl& impl, const StoryDecision& d) {
    auto stmt = impl.statement("DELETE FROM story_decisions WHERE kind = ?1 AND a = ?2 AND b = ?3");
    if (!stmt)
        return stmt.error();
    if (auto r = (*stmt)->bind(1, kindText(d.kind)).bind(2, d.a).bind(3, d.b).run(); !r)
        return r.error();
    return impl.db.changes() > 0;
}

// Both orders of every pair between the two key sets, as newly added decisions.
Result<void> decideBetween(EventStore::Impl& impl, StoryDecision::Kind kind,
                           const std::vector<std::string>& left,
                           const std::vector<std::string>& right, StoryEdit& edit) {
    for (const std::string& a : left)
        for (const std::string& b : right) {
            if (a == b)
                continue;
            for (const StoryDecision& d : {StoryDecision{kind, a, b}, StoryDecision{kind, b, a}}) {
                auto added = addDecision(impl, d);
                if (!added)
                    return added.error();
                if (*added)
                    edit.addedDecisions.push_back(d);
            }
        }
    return {};
}

Result<void> moveReport(EventStore::Impl& impl, std::int64_t reportId, std::int64_t toEvent) {
    auto stmt = impl.statement("UPDATE reports SET event_id = ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, reportId).bind(2, toEvent).run();
}

Result<bool> setChosen(EventStore::Impl& impl, const std::string& key, bool chosen) {
    auto stmt = impl.statement(chosen ? "INSERT OR IGNORE INTO chosen_dates(report_key) VALUES (?1)"
                                      : "DELETE FROM chosen_dates WHERE report_key = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = (*stmt)->bind(1, key).run(); !r)
        return r.error();
    return impl.db.changes() > 0;
}

Result<void> refreshAll(EventStore::Impl& impl, std::vector<std::int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const std::int64_t id : ids)
        if (auto r = store::refreshEvent(impl, id); !r)
            return r;
    return {};
}

} // namespace

Result<std::vector<Report>> EventStore::reports(std::int64_t eventId) {
    return store::loadReports(*m_impl, eventId);
}

Result<Report> EventStore::report(std::int64_t reportId) {
    return store::loadReport(*m_impl, reportId, nullptr);
}

Result<StoryEdit> EventStore::splitReport(std::int64_t reportId) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("split report #" + std::to_string(reportId)); !r)
        return r.error();
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();
    std::string key;
    auto report = store::loadReport(impl, reportId, &key);
    if (!report)
        return report.error();
    const std::int64_t oldEvent = report->eventId;
    auto keys = store::reportKeys(impl, oldEvent);
    if (!keys)
        return keys.error();
    if (keys->size() < 2)
        return impl.error(Error::Code::InvalidInput,
                          "report #" + std::to_string(reportId) + " is its event's only report");
    auto old = store::loadEvent(impl, oldEvent);
    if (!old)
        return old.error();

    Event founded = *old;
    founded.id = 0;
    founded.when = report->when;
    founded.title = report->title.empty() ? old->title : report->title;
    founded.userCreated = false;
    founded.userEdited = false;
    founded.firstReported = report->published;
    auto newEvent = store::insertEventRow(impl, founded, report->articleId);
    if (!newEvent)
        return newEvent.error();
    if (auto r = moveReport(impl, reportId, *newEvent); !r)
        return r.error();

    StoryEdit edit;
    edit.moves.push_back({reportId, oldEvent, *newEvent});
    edit.createdEvents.push_back(*newEvent);
    std::vector<std::string> rest;
    for (const std::string& k : *keys)
        if (k != key)
            rest.push_back(k);
    if (auto r = decideBetween(impl, StoryDecision::Kind::Apart, {key}, rest, edit); !r)
        return r.error();
    if (auto r = refreshAll(impl, {oldEvent, *newEvent}); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    edit.resultEvent = *newEvent;
    edit.touchedEvents = {oldEvent, *newEvent};
    return edit;
}

Result<StoryEdit> EventStore::mergeEvents(std::int64_t into, std::int64_t from) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("merge events"); !r)
        return r.error();
    if (into == from)
        return impl.error(Error::Code::InvalidInput, "cannot merge an event with itself");
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();
    auto kept = store::loadEvent(impl, into);
    if (!kept)
        return kept.error();
    auto gone = store::loadEvent(impl, from);
    if (!gone)
        return gone.error();
    auto intoKeys = store::reportKeys(impl, into);
    auto fromReports = store::loadReports(impl, from);
    auto fromKeys = store::reportKeys(impl, from);
    if (!intoKeys || !fromReports || !fromKeys)
        return !intoKeys ? intoKeys.error() : !fromReports ? fromReports.error() : fromKeys.error();

    StoryEdit edit;
    for (const Report& r : *fromReports) {
        if (auto m = moveReport(impl, r.id, into); !m)
            return m.error();
        edit.moves.push_back({r.id, from, into});
    }
    // The user overrules earlier "not the same" decisions between the two.
    for (const std::string& a : *intoKeys)
        for (const std::string& b : *fromKeys)
            for (const StoryDecision& d : {StoryDecision{StoryDecision::Kind::Apart, a, b},
                                           StoryDecision{StoryDecision::Kind::Apart, b, a}}) {
                auto removed = removeDecision(impl, d);
                if (!removed)
                    return removed.error();
                if (*removed)
                    edit.removedDecisions.push_back(d);
            }
    if (auto r = decideBetween(impl, StoryDecision::Kind::Same, *intoKeys, *fromKeys, edit); !r)
        return r.error();
    // Actors and places of both, the kept event's first.
    Event links = *kept;
    for (const std::string& a : gone->actors)
        if (std::find(links.actors.begin(), links.actors.end(), a) == links.actors.end())
            links.actors.push_back(a);
    for (const std::string& p : gone->places)
        if (std::find(links.places.begin(), links.places.end(), p) == links.places.end())
            links.places.push_back(p);
    if (auto r = store::rewriteLinks(impl, links); !r)
        return r.error();
    edit.removedEvents.push_back(*gone);
    if (auto r = refreshAll(impl, {into, from}); !r) // `from` has no report left: deleted
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    edit.resultEvent = into;
    edit.touchedEvents = {into, from};
    return edit;
}

Result<StoryEdit> EventStore::markDistinct(std::int64_t a, std::int64_t b) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("mark events as not the same"); !r)
        return r.error();
    if (a == b)
        return impl.error(Error::Code::InvalidInput, "an event is the same as itself");
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();
    auto aKeys = store::reportKeys(impl, a);
    auto bKeys = store::reportKeys(impl, b);
    if (!aKeys || !bKeys)
        return !aKeys ? aKeys.error() : bKeys.error();
    if (aKeys->empty() || bKeys->empty())
        return impl.error(Error::Code::NotFound, "no such event");
    StoryEdit edit;
    if (auto r = decideBetween(impl, StoryDecision::Kind::Apart, *aKeys, *bKeys, edit); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    edit.resultEvent = a;
    edit.touchedEvents = {a, b};
    return edit;
}

Result<StoryEdit> EventStore::chooseDate(std::int64_t eventId, std::int64_t reportId) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("choose the date of event #" + std::to_string(eventId)); !r)
        return r.error();
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();
    std::string key;
    auto report = store::loadReport(impl, reportId, &key);
    if (!report)
        return report.error();
    if (report->eventId != eventId)
        return impl.error(Error::Code::InvalidInput, "report #" + std::to_string(reportId) +
                                                         " is not a report of event #" +
                                                         std::to_string(eventId));
    auto keys = store::reportKeys(impl, eventId);
    if (!keys)
        return keys.error();
    StoryEdit edit;
    for (const std::string& k : *keys) {
        if (k == key)
            continue;
        auto removed = setChosen(impl, k, false);
        if (!removed)
            return removed.error();
        if (*removed)
            edit.chosenRemoved.push_back(k);
    }
    auto added = setChosen(impl, key, true);
    if (!added)
        return added.error();
    if (*added)
        edit.chosenAdded.push_back(key);
    if (auto r = store::refreshEvent(impl, eventId); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    edit.resultEvent = eventId;
    edit.touchedEvents = {eventId};
    return edit;
}

Result<StoryEdit> EventStore::revert(const StoryEdit& edit) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("undo a story edit"); !r)
        return r.error();
    auto tx = store::WriteScope::begin(impl);
    if (!tx)
        return tx.error();
    StoryEdit inverse;
    std::vector<std::int64_t> touched = edit.touchedEvents;
    for (const Event& e : edit.removedEvents) {
        auto id = store::insertEventRow(impl, e, e.articleId, store::SearchIndexes::Now, e.id);
        if (!id)
            return id.error();
        inverse.createdEvents.push_back(*id);
        touched.push_back(*id);
    }
    for (auto it = edit.moves.rbegin(); it != edit.moves.rend(); ++it) {
        if (auto r = moveReport(impl, it->reportId, it->fromEvent); !r)
            return r.error();
        inverse.moves.push_back({it->reportId, it->toEvent, it->fromEvent});
        touched.push_back(it->fromEvent);
        touched.push_back(it->toEvent);
    }
    for (const std::int64_t id : edit.createdEvents) {
        auto snapshot = store::loadEvent(impl, id);
        if (!snapshot)
            return snapshot.error();
        inverse.removedEvents.push_back(*snapshot);
    }
    for (const StoryDecision& d : edit.addedDecisions)
        if (auto r = removeDecision(impl, d); !r)
            return r.error();
    for (const StoryDecision& d : edit.removedDecisions)
        if (auto r = addDecision(impl, d); !r)
            return r.error();
    for (const std::string& k : edit.chosenAdded)
        if (auto r = setChosen(impl, k, false); !r)
            return r.error();
    for (const std::string& k : edit.chosenRemoved)
        if (auto r = setChosen(impl, k, true); !r)
            return r.error();
    inverse.addedDecisions = edit.removedDecisions;
    inverse.removedDecisions = edit.addedDecisions;
    inverse.chosenAdded = edit.chosenRemoved;
    inverse.chosenRemoved = edit.chosenAdded;
    // Events created by the edit now hold no report: refreshing deletes them.
    if (auto r = refreshAll(impl, touched); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    inverse.resultEvent = edit.moves.empty() ? edit.resultEvent : edit.moves.front().fromEvent;
    inverse.touchedEvents = touched;
    std::sort(inverse.touchedEvents.begin(), inverse.touchedEvents.end());
    inverse.touchedEvents.erase(
        std::unique(inverse.touchedEvents.begin(), inverse.touchedEvents.end()),
        inverse.touchedEvents.end());
    return inverse;
}

Result<void> EventStore::addDataSetEvents(std::vector<Event>& events) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("add a data set's events"); !r)
        return r;
    auto tx = store::WriteScope::begin(impl, Impl::WriteKind::Import);
    if (!tx)
        return tx.error();
    std::vector<std::int64_t> ids;
    for (const Event& e : events) {
        std::int64_t eventId = 0;
        for (Report& r : store::reportsToStore(e, Report::Origin::Table)) {
            const std::string key = store::dataSetReportKey(r);
            Event asEvent = e;
            asEvent.articleId = 0;
            if (eventId == 0) {
                auto id = store::addReport(impl, r, key, asEvent);
                if (!id)
                    return id.error();
                eventId = *id;
            } else {
                // The row's further reports belong to the event its first one joined. Written
                // past the story index, which therefore starts afresh.
                if (auto x = store::refreshPending(impl); !x)
                    return x;
                impl.storyIndex.clear();
                if (auto x = store::insertReport(impl, r, eventId, key); !x)
                    return x;
                if (auto x = store::refreshEvent(impl, eventId); !x)
                    return x;
            }
        }
        ids.push_back(eventId);
    }
    if (auto r = tx->commit(); !r)
        return r;
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i].id = ids[i];
    return {};
}

} // namespace ct

// The store operations an offline copy's changes stand for, replayed on the server: the
// server's own merge, split and edit logic keeps its derived data (counts, full text, window
// index, change feed, who and when) right.
#include "store/offline/OfflineApplier.h"

#include "store/EventStore.h"

#include <algorithm>

namespace ct::offline {

Result<void> OfflineApplier::run() {
    for (auto step :
         {&OfflineApplier::imports, &OfflineApplier::createdEvents, &OfflineApplier::moves,
          &OfflineApplier::decisions, &OfflineApplier::chosenDates, &OfflineApplier::edits,
          &OfflineApplier::deletions})
        if (auto r = (this->*step)(); !r)
            return r;
    return {};
}

Result<void> OfflineApplier::imports() {
    for (std::int64_t id : m_changes.newArticles) {
        auto article = m_copy.article(id);
        if (!article)
            return article.error();
        EventQuery query;
        query.articleId = id;
        auto events = m_copy.events(query);
        if (!events)
            return events.error();
        // The article's own tellings, as the extractor found them: the server merges them
        // into its story as an import there would.
        std::vector<Event> found;
        for (const Event& e : *events) {
            auto reports = m_copy.reports(e.id);
            if (!reports)
                return reports.error();
            for (const Report& r : *reports) {
                if (r.articleId != id)
                    continue;
                Event told;
                told.articleId = 0;
                told.when = r.when;
                told.title = r.title;
                told.sentence = r.sentence;
                told.sentenceBegin = r.sentenceBegin;
                told.sentenceEnd = r.sentenceEnd;
                told.dateText = r.dateText;
                told.resolution = r.resolution;
                told.confidence = r.confidence;
                told.actors = e.actors;
                told.places = e.places;
                found.push_back(std::move(told));
            }
        }
        Article a = std::move(*article);
        a.id = 0;
        ++m_result.imported;
        auto stored = m_server.addArticle(a, found);
        if (!stored && stored.error().code == Error::Code::Duplicate)
            ++m_result.alreadyOnServer;
        else if (!stored)
            return stored.error();
    }
    return {};
}

Result<void> OfflineApplier::createdEvents() {
    for (std::int64_t id : m_changes.createdEvents) {
        auto event = m_copy.event(id);
        if (!event)
            return event.error();
        Event e = std::move(*event);
        e.id = 0;
        e.version = 0;
        e.reports.clear();
        if (auto r = m_server.insertEvent(e); !r)
            return r.error();
        ++m_result.created;
    }
    return {};
}

// Each group of reports that ended in one event of the copy ends in one event on the
// server: a whole event moved is merged, a part is split off first (and merged on when its
// new home already exists).
Result<void> OfflineApplier::moves() {
    std::vector<std::int64_t> targets;
    for (const auto& m : m_changes.moves)
        if (std::find(targets.begin(), targets.end(), m.toEvent) == targets.end())
            targets.push_back(m.toEvent);
    for (std::int64_t target : targets) {
        std::set<std::int64_t> group;
        bool newTarget = false;
        for (const auto& m : m_changes.moves)
            if (m.toEvent == target && !excluded(m.fromEvent) && !excluded(m.toEvent)) {
                group.insert(m.reportId);
                newTarget = m.toNewEvent;
            }
        std::optional<std::int64_t> into;
        if (!newTarget)
            into = target;
        std::set<std::int64_t> done;
        for (std::int64_t reportId : group) {
            if (done.count(reportId))
                continue;
            auto report = m_server.report(reportId);
            if (!report && report.error().code == Error::Code::NotFound) {
                m_result.notes.push_back("report #" + std::to_string(reportId) +
                                         " is no longer on the server; not moved");
                continue;
            }
            if (!report)
                return report.error();
            const std::int64_t source = report->eventId;
            if (into && source == *into)
                continue;
            auto siblings = m_server.reports(source);
            if (!siblings)
                return siblings.error();
            const bool whole = std::all_of(siblings->begin(), siblings->end(),
                                           [&](const Report& r) { return group.count(r.id) > 0; });
            std::int64_t moving = source;
            if (whole) {
                for (const Report& r : *siblings)
                    done.insert(r.id);
            } else {
                auto edit = m_server.splitReport(reportId);
                if (!edit)
                    return edit.error();
                moving = edit->resultEvent;
                ++m_result.split;
            }
            if (into) {
                if (auto r = m_server.mergeEvents(*into, moving); !r)
                    return r.error();
                ++m_result.merged;
            } else {
                into = moving;
            }
        }
    }
    return {};
}

// The server's report ids by key, and its decisions: what the remaining steps look up.
Result<StoryKeys> OfflineApplier::serverKeys(std::map<std::string, std::int64_t>& byKey) {
    auto keys = m_server.storyKeys();
    if (!keys)
        return keys.error();
    byKey.clear();
    for (const auto& [id, key] : keys->reportKeys)
        byKey[key] = id;
    return keys;
}

Result<std::optional<Report>>
OfflineApplier::reportByKey(const std::map<std::string, std::int64_t>& byKey,
                            const std::string& key) {
    const auto found = byKey.find(key);
    if (found == byKey.end())
        return std::optional<Report>();
    auto report = m_server.report(found->second);
    if (!report)
        return report.error();
    return std::optional<Report>(std::move(*report));
}

Result<void> OfflineApplier::decisions() {
    std::map<std::string, std::int64_t> byKey;
    auto keys = serverKeys(byKey);
    if (!keys)
        return keys.error();
    std::set<std::pair<std::int64_t, std::int64_t>> marked;
    for (const StoryDecision& d : m_changes.addedDecisions) {
        // "Same" decisions come with the merges above.
        if (d.kind != StoryDecision::Kind::Apart ||
            std::find(keys->decisions.begin(), keys->decisions.end(), d) != keys->decisions.end())
            continue;
        auto a = reportByKey(byKey, d.a);
        auto b = reportByKey(byKey, d.b);
        if (!a || !b)
            return !a ? a.error() : b.error();
        if (!*a || !*b) {
            m_result.notes.push_back("\"not the same\" between reports " + d.a + " and " + d.b +
                                     ": one is no longer on the server");
            continue;
        }
        const auto pair = std::minmax((*a)->eventId, (*b)->eventId);
        if (pair.first == pair.second || excluded(pair.first) || excluded(pair.second) ||
            !marked.insert(pair).second)
            continue;
        if (auto r = m_server.markDistinct(pair.first, pair.second); !r)
            return r.error();
        ++m_result.decisions;
    }
    return {};
}

Result<void> OfflineApplier::chosenDates() {
    std::map<std::string, std::int64_t> byKey;
    auto keys = serverKeys(byKey);
    if (!keys)
        return keys.error();
    for (const std::string& key : m_changes.chosenDates) {
        if (std::find(keys->chosenDates.begin(), keys->chosenDates.end(), key) !=
            keys->chosenDates.end())
            continue;
        auto report = reportByKey(byKey, key);
        if (!report)
            return report.error();
        if (!*report) {
            m_result.notes.push_back("chosen date of report " + key +
                                     ": the report is no longer on the server");
            continue;
        }
        if (excluded((*report)->eventId))
            continue;
        if (auto r = m_server.chooseDate((*report)->eventId, (*report)->id); !r)
            return r.error();
        ++m_result.datesChosen;
    }
    return {};
}

Result<void> OfflineApplier::edits() {
    for (std::int64_t id : m_changes.editedEvents) {
        if (excluded(id))
            continue;
        auto mine = m_copy.event(id);
        if (!mine)
            return mine.error();
        auto theirs = m_server.event(id);
        if (!theirs)
            return theirs.error();
        // After a merge or a chosen date the server's event may already say this.
        if (theirs->title == mine->title && theirs->when == mine->when &&
            theirs->confidence == mine->confidence && theirs->actors == mine->actors &&
            theirs->places == mine->places && theirs->userEdited == mine->userEdited)
            continue;
        Event e = std::move(*mine);
        e.version = theirs->version; // checked against colleagues above
        e.reports.clear();
        if (auto r = m_server.updateEvent(e); !r)
            return r.error();
        ++m_result.edited;
    }
    return {};
}

Result<void> OfflineApplier::deletions() {
    for (std::int64_t id : m_changes.deletedEvents) {
        if (excluded(id))
            continue;
        auto r = m_server.deleteEvent(id);
        if (!r && r.error().code != Error::Code::NotFound)
            return r.error();
        ++m_result.deleted;
    }
    return {};
}

} // namespace ct::offline

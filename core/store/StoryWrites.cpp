// Reports and the merging of reports into events (schema version 3). The decision itself is
// story::StoryMerger's; this file feeds it the candidates the window index finds and keeps
// the events' copies of their reports up to date.
#include "store/StoreImpl.h"
#include "store/StoryRules.h"
#include "story/PlaceNames.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace ct {

struct EventStore::Impl::CachedReport {
    story::ReportFeatures features; // of the sentence alone; the event's actors are added
};

namespace store {

namespace {

std::string originText(Report::Origin origin) {
    return toText(origin);
}

// Returns the report's id.
// A report's full-text row (reports_fts): at once, or at the end of an import batch.
Result<void> insertReportText(EventStore::Impl& impl, std::int64_t id, const std::string& sentence) {
    auto text = impl.statement("INSERT INTO reports_fts(rowid, sentence) VALUES (?1, ?2)");
    if (!text)
        return text.error();
    return (*text)->bind(1, id).bind(2, sentence).run();
}

Result<std::int64_t> insertReportRow(EventStore::Impl& impl, const Report& r, std::int64_t eventId,
                                     const std::string& key, const std::string& print,
                                     SearchIndexes indexes = SearchIndexes::Now) {
    // The schema's CHECK(end_day >= start_day), said here: an import batch writes with
    // SQLite's CHECK constraints off (see EventStore::beginImportBatch).
    if (toDayNumber(r.when.end) < toDayNumber(r.when.start))
        return impl.error(Error::Code::Database,
                          "report \"" + r.sentence.substr(0, 60) + "\" ends before it starts");
    auto insert = impl.statement(
        "INSERT INTO reports(event_id, article_id, origin, report_key, start_day, end_day,"
        " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text, resolution,"
        " confidence, outlet, article_title, url, source_ref, published_day, fingerprint)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18, ?19, ?20, ?21)");
    if (!insert)
        return insert.error();
    sql::Statement& s = **insert;
    s.bind(1, eventId);
    if (r.articleId > 0)
        s.bind(2, r.articleId);
    else
        s.bindNull(2);
    s.bind(3, originText(r.origin)).bind(4, key);
    s.bind(5, std::int64_t(toDayNumber(r.when.start)))
        .bind(6, std::int64_t(toDayNumber(r.when.end)))
        .bind(7, std::string_view(toText(r.when.precision)))
        .bind(8, r.when.fuzzy ? 1 : 0)
        .bind(9, r.title)
        .bind(10, r.sentence)
        .bind(11, r.sentenceBegin)
        .bind(12, r.sentenceEnd)
        .bind(13, r.dateText)
        .bind(14, r.resolution)
        .bind(15, r.confidence)
        .bind(16, r.outlet)
        .bind(17, r.articleTitle)
        .bind(18, r.url)
        .bind(19, r.sourceRef);
    store::bindDayOrNull(s, 20, r.published);
    s.bind(21, print);
    if (auto run = s.run(); !run)
        return run.error();
    const std::int64_t id = impl.db.lastInsertId();
    if (indexes == SearchIndexes::Deferred)
        return id;
    if (impl.batch) {
        impl.pendingText.emplace_back(id, r.sentence);
        return id;
    }
    if (auto run = insertReportText(impl, id, r.sentence); !run)
        return run.error();
    return id;
}

Result<KeyDecisions> decisionsFor(EventStore::Impl& impl, const std::string& key) {
    // Each arm a lookup of the primary key (kind, a, b): an IN list would build a temporary
    // table per report.
    auto stmt = impl.statement(
        "SELECT kind, b FROM story_decisions WHERE kind = 'apart' AND a = ?1 UNION ALL"
        " SELECT kind, b FROM story_decisions WHERE kind = 'same' AND a = ?1 UNION ALL"
        " SELECT kind, a FROM story_decisions WHERE kind = 'same' AND b = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    (*stmt)->bind(1, key);
    KeyDecisions out;
    if (auto r = (*stmt)->forEachRow([&](sql::Statement& row) {
            (row.columnView(0) == "apart" ? out.apart : out.same).insert(row.columnText(1));
        });
        !r)
        return r.error();
    return out;
}

// Stored events overlapping the report's days, a day either side (a disagreement by one day
// is still a candidate), with their reports.
Result<std::vector<story::Candidate>> candidatesFor(EventStore::Impl& impl, const DateSpan& when,
                                                    const std::string& ownKey,
                                                    const KeyDecisions& decisions,
                                                    const std::string& ownDataSet) {
    auto stmt = impl.statement(
        "SELECT r.id, r.event_id, r.start_day, r.end_day, r.precision, r.fuzzy, r.sentence,"
        " r.fingerprint, r.report_key, w.start_day, w.end_day FROM events_window w"
        " CROSS JOIN reports r ON r.event_id = w.id WHERE w.end_day >= ?1 AND w.start_day <= ?2");
    if (!stmt)
        return stmt.error();
    // As StoryIndex::inReach: the events around the report's days, and those further away
    // that one of their reports fits Earlier*.
    const story::Reach reach = story::reachOf(when);
    std::map<std::int64_t, story::Candidate> byEvent;
    std::set<std::int64_t> inPool;
    {
        sql::ResetGuard guard(**stmt);
        (*stmt)->bind(1, std::int64_t(reach.further ? std::min(reach.first, reach.furtherFirst)
                                                    : reach.first));
        (*stmt)->bind(
            2, std::int64_t(reach.further ? std::max(reach.last, reach.furtherLast) : reach.last));
        if (auto r = (*stmt)->forEachRow([&](sql::Statement& row) {
                const std::int64_t reportId = row.columnInt(0);
                story::Candidate& c = byEvent[row.columnInt(1)];
                c.eventId = row.columnInt(1);
                if (row.columnInt(10) >= reach.first && row.columnInt(9) <= reach.last)
                    inPool.insert(c.eventId);
                story::StoredReport stored;
                stored.when.start = fromDayNumber(DayNumber(row.columnInt(2)));
                stored.when.end = fromDayNumber(DayNumber(row.columnInt(3)));
                stored.when.precision =
                    precisionFromString(row.columnView(4)).value_or(Precision::Day);
                stored.when.fuzzy = row.columnInt(5) != 0;
                auto& cached = impl.reportCache[reportId];
                if (!cached)
                    cached = std::make_shared<EventStore::Impl::CachedReport>(
                        EventStore::Impl::CachedReport{
                            story::featuresOf(row.columnView(6), {}, {})});
                stored.features = cached->features;
                stored.fingerprint = row.columnText(7);
                const std::string key = row.columnText(8);
                // The same sentence again with another of its dates ("arrested on Friday, the
                // ministry said on Saturday") tells of something else than its first date.
                // A data set's rows are distinct happenings by its curators' account.
                if (decisions.apart.count(key) || key == ownKey ||
                    (!ownDataSet.empty() && key.starts_with(ownDataSet)))
                    c.forbidden = true;
                if (decisions.same.count(key))
                    c.preferred = true;
                if (story::fitsEarlier(story::fitOf(when, stored.when)))
                    inPool.insert(c.eventId);
                c.reports.push_back(std::move(stored));
            });
            !r)
            return r.error();
    }
    std::vector<story::Candidate> out;
    out.reserve(byEvent.size());
    for (auto& [id, c] : byEvent) {
        if (!inPool.count(id))
            continue;
        auto names = eventNameTerms(impl, id);
        if (!names)
            return names.error();
        for (story::StoredReport& r : c.reports)
            for (const std::string& n : *names)
                if (std::find(r.features.terms.begin(), r.features.terms.end(), n) ==
                    r.features.terms.end())
                    r.features.terms.push_back(n);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

Result<std::vector<std::string>> eventNameTerms(EventStore::Impl& impl, std::int64_t eventId) {
    auto stmt = impl.statement(
        "SELECT '@' || a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        " WHERE ea.event_id = ?1 UNION ALL SELECT '#' || p.name FROM event_places ep"
        " JOIN places p ON p.id = ep.place_id WHERE ep.event_id = ?1");
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(**stmt);
    (*stmt)->bind(1, eventId);
    std::vector<std::string> out;
    if (auto r =
            (*stmt)->forEachRow(
                [&](sql::Statement& row) { out.push_back(story::nameTerm(row.columnText(0))); });
        !r)
        return r.error();
    return out;
}

// Adds the report's actors and places that the event does not name yet, after its own.
Result<void> extendLinks(EventStore::Impl& impl, std::int64_t eventId, const Event& from) {
    auto current = loadEvent(impl, eventId);
    if (!current)
        return current.error();
    bool changed = false;
    for (const auto* names : {&from.actors, &from.places}) {
        auto& target = names == &from.actors ? current->actors : current->places;
        for (const std::string& n : *names)
            if (!n.empty() && std::find(target.begin(), target.end(), n) == target.end()) {
                target.push_back(n);
                changed = true;
            }
    }
    if (!changed)
        return {};
    return rewriteLinks(impl, *current);
}

Result<void> insertReport(EventStore::Impl& impl, const Report& report, std::int64_t eventId,
                          const std::string& key, SearchIndexes indexes) {
    auto id =
        insertReportRow(impl, report, eventId, key, story::fingerprint(report.sentence), indexes);
    if (!id)
        return id.error();
    return {};
}

Result<void> writePendingText(EventStore::Impl& impl) {
    for (const auto& [id, sentence] : impl.pendingText)
        if (auto run = insertReportText(impl, id, sentence); !run)
            return run;
    impl.pendingText.clear();
    return {};
}

std::string retoldKey(const Article& article, const std::vector<Event>& events, const Event& e) {
    if (e.retells < 0 || std::size_t(e.retells) >= events.size())
        return {};
    const Event& retold = events[std::size_t(e.retells)];
    return articleReportKey(article.contentHash, retold.sentenceBegin, retold.sentenceEnd);
}

Result<std::vector<std::int64_t>> addArticleReports(EventStore::Impl& impl, const Article& article,
                                                    std::int64_t articleId,
                                                    const std::vector<Event>& events,
                                                    const std::vector<story::SentenceText>& texts) {
    std::vector<std::int64_t> ids;
    ids.reserve(events.size());
    impl.bridgedInto.clear();
    const bool haveTexts = texts.size() == events.size();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        Report r = articleReportOf(article, e);
        r.articleId = articleId;
        Event asEvent = e;
        asEvent.articleId = articleId;
        auto id = addReport(
            impl, r, articleReportKey(article.contentHash, e.sentenceBegin, e.sentenceEnd), asEvent,
            true, retoldKey(article, events, e), haveTexts ? &texts[i] : nullptr);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    // A later report bridged the event an earlier one is in into another.
    if (!impl.bridgedInto.empty())
        for (std::int64_t& id : ids)
            for (auto it = impl.bridgedInto.find(id); it != impl.bridgedInto.end();
                 it = impl.bridgedInto.find(id))
                id = it->second;
    return ids;
}

Result<std::int64_t> addReport(EventStore::Impl& impl, const Report& report, const std::string& key,
                               const Event& asEvent, bool allowMerge, const std::string& sameAs,
                               const story::SentenceText* text) {
    // The sentence's own terms, computed once: the decision adds the report's names to them,
    // the index keeps them as they are.
    story::SentenceText own;
    const story::SentenceText& sentenceText = story::givenOrOwn(text, report.sentence, own);
    const std::string& print = sentenceText.fingerprint;
    const story::ReportFeatures& sentence = sentenceText.features;
    std::int64_t eventId = 0;
    std::vector<std::int64_t> bridged;
    if (allowMerge) {
        auto decisions = decisionsFor(impl, key);
        if (!decisions)
            return decisions.error();
        if (!sameAs.empty())
            decisions->same.insert(sameAs);
        const std::string ownDataSet =
            report.origin == Report::Origin::Table ? dataSetKeyPrefix(report.outlet) : "";
        if (impl.useStoryIndex) {
            auto joined = decideFromIndex(impl, report, key, asEvent, *decisions, ownDataSet, print,
                                          sentence);
            if (!joined)
                return joined.error();
            eventId = joined->eventId;
            bridged = std::move(joined->bridged);
        } else {
            auto candidates = candidatesFor(impl, report.when, key, *decisions, ownDataSet);
            if (!candidates)
                return candidates.error();
            if (!candidates->empty()) {
                const story::ReportFeatures features =
                    story::featuresOf(report.sentence, asEvent.actors, asEvent.places);
                auto decision =
                    story::StoryMerger::decide(report.when, features, print, *candidates);
                eventId = decision.eventId;
                bridged = std::move(decision.bridged);
            }
        }
    }
    if (eventId != 0) {
        // refreshEvent is deferred to the commit when the index can follow the event's date
        // meanwhile: no date chosen by the user, and a titled report (refreshEvent keeps the
        // event's title when the first report has none, so then the order matters: the event
        // is brought up to date before this report is added).
        bool deferred = false;
        if (impl.useStoryIndex && !report.title.empty() && impl.storyIndex.holds(eventId)) {
            auto chosen = anyChosenDate(impl);
            if (!chosen)
                return chosen.error();
            deferred = !*chosen;
        }
        if (!deferred && impl.pendingRefresh.erase(eventId))
            if (auto r = refreshEvent(impl, eventId); !r)
                return r.error();
        auto reportId = insertReportRow(impl, report, eventId, key, print);
        if (!reportId)
            return reportId.error();
        if (auto r = linkNewNames(impl, eventId, asEvent); !r)
            return r.error();
        if (deferred)
            impl.pendingRefresh.insert(eventId);
        else if (auto r = refreshEvent(impl, eventId); !r)
            return r.error();
        if (impl.useStoryIndex)
            if (auto r = indexReport(impl, eventId, *reportId, false, report, key, asEvent, print,
                                     deferred, sentence);
                !r)
                return r.error();
        if (!bridged.empty())
            return bridgeEvents(impl, eventId, bridged);
        return eventId;
    }
    Event founded = asEvent;
    founded.reportCount = 1;
    founded.sourceCount = 1;
    founded.dateDisputed = false;
    founded.firstReported = report.published;
    auto id = insertEventRow(impl, founded, report.articleId);
    if (!id)
        return id.error();
    auto reportId = insertReportRow(impl, report, *id, key, print);
    if (!reportId)
        return reportId.error();
    if (impl.useStoryIndex)
        if (auto r = indexReport(impl, *id, *reportId, true, report, key, founded, print, false,
                                 sentence);
            !r)
            return r.error();
    return *id;
}

} // namespace store
} // namespace ct

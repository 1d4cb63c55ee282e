// Merging through the story index (StoryIndex): the candidates of a new report from memory,
// and what the index learns from each report addReport stores. StoryWrites.cpp holds the
// path that reads the candidates from the tables (CT_STORY_INDEX=0), which this one matches.
#include "store/StoreImpl.h"
#include "store/StoryRules.h"
#include "story/PlaceNames.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <map>

namespace ct::store {

namespace {

// Reads into the story index every stored event overlapping [first, last] that it does not
// hold yet, with its reports and names, as candidatesFor reads them.
Result<void> loadWindow(EventStore::Impl& impl, DayNumber first, DayNumber last) {
    // Whole blocks of days: the windows of neighbouring days then share one read.
    constexpr DayNumber kBlock = 16;
    const auto floorBlock = [](DayNumber d) {
        return DayNumber(d >= 0 ? d / kBlock * kBlock : -((-d + kBlock - 1) / kBlock) * kBlock);
    };
    first = floorBlock(first);
    last = DayNumber(floorBlock(last) + kBlock - 1);
    StoryIndex& index = impl.storyIndex;
    auto stmt = impl.statement(
        "SELECT w.id, w.start_day, w.end_day, r.start_day, r.end_day, r.precision, r.fuzzy,"
        " r.sentence, r.fingerprint, r.report_key, r.id, r.published_day, e.user_edited,"
        " r.outlet, r.article_id"
        " FROM events_window w CROSS JOIN reports r ON r.event_id = w.id"
        " JOIN events e ON e.id = w.id WHERE w.end_day >= ?1 AND w.start_day <= ?2");
    if (!stmt)
        return stmt.error();
    std::map<std::int64_t, StoryIndex::Event> fresh;
    {
        sql::ResetGuard guard(**stmt);
        (*stmt)->bind(1, std::int64_t(first)).bind(2, std::int64_t(last));
        if (auto r = (*stmt)->forEachRow([&](sql::Statement& row) {
                const std::int64_t id = row.columnInt(0);
                if (index.holds(id))
                    return;
                StoryIndex::Event& e = fresh[id];
                e.id = id;
                e.start = DayNumber(row.columnInt(1));
                e.end = DayNumber(row.columnInt(2));
                DateSpan when;
                when.start = fromDayNumber(DayNumber(row.columnInt(3)));
                when.end = fromDayNumber(DayNumber(row.columnInt(4)));
                when.precision = precisionFromString(row.columnView(5)).value_or(Precision::Day);
                when.fuzzy = row.columnInt(6) != 0;
                e.userEdited = row.columnInt(12) != 0;
                e.reports.push_back(index.reportOf(story::featuresOf(row.columnView(7), {}, {}),
                                                   when, row.columnText(8), row.columnText(9)));
                e.reports.back().id = row.columnInt(10);
                if (!row.columnIsNull(11))
                    e.reports.back().published = DayNumber(row.columnInt(11));
                e.reports.back().source = sourceKeysOf(
                    row.columnText(13), row.columnIsNull(14) ? 0 : row.columnInt(14),
                    row.columnInt(10), e.reports.back().fingerprint, row.columnView(7).size());
            });
            !r)
            return r.error();
    }
    for (auto& [id, e] : fresh) {
        auto names = eventNameTerms(impl, id);
        if (!names)
            return names.error();
        for (const std::string& n : *names) {
            // Two spellings of one place ("Misty Hollow Lane", "Misty Hollow Court") are one
            // term, once, as the merger's features hold it.
            const auto id = index.intern(n);
            if (std::find(e.names.begin(), e.names.end(), id) != e.names.end())
                continue;
            e.names.push_back(id);
            e.actorCount += n.starts_with('@') ? 1 : 0;
        }
        index.add(std::move(e));
    }
    index.markCovered(first, last);
    return {};
}

// story::featuresOf(sentence, actors, places) from featuresOf(sentence, {}, {}): the actors'
// and places' terms follow the sentence's, each once (no word of a sentence starts with '@'
// or '#', so only they can repeat each other).
story::ReportFeatures withNames(story::ReportFeatures f, const Event& e) {
    const std::size_t sentenceTerms = f.terms.size();
    const auto add = [&](const std::string& term) {
        if (std::find(f.terms.begin() + std::ptrdiff_t(sentenceTerms), f.terms.end(), term) ==
            f.terms.end())
            f.terms.push_back(term);
    };
    for (const std::string& a : e.actors)
        if (!a.empty())
            add("@" + a);
    for (const std::string& p : e.places)
        if (!p.empty())
            add(story::placeTerm(p));
    return f;
}

} // namespace

// The event the report joins (0: none) and those it bridges, from the story index.
Result<story::MergeDecision>
decideFromIndex(EventStore::Impl& impl, const Report& report, const std::string& key,
                const Event& asEvent, const KeyDecisions& decisions, const std::string& ownDataSet,
                const std::string& print, const story::ReportFeatures& sentenceFeatures) {
    const story::Reach reach = story::reachOf(report.when);
    const DayNumber first = reach.further ? std::min(reach.first, reach.furtherFirst) : reach.first;
    const DayNumber last = reach.further ? std::max(reach.last, reach.furtherLast) : reach.last;
    if (!impl.storyIndex.covers(first, last))
        if (auto r = loadWindow(impl, first, last); !r)
            return r.error();
    const story::ReportFeatures features = withNames(sentenceFeatures, asEvent);
    // As candidatesFor: the same sentence again with another of its dates, the user's
    // "not the same", and a data set's other rows rule the event out.
    const std::size_t keyHash = std::hash<std::string>{}(key);
    const auto forbidden = [&](const StoryIndex::Report& other) {
        return (other.keyHash == keyHash && other.key == key) ||
               (!decisions.apart.empty() && decisions.apart.count(other.key)) ||
               (!ownDataSet.empty() && other.key.starts_with(ownDataSet));
    };
    const auto preferred = [&](const StoryIndex::Report& other) {
        return !decisions.same.empty() && decisions.same.count(other.key) != 0;
    };
    // Mostly none of them can be true: then no pool report is asked.
    const bool anyRuled = !decisions.apart.empty() || !decisions.same.empty() ||
                          !ownDataSet.empty() || impl.storyIndex.mayHoldKey(keyHash);
    return impl.storyIndex.decide(report.when, features, print, forbidden, preferred, anyRuled);
}

// The index learns what addReport wrote: the report joined `eventId` (its names extended, its
// days perhaps moved), or founded it. `daysFromReports`: refreshEvent was deferred, so the days
// are the index's own reckoning of refreshEvent's (the agreed date of the reports, unless the
// user set the date); otherwise they are read back.
Result<void> indexReport(EventStore::Impl& impl, std::int64_t eventId, std::int64_t reportId,
                         bool founded, const Report& report, const std::string& key,
                         const Event& asEvent, const std::string& print, bool daysFromReports,
                         const story::ReportFeatures& sentenceFeatures) {
    StoryIndex& index = impl.storyIndex;
    StoryIndex::Report entry = index.reportOf(sentenceFeatures, report.when, print, key);
    entry.id = reportId;
    entry.source =
        sourceKeysOf(report.outlet, report.articleId, reportId, print, report.sentence.size());
    if (!report.published.is_special())
        entry.published = toDayNumber(report.published);
    StoryIndex::Event* e = nullptr;
    if (founded) {
        StoryIndex::Event fresh;
        fresh.id = eventId;
        fresh.start = toDayNumber(asEvent.when.start);
        fresh.end = toDayNumber(asEvent.when.end);
        fresh.userEdited = asEvent.userEdited;
        e = index.add(std::move(fresh));
    } else {
        e = index.event(eventId);
    }
    if (!e) { // not held (cannot happen while the index is consistent): start afresh
        index.clear();
        return {};
    }
    index.addReport(*e, std::move(entry));
    // New names go after the event's own, actors before places (see extendLinks).
    for (const std::string& a : asEvent.actors)
        if (!a.empty()) {
            const auto id = index.intern("@" + a);
            if (std::find(e->names.begin(), e->names.end(), id) == e->names.end())
                e->names.insert(e->names.begin() + std::ptrdiff_t(e->actorCount++), id);
        }
    for (const std::string& p : asEvent.places)
        if (!p.empty()) {
            const auto id = index.intern(story::placeTerm(p));
            if (std::find(e->names.begin(), e->names.end(), id) == e->names.end())
                e->names.push_back(id);
        }
    if (founded)
        return {};
    if (daysFromReports) {
        if (e->userEdited)
            return {};
        const DateSpan agreed = StoryIndex::agreedOf(*e);
        index.moveDays(*e, toDayNumber(agreed.start), toDayNumber(agreed.end));
        return {};
    }
    auto days = impl.statement("SELECT start_day, end_day FROM events WHERE id = ?1");
    if (!days)
        return days.error();
    sql::ResetGuard guard(**days);
    auto row = (*days)->bind(1, eventId).step();
    if (!row)
        return row.error();
    if (*row)
        index.moveDays(*e, DayNumber((*days)->columnInt(0)), DayNumber((*days)->columnInt(1)));
    return {};
}

// extendLinks, from what the story index knows of the event's names when it holds it.
Result<void> linkNewNames(EventStore::Impl& impl, std::int64_t eventId, const Event& from) {
    const StoryIndex::Event* e = impl.useStoryIndex ? impl.storyIndex.event(eventId) : nullptr;
    if (!e)
        return extendLinks(impl, eventId, from);
    std::vector<std::string> added[2];
    for (int kind = 0; kind < 2; ++kind)
        for (const std::string& n : kind == 0 ? from.actors : from.places) {
            if (n.empty() ||
                std::find(added[kind].begin(), added[kind].end(), n) != added[kind].end())
                continue;
            const auto id = impl.storyIndex.find(kind == 0 ? "@" + n : story::placeTerm(n));
            if (id < 0 || std::find(e->names.begin(), e->names.end(), id) == e->names.end())
                added[kind].push_back(n);
        }
    if (added[0].empty() && added[1].empty())
        return {};
    return appendLinks(impl, eventId, e->actorCount, e->names.size() - e->actorCount, added[0],
                       added[1]);
}

} // namespace ct::store

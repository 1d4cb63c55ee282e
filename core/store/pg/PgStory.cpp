// Reports, merging and the story edits on PostgreSQL, with the semantics of StoryWrites.cpp,
// StoryRefresh.cpp and StoryEdits.cpp (SQLite): the decision is story::StoryMerger's, the
// event's date and counts store::StoryRules', fed from candidates the window index finds.
#include "store/pg/PgReportRows.h"
#include "store/pg/PgStore.h"
#include "story/PlaceNames.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace ct {

namespace pg {

const char* const kReportColumns =
    "SELECT id, event_id, article_id, origin, start_day, end_day, precision, fuzzy, title,"
    " sentence, sentence_begin, sentence_end, date_text, resolution, confidence, outlet,"
    " article_title, url, source_ref, published_day, fingerprint, report_key FROM reports";

store::ReportWithPrint reportRowFrom(const Rows& s, int i) {
    store::ReportWithPrint row;
    Report& r = row.report;
    r.id = s.integer(i, 0);
    r.eventId = s.integer(i, 1);
    r.articleId = s.isNull(i, 2) ? 0 : s.integer(i, 2);
    const std::string_view origin = s.view(i, 3);
    r.origin = origin == "table"  ? Report::Origin::Table
               : origin == "user" ? Report::Origin::User
                                  : Report::Origin::Article;
    r.when.start = fromDayNumber(DayNumber(s.integer(i, 4)));
    r.when.end = fromDayNumber(DayNumber(s.integer(i, 5)));
    r.when.precision = precisionFromString(s.view(i, 6)).value_or(Precision::Day);
    r.when.fuzzy = s.boolean(i, 7);
    r.title = s.text(i, 8);
    r.sentence = s.text(i, 9);
    r.sentenceBegin = s.integer(i, 10);
    r.sentenceEnd = s.integer(i, 11);
    r.dateText = s.text(i, 12);
    r.resolution = s.text(i, 13);
    r.confidence = s.real(i, 14);
    r.outlet = s.text(i, 15);
    r.articleTitle = s.text(i, 16);
    r.url = s.text(i, 17);
    r.sourceRef = s.text(i, 18);
    if (!s.isNull(i, 19))
        r.published = fromDayNumber(DayNumber(s.integer(i, 19)));
    row.fingerprint = s.text(i, 20);
    row.key = s.text(i, 21);
    return row;
}

} // namespace pg

namespace {

using pg::kReportColumns;
const auto rowFrom = pg::reportRowFrom;

} // namespace

Result<std::vector<store::ReportWithPrint>> PgStore::reportRows(std::int64_t eventId) {
    auto rows = m_db.exec(std::string(kReportColumns) +
                              " WHERE event_id = $1 ORDER BY published_day NULLS LAST, id",
                          pg::Params().add(eventId));
    if (!rows)
        return rows.error();
    std::vector<store::ReportWithPrint> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(rowFrom(*rows, i));
    return out;
}

Result<store::ReportWithPrint> PgStore::reportRow(std::int64_t reportId) {
    auto rows =
        m_db.exec(std::string(kReportColumns) + " WHERE id = $1", pg::Params().add(reportId));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return error(Error::Code::NotFound, "no report with id " + std::to_string(reportId));
    return rowFrom(*rows, 0);
}

Result<std::vector<Report>> PgStore::reports(std::int64_t eventId) {
    auto rows = reportRows(eventId);
    if (!rows)
        return rows.error();
    std::vector<Report> out;
    for (auto& r : *rows)
        out.push_back(std::move(r.report));
    return out;
}

Result<Report> PgStore::report(std::int64_t reportId) {
    auto row = reportRow(reportId);
    if (!row)
        return row.error();
    return row->report;
}

Result<void> PgStore::insertReport(const Report& r, std::int64_t eventId, const std::string& key) {
    pg::Params p;
    p.add(eventId).idOrNull(r.articleId).add(toText(r.origin)).add(key);
    p.add(std::int64_t(toDayNumber(r.when.start))).add(std::int64_t(toDayNumber(r.when.end)));
    p.add(toText(r.when.precision)).add(r.when.fuzzy).add(r.title).add(r.sentence);
    p.add(r.sentenceBegin).add(r.sentenceEnd).add(r.dateText).add(r.resolution).add(r.confidence);
    p.add(r.outlet).add(r.articleTitle).add(r.url).add(r.sourceRef);
    p.dayOrNull(r.published).add(story::fingerprint(r.sentence));
    auto rows = m_db.exec(
        "INSERT INTO reports(event_id, article_id, origin, report_key, start_day, end_day,"
        " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text, resolution,"
        " confidence, outlet, article_title, url, source_ref, published_day, fingerprint)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,"
        " $18, $19, $20, $21)",
        p);
    if (!rows)
        return rows.error();
    return {};
}

Result<std::int64_t> PgStore::addReport(const Report& report, const std::string& key,
                                        const Event& asEvent, const std::string& sameAs) {
    // The user's decisions about this key, and the stored reports a day either side of its
    // date with their events' names: one round trip each.
    auto decisions =
        m_db.exec("SELECT kind, b FROM story_decisions WHERE a = $1 UNION ALL"
                  " SELECT kind, a FROM story_decisions WHERE b = $1 AND kind = 'same'",
                  pg::Params().add(key));
    if (!decisions)
        return decisions.error();
    std::set<std::string> apart, same;
    for (int i = 0; i < decisions->size(); ++i)
        (decisions->view(i, 0) == "apart" ? apart : same).insert(decisions->text(i, 1));
    if (!sameAs.empty())
        same.insert(sameAs); // the article says it retells that report (Event::retells)
    const std::string ownDataSet =
        report.origin == Report::Origin::Table ? store::dataSetKeyPrefix(report.outlet) : "";

    // As StoryIndex::inReach: the events around the report's days, and those further away
    // that one of their reports fits Earlier*.
    const story::Reach reach = story::reachOf(report.when);
    pg::Params window;
    window.add(
        std::int64_t(reach.further ? std::min(reach.first, reach.furtherFirst) : reach.first));
    window.add(std::int64_t(reach.further ? std::max(reach.last, reach.furtherLast) : reach.last));
    auto rows = m_db.exec(
        "SELECT r.event_id, r.start_day, r.end_day, r.precision, r.fuzzy, r.id,"
        " r.fingerprint, r.report_key, r.sentence, (SELECT string_agg(n, E'\\x1f') FROM (SELECT "
        "'@' || a.name"
        " AS n FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id"
        " UNION ALL SELECT '#' || p.name FROM event_places ep JOIN places p ON p.id = ep.place_id"
        " WHERE ep.event_id = e.id) names), e.start_day, e.end_day"
        " FROM events e JOIN reports r ON r.event_id = e.id"
        " WHERE e.days && int4range($1::integer, $2::integer, '[]')",
        window);
    if (!rows)
        return rows.error();
    std::map<std::int64_t, story::Candidate> byEvent;
    std::set<std::int64_t> inPool;
    for (int i = 0; i < rows->size(); ++i) {
        story::Candidate& c = byEvent[rows->integer(i, 0)];
        c.eventId = rows->integer(i, 0);
        if (rows->integer(i, 11) >= reach.first && rows->integer(i, 10) <= reach.last)
            inPool.insert(c.eventId);
        story::StoredReport stored;
        stored.when.start = fromDayNumber(DayNumber(rows->integer(i, 1)));
        stored.when.end = fromDayNumber(DayNumber(rows->integer(i, 2)));
        stored.when.precision = precisionFromString(rows->view(i, 3)).value_or(Precision::Day);
        stored.when.fuzzy = rows->boolean(i, 4);
        auto& cached = m_features[rows->integer(i, 5)];
        if (!cached)
            cached = std::make_shared<const story::ReportFeatures>(
                story::featuresOf(rows->view(i, 8), {}, {}));
        stored.features = *cached;
        stored.fingerprint = rows->text(i, 6);
        const std::string otherKey = rows->text(i, 7);
        std::string_view names = rows->view(i, 9);
        while (!names.empty()) {
            const auto cut = names.find('\x1f');
            const std::string name = story::nameTerm(std::string(names.substr(0, cut)));
            if (std::find(stored.features.terms.begin(), stored.features.terms.end(), name) ==
                stored.features.terms.end())
                stored.features.terms.push_back(name);
            names = cut == std::string_view::npos ? std::string_view() : names.substr(cut + 1);
        }
        if (apart.count(otherKey) || otherKey == key ||
            (!ownDataSet.empty() && otherKey.starts_with(ownDataSet)))
            c.forbidden = true;
        if (same.count(otherKey))
            c.preferred = true;
        if (story::fitsEarlier(story::fitOf(report.when, stored.when)))
            inPool.insert(c.eventId);
        c.reports.push_back(std::move(stored));
    }
    std::vector<story::Candidate> candidates;
    for (auto& [id, c] : byEvent)
        if (inPool.count(id))
            candidates.push_back(std::move(c));
    story::MergeDecision decision;
    if (!candidates.empty())
        decision = story::StoryMerger::decide(
            report.when, story::featuresOf(report.sentence, asEvent.actors, asEvent.places),
            story::fingerprint(report.sentence), candidates);
    const std::int64_t eventId = decision.eventId;
    if (eventId != 0) {
        if (auto r = insertReport(report, eventId, key); !r)
            return r.error();
        // The report's actors and places that the event does not name yet, after its own.
        auto current = loadEvent(eventId);
        if (!current)
            return current.error();
        bool changed = false;
        for (const auto& [from, to] : {std::pair(&asEvent.actors, &current->actors),
                                       std::pair(&asEvent.places, &current->places)})
            for (const std::string& n : *from)
                if (!n.empty() && std::find(to->begin(), to->end(), n) == to->end()) {
                    to->push_back(n);
                    changed = true;
                }
        if (changed)
            if (auto r = rewriteLinks(*current); !r)
                return r.error();
        if (auto r = refreshEvent(eventId); !r)
            return r.error();
        if (!decision.bridged.empty())
            return bridgeEvents(eventId, decision.bridged);
        return eventId;
    }
    Event founded = asEvent;
    founded.reportCount = 1;
    founded.sourceCount = 1;
    founded.dateDisputed = false;
    founded.firstReported = report.published;
    founded.editedBy.clear();
    founded.editedAt.clear();
    auto id = insertEventRow(founded, report.articleId);
    if (!id)
        return id.error();
    if (auto r = insertReport(report, *id, key); !r)
        return r.error();
    return *id;
}

Event PgStore::refreshed(Event e, const std::vector<store::ReportWithPrint>& rows,
                         const std::set<std::string>& chosenKeys) {
    const Report* chosen = nullptr;
    for (const auto& row : rows)
        if (chosenKeys.count(row.key))
            chosen = &row.report;
    bool disputed = store::datesDisputed(rows);
    const Report& first = rows.front().report;
    if (chosen) {
        e.when = chosen->when;
        disputed = false; // the user settled it
    } else if (!e.userEdited) {
        e.when = store::agreedDateOf(rows).when;
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
    e.reportCount = int(rows.size());
    e.sourceCount = store::sourceCountOf(rows);
    e.firstReported = first.published;
    e.dateDisputed = disputed;
    return e;
}

std::vector<pg::Statement> PgStore::refreshStatements(const std::vector<Event>& events) {
    // One UPDATE … FROM unnest(…) for all of them rather than one statement per event: an
    // import touches dozens.
    static constexpr std::array<const char*, 17> kColumns{"id bigint",
                                                          "start_day integer",
                                                          "end_day integer",
                                                          "precision text",
                                                          "fuzzy boolean",
                                                          "title text",
                                                          "sentence text",
                                                          "sentence_begin bigint",
                                                          "sentence_end bigint",
                                                          "date_text text",
                                                          "resolution text",
                                                          "confidence double precision",
                                                          "article_id bigint",
                                                          "report_count integer",
                                                          "source_count integer",
                                                          "first_reported_day integer",
                                                          "date_disputed boolean"};
    std::vector<pg::Statement> out;
    if (events.empty())
        return out;
    // One array per column, all the events' values (see addInserts in PgImportWrite.cpp):
    // a VALUES list of 17 parameters per event took longer to parse and plan than to run.
    std::vector<std::string> arrays(kColumns.size(), "{");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        pg::Params p;
        p.add(e.id).add(std::int64_t(toDayNumber(e.when.start)));
        p.add(std::int64_t(toDayNumber(e.when.end))).add(toText(e.when.precision));
        p.add(e.when.fuzzy).add(e.title).add(e.sentence).add(e.sentenceBegin);
        p.add(e.sentenceEnd).add(e.dateText).add(e.resolution).add(e.confidence);
        p.idOrNull(e.articleId).add(std::int64_t(e.reportCount));
        p.add(std::int64_t(e.sourceCount));
        p.dayOrNull(e.firstReported).add(e.dateDisputed);
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            if (i)
                arrays[c] += ',';
            if (const auto& value = p.values()[c])
                pg::appendArrayElement(arrays[c], *value);
            else
                arrays[c] += "NULL";
        }
    }
    {
        pg::Statement s;
        std::string values, names;
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            const std::string_view column = kColumns[c];
            values += c ? ", $" : "$";
            values += std::to_string(c + 1);
            values += "::";
            values += column.substr(column.find(' ') + 1);
            values += "[]";
            if (c)
                names += ", ";
            names += column.substr(0, column.find(' '));
            s.params.add(std::move(arrays[c] += '}'));
        }
        // Written only where something differs, so that an unchanged event keeps its version.
        s.sql = "UPDATE events e SET start_day = v.start_day, end_day = v.end_day,"
                " precision = v.precision, fuzzy = v.fuzzy, title = v.title,"
                " sentence = v.sentence, sentence_begin = v.sentence_begin,"
                " sentence_end = v.sentence_end, date_text = v.date_text,"
                " resolution = v.resolution, confidence = v.confidence,"
                " article_id = v.article_id, report_count = v.report_count,"
                " source_count = v.source_count, first_reported_day = v.first_reported_day,"
                " date_disputed = v.date_disputed FROM unnest(" +
                values + ") AS v(" + names +
                ") WHERE e.id = v.id AND ((e.start_day, e.end_day, e.precision, e.fuzzy, e.title,"
                " e.sentence, e.sentence_begin, e.sentence_end, e.date_text, e.resolution,"
                " e.confidence, e.report_count, e.source_count, e.date_disputed) IS DISTINCT FROM"
                " (v.start_day, v.end_day, v.precision, v.fuzzy, v.title, v.sentence,"
                " v.sentence_begin, v.sentence_end, v.date_text, v.resolution, v.confidence,"
                " v.report_count, v.source_count, v.date_disputed) OR e.article_id IS DISTINCT"
                " FROM v.article_id OR e.first_reported_day IS DISTINCT FROM"
                " v.first_reported_day)";
        out.push_back(std::move(s));
    }
    return out;
}

Result<void> PgStore::refreshEvent(std::int64_t eventId) {
    auto rows = reportRows(eventId);
    if (!rows)
        return rows.error();
    if (rows->empty()) {
        if (auto r = m_db.exec("DELETE FROM events WHERE id = $1", pg::Params().add(eventId)); !r)
            return r.error();
        return {};
    }
    auto current = loadEvent(eventId);
    if (!current)
        return current.error();
    std::string keys = "{";
    for (std::size_t i = 0; i < rows->size(); ++i) {
        if (i)
            keys += ',';
        pg::appendArrayElement(keys, (*rows)[i].key);
    }
    keys += "}";
    auto chosenRows = m_db.exec("SELECT report_key FROM chosen_dates WHERE report_key = ANY($1)",
                                pg::Params().add(keys));
    if (!chosenRows)
        return chosenRows.error();
    std::set<std::string> chosenKeys;
    for (int i = 0; i < chosenRows->size(); ++i)
        chosenKeys.insert(chosenRows->text(i, 0));
    for (const pg::Statement& update : refreshStatements({refreshed(*current, *rows, chosenKeys)}))
        if (auto r = m_db.exec(update.sql, update.params); !r)
            return r.error();
    return {};
}

} // namespace ct

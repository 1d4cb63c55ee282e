// copyStory's PostgreSQL half. A whole story goes in with COPY (one round trip per table
// rather than one per row), inside one transaction; the identity sequences then move past the
// copied ids.
#include "store/pg/PgReportRows.h"
#include "store/pg/PgStore.h"
#include "story/ReportText.h"

#include <algorithm>
#include <unordered_set>

namespace ct {

Result<void> pg::readStoryDecisions(Connection& db, std::vector<StoryDecision>& decisions,
                                    std::vector<std::string>& chosenDates) {
    auto rows = db.exec("SELECT kind, a, b FROM story_decisions ORDER BY kind, a, b");
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->size(); ++i)
        decisions.push_back(
            {rows->view(i, 0) == "same" ? StoryDecision::Kind::Same : StoryDecision::Kind::Apart,
             rows->text(i, 1), rows->text(i, 2)});
    auto chosen = db.exec("SELECT report_key FROM chosen_dates ORDER BY report_key");
    if (!chosen)
        return chosen.error();
    for (int i = 0; i < chosen->size(); ++i)
        chosenDates.push_back(chosen->text(i, 0));
    return {};
}

namespace {

void field(std::string& out, std::string_view value) {
    pg::appendCopyField(out, value);
    out += '\t';
}
void field(std::string& out, std::int64_t value) {
    out += std::to_string(value);
    out += '\t';
}
void idField(std::string& out, std::int64_t id) {
    if (id > 0)
        out += std::to_string(id);
    else
        pg::appendCopyNull(out);
    out += '\t';
}
void dayField(std::string& out, const Date& day) {
    if (day.is_special())
        pg::appendCopyNull(out);
    else
        out += std::to_string(toDayNumber(day));
    out += '\t';
}
void boolField(std::string& out, bool value) {
    out += value ? "t\t" : "f\t";
}
void realField(std::string& out, double value) {
    pg::Params p;
    p.add(value);
    out += *p.values().front();
    out += '\t';
}
void endRow(std::string& out) {
    out.back() = '\n';
}

// Every name the events give, once, in the order they first appear (non-empty ones only, as
// rewriteLinks keeps them).
std::vector<std::string> distinctNames(const std::vector<Event>& events,
                                       std::vector<std::string> Event::*names) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const Event& e : events)
        for (const std::string& name : e.*names)
            if (!name.empty() && seen.insert(name).second)
                out.push_back(name);
    return out;
}

// One event's links as COPY rows (event, position, id), each id once as rewriteLinks does;
// returns the first id (the event's lane), 0 for none.
std::int64_t appendLinks(std::string& out, std::int64_t eventId,
                         const std::vector<std::string>& names,
                         const std::unordered_map<std::string, std::int64_t>& ids) {
    std::vector<std::int64_t> linked;
    for (const std::string& name : names) {
        const auto id = ids.find(name);
        if (id != ids.end() && std::find(linked.begin(), linked.end(), id->second) == linked.end())
            linked.push_back(id->second);
    }
    for (std::size_t i = 0; i < linked.size(); ++i) {
        field(out, eventId);
        field(out, std::int64_t(i));
        field(out, linked[i]);
        endRow(out);
    }
    return linked.empty() ? 0 : linked.front();
}

} // namespace

Result<std::unordered_map<std::string, std::int64_t>>
PgStore::nameIds(const char* table, const std::vector<std::string>& names) {
    std::unordered_map<std::string, std::int64_t> out;
    if (names.empty())
        return out;
    std::string rows;
    for (std::size_t i = 0; i < names.size(); ++i) {
        field(rows, std::int64_t(i));
        field(rows, names[i]);
        endRow(rows);
    }
    // A temporary table of the transaction: COPY takes any text without quoting rules, and it
    // is gone at commit or rollback. Both tables (actors, places) use it in turn.
    if (auto r = m_db.script("CREATE TEMP TABLE IF NOT EXISTS ct_copy_names(position bigint,"
                             " name text) ON COMMIT DROP; TRUNCATE ct_copy_names");
        !r)
        return r.error();
    if (auto r = m_db.copyIn("COPY ct_copy_names(position, name) FROM STDIN", rows); !r)
        return r.error();
    const std::string t(table);
    // An existing name keeps its id (lanes stay stable); ON CONFLICT as in nameId.
    if (auto r = m_db.script("INSERT INTO " + t +
                             "(name) SELECT name FROM ct_copy_names ORDER BY position"
                             " ON CONFLICT (name) DO NOTHING");
        !r)
        return r.error();
    auto ids = m_db.exec("SELECT t.id, t.name FROM " + t + " t JOIN ct_copy_names USING (name)");
    if (!ids)
        return ids.error();
    for (int i = 0; i < ids->size(); ++i)
        out.emplace(ids->text(i, 1), ids->integer(i, 0));
    if (out.size() != names.size())
        return error(Error::Code::Internal, "names of " + t + " went missing during a copy");
    return out;
}

Result<StoryKeys> PgStore::storyKeys() {
    StoryKeys out;
    auto keys = m_db.exec("SELECT id, report_key FROM reports");
    if (!keys)
        return keys.error();
    for (int i = 0; i < keys->size(); ++i)
        out.reportKeys.emplace(keys->integer(i, 0), keys->text(i, 1));
    if (auto r = pg::readStoryDecisions(m_db, out.decisions, out.chosenDates); !r)
        return r.error();
    return out;
}

// The rows of `story` with their ids, by COPY, one round trip per table, inside the caller's
// Write: what loadStory and addEventsUnmerged share.
Result<void> PgStore::copyRows(const StoryDump& story) {
    std::string articles, tags;
    for (const Article& a : story.articles) {
        field(articles, a.id);
        field(articles, a.contentHash);
        field(articles, a.title);
        field(articles, a.lede);
        field(articles, a.source);
        field(articles, a.fileName);
        dayField(articles, a.published);
        field(articles, a.text);
        field(articles, a.importedAt);
        field(articles, a.importedBy);
        field(articles, a.author);
        field(articles, a.url);
        field(articles, a.format);
        endRow(articles);
        for (std::size_t i = 0; i < a.tags.size(); ++i) {
            field(tags, a.id);
            field(tags, std::int64_t(i));
            field(tags, a.tags[i]);
            endRow(tags);
        }
    }
    if (auto r = m_db.copyIn("COPY articles(id, content_hash, title, lede, source, file_name,"
                             " published_day, text, imported_at, imported_by, author, url, format)"
                             " FROM STDIN",
                             articles);
        !r)
        return r;
    if (auto r = m_db.copyIn("COPY article_tags(article_id, position, tag) FROM STDIN", tags); !r)
        return r;

    // Names first, so that each event row carries its lanes' first actor and place and the
    // links go in with COPY as well: statements per event made a copy of 5,000 events take 14 s.
    auto actorIds = nameIds("actors", distinctNames(story.events, &Event::actors));
    if (!actorIds)
        return actorIds.error();
    auto placeIds = nameIds("places", distinctNames(story.events, &Event::places));
    if (!placeIds)
        return placeIds.error();
    std::string events, actorLinks, placeLinks;
    for (const Event& e : story.events) {
        const std::int64_t firstActor = appendLinks(actorLinks, e.id, e.actors, *actorIds);
        const std::int64_t firstPlace = appendLinks(placeLinks, e.id, e.places, *placeIds);
        field(events, e.id);
        idField(events, e.articleId);
        field(events, std::int64_t(toDayNumber(e.when.start)));
        field(events, std::int64_t(toDayNumber(e.when.end)));
        field(events, toText(e.when.precision));
        boolField(events, e.when.fuzzy);
        field(events, e.title);
        field(events, e.sentence);
        field(events, e.sentenceBegin);
        field(events, e.sentenceEnd);
        field(events, e.dateText);
        field(events, e.resolution);
        realField(events, e.confidence);
        boolField(events, e.userCreated);
        boolField(events, e.userEdited);
        field(events, std::int64_t(e.reportCount));
        field(events, std::int64_t(e.sourceCount));
        dayField(events, e.firstReported);
        boolField(events, e.dateDisputed);
        field(events, std::max<std::int64_t>(e.version, 1));
        field(events, e.editedBy);
        field(events, e.editedAt);
        idField(events, firstActor);
        idField(events, firstPlace);
        endRow(events);
    }
    if (auto r = m_db.copyIn(
            "COPY events(id, article_id, start_day, end_day, precision, fuzzy, title, sentence,"
            " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
            " user_edited, report_count, source_count, first_reported_day, date_disputed,"
            " version, edited_by, edited_at, primary_actor_id, primary_place_id) FROM STDIN",
            events);
        !r)
        return r;
    if (auto r =
            m_db.copyIn("COPY event_actors(event_id, position, actor_id) FROM STDIN", actorLinks);
        !r)
        return r;
    if (auto r =
            m_db.copyIn("COPY event_places(event_id, position, place_id) FROM STDIN", placeLinks);
        !r)
        return r;

    std::string reports;
    for (const auto& [r, key] : story.reports) {
        field(reports, r.id);
        field(reports, r.eventId);
        idField(reports, r.articleId);
        field(reports, toText(r.origin));
        field(reports, key);
        field(reports, std::int64_t(toDayNumber(r.when.start)));
        field(reports, std::int64_t(toDayNumber(r.when.end)));
        field(reports, toText(r.when.precision));
        boolField(reports, r.when.fuzzy);
        field(reports, r.title);
        field(reports, r.sentence);
        field(reports, r.sentenceBegin);
        field(reports, r.sentenceEnd);
        field(reports, r.dateText);
        field(reports, r.resolution);
        realField(reports, r.confidence);
        field(reports, r.outlet);
        field(reports, r.articleTitle);
        field(reports, r.url);
        field(reports, r.sourceRef);
        dayField(reports, r.published);
        field(reports, story::fingerprint(r.sentence));
        endRow(reports);
    }
    if (auto r = m_db.copyIn(
            "COPY reports(id, event_id, article_id, origin, report_key, start_day, end_day,"
            " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text,"
            " resolution, confidence, outlet, article_title, url, source_ref, published_day,"
            " fingerprint) FROM STDIN",
            reports);
        !r)
        return r;
    std::string decisions, chosen;
    for (const StoryDecision& d : story.decisions) {
        field(decisions, d.kind == StoryDecision::Kind::Same ? "same" : "apart");
        field(decisions, d.a);
        field(decisions, d.b);
        endRow(decisions);
    }
    for (const std::string& k : story.chosenDates) {
        field(chosen, k);
        endRow(chosen);
    }
    if (auto r = m_db.copyIn("COPY story_decisions(kind, a, b) FROM STDIN", decisions); !r)
        return r;
    if (auto r = m_db.copyIn("COPY chosen_dates(report_key) FROM STDIN", chosen); !r)
        return r;
    return {};
}

Result<void> PgStore::loadStory(const StoryDump& story, bool replace) {
    auto write = Write::begin(*this, "copy a story into it");
    if (!write)
        return write.error();
    auto held = m_db.exec("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM articles)");
    if (!held)
        return held.error();
    if (held->integer(0, 0) > 0 && !replace)
        return error(Error::Code::InvalidInput,
                     "already holds a story; copying into it would mix two (replace it "
                     "explicitly)");
    if (held->integer(0, 0) > 0)
        if (auto r = m_db.script("DELETE FROM reports; DELETE FROM events; DELETE FROM articles;"
                                 " DELETE FROM story_decisions; DELETE FROM chosen_dates");
            !r)
            return r;

    if (auto r = copyRows(story); !r)
        return r;
    // New rows continue after the copied ids.
    if (auto r =
            m_db.script("SELECT setval(pg_get_serial_sequence(t, 'id'), greatest(m, 1), m > 0) FROM"
                        " (VALUES ('articles', (SELECT coalesce(max(id), 0) FROM articles)),"
                        " ('events', (SELECT coalesce(max(id), 0) FROM events)),"
                        " ('reports', (SELECT coalesce(max(id), 0) FROM reports))) AS s(t, m)");
        !r)
        return r;
    if (auto r = recordChange(StoreChange::Kind::Import, {}); !r)
        return r;
    return write->commit();
}

} // namespace ct

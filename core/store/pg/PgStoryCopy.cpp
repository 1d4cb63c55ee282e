// copyStory's PostgreSQL half. A whole story goes in with COPY (one round trip per table
// rather than one per row), inside one transaction; the identity sequences then move past the
// copied ids.
#include "store/pg/PgStore.h"
#include "story/ReportText.h"

namespace ct {

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

} // namespace

Result<StoryKeys> PgStore::storyKeys() {
    StoryKeys out;
    auto keys = m_db.exec("SELECT id, report_key FROM reports");
    if (!keys)
        return keys.error();
    for (int i = 0; i < keys->size(); ++i)
        out.reportKeys.emplace(keys->integer(i, 0), keys->text(i, 1));
    auto decisions = m_db.exec("SELECT kind, a, b FROM story_decisions");
    if (!decisions)
        return decisions.error();
    for (int i = 0; i < decisions->size(); ++i)
        out.decisions.push_back({decisions->view(i, 0) == "same" ? StoryDecision::Kind::Same
                                                                 : StoryDecision::Kind::Apart,
                                 decisions->text(i, 1), decisions->text(i, 2)});
    auto chosen = m_db.exec("SELECT report_key FROM chosen_dates");
    if (!chosen)
        return chosen.error();
    for (int i = 0; i < chosen->size(); ++i)
        out.chosenDates.push_back(chosen->text(i, 0));
    return out;
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

    std::string events;
    for (const Event& e : story.events) {
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
        endRow(events);
    }
    if (auto r = m_db.copyIn(
            "COPY events(id, article_id, start_day, end_day, precision, fuzzy, title, sentence,"
            " sentence_begin, sentence_end, date_text, resolution, confidence, user_created,"
            " user_edited, report_count, source_count, first_reported_day, date_disputed,"
            " version, edited_by, edited_at) FROM STDIN",
            events);
        !r)
        return r;
    // Names and links: rewriteLinks per event with names (a copy is rare, the names few).
    for (const Event& e : story.events)
        if (!e.actors.empty() || !e.places.empty()) {
            auto version =
                m_db.exec("SELECT version FROM events WHERE id = $1", pg::Params().add(e.id));
            if (!version)
                return version.error();
            if (auto r = rewriteLinks(e); !r)
                return r;
            // Linking is not an edit: the copied version stays what it was.
            if (auto r = m_db.exec("UPDATE events SET version = $2 WHERE id = $1 AND version <> $2",
                                   pg::Params().add(e.id).add(version->integer(0, 0)));
                !r)
                return r.error();
        }

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

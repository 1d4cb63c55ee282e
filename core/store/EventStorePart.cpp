// Replacing part of a SQLite story with rows read from another store (re-basing an offline
// copy on what changed on the server), and listing its rows for finding that part.
#include "store/StoreImpl.h"
#include "story/ReportText.h"

#include <set>

namespace ct {
namespace {

std::int64_t dayOrNone(sql::Statement& s, int column) {
    return s.columnIsNull(column) ? StoryRows::noDay : s.columnInt(column);
}

// Runs `sqlText` once per id (a prepared statement with ?1).
Result<void> forEachId(EventStore::Impl& impl, std::string_view sqlText,
                       const std::set<std::int64_t>& ids) {
    auto s = impl.statement(sqlText);
    if (!s)
        return s.error();
    for (std::int64_t id : ids)
        if (auto r = (*s)->bind(1, id).run(); !r)
            return r;
    return {};
}

} // namespace

Result<void> store::writeArticleRows(EventStore::Impl& impl, const std::vector<Article>& articles) {
    // An upsert, never a delete and insert: deleting an article would take its events and
    // reports with it (ON DELETE CASCADE), also those the part does not replace.
    auto article = impl.statement(
        "INSERT INTO articles(id, content_hash, title, lede, source, file_name, published_day,"
        " text, imported_at, author, url, format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
        " ?10, ?11, ?12) ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash,"
        " title = excluded.title, lede = excluded.lede, source = excluded.source,"
        " file_name = excluded.file_name, published_day = excluded.published_day,"
        " text = excluded.text, imported_at = excluded.imported_at, author = excluded.author,"
        " url = excluded.url, format = excluded.format");
    auto untag = impl.statement("DELETE FROM article_tags WHERE article_id = ?1");
    auto tag =
        impl.statement("INSERT INTO article_tags(article_id, position, tag) VALUES (?1, ?2, ?3)");
    if (!article || !untag || !tag)
        return !article ? article.error() : !untag ? untag.error() : tag.error();
    for (const Article& a : articles) {
        sql::Statement& s = **article;
        s.bind(1, a.id).bind(2, a.contentHash).bind(3, a.title).bind(4, a.lede).bind(5, a.source);
        s.bind(6, a.fileName);
        store::bindDayOrNull(s, 7, a.published);
        s.bind(8, a.text).bind(9, a.importedAt).bind(10, a.author).bind(11, a.url);
        s.bind(12, a.format);
        if (auto r = s.run(); !r)
            return r;
        if (auto r = (*untag)->bind(1, a.id).run(); !r)
            return r;
        for (std::size_t i = 0; i < a.tags.size(); ++i)
            if (auto r = (*tag)->bind(1, a.id).bind(2, std::int64_t(i)).bind(3, a.tags[i]).run();
                !r)
                return r;
    }
    return {};
}

// Inserts fire no trigger (see the schema): the full-text rows are written here.
Result<void> store::writeReportRows(EventStore::Impl& impl,
                                    const std::vector<StoryDump::KeyedReport>& reports,
                                    SearchIndexes indexes) {
    auto report = impl.statement(
        "INSERT INTO reports(id, event_id, article_id, origin, report_key, start_day, end_day,"
        " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text, resolution,"
        " confidence, outlet, article_title, url, source_ref, published_day, fingerprint)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18, ?19, ?20, ?21, ?22)");
    auto text = impl.statement("INSERT INTO reports_fts(rowid, sentence) VALUES (?1, ?2)");
    if (!report || !text)
        return !report ? report.error() : text.error();
    for (const auto& [r, key] : reports) {
        sql::Statement& s = **report;
        s.bind(1, r.id).bind(2, r.eventId);
        if (r.articleId > 0)
            s.bind(3, r.articleId);
        else
            s.bindNull(3);
        s.bind(4, std::string_view(toText(r.origin))).bind(5, key);
        s.bind(6, std::int64_t(toDayNumber(r.when.start)));
        s.bind(7, std::int64_t(toDayNumber(r.when.end)));
        s.bind(8, std::string_view(toText(r.when.precision))).bind(9, r.when.fuzzy ? 1 : 0);
        s.bind(10, r.title).bind(11, r.sentence).bind(12, r.sentenceBegin).bind(13, r.sentenceEnd);
        s.bind(14, r.dateText).bind(15, r.resolution).bind(16, r.confidence).bind(17, r.outlet);
        s.bind(18, r.articleTitle).bind(19, r.url).bind(20, r.sourceRef);
        store::bindDayOrNull(s, 21, r.published);
        s.bind(22, story::fingerprint(r.sentence));
        if (auto x = s.run(); !x)
            return x;
        if (indexes == SearchIndexes::Now)
            if (auto x = (*text)->bind(1, r.id).bind(2, r.sentence).run(); !x)
                return x;
    }
    if (indexes == SearchIndexes::Deferred)
        return impl.db.exec("INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')");
    return {};
}

// The user's decisions and chosen dates are few: replaced whole.
Result<void> store::writeStoryKeys(EventStore::Impl& impl, const StoryDump& part) {
    if (auto r = impl.db.exec("DELETE FROM story_decisions; DELETE FROM chosen_dates"); !r)
        return r;
    auto decision =
        impl.statement("INSERT OR IGNORE INTO story_decisions(kind, a, b) VALUES (?1, ?2, ?3)");
    auto chosen = impl.statement("INSERT OR IGNORE INTO chosen_dates(report_key) VALUES (?1)");
    if (!decision || !chosen)
        return !decision ? decision.error() : chosen.error();
    for (const StoryDecision& d : part.decisions) {
        const std::string_view kind = d.kind == StoryDecision::Kind::Same ? "same" : "apart";
        if (auto r = (*decision)->bind(1, kind).bind(2, d.a).bind(3, d.b).run(); !r)
            return r;
    }
    for (const std::string& k : part.chosenDates)
        if (auto r = (*chosen)->bind(1, k).run(); !r)
            return r;
    return {};
}

Result<StoryRows> EventStore::storyRows() {
    Impl& impl = *m_impl;
    StoryRows out;
    auto events = impl.statement("SELECT id FROM events");
    auto reports = impl.statement("SELECT id, event_id, published_day FROM reports");
    auto articles = impl.statement("SELECT id, published_day FROM articles");
    if (!events || !reports || !articles)
        return !events ? events.error() : !reports ? reports.error() : articles.error();
    {
        sql::ResetGuard guard(**events);
        if (auto r = (*events)->forEachRow([&](sql::Statement& s) {
                out.events.push_back({s.columnInt(0), 0});
            });
            !r)
            return r.error();
    }
    {
        sql::ResetGuard guard(**reports);
        if (auto r = (*reports)->forEachRow([&](sql::Statement& s) {
                out.reports.push_back({s.columnInt(0), s.columnInt(1), dayOrNone(s, 2)});
            });
            !r)
            return r.error();
    }
    sql::ResetGuard guard(**articles);
    if (auto r = (*articles)->forEachRow([&](sql::Statement& s) {
            out.articles.push_back({s.columnInt(0), dayOrNone(s, 1)});
        });
        !r)
        return r.error();
    return out;
}

Result<void> EventStore::replaceRows(const StoryDump& part, const StoryPart& gone) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("update the copy"); !r)
        return r;
    auto tx = impl.begin();
    if (!tx)
        return tx.error();
    // Out first: every event the part replaces or that is gone (its reports and links go with
    // it), reports the part brings that another event held (a move from an unchanged event),
    // articles that are gone.
    std::set<std::int64_t> events(gone.eventIds.begin(), gone.eventIds.end());
    for (const Event& e : part.events)
        events.insert(e.id);
    std::set<std::int64_t> reports;
    for (const auto& r : part.reports)
        reports.insert(r.report.id);
    if (auto r = forEachId(impl, "DELETE FROM events WHERE id = ?1", events); !r)
        return r;
    if (auto r = forEachId(impl, "DELETE FROM reports WHERE id = ?1", reports); !r)
        return r;
    if (auto r = forEachId(impl, "DELETE FROM articles WHERE id = ?1",
                           std::set<std::int64_t>(gone.articleIds.begin(), gone.articleIds.end()));
        !r)
        return r;
    if (auto r = store::writeArticleRows(impl, part.articles); !r)
        return r;
    for (const Event& e : part.events)
        if (auto id = store::insertEventRow(impl, e, e.articleId, store::SearchIndexes::Now, e.id);
            !id)
            return id.error();
    if (auto r = store::writeReportRows(impl, part.reports); !r)
        return r;
    if (auto r = store::writeStoryKeys(impl, part); !r)
        return r;
    return impl.commit(*tx);
}

} // namespace ct

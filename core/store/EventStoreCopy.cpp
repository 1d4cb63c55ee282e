// copyStory's SQLite half: the keys only the store knows, and a whole story written with its
// ids in one transaction.
#include "store/StoreImpl.h"
#include "story/ReportText.h"

namespace ct {

namespace {

StoryDecision::Kind decisionKind(std::string_view text) {
    return text == "same" ? StoryDecision::Kind::Same : StoryDecision::Kind::Apart;
}

void bindDay(sql::Statement& s, int index, const Date& day) {
    if (day.is_special())
        s.bindNull(index);
    else
        s.bind(index, std::int64_t(toDayNumber(day)));
}

} // namespace

Result<StoryKeys> EventStore::storyKeys() {
    Impl& impl = *m_impl;
    StoryKeys out;
    auto keys = impl.statement("SELECT id, report_key FROM reports");
    auto decisions = impl.statement("SELECT kind, a, b FROM story_decisions");
    auto chosen = impl.statement("SELECT report_key FROM chosen_dates");
    if (!keys || !decisions || !chosen)
        return !keys ? keys.error() : !decisions ? decisions.error() : chosen.error();
    {
        sql::ResetGuard guard(**keys);
        if (auto r = (*keys)->forEachRow([&](sql::Statement& row) {
                out.reportKeys.emplace(row.columnInt(0), row.columnText(1));
            });
            !r)
            return r.error();
    }
    {
        sql::ResetGuard guard(**decisions);
        if (auto r = (*decisions)->forEachRow([&](sql::Statement& row) {
                out.decisions.push_back(
                    {decisionKind(row.columnView(0)), row.columnText(1), row.columnText(2)});
            });
            !r)
            return r.error();
    }
    sql::ResetGuard guard(**chosen);
    if (auto r = (*chosen)->forEachRow(
            [&](sql::Statement& row) { out.chosenDates.push_back(row.columnText(0)); });
        !r)
        return r.error();
    return out;
}

Result<void> EventStore::loadStory(const StoryDump& story, bool replace) {
    Impl& impl = *m_impl;
    if (auto r = impl.requireWritable("copy a story into it"); !r)
        return r;
    auto tx = impl.begin();
    if (!tx)
        return tx.error();
    auto held = impl.statement("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM"
                               " articles)");
    if (!held)
        return held.error();
    std::int64_t rows = 0;
    {
        sql::ResetGuard guard(**held);
        auto row = (*held)->step();
        if (!row)
            return row.error();
        rows = (*held)->columnInt(0);
    }
    if (rows > 0 && !replace)
        return impl.error(Error::Code::InvalidInput,
                          "already holds a story; copying into it would mix two (replace it "
                          "explicitly)");
    if (rows > 0)
        if (auto r = impl.db.exec("DELETE FROM reports; DELETE FROM events; DELETE FROM articles;"
                                  " DELETE FROM story_decisions; DELETE FROM chosen_dates");
            !r)
            return r;

    auto article = impl.statement(
        "INSERT INTO articles(id, content_hash, title, lede, source, file_name, published_day,"
        " text, imported_at, author, url, format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
        " ?10, ?11, ?12)");
    auto tag =
        impl.statement("INSERT INTO article_tags(article_id, position, tag) VALUES (?1, ?2, ?3)");
    if (!article || !tag)
        return !article ? article.error() : tag.error();
    for (const Article& a : story.articles) {
        sql::Statement& s = **article;
        s.bind(1, a.id).bind(2, a.contentHash).bind(3, a.title).bind(4, a.lede).bind(5, a.source);
        s.bind(6, a.fileName);
        bindDay(s, 7, a.published);
        s.bind(8, a.text)
            .bind(9, a.importedAt)
            .bind(10, a.author)
            .bind(11, a.url)
            .bind(12, a.format);
        if (auto r = s.run(); !r)
            return r;
        for (std::size_t i = 0; i < a.tags.size(); ++i)
            if (auto r = (*tag)->bind(1, a.id).bind(2, std::int64_t(i)).bind(3, a.tags[i]).run();
                !r)
                return r;
    }
    for (const Event& e : story.events)
        if (auto id = store::insertEventRow(impl, e, e.articleId, store::SearchIndexes::Now, e.id);
            !id)
            return id.error();
    auto report = impl.statement(
        "INSERT INTO reports(id, event_id, article_id, origin, report_key, start_day, end_day,"
        " precision, fuzzy, title, sentence, sentence_begin, sentence_end, date_text, resolution,"
        " confidence, outlet, article_title, url, source_ref, published_day, fingerprint)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18, ?19, ?20, ?21, ?22)");
    if (!report)
        return report.error();
    for (const auto& [r, key] : story.reports) {
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
        bindDay(s, 21, r.published);
        // With the row rather than by an UPDATE per report afterwards (100,000 statements).
        s.bind(22, story::fingerprint(r.sentence));
        if (auto x = s.run(); !x)
            return x;
    }
    // The reports' full-text rows, for all at once.
    if (auto r = impl.db.exec("INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')"); !r)
        return r;
    auto decision =
        impl.statement("INSERT OR IGNORE INTO story_decisions(kind, a, b) VALUES (?1, ?2, ?3)");
    auto chosen = impl.statement("INSERT OR IGNORE INTO chosen_dates(report_key) VALUES (?1)");
    if (!decision || !chosen)
        return !decision ? decision.error() : chosen.error();
    for (const StoryDecision& d : story.decisions)
        if (auto r = (*decision)
                         ->bind(1, std::string_view(d.kind == StoryDecision::Kind::Same ? "same"
                                                                                        : "apart"))
                         .bind(2, d.a)
                         .bind(3, d.b)
                         .run();
            !r)
            return r;
    for (const std::string& k : story.chosenDates)
        if (auto r = (*chosen)->bind(1, k).run(); !r)
            return r;
    return impl.commit(*tx);
}

} // namespace ct

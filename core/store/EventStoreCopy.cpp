// copyStory's SQLite half: the keys only the store knows, and a whole story written with its
// ids in one transaction.
#include "store/StoreImpl.h"

namespace ct {

namespace {

StoryDecision::Kind decisionKind(std::string_view text) {
    return text == "same" ? StoryDecision::Kind::Same : StoryDecision::Kind::Apart;
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

    if (auto r = store::writeArticleRows(impl, story.articles); !r)
        return r;
    for (const Event& e : story.events)
        if (auto id = store::insertEventRow(impl, e, e.articleId, store::SearchIndexes::Now, e.id);
            !id)
            return id.error();
    // The reports' full-text rows for all at once.
    if (auto r = store::writeReportRows(impl, story.reports, store::SearchIndexes::Deferred); !r)
        return r;
    if (auto r = store::writeStoryKeys(impl, story); !r)
        return r;
    return impl.commit(*tx);
}

} // namespace ct

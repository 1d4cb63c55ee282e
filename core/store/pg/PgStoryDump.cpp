// Reading a server story as plain values in a few bulk queries (copyStory, taking an offline
// copy, re-basing one), and listing its rows' versions. Reading through the Store interface
// asked for each event's reports in a round trip of its own: ~50 s for 100,000 events.
#include "store/pg/PgReportRows.h"
#include "store/pg/PgStore.h"

#include <unordered_map>

namespace ct {
namespace {

std::int64_t dayOrNone(const pg::Rows& rows, int row, int column) {
    return rows.isNull(row, column) ? StoryRows::noDay : rows.integer(row, column);
}

// Each query of a part filters by its ids ($1); the whole story has no filter.
struct Filter {
    const std::vector<std::int64_t>* ids = nullptr;
    std::string where(std::string_view column) const {
        return ids ? " WHERE " + std::string(column) + " = ANY($1::bigint[])" : std::string();
    }
    pg::Params params() const { return ids ? pg::Params().add(pg::arrayOf(*ids)) : pg::Params(); }
};

} // namespace

Result<StoryDump> PgStore::dumpRows(const StoryPart* part) {
    // One snapshot for all the reads, so that a colleague's commit between two of them cannot
    // leave a report without its event; inside an import batch the batch's own view stands.
    const bool ownTransaction = !m_inBatch;
    if (ownTransaction)
        if (auto r = m_db.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !r)
            return r.error();
    auto dump = [&]() -> Result<StoryDump> {
        StoryDump out;
        const Filter articles{part ? &part->articleIds : nullptr};
        const Filter events{part ? &part->eventIds : nullptr};
        auto articleRows = m_db.exec(std::string(pg::kArticleColumns) + ", text FROM articles" +
                                         articles.where("id") + " ORDER BY id",
                                     articles.params());
        if (!articleRows)
            return articleRows.error();
        std::unordered_map<std::int64_t, std::size_t> articleIndex;
        for (int i = 0; i < articleRows->size(); ++i) {
            articleIndex.emplace(articleRows->integer(i, 0), out.articles.size());
            Article a = pg::articleFrom(*articleRows, i);
            a.text = articleRows->text(i, 12);
            out.articles.push_back(std::move(a));
        }
        auto tags = m_db.exec("SELECT article_id, tag FROM article_tags" +
                                  articles.where("article_id") + " ORDER BY article_id, position",
                              articles.params());
        if (!tags)
            return tags.error();
        for (int i = 0; i < tags->size(); ++i)
            if (auto a = articleIndex.find(tags->integer(i, 0)); a != articleIndex.end())
                out.articles[a->second].tags.push_back(tags->text(i, 1));

        auto eventRows = m_db.exec(std::string(pg::kEventColumns) + " FROM events e" +
                                       events.where("e.id") + " ORDER BY e.id",
                                   events.params());
        if (!eventRows)
            return eventRows.error();
        std::unordered_map<std::int64_t, std::size_t> eventIndex;
        out.events.reserve(std::size_t(eventRows->size()));
        for (int i = 0; i < eventRows->size(); ++i) {
            eventIndex.emplace(eventRows->integer(i, 0), out.events.size());
            out.events.push_back(pg::eventFrom(*eventRows, i));
        }
        auto names = m_db.exec(
            "SELECT 0, ea.event_id, a.name, ea.position FROM event_actors ea JOIN actors a"
            " ON a.id = ea.actor_id" +
                events.where("ea.event_id") +
                " UNION ALL SELECT 1, ep.event_id, p.name, ep.position FROM event_places ep"
                " JOIN places p ON p.id = ep.place_id" +
                events.where("ep.event_id") + " ORDER BY 1, 2, 4",
            events.params());
        if (!names)
            return names.error();
        for (int i = 0; i < names->size(); ++i)
            if (auto e = eventIndex.find(names->integer(i, 1)); e != eventIndex.end())
                (names->integer(i, 0) == 0 ? out.events[e->second].actors
                                           : out.events[e->second].places)
                    .push_back(names->text(i, 2));

        auto reports = m_db.exec(std::string(pg::kReportColumns) + events.where("event_id") +
                                     " ORDER BY event_id, published_day, id",
                                 events.params());
        if (!reports)
            return reports.error();
        out.reports.reserve(std::size_t(reports->size()));
        for (int i = 0; i < reports->size(); ++i) {
            store::ReportWithPrint row = pg::reportRowFrom(*reports, i);
            out.reports.push_back({std::move(row.report), std::move(row.key)});
        }

        if (auto r = pg::readStoryDecisions(m_db, out.decisions, out.chosenDates); !r)
            return r.error();
        return out;
    }();
    if (ownTransaction)
        (void)m_db.script(dump ? "COMMIT" : "ROLLBACK");
    return dump;
}

Result<StoryRows> PgStore::storyRows() {
    const bool ownTransaction = !m_inBatch;
    if (ownTransaction)
        if (auto r = m_db.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !r)
            return r.error();
    auto listed = [&]() -> Result<StoryRows> {
        StoryRows out;
        auto events = m_db.exec("SELECT id, version FROM events");
        if (!events)
            return events.error();
        auto reports = m_db.exec("SELECT id, event_id, published_day FROM reports");
        if (!reports)
            return reports.error();
        auto articles = m_db.exec("SELECT id, published_day FROM articles");
        if (!articles)
            return articles.error();
        out.events.reserve(std::size_t(events->size()));
        for (int i = 0; i < events->size(); ++i)
            out.events.push_back({events->integer(i, 0), events->integer(i, 1)});
        out.reports.reserve(std::size_t(reports->size()));
        for (int i = 0; i < reports->size(); ++i)
            out.reports.push_back(
                {reports->integer(i, 0), reports->integer(i, 1), dayOrNone(*reports, i, 2)});
        for (int i = 0; i < articles->size(); ++i)
            out.articles.push_back({articles->integer(i, 0), dayOrNone(*articles, i, 1)});
        return out;
    }();
    if (ownTransaction)
        (void)m_db.script(listed ? "COMMIT" : "ROLLBACK");
    return listed;
}

} // namespace ct

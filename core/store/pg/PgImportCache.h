#pragma once

// Internal to core/store/pg: what a client's imports read and wrote of the story, held between
// its articles (PgStore::addArticle) so that the next article's reads ask the server only for
// the events that changed since.

#include "store/pg/PgImport.h"
#include "store/pg/PgImportCandidates.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ct::pgimport {

// The events an article held (PgImport.h: Held, with their names and reports) as the server has
// them, each with its row's xmin: the id of the transaction that wrote that row version. Every
// write of an event row — an edit, a merge, a split, another import's report joining it — makes
// a new row version with a new xmin, and every change to an event's reports or names rewrites
// its row (its report count, version or dates change with them), so an event whose xmin is
// still the one kept is still as kept. An article's reads send the kept (id, xmin) pairs of the
// events around its days; the server sends back only the events that are not among them
// (changed, or never seen). Nothing here is trusted without that check, so another analyst's
// commit between two articles is always read. Inside an import batch the touched events' rows
// are written only at its end (PgStore::flushRefreshes): the cache holds them as refreshed
// under the xmin read, and the batch holds their row locks, so no one else can change them
// meanwhile; the flush tells the cache the xmins it wrote (rewritten).
//
// Emptied when a write rolls back (PgStore::forgetImports): names added by the rolled-back
// write would otherwise keep ids the server never kept. Past kMaxReports reports the events held
// longest ago are dropped (memory, not correctness). The cap is the story SQLite's StoryIndex
// holds whole: emptying the cache at 100,000 reports made an import of 10,000 articles (357,000
// reports over three years, in no order of days) read most events again, with all their reports,
// and import 13 articles/s against 62 with them kept (ct-bench --only pg --articles 10000).
class ImportCache {
  public:
    static constexpr std::size_t kMaxReports = 1000000;

    // `maxReports`: kMaxReports but in tests.
    explicit ImportCache(std::size_t maxReports = kMaxReports);

    // The kept events whose days meet one of `spans` (an article's joined windows): their ids
    // and xmins, for the server's check (addReads).
    void known(const std::vector<std::pair<DayNumber, DayNumber>>& spans,
               std::vector<std::int64_t>& ids, std::vector<std::int64_t>& xmins) const;
    // Moves a kept event into `held` (the server said it is unchanged); false when not kept.
    // The candidate index keeps it: it holds the article's held events as well.
    bool take(std::int64_t id, Held& held);
    // The server sent the event afresh, or no longer has it among an article's candidates
    // (deleted, or moved away): the kept one is stale, here and in the candidate index.
    void drop(std::int64_t id);
    // After an article's writes ran: its held events as they are now on the server (ids
    // written, xmins of the rows it wrote) and the names' ids it learned.
    void keep(Plan& plan);
    // A kept event's row was written again as kept (a batch's deferred refresh): its new xmin.
    void rewritten(std::int64_t id, std::int64_t xmin);
    void clear();

    // Names' ids learned by earlier articles (names are never renumbered or removed).
    std::unordered_map<std::string, std::int64_t> actorIds, placeIds;
    // The merger's view of the kept events and of an article's held ones (PgImportCandidates):
    // an article's decisions read it, and it stays right between articles only because every
    // event that leaves the cache or the plan leaves it too.
    CandidateIndex candidates;

    std::size_t eventCount() const { return m_events.size(); }
    std::size_t reportCount() const { return m_reports; }

  private:
    struct Kept {
        Held held;
        DayNumber start = 0, end = 0; // its days, as the window index has them
        std::uint64_t used = 0;       // when an article last held it (m_uses)
    };
    // Drops the events held longest ago, down to three quarters of the cap.
    void evict();
    // The kept events by duration class (class c: fewer than 2^c days from start to end) and
    // start, as the server's window index: an event of class c meeting [first, last] starts
    // in [first - 2^c + 1, last]. Going through every kept event for every article was the
    // client's largest cost of its own once a few thousand were kept (perf, ct-bench).
    using ByStart = std::multimap<DayNumber, std::int64_t>;
    static std::size_t classOf(DayNumber start, DayNumber end);
    void index(std::int64_t id, const Kept& kept);
    void unindex(std::int64_t id, const Kept& kept);
    void erase(std::unordered_map<std::int64_t, Kept>::iterator it);

    std::unordered_map<std::int64_t, Kept> m_events;
    std::vector<ByStart> m_byClass;
    std::size_t m_maxReports;
    std::size_t m_reports = 0;
    std::uint64_t m_uses = 0;
};

// '{1,2,3}' (a bigint[] as text) → the numbers.
std::vector<std::int64_t> idsOfArray(std::string_view array);

} // namespace ct::pgimport

#pragma once

// Internal to core/store/pg: one article's import on PostgreSQL (PgStore::addArticle) in three
// roles, one file each —
//  - plan and read (PgImportRead.cpp): the article's reports and their date windows, and the
//    statements that read every event they could join (planOf, addReads, takeReads);
//  - decide (PgImportDecide.cpp): each report merged or founded in memory, as addReport would;
//  - write (PgImportWrite.cpp): the statements that write what was decided (addWrites).
// PgArticleImport.cpp runs them in two pipelines.

#include "store/Store.h"
#include "store/StoryRules.h"
#include "store/pg/Pg.h"
#include "story/ReportSimilarity.h"

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace ct::pgimport {

// Ids of rows this import has not written yet: above any the server hands out, in creation
// order, so that sorting by id (candidates, refreshEvent's report order) stays as it will be.
constexpr std::int64_t kProvisional = std::int64_t(1) << 60;

struct Held {
    Event event;
    std::vector<store::ReportWithPrint> rows; // in refreshEvent's order
    bool fresh = false;                       // founded by this article
    bool touched = false;                     // a report of this article joined it
    bool namesChanged = false;                // it names actors or places it did not before
    // How many actor and place links the server holds for it (positions 0…n-1, its first
    // names): new names are only ever appended after them, so only those are written.
    std::size_t storedActors = 0, storedPlaces = 0;
    std::int64_t xmin = 0;                    // its row's xmin as read or written (ImportCache)
    // Its days as the server's row has them (read, or kept as written): a refresh that moves
    // them is written at once, even in a batch (addWrites).
    DayNumber storedStart = 0, storedEnd = -1;
};

// One article's merge: what it reads, decides and writes. Reserved event ids a report did not
// need are left unused (sequences have gaps anyway: a rolled-back file's ids are never reused).
struct Plan {
    std::vector<Report> reports;
    // Each report's story::sentenceTextOf, as Store::addArticle was given them; null: computed
    // in decide.
    const std::vector<story::SentenceText>* texts = nullptr;
    std::vector<Event> asEvents;
    std::vector<std::string> keys, windows, actorNames, placeNames;
    std::vector<std::pair<DayNumber, DayNumber>> spans; // the windows, as day numbers
    std::map<std::int64_t, Held> held; // by id: the candidates' order, as addReport's
    std::unordered_map<std::string, std::int64_t> actorIds, placeIds;
    std::set<std::string> chosenKeys;
    // key → (apart?, the other key), both directions for "same" as addReport reads them; also
    // the candidates' reports' "apart" decisions, for bridging two of them (store::mayBridge).
    std::unordered_multimap<std::string, std::pair<bool, std::string>> decisions;
    std::vector<std::int64_t> reservedIds;       // for new events, ascending
    std::vector<std::int64_t> reservedReportIds; // for the reports, in order, ascending
    std::vector<std::int64_t> eventIds;    // per report: its event (provisional until written)
    // Stored events a report bridged into another (story::MergeDecision::bridged): gone → kept.
    std::vector<std::pair<std::int64_t, std::int64_t>> absorbed;
    // Written events' ids → the xmins of the rows written (ImportCache), from the statements
    // at xminStatements (indices into the pipeline addWrites appended to).
    std::unordered_map<std::int64_t, std::int64_t> writtenXmins;
    std::vector<std::size_t> xminStatements;
    std::vector<std::int64_t> stale; // candidates the cache does not hold as they are, sorted
    std::vector<std::int64_t> known; // the kept events around its days, sent for the check
    std::size_t firstRead = 0;
    // Where the names' upserts are among the reads (from firstRead); not sent when the cache
    // knows every name.
    static constexpr std::size_t kNotRead = std::size_t(-1);
    std::size_t actorsRead = kNotRead, placesRead = kNotRead, idsRead = 0;
    // In an import batch (addWrites' `pending`): the touched events as refreshed, written at
    // the batch's end rather than now, and those whose days moved, written now.
    std::vector<Event> deferred;
    std::vector<std::int64_t> moved;
};

class ImportCache;

using pg::arrayOf;

// The article's reports, keys, names and joined date windows; an event without valid days
// is refused here, before anything is sent.
Result<Plan> planOf(const Article& article, const std::vector<Event>& events);
// Everything the decisions read, the names' ids and the new events' and reports' ids
// (appended to `out`), and taking their rows back: the events `cache` holds unchanged are
// taken from it rather than read again.
void addReads(Plan& plan, const ImportCache& cache, std::vector<pg::Statement>& out);
Result<void> takeReads(Plan& plan, ImportCache& cache, const std::vector<pg::Rows>& rows);
// The candidates that changed or were never held (plan.stale, when not empty), with their names
// and reports: a second round trip, only for them (three statements).
void addStaleReads(const Plan& plan, std::vector<pg::Statement>& out);
// They replace what the cache and its candidate index held of them.
void takeStaleReads(Plan& plan, ImportCache& cache, const std::vector<pg::Rows>& rows);
// Each report decided against the events as they are now, in order, from the cache's candidate
// index (which learns each decision).
Result<void> decide(Plan& plan, std::int64_t articleId, ImportCache& cache);
// Generic plans for the statements appended after it (planned once per connection), with index
// lookups, and nested loops only when `nestedLoops`; addSessionPlans puts the session's
// settings back (PgImportWrite.cpp says why).
void addGenericPlans(std::vector<pg::Statement>& out, bool nestedLoops);
void addSessionPlans(std::vector<pg::Statement>& out);
// The new events, reports and links, the touched events' rows (appended to `out`); the plan's
// eventIds become the written ids. With `pending` (an import batch's refreshes not yet
// written, PgStore::flushRefreshes), the touched events are locked rather than written, and
// left in plan.deferred for the batch's end, unless their days moved.
Result<void> addWrites(Plan& plan, std::vector<pg::Statement>& out,
                       const std::map<std::int64_t, Event>* pending = nullptr);
// The xmins of the rows the writes wrote (plan.writtenXmins), from the pipeline's results.
void takeWrites(Plan& plan, const std::vector<pg::Rows>& rows);

} // namespace ct::pgimport

#pragma once

#include "common/Result.h"
#include "model/Article.h"
#include "model/Event.h"
#include "model/TimelineEntry.h"
#include "model/TimelineSpan.h"
#include "store/StoryDump.h"
#include "store/StoryEdit.h"
#include "store/StoryRows.h"
#include "story/SentenceText.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ct {

struct EventQuery {
    std::optional<Date> from; // events overlapping [from, to]
    std::optional<Date> to;
    std::string text;  // full-text (FTS5 / tsvector) over titles and sentences; empty = all
    std::string actor; // canonical name; empty = any
    std::string place;
    std::optional<std::int64_t> articleId; // events with a report from this article
    int minSources = 0;                    // reported by at least this many distinct outlets
    std::size_t limit = 0;                 // 0 = no limit
};

// An event's id and days, as the window index holds them.
struct EventDays {
    std::int64_t id = 0;
    DayNumber start = 0;
    DayNumber end = 0; // inclusive
    friend bool operator==(const EventDays&, const EventDays&) = default;
};

// Something another client changed in a shared store (PostgreSQL's change feed).
struct StoreChange {
    enum class Kind { Import, Edit, Story, Delete };
    Kind kind = Kind::Edit;
    std::int64_t sequence = 0;          // increases with every change on the server
    std::vector<std::int64_t> eventIds; // empty for a whole import (reload everything)
    std::string analyst;                // who made it
};

// Notifications from a shared store, on a connection of their own. socket() is what a
// QSocketNotifier (or poll) waits on; take() reads every change that arrived, without blocking.
class ChangeFeed {
  public:
    virtual ~ChangeFeed() = default;
    virtual int socket() const = 0;
    virtual Result<std::vector<StoreChange>> take() = 0;
};

// One story's database, whichever engine holds it: EventStore (the embedded SQLite file, the
// single-user default) or PgStore (a PostgreSQL server a team shares). Everything the window,
// the importers, the exports and the command line do goes through this interface; openStore()
// picks the engine from the location.
class Store {
  public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    virtual ~Store() = default;

    // "sqlite" or "postgresql".
    virtual std::string engine() const = 0;
    // What the user opened: a file path, or the connection string without its password.
    virtual std::string location() const = 0;
    virtual int schemaVersion() const = 0;
    // Mode::ReadOnly, a file SQLite could only open for reading, or a server role without
    // write rights: writes are refused.
    virtual bool isReadOnly() const = 0;

    // Stores the article and its events in one transaction (a savepoint inside an import
    // batch); assigns ids. Each event found in the article becomes a report, which joins the
    // stored event it tells of (story::StoryMerger) or founds a new one; events[i].id is the
    // event it ended in. Error::Code::Duplicate if an article with the same content hash exists.
    // `texts`: each event's story::sentenceTextOf, already computed (the import's worker thread
    // does it), or empty to compute them here.
    virtual Result<std::int64_t> addArticle(Article& article, std::vector<Event>& events,
                                            const std::vector<story::SentenceText>& texts = {}) = 0;

    // An import batch: writes until commitImportBatch() share one transaction, each write
    // (each addArticle) in a savepoint of its own, so a failing file rolls back alone and a
    // crash loses the uncommitted files whole.
    virtual Result<void> beginImportBatch() = 0;
    virtual Result<void> commitImportBatch() = 0;
    virtual void abandonImportBatch() = 0; // rolls back every file since beginImportBatch()
    virtual bool inImportBatch() const = 0;

    // A data set's rows (Report::Origin::Table), each event carrying its reports: one
    // transaction; every report merges like an article's (with articles' reports too).
    // events[i].id is set to the event its first report ended in.
    virtual Result<void> addDataSetEvents(std::vector<Event>& events) = 0;
    virtual Result<std::optional<std::int64_t>>
    findArticleByHash(const std::string& contentHash) = 0;
    virtual Result<Article> article(std::int64_t id) = 0;
    virtual Result<std::vector<Article>> articles() = 0; // without text, newest first
    // id → title (or the file name when the title is empty), without texts or tags.
    virtual Result<std::map<std::int64_t, std::string>> articleTitles() = 0;
    virtual Result<std::int64_t> articleCount() = 0;

    // Replaces the article's publication date and its events that the user has
    // not created or edited, in one transaction.
    virtual Result<void> reResolveArticle(std::int64_t articleId, Date published,
                                          std::vector<Event>& freshEvents) = 0;

    virtual Result<Event> event(std::int64_t id) = 0;
    virtual Result<std::vector<Event>> events(const EventQuery& query) = 0;
    virtual Result<std::vector<TimelineEntry>> timelineEntries(const EventQuery& query) = 0;
    // Events overlapping the days [first, last], both inclusive, in no particular order:
    // answered by the window index alone.
    virtual Result<std::vector<EventDays>> overlapping(DayNumber first, DayNumber last) = 0;
    // The same rows without titles, in start order: what a large timeline keeps in memory.
    virtual Result<std::vector<TimelineSpan>> timelineSpans(const EventQuery& query = {}) = 0;
    // How many events start on each day, in day order: a density picture of the whole store.
    virtual Result<std::vector<std::pair<DayNumber, std::int64_t>>> startDayCounts() = 0;
    // Titles of these events, in the same order; an empty string for an id that does not exist.
    virtual Result<std::vector<std::string>> titles(const std::vector<std::int64_t>& ids) = 0;
    // One column of every event, in table order: what sorting a large table by it needs.
    virtual Result<std::vector<std::pair<std::int64_t, std::string>>> allTitles() = 0;
    virtual Result<std::vector<std::pair<std::int64_t, double>>> allConfidences() = 0;
    virtual Result<std::int64_t> eventCount() = 0;
    virtual Result<std::int64_t> reportCount() = 0;
    // The engine's plan for events(query) (or timelineEntries when entries is true): lets
    // tests and benchmarks prove the window query searches.
    virtual Result<std::string> explainQueryPlan(const EventQuery& query, bool entries = false) = 0;
    // For a connection that reads everything once (a loader thread).
    virtual Result<void> tuneForStreaming() = 0;
    // The overall [first, last] day of all events; nullopt when empty.
    virtual Result<std::optional<std::pair<Date, Date>>> extent() = 0;

    // The story. Reports of an event, earliest publication first (user notes last).
    virtual Result<std::vector<Report>> reports(std::int64_t eventId) = 0;
    virtual Result<Report> report(std::int64_t reportId) = 0;
    // Each returns what it changed; revert(edit) takes it back and returns the edit that
    // re-applies it (an undo command keeps both).
    virtual Result<StoryEdit> splitReport(std::int64_t reportId) = 0;
    virtual Result<StoryEdit> mergeEvents(std::int64_t into, std::int64_t from) = 0;
    virtual Result<StoryEdit> markDistinct(std::int64_t a, std::int64_t b) = 0;
    virtual Result<StoryEdit> chooseDate(std::int64_t eventId, std::int64_t reportId) = 0;
    virtual Result<StoryEdit> revert(const StoryEdit& edit) = 0;

    virtual Result<std::int64_t> insertEvent(Event& event) = 0; // assigns id
    // Marks it userEdited. On a shared store event.version must be the version read: a row
    // another analyst changed since gives Error::Code::Conflict, and nothing is written.
    virtual Result<void> updateEvent(const Event& event) = 0;
    virtual Result<void> deleteEvent(std::int64_t id) = 0;

    // id → canonical name, for lane titles and filters.
    virtual Result<std::map<std::int32_t, std::string>> actorNames() = 0;
    virtual Result<std::map<std::int32_t, std::string>> placeNames() = 0;
    // Lane memberships beyond an event's first actor (place) as distinct (id, event id) pairs
    // sorted by actor then event.
    virtual Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraActorLanes() = 0;
    virtual Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraPlaceLanes() = 0;

    // Who the store records as making imports and edits (server role or configured name).
    virtual void setAnalyst(const std::string& name) = 0;
    virtual std::string analyst() const = 0;
    // The change feed of a shared store; nullptr where there are no other writers to hear
    // (a SQLite file).
    virtual Result<std::unique_ptr<ChangeFeed>> openChangeFeed() {
        return std::unique_ptr<ChangeFeed>();
    }

    // For copyStory: what only the engine stores (report keys, decisions, chosen dates), and a
    // whole story written in one transaction with its ids. loadStory refuses a store that holds
    // events or articles unless `replace`, which deletes them first.
    virtual Result<StoryKeys> storyKeys() {
        return makeError(Error::Code::Unsupported, location() + ": cannot copy this story");
    }
    virtual Result<void> loadStory(const StoryDump&, bool /*replace*/) {
        return makeError(Error::Code::Unsupported, location() + ": cannot copy into this store");
    }
    // The story's rows as plain values: the whole story (`part` null: what copyStory copies) or
    // the given events and articles, each time with all decisions and chosen dates. The default
    // reads through this interface, an event's reports at a time; a server overrides it with a
    // few bulk reads (a round trip per event made copying 100,000 events take ~50 s).
    virtual Result<StoryDump> dumpRows(const StoryPart* part);
    // Events of no article stored as they are, merged with nothing, for loads where nothing
    // stored can tell of the same happenings (a data set into an empty story, generated
    // events): each event's reports as given (a data set's rows), an event without reports with
    // one of its own, as EventBulkInsert does on SQLite. Assigns the events' ids. One write
    // (a savepoint inside an import batch).
    virtual Result<void> addEventsUnmerged(std::vector<Event>& /*events*/) {
        return makeError(Error::Code::Unsupported, location() + ": no bulk path for events");
    }
    // Every row's id and version (StoryRows.h), for re-basing an offline copy on what changed.
    virtual Result<StoryRows> storyRows() {
        return makeError(Error::Code::Unsupported, location() + ": cannot list this story's rows");
    }
};

// The whole story of `from` into `to`: articles, events, reports, decisions, chosen dates, user
// edits, who and when, with their ids; one transaction on `to`. Refuses a `to` that holds a
// story unless `replace`. What File > Publish to Server and the `copy` command run.
Result<void> copyStory(Store& from, Store& to, bool replace = false);
// `store`'s story as plain values (copyStory's first half; tests compare two stores with it).
Result<StoryDump> dumpStory(Store& store);

// Opens the store at `location`: a postgresql:// or postgres:// URI or a libpq keyword string
// ("host=… dbname=…") opens a server story, anything else is a SQLite file path.
Result<std::unique_ptr<Store>> openStore(const std::string& location,
                                         Store::Mode mode = Store::Mode::ReadWriteCreate);
bool isServerLocation(const std::string& location);
// $CT_ANALYST, else the login name: what a store records until told otherwise.
std::string defaultAnalystName();

} // namespace ct

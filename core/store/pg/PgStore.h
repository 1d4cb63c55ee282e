#pragma once

#include "store/Store.h"
#include "store/StoryRules.h"
#include "store/pg/Pg.h"
#include "story/ReportSimilarity.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace ct {

namespace pgimport {
class ImportCache;
struct Plan;
} // namespace pgimport

// The PostgreSQL engine behind Store: a story on a server that a team shares. Same concepts and
// semantics as EventStore (SQLite); the interface (Store.h) documents each operation. A shared
// store adds optimistic versioning (updateEvent of a stale version is a Conflict), who did what
// (imported_by, edited_by), and a change feed (openChangeFeed) other clients listen to.
// Schema: store/pg/PgSchema.cpp.
class PgStore final : public Store {
  public:
    static Result<std::unique_ptr<PgStore>> open(const std::string& conninfo,
                                                 Mode mode = Mode::ReadWriteCreate);
    ~PgStore() override;

    std::string engine() const override { return "postgresql"; }
    std::string location() const override { return m_db.location(); }
    int schemaVersion() const override { return m_schemaVersion; }
    bool isReadOnly() const override { return m_readOnly; }

    Result<std::int64_t> addArticle(Article& article, std::vector<Event>& events,
                                    const std::vector<story::SentenceText>& texts = {}) override;
    Result<void> beginImportBatch() override;
    Result<void> commitImportBatch() override;
    void abandonImportBatch() override;
    bool inImportBatch() const override { return m_inBatch; }
    Result<void> addDataSetEvents(std::vector<Event>& events) override;
    Result<std::optional<std::int64_t>> findArticleByHash(const std::string& contentHash) override;
    Result<Article> article(std::int64_t id) override;
    Result<std::vector<Article>> articles() override;
    Result<std::map<std::int64_t, std::string>> articleTitles() override;
    Result<std::int64_t> articleCount() override;
    Result<void> reResolveArticle(std::int64_t articleId, Date published,
                                  std::vector<Event>& freshEvents) override;

    Result<Event> event(std::int64_t id) override;
    Result<std::vector<Event>> events(const EventQuery& query) override;
    Result<std::vector<TimelineEntry>> timelineEntries(const EventQuery& query) override;
    Result<std::vector<EventDays>> overlapping(DayNumber first, DayNumber last) override;
    Result<std::vector<TimelineSpan>> timelineSpans(const EventQuery& query = {}) override;
    Result<std::vector<std::pair<DayNumber, std::int64_t>>> startDayCounts() override;
    Result<std::vector<std::string>> titles(const std::vector<std::int64_t>& ids) override;
    Result<std::vector<std::pair<std::int64_t, std::string>>> allTitles() override;
    Result<std::vector<std::pair<std::int64_t, double>>> allConfidences() override;
    Result<std::int64_t> eventCount() override;
    Result<std::int64_t> reportCount() override;
    Result<std::string> explainQueryPlan(const EventQuery& query, bool entries = false) override;
    Result<void> tuneForStreaming() override;
    Result<std::optional<std::pair<Date, Date>>> extent() override;

    Result<std::vector<Report>> reports(std::int64_t eventId) override;
    Result<Report> report(std::int64_t reportId) override;
    Result<StoryEdit> splitReport(std::int64_t reportId) override;
    Result<StoryEdit> mergeEvents(std::int64_t into, std::int64_t from) override;
    Result<StoryEdit> markDistinct(std::int64_t a, std::int64_t b) override;
    Result<StoryEdit> chooseDate(std::int64_t eventId, std::int64_t reportId) override;
    Result<StoryEdit> revert(const StoryEdit& edit) override;

    Result<std::int64_t> insertEvent(Event& event) override;
    // event.version is the version read (Event::version); a row changed since is a Conflict
    // naming both versions, and nothing is written. Version 0 (an event never read from this
    // store) is written unchecked.
    Result<void> updateEvent(const Event& event) override;
    Result<void> deleteEvent(std::int64_t id) override;

    Result<std::map<std::int32_t, std::string>> actorNames() override;
    Result<std::map<std::int32_t, std::string>> placeNames() override;
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraActorLanes() override;
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraPlaceLanes() override;

    void setAnalyst(const std::string& name) override { m_analyst = name; }
    std::string analyst() const override { return m_analyst; }
    Result<std::unique_ptr<ChangeFeed>> openChangeFeed() override;
    // copyStory (PgStoryCopy.cpp): loadStory writes with COPY, one transaction.
    Result<StoryKeys> storyKeys() override;
    Result<void> loadStory(const StoryDump& story, bool replace) override;
    // PgStoryDump.cpp: a few bulk reads in one snapshot.
    Result<StoryDump> dumpRows(const StoryPart* part) override;
    Result<StoryRows> storyRows() override;
    // PgBulkEvents.cpp: events stored as they are, with COPY (see Store::addEventsUnmerged).
    Result<void> addEventsUnmerged(std::vector<Event>& events) override;

    // The connection string as given (with its password), for the feed's own connection.
    pg::Connection& connection() { return m_db; }
    // Repacks the window tiles writes have marked (PgWindowTiles.h); run after a commit of
    // this store's writes when tiles may be marked (afterCommit), public for bulk loads from
    // outside the store (the benchmark).
    Result<int> rebuildWindowTiles();
    // How many times a commit was followed by a rebuild (tests: edits that leave the days
    // alone skip it).
    std::int64_t rebuildsAfterCommits() const { return m_rebuildsAfterCommits; }

    // One unit of writing: a transaction, or a savepoint inside an import batch. Rolls back
    // unless committed. Public for the store's own source files.
    class Write {
      public:
        static Result<Write> begin(PgStore& store, std::string_view doing);
        // The same in two halves, for a pipeline whose first statement begins it: the
        // statement (or why this store cannot write), then the Write it started, sent or not
        // (rolling back a savepoint that was never made is harmless).
        static Result<pg::Statement> beginStatement(PgStore& store, std::string_view doing);
        static Write started(PgStore& store);
        Write(Write&& other) noexcept;
        Write& operator=(Write&&) = delete;
        ~Write();
        Result<void> commit();
        // commit() as the last statement of a pipeline; committed() once it ran.
        pg::Statement commitStatement() const;
        void committed();

      private:
        explicit Write(PgStore& store) : m_store(&store) {}
        // Committed (or released): not to be rolled back, and what it may have marked counts
        // for the transaction's afterCommit.
        void done();
        PgStore* m_store;
        bool m_active = true;
    };

    // For the store's own source files (PgStore*.cpp): helpers callers run inside a Write.
    Result<std::int64_t> insertEventRow(const Event& event, std::int64_t articleId,
                                        std::int64_t explicitId = 0);
    // fresh: the event was just inserted and has no links to replace.
    Result<void> rewriteLinks(const Event& event, bool fresh = false);
    Result<Event> loadEvent(std::int64_t id);
    Result<std::vector<store::ReportWithPrint>> reportRows(std::int64_t eventId);
    Result<store::ReportWithPrint> reportRow(std::int64_t reportId);
    Result<void> insertReport(const Report& report, std::int64_t eventId, const std::string& key);
    // `sameAs`: the key of a report this one retells (Event::retells), joined like a merge.
    Result<std::int64_t> addReport(const Report& report, const std::string& key,
                                   const Event& asEvent, const std::string& sameAs = {});
    // PgStoryBridge.cpp: merges with `joined` the events a report bridges that may be one with
    // it (store::mayBridge), the older kept; returns the event the report is in.
    Result<std::int64_t> bridgeEvents(std::int64_t joined,
                                      const std::vector<std::int64_t>& bridged);
    // PgArticleImport.cpp: every report of an article merged in a few round trips.
    Result<std::vector<std::int64_t>> addArticleReports(const Article& article,
                                                        std::int64_t articleId,
                                                        const std::vector<Event>& events);
    Result<void> refreshEvent(std::int64_t eventId);
    // refreshEvent's rules over rows already read (non-empty, in reportRows' order): the event
    // as its reports make it. The statements write the events only where they differ.
    static Event refreshed(Event current, const std::vector<store::ReportWithPrint>& rows,
                           const std::set<std::string>& chosenKeys);
    static std::vector<pg::Statement> refreshStatements(const std::vector<Event>& events);
    // Announces the write to other clients (the change feed), inside its transaction.
    Result<void> recordChange(StoreChange::Kind kind, const std::vector<std::int64_t>& ids);
    pg::Statement changeStatement(StoreChange::Kind kind,
                                  const std::vector<std::int64_t>& ids) const;
    // What the merger compares per stored report id (see m_features).
    std::unordered_map<std::int64_t, std::shared_ptr<const story::ReportFeatures>>& features() {
        return m_features;
    }
    Error error(Error::Code code, std::string_view what) const { return m_db.error(code, what); }
    // What imports hold of the story between articles (PgImportCache.h), made on first use.
    pgimport::ImportCache& importCache();
    // A write rolled back: what imports held may name rows the server no longer has.
    void forgetImports();
    // PgArticleImport.cpp: the candidates the cache does not hold as they are, read.
    Result<void> readStale(pgimport::Plan& plan);
    // An import batch's touched events as its articles refreshed them, written in one UPDATE
    // (PgImportWrite.cpp says why): at the batch's commit, before any other write in it, and
    // before an article whose import cache was emptied (it reads events from the server).
    Result<void> flushRefreshes();

    // Imports into one story take turns: a report merges with what is stored, so an import
    // must see the events of one that ran beside it, not miss them while both are uncommitted
    // (two analysts importing the same wire story would make two events of one happening).
    // The lock is held to the end of the transaction, an article's or a whole batch's;
    // analysts' edits do not take it (they check row versions instead).
    static constexpr const char* kImportLockSql = "SELECT pg_advisory_xact_lock(1129597289)";

  private:
    PgStore() = default;
    // After a transaction of this store committed: the tiles it marked are repacked, unless
    // another client is repacking (it or the next commit takes them). A failure is ignored:
    // the window reads marked buckets from the events, right but slower. Skipped, with its
    // round trip, when the transaction's writes said no tile was marked (m_tilesMarked).
    void afterCommit();
    Result<void> copyRows(const StoryDump& story); // PgStoryCopy.cpp
    Result<std::int64_t> nameId(const char* table, const std::string& name);
    // The ids of many names at once (loadStory): added where missing, in the order given.
    Result<std::unordered_map<std::string, std::int64_t>>
    nameIds(const char* table, const std::vector<std::string>& names);

    std::string m_conninfo;
    pg::Connection m_db;
    std::string m_analyst;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_inBatch = false;
    int m_savepoints = 0;
    // Whether the open transaction (an import batch: any of its writes) may leave tiles marked
    // for afterCommit. A Write that recorded its change learnt it in that same statement
    // (recordChange: any mark visible then, its own or one a commit left); one that did not
    // ask (an import's pipeline) counts as marking.
    bool m_tilesMarked = false;
    std::optional<bool> m_writeMarked; // the current Write's answer, if it asked
    std::int64_t m_rebuildsAfterCommits = 0;
    // What the merger compares, per stored report id, computed once per session: a report's
    // sentence never changes under its id, and identity sequences never hand an id out twice
    // (not even after a rollback), so entries never go stale.
    std::unordered_map<std::int64_t, std::shared_ptr<const story::ReportFeatures>> m_features;
    std::unique_ptr<pgimport::ImportCache> m_importCache;
    // The open batch's refreshed events not yet written (flushRefreshes), by id; each locked
    // (FOR NO KEY UPDATE) by the article that first touched it.
    std::map<std::int64_t, Event> m_pendingRefresh;
};

} // namespace ct

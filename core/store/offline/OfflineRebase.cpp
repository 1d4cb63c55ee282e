// Re-basing an offline copy on the server by what changed there, not by copying the whole
// story again: at 100,000 events a full copy re-reads and re-writes everything (tens of
// seconds) where a bring-back and colleagues' work usually touched a few hundred events.
//
// The pristine twin is the server story as it was at the last base, so it is the twin that is
// brought up to date; the copy then becomes the twin. Row versions say what changed: an event's
// version rises with every update on the server (a trigger), and every change of an event's
// reports rewrites the event's counts; ids say what is new or gone. Reports that moved between
// events or were re-dated in place, and articles re-dated, are compared by id as well, so that
// no change depends on a trigger alone.
#include "store/offline/OfflineRebase.h"

#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "store/offline/OfflineCopy.h"

#include <algorithm>
#include <memory>
#include <set>
#include <sqlite3.h>
#include <unordered_map>

namespace ct::offline {
namespace {

// Beyond this share of the story a full copy is cheaper than replacing rows one by one.
constexpr std::size_t kMaxChangedShare = 4; // a quarter
constexpr std::size_t kAlwaysIncremental = 2000;

// What to bring from the server and what to delete from the twin.
struct Delta {
    StoryPart changed; // rows to read from the server
    StoryPart gone;    // rows to delete
};

Delta deltaOf(const StoryRows& server, const StoryRows& twin,
              const std::map<std::int64_t, std::int64_t>& baseVersions) {
    std::set<std::int64_t> onServer, changed, gone;
    for (const StoryRows::EventRow& e : server.events) {
        onServer.insert(e.id);
        const auto base = baseVersions.find(e.id);
        if (base == baseVersions.end() || base->second != e.version)
            changed.insert(e.id);
    }
    for (const StoryRows::EventRow& e : twin.events)
        if (!onServer.count(e.id))
            gone.insert(e.id);
    // An event whose reports differ in any way is brought whole, on both sides of a move.
    const auto touch = [&](std::int64_t eventId) {
        if (onServer.count(eventId))
            changed.insert(eventId);
        else
            gone.insert(eventId);
    };
    std::unordered_map<std::int64_t, const StoryRows::ReportRow*> twinReports;
    twinReports.reserve(twin.reports.size());
    for (const StoryRows::ReportRow& r : twin.reports)
        twinReports.emplace(r.id, &r);
    for (const StoryRows::ReportRow& r : server.reports) {
        const auto held = twinReports.find(r.id);
        if (held == twinReports.end()) {
            touch(r.eventId);
            continue;
        }
        if (held->second->eventId != r.eventId || held->second->published != r.published) {
            touch(r.eventId);
            touch(held->second->eventId);
        }
        twinReports.erase(held);
    }
    for (const auto& [id, r] : twinReports)
        touch(r->eventId); // a report gone from the server

    std::map<std::int64_t, std::int64_t> twinArticles;
    for (const StoryRows::ArticleRow& a : twin.articles)
        twinArticles.emplace(a.id, a.published);
    Delta delta;
    for (const StoryRows::ArticleRow& a : server.articles) {
        const auto held = twinArticles.find(a.id);
        if (held == twinArticles.end() || held->second != a.published)
            delta.changed.articleIds.push_back(a.id);
        if (held != twinArticles.end())
            twinArticles.erase(held);
    }
    for (const auto& [id, published] : twinArticles)
        delta.gone.articleIds.push_back(id);
    delta.changed.eventIds.assign(changed.begin(), changed.end());
    delta.gone.eventIds.assign(gone.begin(), gone.end());
    return delta;
}

// The twin's own record of its base: origin, time, schema, and the versions of what changed.
Result<void> recordRebase(const std::string& twin, Store& server,
                          const std::map<std::int64_t, std::int64_t>& versions,
                          const std::vector<std::int64_t>& goneEvents) {
    auto db = sql::Connection::open(twin, sql::Connection::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto tx = sql::Transaction::begin(*db);
    if (!tx)
        return tx.error();
    auto put = db->prepare("INSERT OR REPLACE INTO offline_origin(key, value) VALUES (?1, ?2)");
    if (!put)
        return put.error();
    for (const auto& [key, value] :
         {std::pair<const char*, std::string>{"server", server.location()},
          {"taken_at", utcNowIso()},
          {"server_schema", std::to_string(server.schemaVersion())},
          {"bring_back_pending", "0"}})
        if (auto r = put->bind(1, std::string_view(key)).bind(2, value).run(); !r)
            return r.error();
    auto version =
        db->prepare("INSERT OR REPLACE INTO offline_versions(event_id, version) VALUES (?1, ?2)");
    auto drop = db->prepare("DELETE FROM offline_versions WHERE event_id = ?1");
    if (!version || !drop)
        return !version ? version.error() : drop.error();
    for (const auto& [id, v] : versions)
        if (auto r = version->bind(1, id).bind(2, v).run(); !r)
            return r.error();
    for (std::int64_t id : goneEvents)
        if (auto r = drop->bind(1, id).run(); !r)
            return r.error();
    return tx->commit();
}

struct BackupFinish {
    void operator()(sqlite3_backup* b) const { sqlite3_backup_finish(b); }
};

} // namespace

Result<void> copyDatabaseFile(const std::string& from, const std::string& to) {
    // Read-write: a read-only connection cannot make the shared-memory index of a file in WAL
    // mode whose log is gone.
    auto source = sql::Connection::open(from, sql::Connection::Mode::ReadWrite);
    if (!source)
        return source.error();
    auto target = sql::Connection::open(to, sql::Connection::Mode::ReadWrite);
    if (!target)
        return target.error();
    std::unique_ptr<sqlite3_backup, BackupFinish> backup(
        sqlite3_backup_init(target->handle(), "main", source->handle(), "main"));
    if (!backup)
        return makeError(Error::Code::Database, to + ": " + target->lastError());
    const int rc = sqlite3_backup_step(backup.get(), -1);
    backup.reset();
    if (rc != SQLITE_DONE)
        return makeError(Error::Code::Database, to + ": " + sqlite3_errstr(rc));
    return {};
}

Result<bool> rebaseIncrementally(Store& server, const std::string& file, RebaseSummary& summary) {
    const std::string twinPath = offlineBasePath(file);
    auto base = readOfflineOrigin(twinPath);
    if (!base || base->serverSchema == 0 || base->serverSchema != server.schemaVersion())
        return false;
    auto serverRows = server.storyRows();
    if (!serverRows)
        return serverRows.error().code == Error::Code::Unsupported ? Result<bool>(false)
                                                                   : serverRows.error();
    Delta delta;
    StoryDump part;
    {
        auto twin = EventStore::open(twinPath, Store::Mode::ReadWrite);
        if (!twin)
            return twin.error();
        auto twinRows = twin->storyRows();
        if (!twinRows)
            return twinRows.error();
        delta = deltaOf(*serverRows, *twinRows, base->versions);
        const std::size_t events = std::max(serverRows->events.size(), twinRows->events.size());
        if (delta.changed.eventIds.size() + delta.gone.eventIds.size() >
            std::max(kAlwaysIncremental, events / kMaxChangedShare))
            return false;
        auto read = server.dumpRows(&delta.changed);
        if (!read)
            return read.error();
        part = std::move(*read);
        // Deleted on the server between the listing and the reading: gone too.
        std::set<std::int64_t> found;
        for (const Event& e : part.events)
            found.insert(e.id);
        for (std::int64_t id : delta.changed.eventIds)
            if (!found.count(id))
                delta.gone.eventIds.push_back(id);
        if (auto r = twin->replaceRows(part, delta.gone); !r)
            return r.error();
    } // closed here: its log is checkpointed before its pages are copied
    std::map<std::int64_t, std::int64_t> versions;
    for (const Event& e : part.events)
        versions[e.id] = e.version;
    if (auto r = recordRebase(twinPath, server, versions, delta.gone.eventIds); !r)
        return r.error();
    if (auto r = copyDatabaseFile(twinPath, file); !r)
        return r.error();
    summary.incremental = true;
    summary.events = int(part.events.size());
    summary.eventsGone = int(delta.gone.eventIds.size());
    summary.articles = int(part.articles.size());
    return true;
}

} // namespace ct::offline

// An offline copy is an ordinary story file (EventStore) plus two tables of its own and a
// pristine twin file: the app needs no session attached while the analyst works, and what
// changed survives restarts and crashes, because bringBack diffs two files.
#include "store/offline/OfflineCopy.h"

#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "store/offline/OfflineRebase.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace ct {
namespace {

constexpr const char* kOriginSchema =
    "CREATE TABLE IF NOT EXISTS offline_origin(key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    " WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS offline_versions(event_id INTEGER PRIMARY KEY,"
    " version INTEGER NOT NULL);";

// Records origin and versions in the copy, then writes its twin: a consistent snapshot
// (VACUUM INTO) under a temporary name, renamed into place so that a crash leaves either the
// old twin or the new one, never half of one.
Result<OfflineOrigin> recordBase(Store& server, const std::string& file,
                                 std::map<std::int64_t, std::int64_t> versions) {
    OfflineOrigin origin;
    origin.server = server.location();
    origin.takenAt = utcNowIso();
    origin.serverSchema = server.schemaVersion();
    origin.versions = std::move(versions);

    auto db = sql::Connection::open(file, sql::Connection::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (auto r = db->exec(kOriginSchema); !r)
        return r.error();
    {
        auto tx = sql::Transaction::begin(*db);
        if (!tx)
            return tx.error();
        if (auto r = db->exec("DELETE FROM offline_origin; DELETE FROM offline_versions"); !r)
            return r.error();
        auto put = db->prepare("INSERT INTO offline_origin(key, value) VALUES (?1, ?2)");
        if (!put)
            return put.error();
        for (const auto& [key, value] :
             {std::pair<const char*, std::string>{"server", origin.server},
              {"taken_at", origin.takenAt},
              {"server_schema", std::to_string(origin.serverSchema)}})
            if (auto r = put->bind(1, std::string_view(key)).bind(2, value).run(); !r)
                return r.error();
        auto version =
            db->prepare("INSERT INTO offline_versions(event_id, version) VALUES (?1, ?2)");
        if (!version)
            return version.error();
        for (const auto& [id, v] : origin.versions)
            if (auto r = version->bind(1, id).bind(2, v).run(); !r)
                return r.error();
        if (auto r = tx->commit(); !r)
            return r.error();
    }
    const std::string base = offlineBasePath(file);
    const std::string fresh = base + ".new";
    std::error_code ec;
    std::filesystem::remove(fresh, ec);
    auto vacuum = db->prepare("VACUUM INTO ?1");
    if (!vacuum)
        return vacuum.error();
    if (auto r = vacuum->bind(1, fresh).run(); !r)
        return r.error();
    std::filesystem::rename(fresh, base, ec);
    if (ec)
        return makeError(Error::Code::Io, base + ": " + ec.message());
    return origin;
}

// The whole server story into the copy; returns every event's version as read in the same
// snapshot as its rows (an incremental re-base trusts them: a version read later could be one
// whose changes the copy never got).
Result<std::map<std::int64_t, std::int64_t>> copyWhole(Store& server, const std::string& file,
                                                       bool replace, Store::Mode mode) {
    auto copy = EventStore::open(file, mode);
    if (!copy)
        return copy.error();
    auto dump = dumpStory(server);
    if (!dump)
        return dump.error();
    if (auto r = copy->loadStory(*dump, replace); !r)
        return r.error();
    std::map<std::int64_t, std::int64_t> versions;
    for (const Event& e : dump->events)
        versions[e.id] = e.version;
    return versions;
}

} // namespace

std::string offlineBasePath(const std::string& file) {
    return file + ".base";
}

Result<OfflineOrigin> takeOffline(Store& server, const std::string& file, bool replace) {
    if (!isServerLocation(server.location()))
        return makeError(Error::Code::InvalidInput,
                         server.location() + ": an offline copy is taken of a server story");
    auto versions = copyWhole(server, file, replace, Store::Mode::ReadWriteCreate);
    if (!versions)
        return versions.error();
    return recordBase(server, file, std::move(*versions));
}

Result<OfflineOrigin> rebaseOfflineCopy(Store& server, const std::string& file, bool* incremental) {
    offline::RebaseSummary summary;
    // Any failure of the incremental way leaves files the full copy below overwrites whole.
    if (auto done = offline::rebaseIncrementally(server, file, summary); done && *done) {
        if (incremental)
            *incremental = true;
        return readOfflineOrigin(file);
    }
    if (incremental)
        *incremental = false;
    auto versions = copyWhole(server, file, true, Store::Mode::ReadWrite);
    if (!versions)
        return versions.error();
    return recordBase(server, file, std::move(*versions));
}

Result<OfflineOrigin> readOfflineOrigin(const std::string& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return makeError(Error::Code::NotFound, file + ": no such file");
    auto db = sql::Connection::open(file, sql::Connection::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto has = db->prepare(
        "SELECT count(*) FROM sqlite_schema WHERE name IN ('offline_origin', 'offline_versions')");
    if (!has)
        return has.error();
    if (auto row = has->step(); !row || !*row || has->columnInt(0) != 2)
        return makeError(Error::Code::NotFound,
                         file + ": is not an offline copy of a server story");
    has->reset();
    OfflineOrigin origin;
    auto keys = db->prepare("SELECT key, value FROM offline_origin");
    if (!keys)
        return keys.error();
    if (auto r = keys->forEachRow([&](sql::Statement& s) {
            if (s.columnText(0) == "server")
                origin.server = s.columnText(1);
            else if (s.columnText(0) == "taken_at")
                origin.takenAt = s.columnText(1);
            else if (s.columnText(0) == "bring_back_pending")
                origin.bringBackPending = s.columnText(1) == "1";
            else if (s.columnText(0) == "server_schema")
                origin.serverSchema = std::atoi(s.columnText(1).c_str());
        });
        !r)
        return r.error();
    keys->reset();
    auto versions = db->prepare("SELECT event_id, version FROM offline_versions");
    if (!versions)
        return versions.error();
    if (auto r = versions->forEachRow(
            [&](sql::Statement& s) { origin.versions[s.columnInt(0)] = s.columnInt(1); });
        !r)
        return r.error();
    versions->reset();
    if (origin.server.empty())
        return makeError(Error::Code::NotFound,
                         file + ": is not an offline copy of a server story");
    return origin;
}

Result<void> markBringBackPending(const std::string& file, bool pending) {
    auto db = sql::Connection::open(file, sql::Connection::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto put = db->prepare(
        "INSERT OR REPLACE INTO offline_origin(key, value) VALUES ('bring_back_pending', ?1)");
    if (!put)
        return put.error();
    return put->bind(1, std::string_view(pending ? "1" : "0")).run();
}

bool isOfflineCopy(const std::string& file) {
    return readOfflineOrigin(file).ok();
}

} // namespace ct

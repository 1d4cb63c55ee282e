#pragma once

#include "common/Result.h"
#include "store/offline/BringBack.h"
#include "store/offline/OfflineChanges.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace ct {

class EventStore;

namespace offline {

// Replays an offline copy's changes (OfflineChanges) on the server as store operations, in
// bringBack's order: imports first (later steps may name their reports), then hand-made
// events, merges and splits, decisions, chosen dates, edits, deletions. Events in `excluded`
// (conflicts decided for the server's version) are left alone. The caller holds the server
// transaction; counts and notes go into `result`.
class OfflineApplier {
  public:
    OfflineApplier(EventStore& copy, Store& server, const OfflineChanges& changes,
                   const std::set<std::int64_t>& excluded, BringBackResult& result)
        : m_copy(copy), m_server(server), m_changes(changes), m_excluded(excluded),
          m_result(result) {}

    Result<void> run();

  private:
    bool excluded(std::int64_t id) const { return m_excluded.count(id) > 0; }
    Result<void> imports();
    Result<void> createdEvents();
    Result<void> moves();
    Result<StoryKeys> serverKeys(std::map<std::string, std::int64_t>& byKey);
    Result<std::optional<Report>> reportByKey(const std::map<std::string, std::int64_t>& byKey,
                                              const std::string& key);
    Result<void> decisions();
    Result<void> chosenDates();
    Result<void> edits();
    Result<void> deletions();

    EventStore& m_copy;
    Store& m_server;
    const OfflineChanges& m_changes;
    const std::set<std::int64_t>& m_excluded;
    BringBackResult& m_result;
};

} // namespace offline
} // namespace ct

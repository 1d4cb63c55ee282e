// Bringing an offline copy's changes back, as store operations on the server (not as rows):
// the server's own merge, split and edit logic keeps its derived data (counts, full-text,
// window index, change feed, who and when) right, and its row versions catch colleagues'
// changes. Order: imports first (later steps may name their reports), then hand-made events,
// merges and splits, decisions, chosen dates, edits, deletions.
#include "store/offline/BringBack.h"

#include "store/EventStore.h"
#include "store/offline/OfflineApplier.h"
#include "store/offline/OfflineChanges.h"
#include "store/offline/OfflineCopy.h"

#include <algorithm>
#include <set>

namespace ct {
namespace {

// Every event of the server the analyst changed, with what they did to it.
std::map<std::int64_t, std::string> touchedOnServer(const OfflineChanges& changes) {
    std::map<std::int64_t, std::string> touched;
    for (const auto& m : changes.moves) {
        touched.emplace(m.fromEvent, m.toNewEvent ? "split" : "merged");
        if (!m.toNewEvent)
            touched.emplace(m.toEvent, "merged");
    }
    for (std::int64_t id : changes.editedEvents)
        touched[id] = "edited";
    for (std::int64_t id : changes.deletedEvents)
        touched[id] = "deleted";
    return touched;
}

} // namespace

Result<BringBackResult> bringBack(const std::string& file, Store& server,
                                  const BringBackOptions& options) {
    auto origin = readOfflineOrigin(file);
    if (!origin)
        return origin.error();
    if (origin->bringBackPending)
        return makeError(Error::Code::Conflict,
                         file + ": an earlier bring-back was interrupted before the copy was "
                                "re-based; its changes may already be on the server, and "
                                "bringing them again could apply them twice. Take a new offline "
                                "copy (the changes in this one are still readable in it)");
    auto changes = readOfflineChanges(file);
    if (!changes)
        return changes.error();
    auto copy = EventStore::open(file, Store::Mode::ReadOnly);
    if (!copy)
        return copy.error();

    BringBackResult result;
    result.notes = changes->unsupported;
    std::set<std::int64_t> excluded;
    bool undecided = false;
    for (const auto& [id, did] : touchedOnServer(*changes)) {
        const auto base = origin->versions.find(id);
        OfflineConflict conflict;
        conflict.eventId = id;
        conflict.mineDid = did;
        conflict.baseVersion = base == origin->versions.end() ? 0 : base->second;
        auto theirs = server.event(id);
        if (theirs)
            conflict.theirs = std::move(*theirs);
        else if (theirs.error().code != Error::Code::NotFound)
            return theirs.error();
        if (conflict.theirs && conflict.theirs->version == conflict.baseVersion)
            continue; // nobody else touched it
        if (auto mine = copy->event(id))
            conflict.mine = std::move(*mine);
        else if (mine.error().code != Error::Code::NotFound)
            return mine.error();
        const auto chosen = options.choices.find(id);
        const ConflictChoice choice =
            chosen == options.choices.end() ? options.onConflict : chosen->second;
        if (choice == ConflictChoice::Abort)
            undecided = true;
        else if (choice == ConflictChoice::Theirs) {
            excluded.insert(id);
            ++result.keptTheirs;
        } else if (!conflict.theirs) {
            // Mine cannot edit what is gone: recreating it would be a new event with a new id.
            excluded.insert(id);
            result.notes.push_back("event #" + std::to_string(id) +
                                   " was deleted on the server; your change to it was not applied");
        }
        result.conflicts.push_back(std::move(conflict));
    }
    if (undecided)
        return result; // nothing written
    if (changes->empty()) {
        result.applied = true;
        return result;
    }

    if (auto r = server.beginImportBatch(); !r)
        return r.error();
    offline::OfflineApplier applier(*copy, server, *changes, excluded, result);
    if (auto r = applier.run(); !r) {
        server.abandonImportBatch();
        return r.error();
    }
    // Marked before the commit: should the re-base below never happen, the next run must not
    // apply the same changes again (the server would hold them twice).
    if (auto r = markBringBackPending(file, true); !r) {
        server.abandonImportBatch();
        return r.error();
    }
    if (auto r = server.commitImportBatch(); !r) {
        // Left marked: a commit whose answer was lost with the connection may have happened.
        server.abandonImportBatch();
        return r.error();
    }
    result.applied = true;
    if (auto r = rebaseOfflineCopy(server, file, &result.rebasedIncrementally); r)
        result.rebased = true;
    else
        result.notes.push_back("the changes are on the server, but the copy could not be "
                               "re-based (" +
                               r.error().message +
                               "); take a new offline copy before editing further");
    return result;
}

} // namespace ct

#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <chrono>
#include <cstddef>

namespace ct {

// Groups the imports of many files into few transactions: each file still goes in whole or
// not at all (EventStore::addArticle takes a savepoint inside the batch), but the commit —
// whose full-text index flush was nine tenths of a one-file transaction's cost — happens once
// per batch. A batch ends after maxFiles files or maxAge, whichever comes first, so a crash
// loses at most that much work and readers see progress. Callers report files as stored only
// once the batch holding them has committed (committed() turns true).
//
// CT_IMPORT_BATCH_FILES=N (N ≥ 1) in the environment caps every batch at N files, whatever the
// caller asked: the kill tests (tst_crash_safety, tst_pg_crash_safety) pin a small batch so
// that their kills keep landing between commits of a long import, however fast the machine is.
// A file is whole or absent at any batch size; the cap only spaces the commits.
class ImportBatch {
  public:
    explicit ImportBatch(Store& store, std::size_t maxFiles = 1024,
                         std::chrono::milliseconds maxAge = std::chrono::milliseconds(1000));
    // The cap CT_IMPORT_BATCH_FILES sets, or `maxFiles` when it is not set (or not a number ≥ 1).
    static std::size_t cappedFiles(std::size_t maxFiles);
    ImportBatch(const ImportBatch&) = delete;
    ImportBatch& operator=(const ImportBatch&) = delete;
    ~ImportBatch(); // an unfinished batch rolls back

    // Before a file: opens a batch when none is open.
    Result<void> beforeFile();
    // After a file (imported or failed): commits when the batch is full or old. True when it
    // committed, so that the files since the last commit may be reported as stored.
    Result<bool> afterFile();
    // Commits what is open.
    Result<void> finish();

  private:
    Store& m_store;
    std::size_t m_maxFiles;
    std::chrono::milliseconds m_maxAge;
    std::size_t m_files = 0;
    std::chrono::steady_clock::time_point m_opened;
};

} // namespace ct

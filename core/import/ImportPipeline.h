#pragma once

#include "import/Importer.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ct {

// One input of an import: a file, or bytes already in memory (a fetched page, a dropped
// attachment).
struct ImportSource {
    std::filesystem::path path; // empty for bytes
    std::string bytes;
    std::string name; // the bytes' name in messages (and stored as the file name)
    ImportOptions options;
};

// Imports many files on two threads: a worker reads, parses and extracts the next files
// (Importer::prepare*, which never touch the store) while the caller's thread checks
// duplicates and stores the current one (Importer::store). Files come out in the order given,
// so event ids, merges and errors are those of importing them one by one; the caller keeps the
// transactions (ImportBatch) and reports, as before. The worker runs at most `ahead` files in
// front of the caller, so a folder of large PDFs does not fill the memory.
class ImportPipeline {
  public:
    ImportPipeline(const Importer& importer, std::vector<ImportSource> sources,
                   std::size_t ahead = 8);
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;
    ~ImportPipeline(); // stops the worker after the file it is preparing

    std::size_t size() const { return m_sources.size(); }
    // The next source, prepared; waits for the worker when it is not yet. After size() calls, an error.
    PreparedFile take();

  private:
    void run();

    const Importer& m_importer;
    const std::vector<ImportSource> m_sources;
    const std::size_t m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_changed; // a file prepared, taken, or the end asked for
    std::deque<PreparedFile> m_prepared;
    std::size_t m_taken = 0;
    bool m_stop = false;
    std::thread m_worker; // last: starts once the members above exist
};

} // namespace ct

#pragma once

#include "common/Result.h"
#include "extract/Gazetteer.h"
#include "store/EventStore.h"
#include "text/ArticleParser.h"

#include <filesystem>
#include <optional>
#include <string>

namespace ct {

struct ImportOptions {
    std::optional<Date> published;  // overrides what the text says
    std::size_t maxBytes = 4 * 1024 * 1024;
};

struct ImportReport {
    std::string fileName;
    std::int64_t articleId = 0;
    std::size_t eventCount = 0;
    bool duplicate = false;
    Date published;
    std::string title;
};

// What the import dialog shows before importing: the detected date, if any.
struct ArticlePreview {
    std::string fileName;
    std::string title;
    std::optional<Date> published;
    std::string publishedEvidence;
    std::string problem;  // why no date was found
};

// Where an importer's time went, summed over its imports (milliseconds): what the benchmark
// compares with a bare insert loop, and where to look first when imports are slow.
struct ImportPhaseTimes {
    double readMs = 0;    // reading and validating the file
    double hashMs = 0;    // content hash and the duplicate check
    double parseMs = 0;   // ArticleParser
    double extractMs = 0; // EventExtractor
    double storeMs = 0;   // EventStore::addArticle: the insert phase
};

// File → parsed article → events → store, one transaction per file. A failure
// at any step leaves the database as it was.
class Importer {
public:
    Importer(EventStore& store, const Gazetteer& gazetteer);

    Result<ArticlePreview> preview(const std::filesystem::path& path,
                                   std::size_t maxBytes = 4 * 1024 * 1024) const;
    Result<ImportReport> importFile(const std::filesystem::path& path,
                                    const ImportOptions& options = {});
    Result<ImportReport> importText(std::string text, const std::string& name,
                                    const ImportOptions& options = {});
    const ImportPhaseTimes& phaseTimes() const { return m_times; }

private:
    Result<ImportReport> importValidText(std::string text, const std::string& displayName,
                                         const std::string& fileName,
                                         const ImportOptions& options);

    EventStore& m_store;
    const Gazetteer& m_gazetteer;
    ImportPhaseTimes m_times;
};

} // namespace ct

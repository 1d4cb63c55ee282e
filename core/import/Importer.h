#pragma once

#include "common/Result.h"
#include "extract/Gazetteer.h"
#include "formats/ArticleReaders.h"
#include "model/Event.h"
#include "store/Store.h"
#include "text/ArticleParser.h"

#include <filesystem>
#include <optional>
#include <string>

namespace ct {

struct ImportOptions {
    std::optional<Date> published;               // overrides what the text says
    std::size_t maxBytes = 4 * 1024 * 1024;      // a text file, and each article's clean text
    std::size_t maxFileBytes = 32 * 1024 * 1024; // a PDF, DOCX, ODT, e-mail or web page file
    std::string url = {}; // where the bytes were fetched from: stored as the article's URL
};

struct ImportReport {
    std::string fileName;
    std::int64_t articleId = 0;
    std::size_t eventCount = 0;
    bool duplicate = false;
    Date published;
    std::string title;
    // A file may hold several articles (a newsletter): the fields above describe the first,
    // eventCount counts all; duplicate means every one was already stored.
    std::size_t articleCount = 0;
    std::vector<std::int64_t> articleIds;
    std::string format; // the reader that read it: "text", "PDF", …
    std::string outlet;
    std::string url;
};

// What the import dialog shows before importing: the detected date, if any.
struct ArticlePreview {
    std::string fileName;
    std::string title;
    std::optional<Date> published;
    std::string publishedEvidence;
    std::string problem; // why no date was found
    std::string format;
    std::string outlet;
    std::string author;
    std::string url;
    std::size_t articleCount = 1;
    // A date the file hints at but does not state (a PDF's creation date): offered, never
    // used without the user's say-so.
    std::optional<Date> suggestedPublished;
    std::string suggestedEvidence;
};

// Where an importer's time went, summed over its imports (milliseconds): what the benchmark
// compares with a bare insert loop, and where to look first when imports are slow.
struct ImportPhaseTimes {
    double readMs = 0;    // reading the file and the format reader
    double hashMs = 0;    // content hash and the duplicate check
    double parseMs = 0;   // ArticleParser
    double extractMs = 0; // EventExtractor
    double storeMs = 0;   // EventStore::addArticle: the insert phase
};

// One article of a file, read and hashed; parsed and its events extracted either ahead of time
// (ImportPipeline, on a worker thread) or by Importer::store after the duplicate check.
struct PreparedArticle {
    ReadArticle read;
    std::string hash;
    std::optional<ParsedArticle> parsed;
    std::optional<std::vector<Event>> events;
    std::vector<story::SentenceText> texts; // per event: for Store::addArticle
};

// Everything of a file's import that does not touch the store: a worker thread can do it for
// the next files while the store writes this one. Importer::store finishes it.
struct PreparedFile {
    std::string displayName; // in messages: the path, or the bytes' name
    std::string fileName;    // stored with the article
    ImportOptions options;
    std::optional<Error> error; // the file could not be read: nothing to store
    std::vector<PreparedArticle> articles;
    ImportPhaseTimes times; // spent preparing it
};

// File → format reader (ArticleReaders) → clean text → parsed article → events → store, one
// transaction per article. A failure at any step leaves the article's database state as it was.
// What the reader says about the article (title, date, outlet, author, URL) overrides what
// ArticleParser finds in the clean text, except a date given in the options.
class Importer {
  public:
    Importer(Store& store, const Gazetteer& gazetteer,
             const ArticleReaders& readers = ArticleReaders::standard());

    Result<ArticlePreview> preview(const std::filesystem::path& path,
                                   std::size_t maxBytes = 4 * 1024 * 1024) const;
    // The same for bytes in memory (a fetched URL, the clipboard); `name` is used in messages.
    Result<ArticlePreview> previewBytes(std::string_view bytes, const std::string& name,
                                        const ImportOptions& options = {}) const;
    Result<ImportReport> importFile(const std::filesystem::path& path,
                                    const ImportOptions& options = {});
    // Bytes of any registered format (chosen by content, then by `name`'s extension).
    Result<ImportReport> importBytes(std::string_view bytes, const std::string& name,
                                     const ImportOptions& options = {});
    // Plain text only, under the text input policy.
    Result<ImportReport> importText(std::string text, const std::string& name,
                                    const ImportOptions& options = {});
    const ImportPhaseTimes& phaseTimes() const { return m_times; }

    // The two halves of importFile/importBytes. prepare* never touch the store and may run on
    // another thread than store() (they read only the gazetteer and the readers); with
    // `ahead`, they also parse and extract, which a duplicate then did for nothing.
    PreparedFile prepareFile(const std::filesystem::path& path, const ImportOptions& options,
                             bool ahead) const;
    PreparedFile prepareBytes(std::string_view bytes, const std::string& name,
                              const ImportOptions& options, bool ahead) const;
    // Checks for duplicates and stores each article (one savepoint or transaction each), with
    // the same results and errors as importFile/importBytes.
    Result<ImportReport> store(PreparedFile file);

  private:
    Result<std::vector<ReadArticle>> readBytes(std::string_view bytes, const std::string& name,
                                               const ImportOptions& options) const;
    void prepareArticles(PreparedFile& file, Result<std::vector<ReadArticle>> read,
                         bool ahead) const;
    void parseAndExtract(PreparedArticle& article, const ImportOptions& options,
                         ImportPhaseTimes& times) const;
    Result<ImportReport> storeOne(PreparedArticle prepared, const std::string& displayName,
                                  const std::string& fileName, const ImportOptions& options);

    Store& m_store;
    const Gazetteer& m_gazetteer;
    const ArticleReaders& m_readers;
    ImportPhaseTimes m_times;
};

} // namespace ct

#include "import/Importer.h"

#include "common/Sha256.h"
#include "extract/EventExtractor.h"
#include "formats/TextArticleReader.h"
#include "text/ArticleFile.h"

#include <algorithm>
#include <chrono>

namespace ct {

namespace {

// Adds the time from construction to destruction to `total`.
class PhaseTimer {
  public:
    explicit PhaseTimer(double& total) : m_total(total), m_start(Clock::now()) {}
    ~PhaseTimer() {
        m_total += std::chrono::duration<double, std::milli>(Clock::now() - m_start).count();
    }
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;

  private:
    using Clock = std::chrono::steady_clock;
    double& m_total;
    Clock::time_point m_start;
};

} // namespace

namespace {

std::string describeSuggestion(const std::optional<Date>& date, const std::string& evidence) {
    if (!date)
        return {};
    return " (the file suggests " + toIso(*date) + " from its " + evidence +
           "; confirm it in the import dialog or give it)";
}

} // namespace

Importer::Importer(Store& store, const Gazetteer& gazetteer, const ArticleReaders& readers)
    : m_store(store), m_gazetteer(gazetteer), m_readers(readers) {}

Result<std::vector<ReadArticle>> Importer::readBytes(std::string_view bytes,
                                                     const std::string& name,
                                                     const ImportOptions& options) const {
    const ArticleReader* reader = m_readers.choose(bytes, name);
    if (!reader || reader->name() == "text") {
        // Plain text keeps its own (smaller) size limit and the caller's.
        return TextArticleReader(options.maxBytes).read(bytes, name);
    }
    if (bytes.size() > options.maxFileBytes)
        return makeError(Error::Code::InvalidInput,
                         name + ": file is " + std::to_string(bytes.size()) +
                             " bytes, over the size limit of " +
                             ArticleFile::describeSize(options.maxFileBytes) + " per " +
                             std::string(reader->name()) + " file");
    // A reader's library may throw on a file it cannot cope with (an allocation, a date out
    // of range); that is a refused file, never a crashed import.
    auto articles = [&]() -> Result<std::vector<ReadArticle>> {
        try {
            return reader->read(bytes, name);
        } catch (const std::exception& e) {
            return makeError(Error::Code::InvalidInput, name + ": cannot be read as " +
                                                            std::string(reader->name()) + " (" +
                                                            e.what() + ")");
        }
    }();
    if (!articles)
        return articles.error();
    if (articles->empty())
        return makeError(Error::Code::InvalidInput, name + ": no article text found");
    for (const ReadArticle& article : *articles)
        if (article.text.size() > options.maxBytes)
            return makeError(Error::Code::InvalidInput,
                             name + ": the article text is " + std::to_string(article.text.size()) +
                                 " bytes, over the size limit of " +
                                 ArticleFile::describeSize(options.maxBytes) + " per article");
    return articles;
}

Result<ArticlePreview> Importer::preview(const std::filesystem::path& path,
                                         std::size_t maxBytes) const {
    ImportOptions options;
    options.maxBytes = maxBytes;
    auto bytes = ArticleFile::readBytes(path, std::max(maxBytes, options.maxFileBytes));
    if (!bytes)
        return bytes.error();
    auto preview = previewBytes(*bytes, path.string(), options);
    if (preview)
        preview->fileName = path.filename().string();
    return preview;
}

Result<ArticlePreview> Importer::previewBytes(std::string_view bytes, const std::string& name,
                                              const ImportOptions& options) const {
    auto read = readBytes(bytes, name, options);
    if (!read)
        return read.error();
    const ReadArticle& first = read->front();
    const ParsedArticle parsed = ArticleParser::parse(first.text);
    ArticlePreview preview;
    preview.fileName = name;
    preview.format = first.format;
    preview.title = first.title.empty() ? parsed.title : first.title;
    if (first.published) {
        preview.published = first.published;
        preview.publishedEvidence = first.publishedEvidence;
    } else {
        preview.published = parsed.published;
        preview.publishedEvidence = parsed.publishedEvidence;
        preview.problem = parsed.publishedProblem;
    }
    preview.outlet = first.outlet.empty() ? parsed.source : first.outlet;
    preview.author = first.author;
    preview.url = options.url.empty() ? first.url : options.url;
    preview.articleCount = read->size();
    preview.suggestedPublished = first.suggestedPublished;
    preview.suggestedEvidence = first.suggestedEvidence;
    return preview;
}

Result<ImportReport> Importer::importFile(const std::filesystem::path& path,
                                          const ImportOptions& options) {
    auto articles = [&]() -> Result<std::vector<ReadArticle>> {
        PhaseTimer timer(m_times.readMs);
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > std::max(options.maxBytes, options.maxFileBytes))
            return makeError(Error::Code::InvalidInput,
                             path.string() + ": file is " + std::to_string(size) +
                                 " bytes, over the size limit of " +
                                 ArticleFile::describeSize(options.maxFileBytes) + " per file (" +
                                 ArticleFile::describeSize(options.maxBytes) + " for text)");
        auto bytes = ArticleFile::readBytes(path, std::max(options.maxBytes, options.maxFileBytes));
        if (!bytes)
            return bytes.error();
        return readBytes(*bytes, path.string(), options);
    }();
    if (!articles)
        return articles.error();
    return importRead(std::move(*articles), path.string(), path.filename().string(), options);
}

Result<ImportReport> Importer::importBytes(std::string_view bytes, const std::string& name,
                                           const ImportOptions& options) {
    auto articles = [&] {
        PhaseTimer timer(m_times.readMs);
        return readBytes(bytes, name, options);
    }();
    if (!articles)
        return articles.error();
    return importRead(std::move(*articles), name, name, options);
}

Result<ImportReport> Importer::importText(std::string text, const std::string& name,
                                          const ImportOptions& options) {
    auto read = TextArticleReader(options.maxBytes).read(text, name);
    if (!read)
        return read.error();
    return importRead(std::move(*read), name, name, options);
}

Result<ImportReport> Importer::importRead(std::vector<ReadArticle> articles,
                                          const std::string& displayName,
                                          const std::string& fileName,
                                          const ImportOptions& options) {
    ImportReport total;
    total.fileName = fileName;
    total.duplicate = true;
    const std::size_t count = articles.size();
    for (std::size_t i = 0; i < count; ++i) {
        // One transaction per article: a newsletter's stories are stored one by one.
        const std::string name = count > 1 ? displayName + " (story " + std::to_string(i + 1) +
                                                 " of " + std::to_string(count) + ")"
                                           : displayName;
        auto one = importOne(std::move(articles[i]), name, fileName, options);
        if (!one) {
            if (i == 0)
                return one.error();
            return makeError(one.error().code, one.error().message + "; the " + std::to_string(i) +
                                                   " stories before it were imported");
        }
        if (i == 0) {
            total.articleId = one->articleId;
            total.published = one->published;
            total.title = one->title;
            total.format = one->format;
            total.outlet = one->outlet;
            total.url = one->url;
        }
        total.eventCount += one->eventCount;
        total.duplicate = total.duplicate && one->duplicate;
        // A story already stored (a newsletter repeating yesterday's item) is not a new article.
        if (!one->duplicate) {
            total.articleIds.push_back(one->articleId);
            ++total.articleCount;
        }
    }
    return total;
}

Result<ImportReport> Importer::importOne(ReadArticle read, const std::string& displayName,
                                         const std::string& fileName,
                                         const ImportOptions& options) {
    ImportReport report;
    report.fileName = fileName;
    report.format = read.format;
    report.url = options.url.empty() ? read.url : options.url;
    std::string text = std::move(read.text);

    // Hash the clean text: the same article imported twice, under any name, is
    // one article. Checking before extraction keeps re-imports cheap.
    std::optional<PhaseTimer> timer(std::in_place, m_times.hashMs);
    const std::string hash = sha256Hex(text);
    auto existing = m_store.findArticleByHash(hash);
    timer.reset();
    if (!existing)
        return makeError(existing.error().code, displayName + ": " + existing.error().message);
    if (existing->has_value()) {
        report.duplicate = true;
        report.articleId = **existing;
        return report;
    }

    timer.emplace(m_times.parseMs);
    const ParsedArticle parsed = ArticleParser::parse(text);
    timer.reset();
    // The options' date beats what the file states, which beats what the parser finds; a
    // suggested date (a PDF's creation date) is never taken here.
    const std::optional<Date> published =
        options.published ? options.published
                          : (read.published ? read.published : parsed.published);
    if (!published) {
        std::string why = parsed.publishedProblem.empty() ? "no publication date found in the text"
                                                          : parsed.publishedProblem;
        return makeError(Error::Code::InvalidInput,
                         displayName + ": " + why +
                             describeSuggestion(read.suggestedPublished, read.suggestedEvidence) +
                             "; give it explicitly (command line: --published YYYY-MM-DD)");
    }

    timer.emplace(m_times.extractMs);
    std::vector<Event> events = EventExtractor(m_gazetteer).extract(parsed, *published);
    timer.reset();

    Article article;
    article.contentHash = hash;
    article.title = read.title.empty() ? parsed.title : read.title;
    article.lede = parsed.lede;
    article.source = read.outlet.empty() ? parsed.source : read.outlet;
    article.author = read.author;
    article.url = report.url;
    article.format = read.format.empty() ? "text" : read.format;
    article.fileName = fileName;
    article.tags = parsed.tags;
    article.published = *published;
    article.text = std::move(text);

    timer.emplace(m_times.storeMs);
    auto stored = m_store.addArticle(article, events);
    timer.reset();
    if (!stored) {
        if (stored.error().code == Error::Code::Duplicate) {
            // Another writer stored the same text between our check and now.
            report.duplicate = true;
            return report;
        }
        return makeError(stored.error().code, displayName + ": " + stored.error().message);
    }
    report.articleId = *stored;
    report.eventCount = events.size();
    report.published = *published;
    report.title = article.title;
    report.outlet = article.source;
    return report;
}

} // namespace ct

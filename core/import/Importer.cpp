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

namespace {

void addTimes(ImportPhaseTimes& total, const ImportPhaseTimes& more) {
    total.readMs += more.readMs;
    total.hashMs += more.hashMs;
    total.parseMs += more.parseMs;
    total.extractMs += more.extractMs;
    total.storeMs += more.storeMs;
}

// The options' date beats what the file states, which beats what the parser finds; a
// suggested date (a PDF's creation date) is never taken here.
std::optional<Date> publishedOf(const PreparedArticle& article, const ImportOptions& options) {
    if (options.published)
        return options.published;
    if (article.read.published)
        return article.read.published;
    return article.parsed ? article.parsed->published : std::nullopt;
}

} // namespace

PreparedFile Importer::prepareFile(const std::filesystem::path& path,
                                   const ImportOptions& options, bool ahead) const {
    PreparedFile file;
    file.displayName = path.string();
    file.fileName = path.filename().string();
    file.options = options;
    auto articles = [&]() -> Result<std::vector<ReadArticle>> {
        PhaseTimer timer(file.times.readMs);
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
    prepareArticles(file, std::move(articles), ahead);
    return file;
}

PreparedFile Importer::prepareBytes(std::string_view bytes, const std::string& name,
                                    const ImportOptions& options, bool ahead) const {
    PreparedFile file;
    file.displayName = name;
    file.fileName = name;
    file.options = options;
    auto articles = [&] {
        PhaseTimer timer(file.times.readMs);
        return readBytes(bytes, name, options);
    }();
    prepareArticles(file, std::move(articles), ahead);
    return file;
}

void Importer::prepareArticles(PreparedFile& file, Result<std::vector<ReadArticle>> read,
                               bool ahead) const {
    if (!read) {
        file.error = read.error();
        return;
    }
    file.articles.reserve(read->size());
    for (ReadArticle& one : *read) {
        PreparedArticle article;
        {
            // Hash the clean text: the same article imported twice, under any name, is one
            // article.
            PhaseTimer timer(file.times.hashMs);
            article.hash = sha256Hex(one.text);
        }
        article.read = std::move(one);
        if (ahead)
            parseAndExtract(article, file.options, file.times);
        file.articles.push_back(std::move(article));
    }
}

void Importer::parseAndExtract(PreparedArticle& article, const ImportOptions& options,
                               ImportPhaseTimes& times) const {
    if (!article.parsed) {
        PhaseTimer timer(times.parseMs);
        article.parsed = ArticleParser::parse(article.read.text);
    }
    if (article.events)
        return;
    const std::optional<Date> published = publishedOf(article, options);
    if (!published)
        return; // store() refuses the article, saying why
    PhaseTimer timer(times.extractMs);
    article.events = EventExtractor(m_gazetteer).extract(*article.parsed, *published);
    article.texts = story::sentenceTextsOf(*article.events);
}

Result<ImportReport> Importer::importFile(const std::filesystem::path& path,
                                          const ImportOptions& options) {
    return store(prepareFile(path, options, false));
}

Result<ImportReport> Importer::importBytes(std::string_view bytes, const std::string& name,
                                           const ImportOptions& options) {
    return store(prepareBytes(bytes, name, options, false));
}

Result<ImportReport> Importer::importText(std::string text, const std::string& name,
                                          const ImportOptions& options) {
    PreparedFile file;
    file.displayName = name;
    file.fileName = name;
    file.options = options;
    prepareArticles(file, TextArticleReader(options.maxBytes).read(text, name), false);
    return store(std::move(file));
}

Result<ImportReport> Importer::store(PreparedFile file) {
    addTimes(m_times, file.times);
    if (file.error)
        return *file.error;
    ImportReport total;
    total.fileName = file.fileName;
    total.duplicate = true;
    const std::size_t count = file.articles.size();
    for (std::size_t i = 0; i < count; ++i) {
        // One transaction per article: a newsletter's stories are stored one by one.
        const std::string name = count > 1 ? file.displayName + " (story " +
                                                 std::to_string(i + 1) + " of " +
                                                 std::to_string(count) + ")"
                                           : file.displayName;
        auto one = storeOne(std::move(file.articles[i]), name, file.fileName, file.options);
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

Result<ImportReport> Importer::storeOne(PreparedArticle prepared, const std::string& displayName,
                                        const std::string& fileName,
                                        const ImportOptions& options) {
    const ReadArticle& read = prepared.read;
    ImportReport report;
    report.fileName = fileName;
    report.format = read.format;
    report.url = options.url.empty() ? read.url : options.url;

    // Checking before extraction keeps re-imports cheap (unless the pipeline extracted ahead).
    std::optional<PhaseTimer> timer(std::in_place, m_times.hashMs);
    auto existing = m_store.findArticleByHash(prepared.hash);
    timer.reset();
    if (!existing)
        return makeError(existing.error().code, displayName + ": " + existing.error().message);
    if (existing->has_value()) {
        report.duplicate = true;
        report.articleId = **existing;
        return report;
    }

    parseAndExtract(prepared, options, m_times);
    const ParsedArticle& parsed = *prepared.parsed;
    const std::optional<Date> published = publishedOf(prepared, options);
    if (!published) {
        std::string why = parsed.publishedProblem.empty() ? "no publication date found in the text"
                                                          : parsed.publishedProblem;
        return makeError(Error::Code::InvalidInput,
                         displayName + ": " + why +
                             describeSuggestion(read.suggestedPublished, read.suggestedEvidence) +
                             "; give it explicitly (command line: --published YYYY-MM-DD)");
    }
    std::vector<Event> events = std::move(*prepared.events);

    Article article;
    article.contentHash = prepared.hash;
    article.title = read.title.empty() ? parsed.title : read.title;
    article.lede = parsed.lede;
    article.source = read.outlet.empty() ? parsed.source : read.outlet;
    article.author = read.author;
    article.url = report.url;
    article.format = read.format.empty() ? "text" : read.format;
    article.fileName = fileName;
    article.tags = parsed.tags;
    article.published = *published;
    article.text = std::move(prepared.read.text);

    timer.emplace(m_times.storeMs);
    auto stored = m_store.addArticle(article, events, prepared.texts);
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

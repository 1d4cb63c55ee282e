#include "import/Importer.h"

#include "common/Sha256.h"
#include "extract/EventExtractor.h"
#include "text/ArticleFile.h"

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

Importer::Importer(EventStore& store, const Gazetteer& gazetteer)
    : m_store(store), m_gazetteer(gazetteer) {}

Result<ArticlePreview> Importer::preview(const std::filesystem::path& path,
                                         std::size_t maxBytes) const {
    auto text = ArticleFile::read(path, maxBytes);
    if (!text)
        return text.error();
    const ParsedArticle parsed = ArticleParser::parse(*text);
    ArticlePreview preview;
    preview.fileName = path.filename().string();
    preview.title = parsed.title;
    preview.published = parsed.published;
    preview.publishedEvidence = parsed.publishedEvidence;
    preview.problem = parsed.publishedProblem;
    return preview;
}

Result<ImportReport> Importer::importFile(const std::filesystem::path& path,
                                          const ImportOptions& options) {
    auto text = [&] {
        PhaseTimer timer(m_times.readMs);
        return ArticleFile::read(path, options.maxBytes);
    }();
    if (!text)
        return text.error();
    return importValidText(std::move(*text), path.string(), path.filename().string(), options);
}

Result<ImportReport> Importer::importText(std::string text, const std::string& name,
                                          const ImportOptions& options) {
    auto valid = ArticleFile::validate(std::move(text), name, options.maxBytes);
    if (!valid)
        return valid.error();
    return importValidText(std::move(*valid), name, name, options);
}

Result<ImportReport> Importer::importValidText(std::string text, const std::string& displayName,
                                               const std::string& fileName,
                                               const ImportOptions& options) {
    ImportReport report;
    report.fileName = fileName;

    // Hash the verbatim text: the same file imported twice, under any name, is
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
    const std::optional<Date> published = options.published ? options.published : parsed.published;
    if (!published) {
        std::string why = parsed.publishedProblem.empty()
                              ? "no publication date found in the text"
                              : parsed.publishedProblem;
        return makeError(Error::Code::InvalidInput,
                         displayName + ": " + why +
                             "; give it explicitly (command line: --published YYYY-MM-DD)");
    }

    timer.emplace(m_times.extractMs);
    std::vector<Event> events = EventExtractor(m_gazetteer).extract(parsed, *published);
    timer.reset();

    Article article;
    article.contentHash = hash;
    article.title = parsed.title;
    article.lede = parsed.lede;
    article.source = parsed.source;
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
    return report;
}

} // namespace ct

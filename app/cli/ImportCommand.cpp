#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "import/ImportBatch.h"
#include "import/ImportPipeline.h"
#include "import/Importer.h"
#include "net/UrlFetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <optional>

namespace ct::cli {
namespace {

// lupdate files a free tr() in namespace ct::cli under the context "ct::cli"; the lookup
// must use the same context or the translation is never found.
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("ct::cli", text, nullptr, n);
}

// A folder stands for the article files directly inside it, in name order, so
// that a whole download folder can be imported in one go.
QStringList expandInputs(const QStringList& inputs) {
    QStringList files;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            const QStringList names = QDir(input).entryList(
                {QStringLiteral("*.txt"), QStringLiteral("*.text"), QStringLiteral("*.html"),
                 QStringLiteral("*.htm"), QStringLiteral("*.xhtml"), QStringLiteral("*.mhtml"),
                 QStringLiteral("*.pdf"), QStringLiteral("*.docx"), QStringLiteral("*.odt"),
                 QStringLiteral("*.eml")},
                QDir::Files, QDir::Name);
            if (names.isEmpty()) {
                files << input; // reported as "a directory with no article files"
                continue;
            }
            for (const QString& name : names)
                files << QDir(input).filePath(name);
        } else {
            files << input; // a file, or a URL to fetch
        }
    }
    return files;
}

} // namespace

int runImportCommand(const QStringList& arguments) {
    CliContext cli(QStringLiteral("import"),
                   tr("Imports news articles (text, web pages, PDF, Word, OpenDocument and e-mail "
                      "files, folders of them, or http(s):// URLs) into the database; each article "
                      "is stored whole or not at all, and each event found joins the stored event "
                      "it reports, if any. The database is created if missing."));
    const QCommandLineOption publishedOption(
        QStringLiteral("published"),
        tr("Publication date of the articles, when the text does not carry one."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption gazetteerOption(
        QStringLiteral("gazetteer"), tr("Use this gazetteer (TSV) instead of the bundled one."),
        tr("FILE"));
    cli.parser().addOption(publishedOption);
    cli.parser().addOption(gazetteerOption);
    cli.addAnalystOption();
    cli.parser().addPositionalArgument(QStringLiteral("articles"),
                                       tr("Article files, folders or URLs."), tr("ARTICLE..."));
    if (const auto stop = cli.parse(arguments))
        return *stop;
    const QStringList inputs = cli.parser().positionalArguments();
    if (inputs.isEmpty()) {
        CliContext::err(tr("crisis-timeline import: name at least one article file"));
        return 2;
    }

    const auto published = cli.dateOption(publishedOption);
    if (!published) {
        CliContext::err(QStringLiteral("crisis-timeline import: ") +
                        QString::fromStdString(published.error().message));
        return 2;
    }
    auto gazetteer = cli.loadGazetteer(cli.parser().value(gazetteerOption));
    if (!gazetteer) {
        CliContext::err(QString::fromStdString(gazetteer.error().message));
        return 2;
    }
    auto store = cli.openStore(Store::Mode::ReadWriteCreate);
    if (!store) {
        CliContext::err(QString::fromStdString(store.error().message));
        return 2;
    }

    Importer importer(**store, *gazetteer);
    ImportOptions options;
    options.published = *published;
    int failures = 0;
    // Files of the open batch are reported once it commits: until then they are not stored.
    QList<QPair<QString, QString>> pending; // file, what to say once stored
    ImportBatch batch(**store);
    const auto batchFailed = [&](const Error& error) {
        for (const auto& [file, line] : std::as_const(pending))
            CliContext::err(tr("%1: error: %2").arg(file, QString::fromStdString(error.message)));
        failures += int(pending.size());
        pending.clear();
    };
    ui::UrlFetcher fetcher;
    const QStringList files = expandInputs(inputs);
    // Files are read and their events extracted on a worker thread while this one stores the
    // files before them; URLs are fetched here, in their turn.
    std::vector<ImportSource> sources;
    for (const QString& file : files)
        if (!ui::UrlFetcher::looksLikeUrl(file))
            sources.push_back({std::filesystem::path(file.toStdString()), {}, {}, options});
    ImportPipeline pipeline(importer, std::move(sources));
    for (const QString& file : files) {
        // A URL is fetched before the batch's transaction is touched: a slow server must not
        // hold the database's write lock.
        std::optional<ui::FetchResult> fetched;
        if (ui::UrlFetcher::looksLikeUrl(file)) {
            fetched = fetcher.fetchNow(QUrl(file));
            if (!fetched->ok()) {
                ++failures;
                CliContext::err(tr("%1: error: %2").arg(file, fetched->error));
                continue;
            }
        }
        if (auto open = batch.beforeFile(); !open) {
            CliContext::err(QString::fromStdString(open.error().message));
            return 1;
        }
        auto report = [&]() -> Result<ImportReport> {
            if (!fetched)
                return importer.store(pipeline.take());
            ImportOptions fromUrl = options;
            fromUrl.url = fetched->finalUrl.toString().toStdString();
            return importer.importBytes(
                std::string_view(fetched->body.constData(), std::size_t(fetched->body.size())),
                file.toStdString(), fromUrl);
        }();
        if (!report) {
            ++failures;
            CliContext::err(
                tr("%1: error: %2").arg(file, QString::fromStdString(report.error().message)));
        } else if (report->duplicate) {
            pending.append({file, tr("%1: duplicate, already stored as article %2")
                                      .arg(file)
                                      .arg(report->articleId)});
        } else {
            QString line = tr("%1: %n event(s), published %2, article %3", int(report->eventCount))
                               .arg(file, QString::fromStdString(toIso(report->published)))
                               .arg(report->articleId);
            if (report->articleCount > 1)
                line += tr(" (%n article(s): one per story)", int(report->articleCount));
            if (report->format != "text")
                line += QStringLiteral(" [%1]").arg(QString::fromStdString(report->format));
            pending.append({file, line});
        }
        const auto committed = batch.afterFile();
        if (!committed) {
            batchFailed(committed.error());
            continue;
        }
        if (*committed) {
            for (const auto& entry : std::as_const(pending))
                CliContext::out(entry.second);
            pending.clear();
        }
    }
    if (auto done = batch.finish(); !done)
        batchFailed(done.error());
    for (const auto& entry : std::as_const(pending))
        CliContext::out(entry.second);
    return failures ? 1 : 0;
}

} // namespace ct::cli

#include "dialogs/ImportWorker.h"

#include "document/QtConvert.h"
#include "document/StoreOpener.h"
#include "import/ImportBatch.h"
#include "import/ImportPipeline.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <utility>

namespace ct::ui {

ImportWorker::ImportWorker(QString databasePath, Gazetteer gazetteer, std::vector<ImportJob> jobs)
    : m_databasePath(std::move(databasePath)), m_gazetteer(std::move(gazetteer)),
      m_jobs(std::move(jobs)) {}

void ImportWorker::run() {
    // A connection of its own (SQLite connections are never shared between threads; a server
    // story gets a session of its own, so the import commits apart from the window's reads).
    auto store = StoreOpener::open(m_databasePath, Store::Mode::ReadWrite);
    if (!store) {
        for (int i = 0; i < int(m_jobs.size()); ++i)
            emit fileFinished(i, {ImportOutcome::Status::Failed, 0, errorText(store.error())});
        emit finished(false);
        return;
    }
    Importer importer(**store, m_gazetteer);
    // Many files share a transaction (each in its own savepoint); their outcomes are told once
    // it commits, so the dialog never says "imported" for a file a crash could still lose.
    ImportBatch batch(**store, 32, std::chrono::milliseconds(200));
    // Files are read and their events extracted on a worker thread of the pipeline while this
    // one stores the files before them.
    std::vector<ImportSource> sources;
    sources.reserve(m_jobs.size());
    for (const ImportJob& job : m_jobs) {
        ImportSource source;
        source.options.published = job.published;
        source.options.url = job.url.toStdString();
        if (job.path.isEmpty()) {
            source.bytes.assign(job.bytes.constData(), std::size_t(job.bytes.size()));
            source.name = job.name.toStdString();
        } else {
            source.path = std::filesystem::path(job.path.toStdString());
        }
        sources.push_back(std::move(source));
    }
    ImportPipeline pipeline(importer, std::move(sources));
    std::vector<std::pair<int, ImportOutcome>> pending;
    const auto flush = [&](const Result<void>& committed) {
        for (auto& [index, outcome] : pending) {
            if (!committed && outcome.status != ImportOutcome::Status::Failed)
                outcome = {ImportOutcome::Status::Failed, 0, errorText(committed.error())};
            emit fileFinished(index, outcome);
        }
        pending.clear();
    };
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_cancel) {
            flush(batch.finish());
            for (int rest = i; rest < int(m_jobs.size()); ++rest)
                emit fileFinished(rest, {ImportOutcome::Status::Cancelled, 0, {}});
            emit finished(true);
            return;
        }
        emit fileStarted(i);
        PreparedFile prepared = pipeline.take();
        ImportOutcome outcome;
        if (auto open = batch.beforeFile(); !open) {
            outcome = {ImportOutcome::Status::Failed, 0, errorText(open.error())};
            emit fileFinished(i, outcome);
            continue;
        }
        const auto report = importer.store(std::move(prepared));
        if (!report) {
            outcome.status = ImportOutcome::Status::Failed;
            outcome.message = errorText(report.error());
        } else if (report->duplicate) {
            outcome.status = ImportOutcome::Status::Duplicate;
        } else {
            outcome.status = ImportOutcome::Status::Imported;
            outcome.eventCount = int(report->eventCount);
            outcome.articleCount = int(report->articleCount);
        }
        pending.emplace_back(i, outcome);
        const auto committed = batch.afterFile();
        if (!committed)
            flush(committed.error());
        else if (*committed)
            flush({});
    }
    flush(batch.finish());
    emit finished(false);
}

} // namespace ct::ui

#include "dialogs/ImportWorker.h"

#include "document/QtConvert.h"
#include "import/Importer.h"
#include "store/EventStore.h"

namespace ct::ui {

ImportWorker::ImportWorker(QString databasePath, Gazetteer gazetteer, std::vector<ImportJob> jobs)
    : m_databasePath(std::move(databasePath)), m_gazetteer(std::move(gazetteer)),
      m_jobs(std::move(jobs)) {}

void ImportWorker::run() {
    auto store = EventStore::open(std::filesystem::path(m_databasePath.toStdString()),
                                  EventStore::Mode::ReadWrite);
    if (!store) {
        for (int i = 0; i < int(m_jobs.size()); ++i)
            emit fileFinished(i, {ImportOutcome::Status::Failed, 0, errorText(store.error())});
        emit finished(false);
        return;
    }
    Importer importer(*store, m_gazetteer);
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_cancel) {
            for (int rest = i; rest < int(m_jobs.size()); ++rest)
                emit fileFinished(rest, {ImportOutcome::Status::Cancelled, 0, {}});
            emit finished(true);
            return;
        }
        emit fileStarted(i);
        const ImportJob& job = m_jobs[std::size_t(i)];
        ImportOptions options;
        options.published = job.published;
        options.url = job.url.toStdString();
        const auto report =
            job.path.isEmpty()
                ? importer.importBytes(
                      std::string_view(job.bytes.constData(), std::size_t(job.bytes.size())),
                      job.name.toStdString(), options)
                : importer.importFile(std::filesystem::path(job.path.toStdString()), options);
        ImportOutcome outcome;
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
        emit fileFinished(i, outcome);
    }
    emit finished(false);
}

} // namespace ct::ui

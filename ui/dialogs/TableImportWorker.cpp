#include "dialogs/TableImportWorker.h"

#include "document/StoreOpener.h"
#include "interchange_qt/TableFile.h"
#include "store/Store.h"

namespace ct::ui {

TableImportWorker::TableImportWorker(Job job, QObject* parent)
    : QObject(parent), m_job(std::move(job)) {}

void TableImportWorker::run() {
    const TablePreset* preset =
        m_job.presetName.empty() ? nullptr : findTablePreset(m_job.presetName);
    auto file = TableFile::open(m_job.file.toStdString(), preset);
    if (!file) {
        emit finished(false, QString::fromStdString(file.error().message), 0, {});
        return;
    }
    auto store = StoreOpener::open(m_job.database, Store::Mode::ReadWrite);
    if (!store) {
        emit finished(false, QString::fromStdString(store.error().message), 0, {});
        return;
    }
    TableImporter importer(m_job.mapping, m_job.options, preset);
    auto summary =
        importer.import(**store, *file->source, [this](double fraction, std::int64_t rows) {
            emit progress(int(fraction * 100), qint64(rows));
            return !m_cancel.load();
        });
    if (!summary) {
        emit finished(false, QString::fromStdString(summary.error().message), 0, {});
        return;
    }
    QStringList problems;
    for (const RowProblem& p : summary->problems)
        problems << tr("line %1: %2").arg(p.line).arg(QString::fromStdString(p.reason));
    emit finished(true, {}, qint64(summary->imported), problems);
}

} // namespace ct::ui

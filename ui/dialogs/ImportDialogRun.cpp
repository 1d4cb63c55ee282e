// ImportDialog's run: the rows' imports on a worker thread, Cancel, and what happened to each
// file. The rows themselves (previews, dates) are made in ImportDialog.cpp.
#include "dialogs/ImportDialog.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>

namespace ct::ui {

void ImportDialog::startImport() {
    if (!canImport())
        return;
    std::vector<ImportJob> jobs;
    m_jobRows.clear();
    for (int row = 0; row < fileCount(); ++row) {
        FileRow& file = m_files[std::size_t(row)];
        if (!file.problem.isEmpty() || file.outcome.status != ImportOutcome::Status::Pending)
            continue;
        file.dateEdit->setEnabled(false);
        jobs.push_back(file.path.isEmpty()
                           ? ImportJob::inMemory(file.source.bytes, file.source.name,
                                                 file.source.url, fromQDate(publishedDate(row)))
                           : ImportJob(file.path, fromQDate(publishedDate(row))));
        m_jobRows.push_back(row);
    }

    m_progress->setRange(0, int(jobs.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Importing…"));

    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_document.path(), m_document.gazetteer(), std::move(jobs));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::fileStarted, this, [this](int index) {
        m_table->item(m_jobRows[std::size_t(index)], ResultColumn)->setText(tr("Importing…"));
    });
    connect(m_worker, &ImportWorker::fileFinished, this, &ImportDialog::onFileFinished);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    updateButtons();
    m_thread->start();
}

void ImportDialog::cancelImport() {
    if (!m_worker)
        return;
    m_worker->requestCancel();
    m_summary->setText(tr("Cancelling after the current file…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void ImportDialog::reject() {
    if (isRunning()) {
        cancelImport(); // the dialog closes only once the worker has stopped
        return;
    }
    QDialog::reject();
}

void ImportDialog::onFileFinished(int index, const ImportOutcome& outcome) {
    const int row = m_jobRows[std::size_t(index)];
    m_files[std::size_t(row)].outcome = outcome;
    showOutcome(row);
    if (outcome.status != ImportOutcome::Status::Cancelled)
        m_progress->setValue(index + 1);
}

QString ImportDialog::resultText(int row) const {
    return m_table->item(row, ResultColumn)->text();
}

void ImportDialog::showOutcome(int row) {
    const ImportOutcome& outcome = m_files[std::size_t(row)].outcome;
    QTableWidgetItem* item = m_table->item(row, ResultColumn);
    item->setToolTip(QString());
    switch (outcome.status) {
    case ImportOutcome::Status::Pending:
        item->setText(QString());
        break;
    case ImportOutcome::Status::Imported:
        item->setText(outcome.articleCount > 1
                          ? tr("Imported: %n article(s), ", nullptr, outcome.articleCount) +
                                tr("%n event(s)", nullptr, outcome.eventCount)
                          : tr("Imported: %n event(s)", nullptr, outcome.eventCount));
        break;
    case ImportOutcome::Status::Duplicate:
        item->setText(tr("Already in the database (duplicate), skipped"));
        break;
    case ImportOutcome::Status::Failed:
        item->setText(
            tr("Not imported: %1").arg(m_files[std::size_t(row)].withoutName(outcome.message)));
        item->setToolTip(outcome.message);
        item->setForeground(QColor(Qt::red));
        break;
    case ImportOutcome::Status::Cancelled:
        item->setText(tr("Not imported (cancelled)"));
        break;
    }
}

void ImportDialog::onFinished(bool cancelled) {
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;

    int imported = 0, duplicates = 0, failed = 0, events = 0;
    for (const FileRow& file : m_files) {
        if (!file.problem.isEmpty())
            ++failed;
        switch (file.outcome.status) {
        case ImportOutcome::Status::Imported:
            imported += file.outcome.articleCount;
            events += file.outcome.eventCount;
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicates;
            break;
        case ImportOutcome::Status::Failed:
            ++failed;
            break;
        default:
            break;
        }
    }
    QString summary = tr("%n article(s) imported", nullptr, imported) + QStringLiteral(", ") +
                      tr("%n event(s) found", nullptr, events);
    if (duplicates)
        summary += QStringLiteral(", ") + tr("%n duplicate(s) skipped", nullptr, duplicates);
    if (failed)
        summary += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
    if (cancelled)
        summary += QStringLiteral(". ") + tr("Cancelled: the files marked so were not imported.");
    m_summary->setText(summary);

    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_importButton->setEnabled(false);
    if (imported > 0)
        m_document.notifyArticlesChanged();
    emit importFinished(cancelled);
}

} // namespace ct::ui

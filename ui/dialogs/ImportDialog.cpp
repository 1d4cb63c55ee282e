#include "dialogs/ImportDialog.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "import/Importer.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace ct::ui {

namespace {

// The minimum date of the editor means "not set"; it shows as a request.
// QDateTimeEdit accepts nothing before the year 100.
const QDate kUnset(100, 1, 1);

// Core's messages start with the file they are about; the row already names it.
QString withoutPath(const QString& message, const QString& path) {
    const QString prefix = path + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

} // namespace

ImportDialog::ImportDialog(TimelineDocument& document, const QStringList& paths, QWidget* parent)
    : ImportDialog(document, std::vector<ImportSource>{}, parent) {
    addFiles(expandPaths(paths));
    setUp();
}

ImportDialog::ImportDialog(TimelineDocument& document, std::vector<ImportSource> sources,
                           QWidget* parent)
    : QDialog(parent), m_document(document), m_table(new QTableWidget(0, ColumnCount, this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)) {
    qRegisterMetaType<ImportOutcome>();
    setWindowTitle(tr("Import Articles"));
    setSizeGripEnabled(true);

    m_table->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Title"), tr("Outlet"),
                                        tr("Published"), tr("Date from"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // The date editors take the keyboard focus; the cells themselves hold nothing to act on.
    m_table->setFocusPolicy(Qt::NoFocus);

    m_progress->setVisible(false);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Check each article's publication date: weekdays such as "
                                "“on Thursday” are resolved against it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == DateSourceColumn)
            useSuggestedDate(row);
    });
    addSources(std::move(sources));
    setUp();
}

void ImportDialog::setUp() {
    // Long file names and date sources are elided (the tooltip has them whole), so that the
    // title and the result keep room to be read.
    const int cap = fontMetrics().averageCharWidth() * 26;
    for (const int column :
         {FileColumn, FormatColumn, OutletColumn, DateColumn, DateSourceColumn}) {
        m_table->resizeColumnToContents(column);
        if (column != DateColumn)
            m_table->setColumnWidth(column,
                                    std::min(m_table->columnWidth(column),
                                             column == DateSourceColumn ? cap * 3 / 2 : cap));
    }
    resize(fontMetrics().averageCharWidth() * 200, fontMetrics().height() * 30);
    updateButtons();
}

ImportDialog::~ImportDialog() {
    if (m_thread) {
        // Let the current file finish its transaction; never kill it mid-write.
        m_worker->requestCancel();
        m_thread->quit();
        m_thread->wait();
    }
}

QStringList ImportDialog::expandPaths(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            QStringList inDir;
            while (it.hasNext())
                inDir << it.next();
            inDir.sort();
            files << inDir;
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

void ImportDialog::addFiles(const QStringList& files) {
    // Previews read the file only, but the Importer wants a store to exist.
    std::optional<Importer> previewer;
    if (Store* store = m_document.store())
        previewer.emplace(*store, m_document.gazetteer());
    for (const QString& path : files) {
        FileRow row;
        row.path = path;
        row.source.name = QFileInfo(path).fileName();
        addRow(std::move(row),
               previewer ? previewer->preview(std::filesystem::path(path.toStdString()))
                         : Result<ArticlePreview>(makeError(
                               Error::Code::Internal, tr("No database is open.").toStdString())));
    }
}

void ImportDialog::addSources(std::vector<ImportSource> sources) {
    std::optional<Importer> previewer;
    if (Store* store = m_document.store())
        previewer.emplace(*store, m_document.gazetteer());
    for (ImportSource& source : sources) {
        FileRow row;
        row.source = std::move(source);
        const std::string name = row.source.name.toStdString();
        Result<ArticlePreview> preview =
            makeError(Error::Code::Internal, tr("No database is open.").toStdString());
        if (!row.source.error.isEmpty()) {
            preview = makeError(Error::Code::Io, row.source.error.toStdString());
        } else if (previewer) {
            ImportOptions options;
            options.url = row.source.url.toStdString();
            preview =
                previewer->previewBytes(std::string_view(row.source.bytes.constData(),
                                                         std::size_t(row.source.bytes.size())),
                                        name, options);
        }
        addRow(std::move(row), preview);
    }
}

void ImportDialog::addRow(FileRow row, const Result<ArticlePreview>& preview) {
    const QString messageName = row.path.isEmpty() ? row.source.name : row.path;
    QString title, format, outlet, dateSource;
    if (!preview) {
        row.problem = withoutPath(errorText(preview.error()), messageName);
    } else {
        title = qs(preview->title);
        if (preview->articleCount > 1)
            title += preview->articleCount == 2
                         ? tr(" (+1 more story)")
                         : tr(" (+%n more stories)", nullptr, int(preview->articleCount - 1));
        format = qs(preview->format);
        outlet = qs(preview->outlet);
        if (preview->published) {
            row.detected = toQDate(*preview->published);
            dateSource = qs(preview->publishedEvidence);
        } else if (preview->suggestedPublished) {
            row.suggested = toQDate(*preview->suggestedPublished);
            dateSource =
                tr("suggested: %1 (%2), double-click to use")
                    .arg(row.suggested.toString(Qt::ISODate), qs(preview->suggestedEvidence));
        } else {
            dateSource = preview->problem.empty() ? tr("not found") : qs(preview->problem);
        }
    }
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* fileItem = new QTableWidgetItem(row.source.name);
    fileItem->setToolTip(row.path.isEmpty()
                             ? (row.source.url.isEmpty() ? row.source.name : row.source.url)
                             : row.path);
    m_table->setItem(r, FileColumn, fileItem);
    m_table->setItem(r, FormatColumn, new QTableWidgetItem(format));
    m_table->setItem(r, TitleColumn, new QTableWidgetItem(title));
    m_table->setItem(r, OutletColumn, new QTableWidgetItem(outlet));
    auto* sourceItem = new QTableWidgetItem(dateSource);
    sourceItem->setToolTip(dateSource);
    m_table->setItem(r, DateSourceColumn, sourceItem);

    row.dateEdit = new QDateEdit(m_table);
    row.dateEdit->setCalendarPopup(true);
    row.dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row.dateEdit->setMinimumDate(kUnset);
    row.dateEdit->setSpecialValueText(tr("Date required"));
    row.dateEdit->setDate(row.detected.isValid() ? row.detected : kUnset);
    row.dateEdit->setEnabled(row.problem.isEmpty());
    if (!row.problem.isEmpty())
        row.dateEdit->setSpecialValueText(QStringLiteral("—"));
    if (preview && !preview->published)
        row.dateEdit->setToolTip(preview->problem.empty()
                                     ? tr("No publication date found in the text")
                                     : qs(preview->problem));
    else if (preview)
        row.dateEdit->setToolTip(tr("Found: “%1”").arg(qs(preview->publishedEvidence)));
    connect(row.dateEdit, &QDateEdit::dateChanged, this, &ImportDialog::updateButtons);
    m_table->setCellWidget(r, DateColumn, row.dateEdit);

    auto* result = new QTableWidgetItem(
        row.problem.isEmpty() ? QString() : tr("Cannot be imported: %1").arg(row.problem));
    result->setToolTip(row.problem);
    if (!row.problem.isEmpty())
        result->setForeground(QColor(Qt::red));
    m_table->setItem(r, ResultColumn, result);
    m_files.push_back(std::move(row));
}

QString ImportDialog::cellText(int row, int column) const {
    if (column == DateColumn)
        return publishedDate(row).toString(Qt::ISODate);
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void ImportDialog::useSuggestedDate(int row) {
    FileRow& file = m_files.at(std::size_t(row));
    if (file.suggested.isValid() && file.dateEdit->isEnabled())
        file.dateEdit->setDate(file.suggested);
}

QDate ImportDialog::publishedDate(int row) const {
    const QDate date = m_files.at(std::size_t(row)).dateEdit->date();
    return date == kUnset ? QDate() : date;
}

void ImportDialog::setPublishedDate(int row, const QDate& date) {
    m_files.at(std::size_t(row)).dateEdit->setDate(date.isValid() ? date : kUnset);
}

bool ImportDialog::canImport() const {
    if (isRunning() || !m_document.isOpen())
        return false;
    bool any = false;
    for (int row = 0; row < fileCount(); ++row) {
        const FileRow& file = m_files[std::size_t(row)];
        if (!file.problem.isEmpty() || file.outcome.status != ImportOutcome::Status::Pending)
            continue;
        if (!publishedDate(row).isValid())
            return false;
        any = true;
    }
    return any;
}

void ImportDialog::updateButtons() {
    m_importButton->setEnabled(canImport());
    int missing = 0;
    for (int row = 0; row < fileCount(); ++row) {
        if (m_files[std::size_t(row)].problem.isEmpty() && !publishedDate(row).isValid())
            ++missing;
    }
    if (!isRunning() && missing > 0)
        m_summary->setText(tr("%n file(s) need a publication date.", nullptr, missing));
}

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
            tr("Not imported: %1")
                .arg(withoutPath(outcome.message, m_files[std::size_t(row)].path.isEmpty()
                                                      ? m_files[std::size_t(row)].source.name
                                                      : m_files[std::size_t(row)].path)));
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

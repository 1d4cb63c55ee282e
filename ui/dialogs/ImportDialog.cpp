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

} // namespace

QString ImportDialog::FileRow::withoutName(const QString& message) const {
    const QString prefix = (path.isEmpty() ? source.name : path) + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

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
    QString title, format, outlet, dateSource;
    if (!preview) {
        row.problem = row.withoutName(errorText(preview.error()));
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

} // namespace ct::ui

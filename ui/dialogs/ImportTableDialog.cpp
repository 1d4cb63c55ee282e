#include "dialogs/ImportTableDialog.h"

#include "dialogs/TableImportWorker.h"
#include "dialogs/TablePreviewModel.h"
#include "document/TimelineDocument.h"
#include "interchange/RowConverter.h"
#include "interchange_qt/TableFile.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace ct::ui {
namespace {

constexpr int kPreviewRows = 50;
constexpr int kRoleCount = 11;

} // namespace

ImportTableDialog::ImportTableDialog(TimelineDocument& document, const QString& path,
                                     QWidget* parent)
    : QDialog(parent), m_document(document), m_path(path), m_model(new TablePreviewModel(this)),
      m_layout(new QComboBox(this)), m_saved(new QComboBox(this)), m_view(new QTableView(this)),
      m_roles(new QWidget(this)), m_dates(new QLabel(this)), m_dateOrder(new QComboBox(this)),
      m_onError(new QComboBox(this)), m_saveName(new QLineEdit(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Table — %1").arg(QFileInfo(path).fileName()));
    resize(960, 680);

    // The presets' labels come from core in English; the known ones are translated here.
    const auto presetLabel = [this](const TablePreset& preset) -> QString {
        const std::string name = preset.name();
        if (name == "acled")
            return tr("ACLED export");
        if (name == "gdelt")
            return tr("GDELT event file");
        if (name == "timelinejs")
            return tr("TimelineJS spreadsheet");
        if (name == "crisis-timeline")
            return tr("Crisis Timeline export");
        if (name == "timeline")
            return tr("Timeline program (.timeline)");
        return QString::fromStdString(preset.label());
    };
    m_layout->addItem(tr("Custom mapping"), QString());
    for (const auto& preset : tablePresets())
        m_layout->addItem(presetLabel(*preset), QString::fromStdString(preset->name()));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->setWordWrap(false);
    m_dates->setWordWrap(true);
    m_dates->setTextFormat(Qt::PlainText);
    m_dateOrder->addItem(tr("As detected"), QString());
    m_dateOrder->addItem(tr("Day first (31/01/2022)"), QStringLiteral("day-first"));
    m_dateOrder->addItem(tr("Month first (01/31/2022)"), QStringLiteral("month-first"));
    m_onError->addItem(tr("Skip bad rows and list them"));
    m_onError->addItem(tr("Stop at the first bad row (nothing is imported)"));
    m_saveName->setPlaceholderText(tr("Name to save this mapping under"));
    auto* saveButton = new QPushButton(tr("Save Mapping"), this);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto* import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);

    auto* top = new QFormLayout;
    top->addRow(tr("&Layout:"), m_layout);
    top->addRow(tr("Sa&ved mappings:"), m_saved);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_roles);
    scroll->setWidgetResizable(true);
    scroll->setMaximumHeight(170);
    auto* bottom = new QFormLayout;
    bottom->addRow(tr("Start dates:"), m_dates);
    bottom->addRow(tr("&Date order:"), m_dateOrder);
    bottom->addRow(tr("&Bad rows:"), m_onError);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveName);
    saveRow->addWidget(saveButton);
    bottom->addRow(tr("Remember:"), saveRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("What each column means:"), this));
    layout->addWidget(scroll);
    layout->addLayout(bottom);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    loadPreview(nullptr);
    if (!m_openError.isEmpty()) {
        m_status->setText(m_openError);
        import->setEnabled(false);
    }
    connect(m_layout, &QComboBox::activated, this, [this] {
        const std::string name = m_layout->currentData().toString().toStdString();
        const TablePreset* preset = name.empty() ? nullptr : findTablePreset(name);
        // A preset with its own way of reading (GDELT: no header, tabs) reads the file again.
        loadPreview(preset);
    });
    connect(m_saved, &QComboBox::activated, this, [this] {
        auto mapping = ColumnMapping::fromSpec(m_saved->currentData().toString().toStdString(),
                                               m_model->header());
        if (mapping)
            applyMapping(*mapping);
    });
    connect(m_dateOrder, &QComboBox::activated, this, &ImportTableDialog::updateDates);
    connect(saveButton, &QPushButton::clicked, this, &ImportTableDialog::saveMapping);
    connect(import, &QPushButton::clicked, this, &ImportTableDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportTableDialog::reject);
}

ImportTableDialog::~ImportTableDialog() {
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

QString ImportTableDialog::presetName() const {
    return m_preset ? QString::fromStdString(m_preset->name()) : QString();
}

QStringList ImportTableDialog::headerList() const {
    QStringList out;
    for (const auto& name : m_model->header())
        out << QString::fromStdString(name);
    return out;
}

void ImportTableDialog::loadPreview(const TablePreset* preset) {
    auto file = TableFile::open(m_path.toStdString(), preset);
    if (!file) {
        m_openError = QString::fromStdString(file.error().message);
        return;
    }
    m_preset = file->preset;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> fields;
    while (rows.size() < std::size_t(kPreviewRows)) {
        auto got = file->source->next(fields);
        if (!got || !*got)
            break;
        rows.push_back(fields);
    }
    const std::size_t columns = !file->source->header().empty() ? file->source->header().size()
                                : rows.empty()                  ? 0
                                                                : rows.front().size();
    m_model->setRows(file->source->header(), std::move(rows));
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(presetName())));

    // One role combo per column.
    delete m_roles->layout();
    qDeleteAll(m_roleCombos);
    m_roleCombos.clear();
    auto* grid = new QGridLayout(m_roles);
    for (std::size_t c = 0; c < columns; ++c) {
        auto* combo = new QComboBox(m_roles);
        for (int r = 0; r < kRoleCount; ++r)
            combo->addItem(TablePreviewModel::roleName(ColumnRole(r)), r);
        const QString name =
            m_model->headerData(int(c), Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0);
        auto* label = new QLabel(name, m_roles);
        label->setBuddy(combo);
        const int row = int(c) / 3, col = (int(c) % 3) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(combo, row, col + 1);
        connect(combo, &QComboBox::activated, this, &ImportTableDialog::rolesChanged);
        m_roleCombos << combo;
    }

    ColumnMapping mapping;
    if (m_preset) {
        if (auto m = m_preset->mapping(file->source->header(), columns))
            mapping = *m;
    }
    // Saved mappings for this header; the first is applied when no preset knows the file.
    m_saved->clear();
    const auto saved = Settings::tableMappings(headerList());
    m_saved->setEnabled(!saved.isEmpty());
    for (auto it = saved.begin(); it != saved.end(); ++it)
        m_saved->addItem(it.key(), it.value());
    if (!m_preset && !saved.isEmpty())
        if (auto m = ColumnMapping::fromSpec(saved.first().toStdString(), m_model->header()))
            mapping = *m;
    applyMapping(mapping);
}

void ImportTableDialog::applyMapping(const ColumnMapping& mapping) {
    m_mapping = mapping;
    for (int c = 0; c < m_roleCombos.size(); ++c)
        m_roleCombos[c]->setCurrentIndex(int(mapping.role(std::size_t(c))));
    m_model->setMapping(m_mapping);
    updateDates();
}

void ImportTableDialog::rolesChanged() {
    // A hand-made mapping is no longer the preset's: its per-row touches would not fit.
    ColumnMapping mapping = m_mapping;
    for (int c = 0; c < m_roleCombos.size(); ++c)
        mapping.set(std::size_t(c), ColumnRole(m_roleCombos[c]->currentData().toInt()));
    if (m_preset && mapping.roles != m_mapping.roles) {
        m_preset = nullptr;
        m_layout->setCurrentIndex(0);
        mapping.startFormat.reset();
        mapping.endFormat.reset();
    }
    m_mapping = mapping;
    m_model->setMapping(m_mapping);
    updateDates();
}

void ImportTableDialog::updateDates() {
    ColumnMapping mapping = m_mapping;
    const QString order = m_dateOrder->currentData().toString();
    if (!order.isEmpty()) {
        mapping.startFormat = dateFormatFromText(order.toStdString());
        mapping.endFormat = mapping.startFormat;
    }
    if (!mapping.has(ColumnRole::Start)) {
        m_dates->setText(tr("Choose the column holding the date (start date)."));
        return;
    }
    RowConverter converter(mapping, {"", "", m_model->header(), 0}, m_preset);
    converter.detectFormats(m_model->rows());
    const auto& detection = converter.startDetection();
    QString text;
    if (!converter.mapping().startFormat) {
        text = tr("No known date format in the start column.");
    } else {
        text = tr("read as %1").arg(QString::fromLatin1(toText(*converter.mapping().startFormat)));
        if (!detection.reason.empty())
            text += QStringLiteral(" — ") + QString::fromStdString(detection.reason);
        QStringList examples;
        for (const auto& row : m_model->rows()) {
            if (examples.size() >= 3)
                break;
            auto converted = converter.convert(row, 0);
            if (const auto* e = std::get_if<Event>(&converted))
                examples << QStringLiteral("%1 → %2").arg(QString::fromStdString(e->dateText),
                                                          QString::fromStdString(toText(e->when)));
        }
        if (!examples.isEmpty())
            text += QStringLiteral("\n") + examples.join(QStringLiteral("; "));
    }
    m_dates->setText(text);
    m_mapping.startFormat = order.isEmpty() ? m_mapping.startFormat : mapping.startFormat;
    m_mapping.endFormat = order.isEmpty() ? m_mapping.endFormat : mapping.endFormat;
}

void ImportTableDialog::saveMapping() {
    const QString name = m_saveName->text().trimmed();
    if (name.isEmpty()) {
        m_saveName->setFocus();
        return;
    }
    Settings::setTableMapping(headerList(), name,
                              QString::fromStdString(m_mapping.toSpec(m_model->header())));
    if (m_saved->findText(name) < 0)
        m_saved->addItem(name, QString::fromStdString(m_mapping.toSpec(m_model->header())));
    m_saved->setEnabled(true);
    m_status->setText(
        tr("Saved the mapping as \"%1\"; it is offered for files with this header.").arg(name));
}

void ImportTableDialog::startImport() {
    if (m_thread || !m_mapping.has(ColumnRole::Start)) {
        if (!m_mapping.has(ColumnRole::Start))
            m_status->setText(tr("Choose the column holding the date (start date) first."));
        return;
    }
    TableImportWorker::Job job;
    job.database = m_document.path();
    job.file = m_path;
    job.presetName = m_preset ? m_preset->name() : std::string();
    job.mapping = m_mapping;
    job.options.onBadRow = m_onError->currentIndex() == 1 ? OnBadRow::Stop : OnBadRow::Skip;
    job.options.fileName = QFileInfo(m_path).fileName().toStdString();
    job.options.dataSetName = m_preset ? m_preset->dataSetName() : job.options.fileName;
    m_thread = new QThread(this);
    m_worker = new TableImportWorker(std::move(job));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &TableImportWorker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TableImportWorker::progress, this, [this](int percent, qint64 rows) {
        m_progress->setValue(percent);
        m_status->setText(tr("%n rows read…", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    });
    connect(m_worker, &TableImportWorker::finished, this, &ImportTableDialog::finished);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (auto* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    m_thread->start();
}

void ImportTableDialog::finished(bool ok, const QString& message, qint64 imported,
                                 const QStringList& problems) {
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    m_progress->setValue(100);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    if (!ok) {
        m_status->setText(message);
        for (auto* b : m_buttons->buttons())
            if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->setEnabled(true);
    } else {
        QString text = tr("%n events imported.", nullptr, int(std::min<qint64>(imported, INT_MAX)));
        if (!problems.isEmpty())
            text += QLatin1Char(' ') + tr("%n bad rows skipped: ", nullptr, int(problems.size())) +
                    problems.mid(0, 20).join(QStringLiteral("; "));
        m_status->setText(text);
        m_document.notifyEventsChanged();
    }
    emit importFinished(ok, imported);
}

void ImportTableDialog::reject() {
    if (m_thread) {
        m_worker->cancel(); // finished() follows, with the database as it was
        return;
    }
    QDialog::reject();
}

} // namespace ct::ui

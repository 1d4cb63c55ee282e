#include "dialogs/ExportDialog.h"

#include "dialogs/ExportPreview.h"
#include "document/QtConvert.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace ct::ui {
namespace {

double dayOfDate(const QDate& date) {
    return toDayNumber(fromQDate(date));
}

const ExportFormat kFormats[] = {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf};

} // namespace

ExportDialog::ExportDialog(ExportData data, const TimelineRenderOptions& view, QWidget* parent)
    : QDialog(parent), exporter_(std::move(data)), view_(view),
      preview_(new ExportPreview(exporter_, this)), refreshTimer_(new QTimer(this)) {
    setWindowTitle(tr("Export Image"));
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(120); // typing a width redraws once, not per digit
    connect(refreshTimer_, &QTimer::timeout, this, &ExportDialog::refresh);

    auto* controls = new QVBoxLayout;
    controls->addWidget(buildWhat());
    controls->addWidget(buildLook());
    controls->addWidget(buildSize());
    controls->addWidget(buildFile());
    controls->addStretch(1);

    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("color: #c62828;"));
    error_->hide();
    auto* right = new QVBoxLayout;
    right->addWidget(preview_, 1);
    right->addWidget(summary_);
    right->addWidget(error_);

    auto* columns = new QHBoxLayout;
    columns->addLayout(controls, 0);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    exportButton_ = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton_->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportImage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Names for tests and accessibility tools to find the controls by.
    const std::pair<QWidget*, const char*> names[] = {
        {lanes_, "lanes"},        {title_, "title"},
        {theme_, "theme"},        {width_, "width"},
        {height_, "height"},      {scale_, "scale"},
        {pageSize_, "pageSize"},  {orientation_, "orientation"},
        {pages_, "pages"},        {format_, "format"},
        {path_, "path"},          {axis_, "axis"},
        {legend_, "legend"},      {sources_, "sources"},
        {exportButton_, "export"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    load(Settings::exportOptions());
    refresh();
    resize(1100, 640);
}

void ExportDialog::load(const ExportOptions& o) {
    setRange(Settings::exportRange());
    title_->setText(o.title);
    axis_->setChecked(o.showAxis);
    legend_->setChecked(o.showLegend);
    sources_->setChecked(o.showSources);
    theme_->setCurrentIndex(o.dark ? 1 : 0);
    width_->setValue(o.width);
    height_->setValue(o.height > 0 ? o.height : height_->minimum());
    scale_->setValue(o.scale);
    pageSize_->setCurrentText(ExportOptions::pageSizeName(o.pageSize));
    orientation_->setCurrentIndex(orientation_->findData(int(o.orientation)));
    pages_->setValue(o.pages);
    setPath(Settings::exportPath());
}

void ExportDialog::save() const {
    Settings::setExportOptions(options());
    Settings::setExportRange(range());
    Settings::setExportPath(path());
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    switch (range()) {
    case Range::CurrentView:
        o.fromDay = view_.fromDay;
        o.toDay = view_.toDay;
        break;
    case Range::Whole:
        std::tie(o.fromDay, o.toDay) = exporter_.wholeRange();
        break;
    case Range::Dates:
        o.fromDay = dayOfDate(from_->date());
        o.toDay = dayOfDate(to_->date()) + 1;
        break;
    }
    o.laneMode = LaneMode(lanes_->currentData().toInt());
    o.title = title_->text();
    o.showAxis = axis_->isChecked();
    o.showLegend = legend_->isChecked();
    o.showSources = sources_->isChecked();
    o.dark = theme_->currentIndex() == 1;
    o.width = width_->value();
    o.height = height_->value() == height_->minimum() ? 0 : height_->value();
    o.scale = scale_->value();
    o.pageSize = ExportOptions::pageSizeFromName(pageSize_->currentText()).value_or(QPageSize::A4);
    o.orientation = QPageLayout::Orientation(orientation_->currentData().toInt());
    o.pages = pages_->value();
    return o;
}

QString ExportDialog::path() const {
    const QString text = path_->text().trimmed();
    if (text.isEmpty() || QDir::isAbsolutePath(text))
        return text;
    // A bare name goes where the last export went.
    return QFileInfo(QFileInfo(Settings::exportPath()).absolutePath(), text).absoluteFilePath();
}

void ExportDialog::setPath(const QString& path) {
    path_->setText(QDir::toNativeSeparators(path));
}

ExportDialog::Range ExportDialog::range() const {
    return whole_->isChecked()   ? Range::Whole
           : dates_->isChecked() ? Range::Dates
                                 : Range::CurrentView;
}

void ExportDialog::setRange(Range range) {
    (range == Range::Whole   ? whole_
     : range == Range::Dates ? dates_
                             : currentView_)
        ->setChecked(true);
}

void ExportDialog::setDates(const QDate& from, const QDate& to) {
    from_->setDate(from);
    to_->setDate(to);
}

QString ExportDialog::shownError() const {
    return error_->text();
}

std::optional<ExportFormat> ExportDialog::format() const {
    return ExportOptions::formatForPath(path_->text());
}

void ExportDialog::formatChosen() {
    const auto chosen = ExportFormat(format_->currentData().toInt());
    if (format() == chosen)
        return;
    // The extension is what decides: choosing a format renames the file to match.
    const QString text = path_->text().trimmed();
    const QFileInfo info(text);
    QString base = format() ? info.completeBaseName() : info.fileName();
    if (base.isEmpty())
        base = QStringLiteral("timeline");
    const QString renamed = base + QLatin1Char('.') + ExportOptions::suffix(chosen);
    const bool inFolder = text.contains(QLatin1Char('/')) || text.contains(QDir::separator());
    path_->setText(inFolder ? QDir::toNativeSeparators(QDir(info.path()).filePath(renamed))
                            : renamed);
}

void ExportDialog::pathEdited() {
    if (const auto known = format()) {
        const QSignalBlocker blocker(format_);
        format_->setCurrentIndex(format_->findData(int(*known)));
    }
    scheduleUpdate();
}

void ExportDialog::chooseFile() {
    const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                                 tr("PDF document (*.pdf)")};
    QString filter = filters.value(format_->currentIndex());
    QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Image"), path(), filters.join(";;"), &filter);
    if (chosen.isEmpty())
        return;
    if (!ExportOptions::formatForPath(chosen))
        chosen += QLatin1Char('.') +
                  ExportOptions::suffix(kFormats[std::max<qsizetype>(0, filters.indexOf(filter))]);
    setPath(chosen);
}

void ExportDialog::scheduleUpdate() {
    refreshTimer_->start();
}

void ExportDialog::refresh() {
    refreshTimer_->stop();
    const auto fmt = format();
    const ExportFormat shown = fmt.value_or(ExportFormat(format_->currentData().toInt()));
    from_->setEnabled(dates_->isChecked());
    to_->setEnabled(dates_->isChecked());
    pictureBox_->setEnabled(shown != ExportFormat::Pdf);
    scale_->setEnabled(shown == ExportFormat::Png);
    pageBox_->setEnabled(shown == ExportFormat::Pdf);

    const ExportOptions o = options();
    QString problem;
    if (path_->text().trimmed().isEmpty())
        problem = tr("Choose a file to export to.");
    else if (!fmt)
        problem =
            tr("“%1” does not end in .png, .svg or .pdf.").arg(QFileInfo(path_->text()).fileName());
    else if (auto valid = ImageExporter::validate(o, *fmt); !valid)
        problem = errorText(valid.error());
    error_->setText(problem);
    error_->setVisible(!problem.isEmpty());
    exportButton_->setEnabled(problem.isEmpty());

    const auto count = exporter_.eventCount({o.fromDay, o.toDay});
    QString size;
    if (shown == ExportFormat::Pdf) {
        const auto pages = exporter_.pageRanges(o, shown).size();
        size = tr("%1 %2, %n page(s)", nullptr, int(pages))
                   .arg(ExportOptions::pageSizeName(o.pageSize),
                        o.orientation == QPageLayout::Portrait ? tr("portrait") : tr("landscape"));
    } else if (problem.isEmpty()) {
        const QSizeF canvas = exporter_.canvasSize(o, shown);
        const double k = shown == ExportFormat::Png ? o.scale : 1.0;
        size =
            tr("%1 × %2 pixels").arg(qRound(canvas.width() * k)).arg(qRound(canvas.height() * k));
    }
    summary_->setText(
        tr("%n event(s) from %1 to %2", nullptr, int(count))
            .arg(QLocale().toString(dateOfDay(o.fromDay), QLocale::ShortFormat),
                 QLocale().toString(dateOfDay(std::ceil(o.toDay) - 1), QLocale::ShortFormat)) +
        (size.isEmpty() ? QString() : QStringLiteral(" · ") + size));
    preview_->setOptions(o, shown);
}

bool ExportDialog::exportImage() {
    refresh();
    if (!exportButton_->isEnabled())
        return false;
    const QString file = path();
    if (auto written = exporter_.write(file, options()); !written) {
        error_->setText(tr("Could not export: %1").arg(errorText(written.error())));
        error_->show();
        return false;
    }
    save();
    emit exported(file);
    accept();
    return true;
}

} // namespace ct::ui

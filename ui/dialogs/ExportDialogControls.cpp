// ExportDialog's form: the four groups of controls, built and wired. Kept apart from what the
// controls mean (options(), refresh(), exportImage() in ExportDialog.cpp) so each file has one job.
#include "dialogs/ExportDialog.h"
#include "document/QtConvert.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace ct::ui {

QWidget* ExportDialog::buildWhat() {
    auto* box = new QGroupBox(tr("What"), this);
    auto* layout = new QFormLayout(box);
    currentView_ = new QRadioButton(
        tr("Current &view (%1 – %2)")
            .arg(QLocale().toString(dateOfDay(view_.fromDay), QLocale::ShortFormat),
                 QLocale().toString(dateOfDay(view_.toDay), QLocale::ShortFormat)),
        box);
    const auto whole = exporter_.wholeRange();
    whole_ = new QRadioButton(
        tr("&Whole timeline (%n event(s))", nullptr, int(exporter_.eventCount(whole))), box);
    dates_ = new QRadioButton(tr("&Dates:"), box);
    auto* group = new QButtonGroup(box);
    for (QRadioButton* button : {currentView_, whole_, dates_})
        group->addButton(button);
    from_ = new QDateEdit(dateOfDay(view_.fromDay), box);
    to_ = new QDateEdit(dateOfDay(std::ceil(view_.toDay) - 1), box);
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &ExportDialog::scheduleUpdate);
    }
    auto* dates = new QHBoxLayout;
    dates->addWidget(dates_);
    dates->addWidget(from_);
    dates->addWidget(new QLabel(QStringLiteral("–"), box));
    dates->addWidget(to_);
    dates->addStretch(1);
    layout->addRow(currentView_);
    layout->addRow(whole_);
    layout->addRow(dates);
    connect(group, &QButtonGroup::buttonToggled, this, &ExportDialog::scheduleUpdate);

    lanes_ = new QComboBox(box);
    lanes_->addItem(tr("No lanes"), int(LaneMode::None));
    lanes_->addItem(tr("By actor"), int(LaneMode::Actor));
    lanes_->addItem(tr("By place"), int(LaneMode::Place));
    lanes_->addItem(tr("By article"), int(LaneMode::Article));
    // Dense pictures: each event once, in its first actor's (place's) lane.
    lanes_->addItem(tr("By first actor only"), int(LaneMode::ActorFirst));
    lanes_->addItem(tr("By first place only"), int(LaneMode::PlaceFirst));
    lanes_->setCurrentIndex(lanes_->findData(int(view_.laneMode)));
    connect(lanes_, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleUpdate);
    layout->addRow(tr("&Lanes:"), lanes_);
    return box;
}

QWidget* ExportDialog::buildLook() {
    auto* box = new QGroupBox(tr("Look"), this);
    auto* layout = new QFormLayout(box);
    title_ = new QLineEdit(box);
    title_->setPlaceholderText(tr("No title"));
    title_->setClearButtonEnabled(true);
    connect(title_, &QLineEdit::textChanged, this, &ExportDialog::scheduleUpdate);
    layout->addRow(tr("&Title:"), title_);
    axis_ = new QCheckBox(tr("Time &axis"), box);
    legend_ = new QCheckBox(tr("Le&gend"), box);
    sources_ = new QCheckBox(tr("&Sources (articles cited below)"), box);
    auto* shown = new QVBoxLayout;
    for (QCheckBox* check : {axis_, legend_, sources_}) {
        connect(check, &QCheckBox::toggled, this, &ExportDialog::scheduleUpdate);
        shown->addWidget(check);
    }
    layout->addRow(tr("Show:"), shown);
    theme_ = new QComboBox(box);
    theme_->addItems({tr("Light"), tr("Dark")});
    connect(theme_, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleUpdate);
    layout->addRow(tr("T&heme:"), theme_);
    return box;
}

QWidget* ExportDialog::buildSize() {
    auto* holder = new QWidget(this);
    auto* column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);

    auto* picture = new QGroupBox(tr("Picture (PNG, SVG)"), holder);
    pictureBox_ = picture;
    auto* pictureLayout = new QFormLayout(picture);
    width_ = new QSpinBox(picture);
    width_->setRange(ExportOptions::kMinWidth, ExportOptions::kMaxWidth);
    width_->setSingleStep(100);
    width_->setSuffix(tr(" px"));
    // The lowest value stands for 0: as tall as the lanes need.
    height_ = new QSpinBox(picture);
    height_->setRange(ExportOptions::kMinHeight - 1, ExportOptions::kMaxHeight);
    height_->setSingleStep(50);
    height_->setSuffix(tr(" px"));
    height_->setSpecialValueText(tr("Fit to the lanes"));
    scale_ = new QDoubleSpinBox(picture);
    scale_->setRange(ExportOptions::kMinScale, ExportOptions::kMaxScale);
    scale_->setSingleStep(0.5);
    scale_->setDecimals(2);
    scale_->setSuffix(QStringLiteral(" ×"));
    scale_->setToolTip(tr("PNG pixels per pixel: 2 or 3 for print"));
    pictureLayout->addRow(tr("W&idth:"), width_);
    pictureLayout->addRow(tr("H&eight:"), height_);
    pictureLayout->addRow(tr("S&cale (PNG):"), scale_);
    connect(width_, &QSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);
    connect(height_, &QSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);
    connect(scale_, &QDoubleSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);

    auto* page = new QGroupBox(tr("Page (PDF)"), holder);
    pageBox_ = page;
    auto* pageLayout = new QFormLayout(page);
    pageSize_ = new QComboBox(page);
    pageSize_->addItems(ExportOptions::pageSizeNames());
    orientation_ = new QComboBox(page);
    orientation_->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    orientation_->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    pages_ = new QSpinBox(page);
    pages_->setRange(1, ExportOptions::kMaxPages);
    pages_->setSpecialValueText(tr("Fit on one page"));
    pages_->setSuffix(tr(" pages, split by date"));
    pageLayout->addRow(tr("Si&ze:"), pageSize_);
    pageLayout->addRow(tr("&Orientation:"), orientation_);
    pageLayout->addRow(tr("&Pages:"), pages_);
    connect(pageSize_, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleUpdate);
    connect(orientation_, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleUpdate);
    connect(pages_, &QSpinBox::valueChanged, this, &ExportDialog::scheduleUpdate);

    column->addWidget(picture);
    column->addWidget(page);
    return holder;
}

QWidget* ExportDialog::buildFile() {
    auto* box = new QGroupBox(tr("File"), this);
    auto* layout = new QFormLayout(box);
    format_ = new QComboBox(box);
    format_->addItem(tr("PNG image"), int(ExportFormat::Png));
    format_->addItem(tr("SVG drawing (text stays text)"), int(ExportFormat::Svg));
    format_->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    path_ = new QLineEdit(box);
    connect(path_, &QLineEdit::textChanged, this, &ExportDialog::pathEdited);
    auto* browse = new QPushButton(tr("&Browse…"), box);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto* file = new QHBoxLayout;
    file->addWidget(path_, 1);
    file->addWidget(browse);
    layout->addRow(tr("&Format:"), format_);
    layout->addRow(tr("File:"), file);
    return box;
}

} // namespace ct::ui

#include "panes/ReportList.h"

#include "document/QtConvert.h"
#include "models/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ct::ui {

namespace {

enum ReportColumn { PublishedColumn, OutletColumn, WordsColumn, DateColumn, ColumnCount };

QString isoOrEmpty(const Date& day) {
    return day.is_special() ? QString() : qs(toIso(day));
}

} // namespace

ReportList::ReportList(QWidget* parent)
    : QWidget(parent), m_note(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_useDate(new QPushButton(tr("&Use This Date"), this)),
      m_split(new QPushButton(tr("&Split Report Out…"), this)) {
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A framed, highlighted note: the disagreement must be seen before the date is trusted.
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setAutoFillBackground(true);
    m_note->setBackgroundRole(QPalette::ToolTipBase);
    m_note->setForegroundRole(QPalette::ToolTipText);
    m_note->setContentsMargins(6, 4, 6, 4);
    m_note->hide();

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Published"), tr("Outlet"), tr("Date words"), tr("Gives")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Reports of the event"));
    // The tree is exactly as tall as its rows: a horizontal scroll bar would cover the last one.
    // So the outlet (which falls back to a long article title) takes what is left and elides;
    // its tooltip says it in full.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OutletColumn, QHeaderView::Stretch);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideRight);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        const int row = currentRow();
        if (row >= 0)
            emit reportChosen(m_reports.at(std::size_t(row)));
    });

    m_useDate->setObjectName(QStringLiteral("useDate"));
    m_split->setObjectName(QStringLiteral("splitReport"));
    m_useDate->setToolTip(tr("Give the event the date this report gives (undoable)"));
    m_split->setToolTip(tr("This report tells of another happening: make it an event of its own"));
    connect(m_useDate, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            emit useDateRequested(m_reports.at(std::size_t(row)).when);
    });
    connect(m_split, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            emit splitRequested(m_reports.at(std::size_t(row)).id);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_useDate);
    buttons->addWidget(m_split);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateButtons();
}

std::vector<Report> ReportList::reportsOf(const Event& event, const Article* article) {
    std::vector<Report> reports = event.reports;
    if (reports.empty()) {
        Report only;
        only.eventId = event.id;
        only.articleId = event.articleId;
        only.origin = event.articleId == 0 ? Report::Origin::User : Report::Origin::Article;
        only.when = event.when;
        only.title = event.title;
        only.sentence = event.sentence;
        only.sentenceBegin = event.sentenceBegin;
        only.sentenceEnd = event.sentenceEnd;
        only.dateText = event.dateText;
        only.resolution = event.resolution;
        only.confidence = event.confidence;
        if (article) {
            only.outlet = article->source;
            only.articleTitle = article->title.empty() ? article->fileName : article->title;
            only.url = article->url;
            only.published = article->published;
        }
        reports.push_back(std::move(only));
    }
    // Earliest first; undated reports (a user's note) last. Stable: the store's order breaks ties.
    std::stable_sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) {
        if (a.published.is_special() != b.published.is_special())
            return b.published.is_special();
        return !a.published.is_special() && a.published < b.published;
    });
    return reports;
}

bool ReportList::disagree(const Event& event, const std::vector<Report>& reports) {
    if (event.dateDisputed)
        return true;
    return std::any_of(reports.begin(), reports.end(), [&](const Report& r) {
        return r.when.start != reports.front().when.start || r.when.end != reports.front().when.end;
    });
}

void ReportList::setEvent(const Event& event, const std::vector<Report>& reports) {
    m_reports = reports;
    m_eventDate = event.when;
    m_tree->clear();
    for (const Report& report : m_reports) {
        QString outlet = qs(report.outlet);
        if (outlet.isEmpty())
            outlet = report.origin == Report::Origin::User ? tr("(added by hand)")
                                                           : qs(report.articleTitle);
        QString words = qs(report.dateText);
        if (!words.isEmpty())
            words = tr("“%1”").arg(words);
        auto* item = new QTreeWidgetItem(
            m_tree, {isoOrEmpty(report.published), outlet, words, DateText::format(report.when)});
        // How the words became that date, where the row is too narrow to say it.
        const QString how = qs(report.resolution);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, how.isEmpty() ? qs(report.sentence) : how);
        item->setToolTip(OutletColumn, outlet);
    }
    if (disagree(event, m_reports)) {
        QStringList dates;
        for (const Report& report : m_reports) {
            const QString outlet =
                report.outlet.empty() ? qs(report.articleTitle) : qs(report.outlet);
            dates << tr("%1 says %2").arg(outlet, DateText::format(report.when));
        }
        m_note->setText(tr("The reports disagree on the date: %1. Pick a report and Use This Date.")
                            .arg(dates.join(QStringLiteral("; "))));
        m_note->show();
    } else {
        m_note->clear();
        m_note->hide();
    }
    // As tall as its rows (up to six, then it scrolls): the article text below needs the room.
    const int rows = qBound(1, int(m_reports.size()), 6);
    const int rowHeight =
        m_reports.empty() ? fontMetrics().height() + 4 : m_tree->sizeHintForRow(0);
    m_tree->setFixedHeight(m_tree->header()->sizeHint().height() + rows * rowHeight +
                           2 * m_tree->frameWidth());
    if (!m_reports.empty()) {
        const QSignalBlocker blocker(m_tree); // the pane shows the first report itself
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    updateButtons();
}

void ReportList::clear() {
    m_reports.clear();
    m_tree->clear();
    m_note->clear();
    m_note->hide();
    updateButtons();
}

int ReportList::currentRow() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    return item ? m_tree->indexOfTopLevelItem(item) : -1;
}

void ReportList::setCurrentRow(int row) {
    if (row >= 0 && row < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(row));
}

bool ReportList::isDisagreementShown() const {
    return !m_note->isHidden();
}

QString ReportList::disagreementText() const {
    return m_note->text();
}

QStringList ReportList::rowText(int row) const {
    QStringList cells;
    if (const QTreeWidgetItem* item = m_tree->topLevelItem(row))
        for (int column = 0; column < ColumnCount; ++column)
            cells << item->text(column);
    return cells;
}

void ReportList::setSplitAvailable(bool available) {
    m_splitAvailable = available;
    updateButtons();
}

void ReportList::updateButtons() {
    const int row = currentRow();
    const bool chosen = row >= 0;
    m_useDate->setEnabled(chosen && !(m_reports.at(std::size_t(row)).when == m_eventDate));
    // Splitting the only report out would leave an empty event.
    m_split->setEnabled(m_splitAvailable && chosen && m_reports.size() > 1 &&
                        m_reports.at(std::size_t(row)).id != 0);
    m_split->setVisible(m_splitAvailable);
}

} // namespace ct::ui

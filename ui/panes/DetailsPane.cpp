#include "panes/DetailsPane.h"

#include "document/EventSelection.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "models/DateText.h"
#include "panes/ReportList.h"

#include <QAbstractTextDocumentLayout>
#include <QFormLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ct::ui {

namespace {

QLabel* makeValueLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DetailsPane::DetailsPane(TimelineDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)),
      m_date(makeValueLabel(this)), m_resolution(makeValueLabel(this)),
      m_actors(makeValueLabel(this)), m_places(makeValueLabel(this)),
      m_article(makeValueLabel(this)), m_edited(makeValueLabel(this)),
      m_reports(new ReportList(this)), m_text(new QTextBrowser(this)) {
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto* form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Resolved:"), m_resolution);
    form->addRow(tr("Actors:"), m_actors);
    form->addRow(tr("Places:"), m_places);
    form->addRow(tr("Article:"), m_article);
    form->addRow(tr("Changed:"), m_edited);
    m_edited->setObjectName(QStringLiteral("edited"));
    // Only a shared story records who edited; an empty "Changed:" row would read as missing data.
    form->setRowVisible(m_edited, false);
    m_article->setObjectName(QStringLiteral("article"));

    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setPlaceholderText(tr("Select an event to see the sentence it comes from."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Reports, earliest first:"), this));
    layout->addWidget(m_reports);
    layout->addWidget(m_text, 1);

    connect(m_reports, &ReportList::reportChosen, this, &DetailsPane::showReport);
    // Choosing a report's date is undoable, and kept as the user's decision when the article
    // is re-resolved. A stored report's date is chosen in the store
    // (which also clears the disagreement); an event without stored reports is redated.
    connect(m_reports, &ReportList::useDateRequested, this, [this](const DateSpan& when) {
        const int row = m_reports->currentRow();
        const qint64 reportId = row >= 0 ? m_reports->reportAt(row).id : 0;
        if (m_eventId == 0)
            return;
        if (reportId != 0)
            m_document.chooseDate(m_eventId, reportId);
        else
            m_document.redateEvent(m_eventId, when);
    });
    m_reports->setSplitAvailable(true);
    connect(m_reports, &ReportList::splitRequested, &m_document, &TimelineDocument::splitReport);

    connect(m_document.selection(), &EventSelection::changed, this,
            [this] { showEventDetails(m_document.selection()->current()); });
    connect(&m_document, &TimelineDocument::eventChanged, this, [this](qint64 id) {
        if (id == m_document.currentId(m_eventId))
            refresh();
    });
    connect(&m_document, &TimelineDocument::eventsChanged, this, &DetailsPane::refresh);
    connect(&m_document, &TimelineDocument::articlesChanged, this, [this] {
        m_articleId = 0; // its text is the same, but its title or date may not be
        refresh();
    });
    connect(&m_document, &TimelineDocument::databaseChanged, this, [this] {
        m_articleId = 0;
        showEventDetails(0);
    });
    refresh();
}

QString DetailsPane::titleText() const {
    return m_title->text();
}
QString DetailsPane::dateText() const {
    return m_date->text();
}

QString DetailsPane::highlightedText() const {
    const auto selections = m_text->extraSelections();
    return selections.isEmpty() ? QString() : selections.constFirst().cursor.selectedText();
}

void DetailsPane::showEventDetails(qint64 id) {
    m_eventId = id;
    refresh();
}

void DetailsPane::refresh() {
    auto event = m_eventId == 0 ? std::nullopt : m_document.event(m_eventId);
    if (!event) {
        clearEvent();
        return;
    }
    if (event->reports.empty())
        event->reports = m_document.reports(event->id);
    showEvent(*event);
}

void DetailsPane::clearEvent() {
    m_eventId = 0;
    m_title->setText(tr("No event selected"));
    for (QLabel* label : {m_date, m_resolution, m_actors, m_places, m_article, m_edited})
        label->clear();
    m_form->setRowVisible(m_edited, false);
    m_reports->clear();
    m_text->clear();
    m_articleId = 0;
    m_articleUtf8.clear();
}

void DetailsPane::showEvent(const Event& event) {
    m_eventId = event.id;
    m_title->setText(qs(event.title));
    QString date = DateText::format(event.when);
    if (event.when.fuzzy)
        date += QLatin1Char(' ') + tr("(estimate)");
    if (event.dateDisputed)
        date += QLatin1Char(' ') + tr("(the reports disagree)");
    m_date->setText(date);
    m_actors->setText(qsList(event.actors).join(QStringLiteral(", ")));
    m_places->setText(qsList(event.places).join(QStringLiteral(", ")));
    m_edited->setText(event.editedBy.empty()
                          ? QString()
                          : tr("Edited by %1 at %2").arg(qs(event.editedBy), qs(event.editedAt)));
    m_form->setRowVisible(m_edited, !event.editedBy.empty());

    // An event without reports from the store is its own single report; its outlet and
    // publication date are its article's.
    std::optional<Article> article;
    if (event.reports.empty() && event.articleId != 0)
        article = m_document.article(event.articleId);
    const auto reports = ReportList::reportsOf(event, article ? &*article : nullptr);
    m_reports->setEvent(event, reports);
    showReport(reports.front());
    if (event.userEdited || event.userCreated) {
        const QString how = m_resolution->text();
        m_resolution->setText(how.isEmpty() ? tr("set by hand")
                                            : tr("%1 (changed by hand)").arg(how));
    }
}

void DetailsPane::showReport(const Report& report) {
    // The resolution names the words it read ("Thursday → 2022-01-06, …");
    // the words alone are the fallback for reports without one.
    m_resolution->setText(report.resolution.empty() && !report.dateText.empty()
                              ? tr("“%1”").arg(qs(report.dateText))
                              : qs(report.resolution));
    if (report.articleId == 0) {
        m_article->setText(report.origin == Report::Origin::User ? tr("Added by hand")
                                                                 : qs(report.articleTitle));
        // A data set row has its description to show; a hand-made event has nothing more.
        if (report.origin == Report::Origin::User)
            m_text->clear();
        else
            m_text->setPlainText(qs(report.sentence));
        m_articleId = 0;
        m_articleUtf8.clear();
        m_text->setExtraSelections({});
        return;
    }
    showArticle(report.articleId);
    highlight(utf16Index(m_articleUtf8, report.sentenceBegin),
              utf16Index(m_articleUtf8, report.sentenceEnd));
}

void DetailsPane::showArticle(std::int64_t articleId) {
    if (articleId == m_articleId)
        return;
    const auto article = m_document.article(articleId);
    m_articleId = article ? articleId : 0;
    m_articleUtf8 = article ? article->text : std::string();
    if (!article) {
        m_article->setText(tr("Article %1 is missing").arg(articleId));
        m_text->clear();
        return;
    }
    QString label = qs(article->title.empty() ? article->fileName : article->title);
    label += QStringLiteral(" — ") + tr("published %1").arg(qs(toIso(article->published)));
    if (!article->source.empty())
        label += QStringLiteral(" — ") + qs(article->source);
    // Where the original is: the fetched address, else the file it was imported from.
    const QString origin = qs(article->url.empty() ? article->fileName : article->url);
    if (!origin.isEmpty() && !article->title.empty())
        label += QStringLiteral("\n") + tr("from %1").arg(origin);
    if (!article->importedBy.empty())
        label += QStringLiteral("\n") +
                 tr("Imported by %1 at %2").arg(qs(article->importedBy), qs(article->importedAt));
    m_article->setText(label);
    m_article->setToolTip(origin);
    m_text->setPlainText(qs(m_articleUtf8));
}

void DetailsPane::highlight(qsizetype begin, qsizetype end) {
    QTextCursor cursor(m_text->document());
    if (end <= begin) {
        m_text->setExtraSelections({});
        return;
    }
    cursor.setPosition(int(begin));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    // The palette's highlight pair stays readable in light and dark themes.
    selection.format.setBackground(palette().color(QPalette::Highlight));
    selection.format.setForeground(palette().color(QPalette::HighlightedText));
    m_text->setExtraSelections({selection});

    QTextCursor at(m_text->document());
    at.setPosition(int(begin));
    m_text->setTextCursor(at);
    scrollToSentence();
    // The scroll range grows once more when the layout settles; aim again then.
    QTimer::singleShot(0, this, &DetailsPane::scrollToSentence);
}

void DetailsPane::scrollToSentence() {
    if (m_text->extraSelections().isEmpty())
        return;
    // Put the sentence's first line a quarter down the view: it reads with a
    // little of what comes before, and is never left clipped at the bottom edge.
    // QTextEdit lays long texts out lazily; force it to the end first so the
    // scroll range is right.
    m_text->document()->documentLayout()->blockBoundingRect(m_text->document()->lastBlock());
    QScrollBar* bar = m_text->verticalScrollBar();
    const int top = m_text->cursorRect(m_text->textCursor()).top();
    bar->setValue(bar->value() + top - m_text->viewport()->height() / 4);
}

void DetailsPane::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    scrollToSentence();
}

} // namespace ct::ui

#include "window/StoryController.h"

#include "document/EventSelection.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "models/DateText.h"
#include "panes/ReportList.h"
#include "window/MainActions.h"

#include <QAction>
#include <QInputDialog>

namespace ct::ui {

namespace {

QString describe(const Report& report) {
    const QString outlet = qs(report.outlet.empty() ? report.articleTitle : report.outlet);
    const QString published =
        report.published.is_special() ? QString() : qs(toIso(report.published));
    return QStringLiteral("%1 — %2 (%3): %4")
        .arg(DateText::format(report.when), outlet, published, qs(report.title));
}

// Asks which of the reports; -1 when the user cancels.
int askReport(QWidget& parent, const QString& title, const QString& label,
              const std::vector<Report>& reports) {
    QStringList items;
    for (const Report& report : reports)
        items << describe(report);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(&parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(chosen)) : -1;
}

} // namespace

StoryController::StoryController(TimelineDocument& document, MainActions& actions, QWidget& window)
    : QObject(&window), m_document(document), m_actions(actions), m_window(window) {
    connect(actions.splitReport, &QAction::triggered, this, &StoryController::splitReport);
    connect(actions.mergeEvents, &QAction::triggered, this, &StoryController::mergeEvents);
    connect(actions.markDistinct, &QAction::triggered, this, &StoryController::markDistinct);
    connect(actions.chooseDate, &QAction::triggered, this, &StoryController::chooseDate);
    connect(document.selection(), &EventSelection::changed, this, &StoryController::updateActions);
    connect(&document, &TimelineDocument::databaseChanged, this, &StoryController::updateActions);
    connect(&document, &TimelineDocument::eventsChanged, this, &StoryController::updateActions);
    connect(&document, &TimelineDocument::eventChanged, this, &StoryController::updateActions);
    updateActions();
}

void StoryController::updateActions() {
    const QList<qint64> ids = m_document.selection()->ids();
    const qint64 current = m_document.selection()->current();
    const auto event = current ? m_document.event(current) : std::nullopt;
    const auto reports = event ? m_document.reports(event->id) : std::vector<Report>();
    m_actions.splitReport->setEnabled(reports.size() > 1);
    m_actions.mergeEvents->setEnabled(ids.size() >= 2);
    m_actions.markDistinct->setEnabled(ids.size() == 2);
    m_actions.chooseDate->setEnabled(event && !reports.empty() &&
                                     ReportList::disagree(*event, reports));
}

void StoryController::splitReport() {
    const qint64 current = m_document.selection()->current();
    const auto reports = m_document.reports(current);
    if (reports.size() < 2)
        return;
    const int row = askReport(m_window, tr("Split Report"),
                              tr("Which report tells of another happening?"), reports);
    if (row >= 0)
        m_document.splitReport(reports.at(std::size_t(row)).id);
}

void StoryController::mergeEvents() {
    const QList<qint64> ids = m_document.selection()->ids();
    if (ids.size() >= 2)
        m_document.mergeEvents(ids); // into the current (first) one
}

void StoryController::markDistinct() {
    const QList<qint64> ids = m_document.selection()->ids();
    if (ids.size() == 2)
        m_document.markDistinct(ids.at(0), ids.at(1));
}

void StoryController::chooseDate() {
    const qint64 current = m_document.selection()->current();
    const auto reports = m_document.reports(current);
    if (reports.empty())
        return;
    const int row =
        askReport(m_window, tr("Choose Date"),
                  tr("The reports disagree. Which report gives the right date?"), reports);
    if (row >= 0)
        m_document.chooseDate(current, reports.at(std::size_t(row)).id);
}

} // namespace ct::ui

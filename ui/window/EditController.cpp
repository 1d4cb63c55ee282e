#include "window/EditController.h"

#include "dialogs/EventEditDialog.h"
#include "document/EventSelection.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "window/MainActions.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace ct::ui {

EditController::EditController(TimelineDocument& document, MainActions& actions, QWidget& window)
    : QObject(&window), m_document(document), m_actions(actions), m_window(window) {
    connect(actions.addEvent, &QAction::triggered, this, &EditController::addEvent);
    connect(actions.editEvent, &QAction::triggered, this, &EditController::editEvent);
    connect(actions.deleteEvent, &QAction::triggered, this, &EditController::deleteEvents);
    connect(actions.changePublicationDate, &QAction::triggered, this,
            &EditController::changePublicationDate);
    connect(document.selection(), &EventSelection::changed, this, &EditController::updateActions);
    connect(&document, &TimelineDocument::databaseChanged, this, &EditController::updateActions);
    connect(&document, &TimelineDocument::eventsChanged, this, &EditController::updateActions);
    updateActions();
}

void EditController::updateActions() {
    const bool open = m_document.isOpen();
    const qint64 current = m_document.selection()->current();
    const auto event = current ? m_document.event(current) : std::nullopt;
    m_actions.addEvent->setEnabled(open);
    m_actions.editEvent->setEnabled(event.has_value());
    m_actions.deleteEvent->setEnabled(event.has_value());
    m_actions.changePublicationDate->setEnabled(event && event->articleId != 0);
}

void EditController::addEvent() {
    Event blank;
    // Start on the selected event's day: new events usually belong near it.
    if (const auto near = m_document.event(m_document.selection()->current()))
        blank.when = singleDay(near->when.start);
    else
        blank.when = singleDay(fromQDate(QDate::currentDate()));
    EventEditDialog dialog(blank, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_document.addEvent(dialog.event());
}

void EditController::editEvent() {
    const auto event = m_document.event(m_document.selection()->current());
    if (!event)
        return;
    EventEditDialog dialog(*event, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_document.editEvent(dialog.event());
}

void EditController::deleteEvents() {
    m_document.deleteEvents(m_document.selection()->ids());
}

void EditController::changePublicationDate() {
    const auto event = m_document.event(m_document.selection()->current());
    if (!event || event->articleId == 0)
        return;
    const auto article = m_document.article(event->articleId);
    if (!article)
        return;

    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Change Publication Date"));
    auto* form = new QFormLayout(&dialog);
    auto* intro = new QLabel(tr("The events of “%1” are resolved again against the new date. "
                                "Events you added or edited keep their dates.")
                                 .arg(qs(article->title)),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* date = new QDateEdit(toQDate(article->published), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Published:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_document.changePublicationDate(article->id, fromQDate(date->date()));
}

} // namespace ct::ui

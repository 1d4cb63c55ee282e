#include "dialogs/EventEditDialog.h"

#include "document/QtConvert.h"
#include "models/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ct::ui {

namespace {

QDateEdit* makeDateEdit(QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

EventEditDialog::EventEditDialog(const Event& event, QWidget* parent)
    : QDialog(parent), m_event(event), m_title(new QLineEdit(this)), m_start(makeDateEdit(this)),
      m_hasEnd(new QCheckBox(tr("Ends on"), this)), m_end(makeDateEdit(this)),
      m_precision(new QComboBox(this)), m_fuzzy(new QCheckBox(tr("Approximate date"), this)),
      m_actors(new QLineEdit(this)), m_places(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(event.id == 0 ? tr("Add Event") : tr("Edit Event"));

    m_title->setText(qs(event.title));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("What happened"));
    const QDate start =
        toQDate(event.when.start).isValid() ? toQDate(event.when.start) : QDate::currentDate();
    m_start->setDate(start);
    const QDate end = toQDate(event.when.end);
    m_hasEnd->setChecked(end.isValid() && end != start);
    m_end->setDate(end.isValid() ? end : start);
    for (Precision p : {Precision::Day, Precision::Month, Precision::Year, Precision::Range})
        m_precision->addItem(DateText::precisionName(p), int(p));
    m_precision->setCurrentIndex(m_precision->findData(int(event.when.precision)));
    m_fuzzy->setChecked(event.when.fuzzy);
    m_fuzzy->setToolTip(tr("Shown as an estimate (≈), never as an exact date"));
    m_actors->setText(qsList(event.actors).join(QStringLiteral(", ")));
    m_actors->setPlaceholderText(tr("Comma-separated, e.g. Vladimir Putin, CSTO"));
    m_places->setText(qsList(event.places).join(QStringLiteral(", ")));
    m_places->setPlaceholderText(tr("Comma-separated, e.g. Kazakhstan, Almaty"));

    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_start);
    form->addRow(QString(), endRow);
    form->addRow(tr("&Precision:"), m_precision);
    form->addRow(QString(), m_fuzzy);
    form->addRow(tr("&Actors:"), m_actors);
    form->addRow(tr("P&laces:"), m_places);
    form->addRow(m_buttons);

    // Titles are up to ~80 characters: show them whole, from their beginning.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    for (QLineEdit* edit : {m_title, m_actors, m_places})
        edit->setCursorPosition(0);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventEditDialog::updateState);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventEditDialog::updateState);
    connect(m_start, &QDateEdit::dateChanged, this, &EventEditDialog::updateState);
    connect(m_end, &QDateEdit::dateChanged, this, &EventEditDialog::updateState);
    updateState();
}

void EventEditDialog::updateState() {
    m_end->setEnabled(m_hasEnd->isChecked());
    const bool endOk = !m_hasEnd->isChecked() || m_end->date() >= m_start->date();
    m_end->setToolTip(endOk ? QString() : tr("The end is before the start"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty() && endOk);
}

Event EventEditDialog::event() const {
    Event event = m_event;
    event.title = m_title->text().trimmed().toStdString();
    event.when.start = fromQDate(m_start->date());
    event.when.end = fromQDate(m_hasEnd->isChecked() ? m_end->date() : m_start->date());
    event.when.precision = Precision(m_precision->currentData().toInt());
    if (!m_hasEnd->isChecked()) {
        // A month or a year is a span: store all of it, as the extractor does.
        const Date day = event.when.start;
        if (event.when.precision == Precision::Month) {
            event.when.start = Date(day.year(), day.month(), 1);
            event.when.end = event.when.start.end_of_month();
        } else if (event.when.precision == Precision::Year) {
            event.when.start = Date(day.year(), 1, 1);
            event.when.end = Date(day.year(), 12, 31);
        }
    } else if (event.when.end != event.when.start && event.when.precision == Precision::Day) {
        event.when.precision = Precision::Range;
    }
    event.when.fuzzy = m_fuzzy->isChecked();
    event.actors = stdList(m_actors->text().split(QLatin1Char(',')));
    event.places = stdList(m_places->text().split(QLatin1Char(',')));
    return event;
}

} // namespace ct::ui

#include "panes/FilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace ct::ui {

namespace {

// The minimum date of a QDateEdit stands for "no limit", shown as a dash.
// QDateTimeEdit accepts nothing before the year 100.
const QDate kOpenDate(100, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& tooltip) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(kOpenDate);
    edit->setToolTip(tooltip);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)),
      m_actor(new QComboBox(this)), m_place(new QComboBox(this)),
      m_from(makeDateEdit(this, tr("Show events from this day on"))),
      m_to(makeDateEdit(this, tr("Show events up to this day"))), m_minSources(new QSpinBox(this)) {
    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_search->setToolTip(tr("Full-text search over titles and source sentences"));
    // FTS queries per keystroke would stall on big databases; wait for a pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { emit searchChanged(searchText()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit searchChanged(searchText());
    });

    fillCombo(m_actor, tr("All actors"), {});
    fillCombo(m_place, tr("All places"), {});
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_place->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_actor, &QComboBox::currentIndexChanged, this, [this] { emit actorChanged(actor()); });
    connect(m_place, &QComboBox::currentIndexChanged, this, [this] { emit placeChanged(place()); });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitDateRange);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitDateRange);
    // 1 is "any": every event has at least one outlet, so the filter is off there.
    m_minSources->setRange(1, 999);
    m_minSources->setSpecialValueText(tr("any"));
    m_minSources->setToolTip(tr("Show only events reported by at least this many outlets"));
    m_minSources->setAccessibleName(tr("Reported by at least N outlets"));
    connect(m_minSources, &QSpinBox::valueChanged, this, &FilterBar::minSourcesChanged);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_actor);
    layout->addWidget(m_place);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    auto* outletsLabel = new QLabel(tr("&Outlets ≥"), this);
    outletsLabel->setBuddy(m_minSources);
    layout->addWidget(outletsLabel);
    layout->addWidget(m_minSources);
}

int FilterBar::minSources() const {
    return m_minSources->value();
}

QString FilterBar::searchText() const {
    return m_search->text().trimmed();
}
QString FilterBar::actor() const {
    return m_actor->currentIndex() > 0 ? m_actor->currentText() : QString();
}
QString FilterBar::place() const {
    return m_place->currentIndex() > 0 ? m_place->currentText() : QString();
}
QDate FilterBar::from() const {
    return dateOf(m_from);
}
QDate FilterBar::to() const {
    return dateOf(m_to);
}

QDate FilterBar::dateOf(const QDateEdit* edit) const {
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void FilterBar::setFirstEventDay(const QDate& first) {
    // "No limit" is the editor's minimum, shown as a dash. Placing it the day
    // before the first event makes the calendar open where the events are,
    // not in the year 100.
    const QDate open = first.isValid() ? first.addDays(-1) : kOpenDate;
    for (QDateEdit* edit : {m_from, m_to}) {
        const QDate chosen = dateOf(edit);
        const QSignalBlocker blocker(edit);
        edit->setMinimumDate(chosen.isValid() ? qMin(open, chosen.addDays(-1)) : open);
        edit->setDate(chosen.isValid() ? chosen : edit->minimumDate());
    }
}

void FilterBar::setActors(const QStringList& actors) {
    if (!fillCombo(m_actor, tr("All actors"), actors))
        emit actorChanged(QString());
}

void FilterBar::setPlaces(const QStringList& places) {
    if (!fillCombo(m_place, tr("All places"), places))
        emit placeChanged(QString());
}

bool FilterBar::fillCombo(QComboBox* combo, const QString& anyText, const QStringList& items) {
    const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText);
    combo->addItems(items);
    const int index = current.isEmpty() ? 0 : combo->findText(current);
    combo->setCurrentIndex(qMax(0, index));
    return current.isEmpty() || index >= 0;
}

void FilterBar::setSearchText(const QString& text) {
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_searchDelay->stop();
    emit searchChanged(searchText());
}

void FilterBar::clear() {
    setSearchText(QString());
    m_actor->setCurrentIndex(0);
    m_place->setCurrentIndex(0);
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    m_minSources->setValue(1);
}

void FilterBar::emitDateRange() {
    emit dateRangeChanged(from(), to());
}

EventQuery FilterBar::query() const {
    EventQuery query;
    query.text = searchText().toStdString();
    query.actor = actor().toStdString();
    query.place = place().toStdString();
    const auto date = [](const QDate& d) {
        return Date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                    static_cast<unsigned short>(d.day()));
    };
    if (from().isValid())
        query.from = date(from());
    if (to().isValid())
        query.to = date(to());
    return query;
}

} // namespace ct::ui

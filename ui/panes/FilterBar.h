#pragma once

#include "store/Store.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace ct::ui {

// The filters the table and the timeline share: full-text search, one actor,
// one place, a date range and a least number of outlets. It only says what the user chose; the
// window turns that into a filter.
class FilterBar : public QWidget {
    Q_OBJECT
  public:
    explicit FilterBar(QWidget* parent = nullptr);

    QString searchText() const;
    QString actor() const; // empty = any
    QString place() const;
    QDate from() const; // invalid = open
    QDate to() const;
    int minSources() const; // 1 = any event
    // The search, actor, place and dates as a store query (the outlet count filters rows).
    EventQuery query() const;
    QSpinBox* minSourcesField() const { return m_minSources; }

    QLineEdit* searchField() const { return m_search; }

    // The day of the first event, so that the date editors open near the events.
    void setFirstEventDay(const QDate& first);
    // Keeps the current choice when it is still offered.
    void setActors(const QStringList& actors);
    void setPlaces(const QStringList& places);

  public slots:
    void setSearchText(const QString& text); // applies at once, for tests and Find
    void clear();

  signals:
    void searchChanged(const QString& text);
    void actorChanged(const QString& actor);
    void placeChanged(const QString& place);
    void dateRangeChanged(const QDate& from, const QDate& to);
    void minSourcesChanged(int outlets);

  private:
    // False when the current choice is no longer offered (the combo fell back to "all").
    static bool fillCombo(QComboBox* combo, const QString& anyText, const QStringList& items);
    QDate dateOf(const QDateEdit* edit) const;
    void emitDateRange();

    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QComboBox* m_actor;
    QComboBox* m_place;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSpinBox* m_minSources;
};

} // namespace ct::ui

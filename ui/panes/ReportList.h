#pragma once

#include "model/Article.h"
#include "model/Event.h"
#include "model/Report.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ct::ui {

// The reports of one event, earliest publication first: outlet, publication date, the date
// words and the date they gave. When the reports disagree on the date a note says so and the
// user picks one report's date (Use This Date). Choosing a report shows its sentence in the
// details pane; the pane turns the buttons into undoable edits.
class ReportList : public QWidget {
    Q_OBJECT
  public:
    explicit ReportList(QWidget* parent = nullptr);

    // The event's reports, or — for an event the store has not split into reports yet — one
    // made from the event's own sentence, with the outlet and date of `article` when known.
    static std::vector<Report> reportsOf(const Event& event, const Article* article);
    // Whether the reports give different dates (the store's flag, or what they say).
    static bool disagree(const Event& event, const std::vector<Report>& reports);

    void setEvent(const Event& event, const std::vector<Report>& reports);
    void clear();

    int count() const { return int(m_reports.size()); }
    const Report& reportAt(int row) const { return m_reports.at(std::size_t(row)); }
    int currentRow() const;
    void setCurrentRow(int row);
    bool isDisagreementShown() const;
    QString disagreementText() const;
    // The row's cells as shown, for tests and accessibility: published, outlet, date words, date.
    QStringList rowText(int row) const;

    // Split is offered when the store can split reports out of events (schema 3).
    void setSplitAvailable(bool available);

  signals:
    void reportChosen(const ct::Report& report);
    void useDateRequested(const ct::DateSpan& when);
    void splitRequested(qint64 reportId);

  private:
    void updateButtons();

    std::vector<Report> m_reports;
    DateSpan m_eventDate;
    bool m_splitAvailable = false;
    QLabel* m_note;
    QTreeWidget* m_tree;
    QPushButton* m_useDate;
    QPushButton* m_split;
};

} // namespace ct::ui

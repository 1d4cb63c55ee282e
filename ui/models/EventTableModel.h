#pragma once

#include "model/Event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <map>
#include <vector>

namespace ct::ui {

class TimelineDocument;

// The open database's events as table rows. Follows the document: a reset on
// eventsChanged, one row refreshed on eventChanged.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        DateColumn,
        TitleColumn,
        ActorsColumn,
        PlacesColumn,
        ArticleColumn,
        ConfidenceColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,     // what the column sorts by: day numbers, numbers, folded text
        StartDayRole, // DayNumber of the start
        EndDayRole,   // DayNumber of the end (inclusive)
        ActorsRole,   // QStringList
        PlacesRole,   // QStringList
        FuzzyRole,
    };

    explicit EventTableModel(TimelineDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an event, -1 when it is not in the model.
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    qint64 idAt(int row) const;

  public slots:
    void reload();

  private:
    void refreshEvent(qint64 id);
    void reindex();
    QString articleTitle(std::int64_t articleId) const;

    TimelineDocument& m_document;
    std::vector<Event> m_events;
    QHash<qint64, int> m_rowById;
    std::map<std::int64_t, QString> m_articleTitles;
};

} // namespace ct::ui

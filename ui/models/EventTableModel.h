#pragma once

#include "document/TimelineLoader.h"
#include "model/Event.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>
#include <map>
#include <vector>

namespace ct::ui {

class TimelineDocument;

// The open database's events as table rows. The rows are the document's timeline snapshot (ids
// and dates, shared with the timeline, 32 bytes an event); the rest of a row — title, actors,
// places, confidence — is read from the store when the row is shown and cached for the rows
// around, so a million events cost the table a few megabytes and no load time of its own.
// Follows the document: a reset for each new snapshot, one row refreshed on eventChanged.
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
        SourcesColumn,       // distinct outlets that reported the event
        FirstReportedColumn, // earliest publication among its reports
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
        SourceCountRole, // int, from the compact row: filters need no store query
        DisputedRole,    // bool: its reports disagree on the date
    };

    explicit EventTableModel(TimelineDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an event, -1 when it is not in the model.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    // The position in the document's timeline snapshot that a row shows.
    std::uint32_t positionAt(int row) const;
    const TimelineSnapshot& snapshot() const { return m_snapshot; }

    // Puts the rows in this order (EventFilterProxyModel::sort asks for it), and keeps it
    // across reloads. By date it is the snapshot's own order; the text columns need every
    // row's value from the store, which takes seconds for a million rows.
    void sortRows(int column, Qt::SortOrder order);
    // Ids of the events naming this actor or place, for the filters (see TimelineDocument).
    QSet<qint64> eventIdsNaming(bool actor, const QString& name) const;

  public slots:
    void reload();

  private:
    void refreshEvent(qint64 id);
    void applyOrder();
    const Event* details(qint64 id) const;
    QString articleTitle(std::int64_t articleId) const;
    void loadArticleTitles();
    // The day an event was first reported, for sorting: its article's publication day (one
    // store read of the articles, not one per event); events added by hand sort first.
    std::vector<DayNumber> firstReportedDays() const;

    TimelineDocument& m_document;
    TimelineSnapshot m_snapshot;
    std::vector<std::uint32_t> m_order;         // row → snapshot position; empty: the same
    std::vector<std::uint32_t> m_rowOfPosition; // its inverse; empty: the same
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Whole events for the rows on screen (and their neighbours): the store is asked once
    // per row, not once per cell and role.
    mutable QCache<qint64, Event> m_details{4096};
    std::map<std::int64_t, QString> m_articleTitles;
    std::map<std::int64_t, Date> m_articlePublished;
};

} // namespace ct::ui

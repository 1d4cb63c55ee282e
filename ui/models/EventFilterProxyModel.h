#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace ct::ui {

// Sorting and the filter bar's filters over EventTableModel. Full-text search
// is the store's FTS index: the proxy gets the set of matching ids, so the
// table and the timeline agree with the command line's search. Actor and place
// filters are store queries too (sets of ids), and sorting is done by the
// source model on its compact rows: comparing a million rows through data()
// and QVariant, as QSortFilterProxyModel would, takes seconds.
class EventFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit EventFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // nullopt = no search; an empty set = nothing matches.
    void setSearchIds(std::optional<QSet<qint64>> ids);
    void setActor(const QString& actor); // empty = any
    void setPlace(const QString& place);
    // Events overlapping [from, to]; an invalid date leaves that side open.
    void setDateRange(const QDate& from, const QDate& to);
    // Events reported by at least this many distinct outlets; 1 (or less) = all.
    void setMinSources(int outlets);
    int minSources() const { return m_minSources; }

    bool isFiltering() const;
    // Ids of the rows that pass, in proxy order.
    QList<qint64> visibleIds() const;

  signals:
    void filterChanged();

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    void refilter();
    // The ids naming the chosen actor/place, read when first needed after a change.
    const QSet<qint64>& namedIds(bool actor) const;

    std::optional<QSet<qint64>> m_searchIds;
    QString m_actor;
    QString m_place;
    QDate m_from;
    QDate m_to;
    int m_minSources = 1;
    mutable std::optional<QSet<qint64>> m_actorIds;
    mutable std::optional<QSet<qint64>> m_placeIds;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace ct::ui

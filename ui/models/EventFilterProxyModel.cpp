#include "models/EventFilterProxyModel.h"

#include "document/QtConvert.h"
#include "models/EventTableModel.h"

namespace ct::ui {

EventFilterProxyModel::EventFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(EventTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel* model) {
    if (model == sourceModel())
        return;
    for (const auto& c : m_sourceConnections)
        disconnect(c);
    m_sourceConnections.clear();
    m_actorIds.reset();
    m_placeIds.reset();
    // Connected before QSortFilterProxyModel connects its own handlers, so the cached id sets
    // are dropped before it filters the new or changed rows with them.
    if (model) {
        auto stale = [this] {
            m_actorIds.reset();
            m_placeIds.reset();
        };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, stale),
            connect(model, &QAbstractItemModel::dataChanged, this, stale),
            connect(model, &QAbstractItemModel::rowsInserted, this, stale),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterProxyModel::sort(int column, Qt::SortOrder order) {
    auto* events = qobject_cast<EventTableModel*>(sourceModel());
    if (!events) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    // The source puts its rows in order; this proxy keeps the source's order (column -1).
    events->sortRows(column, order);
    if (sortColumn() != -1)
        QSortFilterProxyModel::sort(-1, order);
}

void EventFilterProxyModel::setSearchIds(std::optional<QSet<qint64>> ids) {
    m_searchIds = std::move(ids);
    refilter();
}

void EventFilterProxyModel::setActor(const QString& actor) {
    if (actor == m_actor)
        return;
    m_actor = actor;
    m_actorIds.reset();
    refilter();
}

void EventFilterProxyModel::setPlace(const QString& place) {
    if (place == m_place)
        return;
    m_place = place;
    m_placeIds.reset();
    refilter();
}

void EventFilterProxyModel::setDateRange(const QDate& from, const QDate& to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void EventFilterProxyModel::setMinSources(int outlets) {
    outlets = qMax(1, outlets);
    if (outlets == m_minSources)
        return;
    m_minSources = outlets;
    refilter();
}

bool EventFilterProxyModel::isFiltering() const {
    return m_searchIds || !m_actor.isEmpty() || !m_place.isEmpty() || m_from.isValid() ||
           m_to.isValid() || m_minSources > 1;
}

QList<qint64> EventFilterProxyModel::visibleIds() const {
    QList<qint64> ids;
    ids.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        ids << index(row, 0).data(EventTableModel::IdRole).toLongLong();
    return ids;
}

const QSet<qint64>& EventFilterProxyModel::namedIds(bool actor) const {
    auto& cached = actor ? m_actorIds : m_placeIds;
    if (!cached) {
        const auto* events = qobject_cast<const EventTableModel*>(sourceModel());
        cached = events ? events->eventIdsNaming(actor, actor ? m_actor : m_place) : QSet<qint64>();
    }
    return *cached;
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!isFiltering())
        return true; // a million rows pass this on every reset: nothing to look up
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool byIds = qobject_cast<const EventTableModel*>(sourceModel()) != nullptr;
    const qint64 id = index.data(EventTableModel::IdRole).toLongLong();
    if (m_searchIds && !m_searchIds->contains(id))
        return false;
    if (!m_actor.isEmpty() && !(byIds ? namedIds(true).contains(id)
                                      : index.data(EventTableModel::ActorsRole)
                                            .toStringList()
                                            .contains(m_actor, Qt::CaseInsensitive)))
        return false;
    if (!m_place.isEmpty() && !(byIds ? namedIds(false).contains(id)
                                      : index.data(EventTableModel::PlacesRole)
                                            .toStringList()
                                            .contains(m_place, Qt::CaseInsensitive)))
        return false;
    // The source count is on the compact row: no store query, whatever the number of events.
    if (m_minSources > 1 && index.data(EventTableModel::SourceCountRole).toInt() < m_minSources)
        return false;
    if (m_from.isValid() &&
        index.data(EventTableModel::EndDayRole).toInt() < toDayNumber(fromQDate(m_from)))
        return false;
    if (m_to.isValid() &&
        index.data(EventTableModel::StartDayRole).toInt() > toDayNumber(fromQDate(m_to)))
        return false;
    return true;
}

void EventFilterProxyModel::refilter() {
    // invalidateFilter() applies a change as one removal or insertion per run of rows, and
    // the table's header does work in proportion to all its rows for each: filtering a
    // million rows down to a search's matches took 13 s, clearing it 7 s. invalidate() drops
    // the mapping and rebuilds it in one pass, announced as one layout change.
    invalidate();
    emit filterChanged();
}

} // namespace ct::ui

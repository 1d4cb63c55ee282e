#include "models/EventFilterProxyModel.h"

#include "document/QtConvert.h"
#include "models/EventTableModel.h"

namespace ct::ui {

EventFilterProxyModel::EventFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(EventTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EventFilterProxyModel::setSearchIds(std::optional<QSet<qint64>> ids) {
    m_searchIds = std::move(ids);
    refilter();
}

void EventFilterProxyModel::setActor(const QString& actor) {
    if (actor == m_actor)
        return;
    m_actor = actor;
    refilter();
}

void EventFilterProxyModel::setPlace(const QString& place) {
    if (place == m_place)
        return;
    m_place = place;
    refilter();
}

void EventFilterProxyModel::setDateRange(const QDate& from, const QDate& to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

bool EventFilterProxyModel::isFiltering() const {
    return m_searchIds || !m_actor.isEmpty() || !m_place.isEmpty() || m_from.isValid() ||
           m_to.isValid();
}

QList<qint64> EventFilterProxyModel::visibleIds() const {
    QList<qint64> ids;
    ids.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        ids << index(row, 0).data(EventTableModel::IdRole).toLongLong();
    return ids;
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_searchIds && !m_searchIds->contains(index.data(EventTableModel::IdRole).toLongLong()))
        return false;
    if (!m_actor.isEmpty() && !index.data(EventTableModel::ActorsRole)
                                   .toStringList()
                                   .contains(m_actor, Qt::CaseInsensitive))
        return false;
    if (!m_place.isEmpty() && !index.data(EventTableModel::PlacesRole)
                                   .toStringList()
                                   .contains(m_place, Qt::CaseInsensitive))
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
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter is the supported way.
    invalidateFilter();
    emit filterChanged();
}

} // namespace ct::ui

#include "models/EventTableModel.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "models/DateText.h"

#include <QCollator>
#include <QFont>
#include <algorithm>
#include <numeric>

namespace ct::ui {

namespace {

DateSpan spanDates(const TimelineSpan& span) {
    return {fromDayNumber(span.start), fromDayNumber(span.end), span.precision, span.fuzzy};
}

// The store fills firstReported once events have reports (schema 3); until then an event's
// first report is its own article.
Date firstReported(const Event& event, const std::map<std::int64_t, Date>& published) {
    if (!event.firstReported.is_special())
        return event.firstReported;
    const auto it = published.find(event.articleId);
    return it == published.end() ? Date() : it->second;
}

} // namespace

EventTableModel::EventTableModel(TimelineDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(&m_document, &TimelineDocument::databaseChanged, this, &EventTableModel::reload);
    connect(&m_document, &TimelineDocument::timelineChanged, this, &EventTableModel::reload);
    connect(&m_document, &TimelineDocument::articlesChanged, this, [this] {
        loadArticleTitles();
        if (rowCount() > 0)
            emit dataChanged(index(0, ArticleColumn), index(rowCount() - 1, ArticleColumn));
    });
    connect(&m_document, &TimelineDocument::eventChanged, this, &EventTableModel::refreshEvent);
    connect(&m_document, &TimelineDocument::eventsChanged, this, [this] { m_details.clear(); });
    reload();
}

int EventTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_snapshot.index->size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::uint32_t EventTableModel::positionAt(int row) const {
    return m_order.empty() ? std::uint32_t(row) : m_order[std::size_t(row)];
}

qint64 EventTableModel::idAt(int row) const {
    return row >= 0 && row < rowCount() ? m_snapshot.index->at(positionAt(row)).id : 0;
}

int EventTableModel::rowOf(qint64 id) const {
    const auto position = m_snapshot.index->indexOf(id);
    if (!position)
        return -1;
    return m_rowOfPosition.empty() ? int(*position) : int(m_rowOfPosition[*position]);
}

const Event* EventTableModel::details(qint64 id) const {
    if (Event* cached = m_details.object(id))
        return cached;
    auto event = m_document.event(id);
    if (!event)
        return nullptr;
    auto* stored = new Event(std::move(*event));
    m_details.insert(id, stored); // QCache owns it from here
    return stored;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineSpan& span = m_snapshot.index->at(positionAt(index.row()));
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(span.id);
    case StartDayRole:
        return span.start;
    case EndDayRole:
        return span.end;
    case FuzzyRole:
        return span.fuzzy;
    case SourceCountRole:
        return int(span.sourceCount);
    case DisputedRole:
        return bool(span.dateDisputed);
    case ActorsRole:
    case PlacesRole: {
        const Event* event = details(span.id);
        return event ? qsList(role == ActorsRole ? event->actors : event->places) : QStringList();
    }
    default:
        break;
    }

    const auto column = Column(index.column());
    if (column == DateColumn && role == SortRole) // start, then the shorter span first
        return (qint64(span.start) << 32) + span.end;
    if (column == DateColumn && role == Qt::DisplayRole)
        return DateText::format(spanDates(span));
    if (column == SourcesColumn && (role == Qt::DisplayRole || role == SortRole))
        return int(span.sourceCount);
    if (role == Qt::TextAlignmentRole && (column == ConfidenceColumn || column == SourcesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && span.fuzzy && column == DateColumn) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const Event* event = details(span.id);
    if (!event)
        return {};
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case TitleColumn:
            return qs(event->title);
        case ActorsColumn:
            return qsList(event->actors).join(QStringLiteral(", "));
        case PlacesColumn:
            return qsList(event->places).join(QStringLiteral(", "));
        case ArticleColumn:
            return event->articleId == 0 ? tr("(added by hand)") : articleTitle(event->articleId);
        case ConfidenceColumn:
            if (role == SortRole)
                return event->confidence;
            return QStringLiteral("%1 %").arg(qRound(event->confidence * 100));
        case FirstReportedColumn: {
            const Date first = firstReported(*event, m_articlePublished);
            if (role == SortRole)
                return first.is_special() ? 0 : toDayNumber(first);
            return first.is_special() ? QString() : qs(toIso(first));
        }
        case DateColumn:
        case SourcesColumn:
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == DateColumn && !event->resolution.empty())
            return qs(event->resolution);
        if (column == TitleColumn)
            return qs(event->sentence.empty() ? event->title : event->sentence);
        if (column == SourcesColumn)
            return tr("Reported by %n outlet(s) in %1 report(s)", nullptr, span.sourceCount)
                .arg(event->reportCount);
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case ActorsColumn:
        return tr("Actors");
    case PlacesColumn:
        return tr("Places");
    case ArticleColumn:
        return tr("Article");
    case ConfidenceColumn:
        return tr("Confidence");
    case SourcesColumn:
        return tr("Sources");
    case FirstReportedColumn:
        return tr("First reported");
    case ColumnCount:
        break;
    }
    return {};
}

void EventTableModel::reload() {
    if (m_document.timeline().preview && m_snapshot.index->empty())
        return; // a density picture for the timeline, not rows: wait for the real ones
    beginResetModel();
    m_snapshot = m_document.timeline().preview ? TimelineSnapshot{} : m_document.timeline();
    m_details.clear();
    loadArticleTitles();
    applyOrder();
    endResetModel();
}

void EventTableModel::loadArticleTitles() {
    m_articleTitles.clear();
    for (const auto& [id, title] : m_document.articleTitles())
        m_articleTitles[id] = qs(title);
    m_articlePublished = m_document.articlePublished();
}

std::vector<DayNumber> EventTableModel::firstReportedDays() const {
    const TimelineIndex& index = *m_snapshot.index;
    std::vector<DayNumber> days(index.size(), 0);
    for (std::size_t p = 0; p < index.size(); ++p) {
        const auto it = m_articlePublished.find(index.at(p).articleId);
        if (it != m_articlePublished.end() && !it->second.is_special())
            days[p] = toDayNumber(it->second);
    }
    return days;
}

void EventTableModel::refreshEvent(qint64 id) {
    m_details.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EventTableModel::sortRows(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<qint64> persistentIds;
    for (const QModelIndex& i : persistent)
        persistentIds.push_back(idAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder();
    QModelIndexList moved;
    for (std::size_t k = 0; k < persistentIds.size(); ++k)
        moved << index(rowOf(persistentIds[k]), persistent[qsizetype(k)].column());
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventTableModel::applyOrder() {
    m_order.clear();
    m_rowOfPosition.clear();
    const TimelineIndex& index = *m_snapshot.index;
    const std::size_t n = index.size();
    if (n == 0)
        return;
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (m_sortColumn == DateColumn) {
        // The snapshot is in start order already; only ties on the start need sorting by end.
        auto key = [&](std::uint32_t p) {
            return (std::int64_t(index.at(p).start) << 32) + index.at(p).end;
        };
        auto byDate = [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); };
        if (!std::is_sorted(order.begin(), order.end(), byDate))
            std::stable_sort(order.begin(), order.end(), byDate);
        if (m_sortOrder == Qt::DescendingOrder)
            std::stable_sort(order.begin(), order.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return key(b) < key(a); });
    } else if (m_sortColumn == SourcesColumn || m_sortColumn == FirstReportedColumn) {
        // Both from the compact rows (sources) or one article read (first reported): sorting
        // a million events by them reads no event from the store.
        std::vector<std::int64_t> value(n);
        if (m_sortColumn == SourcesColumn) {
            for (std::size_t p = 0; p < n; ++p)
                value[p] = index.at(p).sourceCount;
        } else {
            const auto days = firstReportedDays();
            value.assign(days.begin(), days.end());
        }
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return m_sortOrder == Qt::AscendingOrder ? value[a] < value[b] : value[b] < value[a];
        });
    } else if (m_sortColumn == ConfidenceColumn) {
        std::vector<double> value(n);
        for (const auto& [id, confidence] : m_document.confidences())
            if (const auto p = index.indexOf(id))
                value[*p] = confidence;
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return m_sortOrder == Qt::AscendingOrder ? value[a] < value[b] : value[b] < value[a];
        });
    } else {
        // Text columns: locale-aware and case-insensitive, as people expect names sorted;
        // each text is turned into a collation key once, not at every comparison. Actors and
        // places sort by the first one named (the lane key the snapshot holds): reading every
        // event's names would take a million store queries.
        std::vector<QString> text(n);
        if (m_sortColumn == TitleColumn) {
            for (const auto& [id, title] : m_document.allTitles())
                if (const auto p = index.indexOf(id))
                    text[*p] = qs(title);
        } else if (m_sortColumn == ArticleColumn) {
            for (std::size_t p = 0; p < n; ++p) {
                const std::int32_t article = index.at(p).articleId;
                text[p] = article <= 0 ? tr("(added by hand)") : articleTitle(article);
            }
        } else {
            const bool actors = m_sortColumn == ActorsColumn;
            const auto names = m_document.laneKeyNames(actors);
            for (std::size_t p = 0; p < n; ++p) {
                const auto it = names.find(actors ? index.at(p).actorId : index.at(p).placeId);
                if (it != names.end())
                    text[p] = it->second;
            }
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(n);
        for (const QString& t : text)
            keys.push_back(collator.sortKey(t));
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return m_sortOrder == Qt::AscendingOrder ? keys[a].compare(keys[b]) < 0
                                                     : keys[b].compare(keys[a]) < 0;
        });
    }
    bool identity = true;
    for (std::size_t r = 0; r < n && identity; ++r)
        identity = order[r] == r;
    if (identity)
        return;
    m_order = std::move(order);
    m_rowOfPosition.assign(n, 0);
    for (std::size_t r = 0; r < n; ++r)
        m_rowOfPosition[m_order[r]] = std::uint32_t(r);
}

QSet<qint64> EventTableModel::eventIdsNaming(bool actor, const QString& name) const {
    return m_document.eventIdsNaming(actor, name);
}

QString EventTableModel::articleTitle(std::int64_t articleId) const {
    const auto it = m_articleTitles.find(articleId);
    return it == m_articleTitles.end() ? QString() : it->second;
}

} // namespace ct::ui

#include "models/EventTableModel.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "models/DateText.h"

#include <QFont>

namespace ct::ui {

EventTableModel::EventTableModel(TimelineDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(&m_document, &TimelineDocument::databaseChanged, this, &EventTableModel::reload);
    connect(&m_document, &TimelineDocument::eventsChanged, this, &EventTableModel::reload);
    connect(&m_document, &TimelineDocument::eventChanged, this, &EventTableModel::refreshEvent);
    reload();
}

int EventTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 EventTableModel::idAt(int row) const {
    return row >= 0 && row < int(m_events.size()) ? m_events[std::size_t(row)].id : 0;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& event = m_events[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qint64>(event.id);
    case StartDayRole:
        return toDayNumber(event.when.start);
    case EndDayRole:
        return toDayNumber(event.when.end);
    case ActorsRole:
        return qsList(event.actors);
    case PlacesRole:
        return qsList(event.places);
    case FuzzyRole:
        return event.when.fuzzy;
    default:
        break;
    }

    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case DateColumn:
            if (role == SortRole) // start, then the shorter span first
                return (qint64(toDayNumber(event.when.start)) << 32) + toDayNumber(event.when.end);
            return DateText::format(event.when);
        case TitleColumn:
            return qs(event.title);
        case ActorsColumn:
            return qsList(event.actors).join(QStringLiteral(", "));
        case PlacesColumn:
            return qsList(event.places).join(QStringLiteral(", "));
        case ArticleColumn:
            return event.articleId == 0 ? tr("(added by hand)") : articleTitle(event.articleId);
        case ConfidenceColumn:
            if (role == SortRole)
                return event.confidence;
            return QStringLiteral("%1 %").arg(qRound(event.confidence * 100));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == DateColumn && !event.resolution.empty())
            return qs(event.resolution);
        if (column == TitleColumn)
            return qs(event.sentence.empty() ? event.title : event.sentence);
    }
    if (role == Qt::TextAlignmentRole && column == ConfidenceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && event.when.fuzzy && column == DateColumn) {
        QFont font;
        font.setItalic(true);
        return font;
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
    case ColumnCount:
        break;
    }
    return {};
}

void EventTableModel::reload() {
    beginResetModel();
    m_events = m_document.events();
    m_articleTitles.clear();
    for (const Article& article : m_document.articles())
        m_articleTitles[article.id] = qs(article.title.empty() ? article.fileName : article.title);
    reindex();
    endResetModel();
}

void EventTableModel::refreshEvent(qint64 id) {
    const int row = rowOf(id);
    auto fresh = m_document.event(id);
    if (row < 0 || !fresh) {
        reload();
        return;
    }
    m_events[std::size_t(row)] = std::move(*fresh);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EventTableModel::reindex() {
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_events.size()));
    for (std::size_t row = 0; row < m_events.size(); ++row)
        m_rowById.insert(m_events[row].id, int(row));
}

QString EventTableModel::articleTitle(std::int64_t articleId) const {
    const auto it = m_articleTitles.find(articleId);
    return it == m_articleTitles.end() ? QString() : it->second;
}

} // namespace ct::ui

#include "dialogs/TablePreviewModel.h"

#include <algorithm>

namespace ct::ui {

TablePreviewModel::TablePreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void TablePreviewModel::setRows(std::vector<std::string> header,
                                std::vector<std::vector<std::string>> rows) {
    beginResetModel();
    m_header = std::move(header);
    m_rows = std::move(rows);
    m_columns = int(m_header.size());
    for (const auto& row : m_rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void TablePreviewModel::setMapping(const ColumnMapping& mapping) {
    m_mapping = mapping;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int TablePreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TablePreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant TablePreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    if (std::size_t(index.column()) >= row.size())
        return {};
    QString text = QString::fromStdString(row[std::size_t(index.column())]);
    if (role == Qt::DisplayRole && text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    return text;
}

QString TablePreviewModel::roleName(ColumnRole role) {
    switch (role) {
    case ColumnRole::Ignored:
        return tr("ignored");
    case ColumnRole::Start:
        return tr("start date");
    case ColumnRole::End:
        return tr("end date");
    case ColumnRole::Title:
        return tr("title");
    case ColumnRole::Description:
        return tr("description");
    case ColumnRole::Actors:
        return tr("actors");
    case ColumnRole::Places:
        return tr("places");
    case ColumnRole::Source:
        return tr("source / URL");
    case ColumnRole::Precision:
        return tr("precision");
    case ColumnRole::Fuzzy:
        return tr("estimate (fuzzy)");
    case ColumnRole::Id:
        return tr("row id");
    }
    return {};
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString name = std::size_t(section) < m_header.size()
                             ? QString::fromStdString(m_header[std::size_t(section)])
                             : tr("column %1").arg(section + 1);
    return QStringLiteral("%1\n(%2)").arg(name, roleName(m_mapping.role(std::size_t(section))));
}

} // namespace ct::ui

#pragma once

#include "interchange/ColumnMapping.h"

#include <QAbstractTableModel>
#include <string>
#include <vector>

namespace ct::ui {

// The first rows of a data set as the Import Table dialog previews them: the file's own cells,
// with each column's header naming the column and the role it is mapped to.
class TablePreviewModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    explicit TablePreviewModel(QObject* parent = nullptr);

    void setRows(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
    void setMapping(const ColumnMapping& mapping);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<std::string>& header() const { return m_header; }
    const std::vector<std::vector<std::string>>& rows() const { return m_rows; }
    static QString roleName(ColumnRole role);

  private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    ColumnMapping m_mapping;
    int m_columns = 0;
};

} // namespace ct::ui

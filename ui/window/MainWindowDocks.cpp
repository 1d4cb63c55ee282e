// MainWindow's docks: the event table and the details pane, and the table's selection kept in
// step with the document's one selection (the timeline follows it in MainWindow.cpp).
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"
#include "models/EventFilterProxyModel.h"
#include "models/EventTableModel.h"
#include "panes/DetailsPane.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QTableView>

namespace ct::ui {

void MainWindow::createDocks() {
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableView::doubleClicked, m_actions->editEvent, &QAction::trigger);
    m_actions->addContextMenu(*m_table);
    m_actions->addContextMenu(*m_timeline);

    m_tableDock = new QDockWidget(tr("Events"), this);
    m_tableDock->setObjectName(QStringLiteral("eventsDock"));
    m_tableDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);

    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {420}, Qt::Horizontal);
    resizeDocks({m_tableDock}, {280}, Qt::Vertical);

    m_actions->viewMenu->addAction(m_tableDock->toggleViewAction());
    m_actions->viewMenu->addAction(m_detailsDock->toggleViewAction());
}

void MainWindow::connectSelection() {
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::tableSelectionChanged);
    connect(m_document->selection(), &EventSelection::changed, this, &MainWindow::selectionChanged);
    connect(m_timeline, &CentralTimeline::selectionChanged, m_document->selection(),
            &EventSelection::set);
    // A model reset drops the table's selection; put the shared one back.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        selectionChanged(m_document->selection()->ids());
        fitColumns();
    });
}

void MainWindow::fitColumns() {
    // Dates must read in full ("≈ 2022-01-09 – 2022-01-15"); names get room up
    // to a limit, and the title takes what is left. The header samples rows
    // (resizeContentsPrecision), so this stays cheap on big tables.
    const int limit = m_table->fontMetrics().averageCharWidth() * 28;
    for (int column : {int(EventTableModel::DateColumn), int(EventTableModel::ActorsColumn),
                       int(EventTableModel::PlacesColumn), int(EventTableModel::ArticleColumn),
                       int(EventTableModel::ConfidenceColumn), int(EventTableModel::SourcesColumn),
                       int(EventTableModel::FirstReportedColumn)}) {
        m_table->resizeColumnToContents(column);
        if (column != EventTableModel::DateColumn)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), limit));
    }
}

void MainWindow::tableSelectionChanged() {
    if (m_syncingSelection)
        return;
    QList<qint64> ids;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    // The current row first: the details pane shows the first id.
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        ids << current.siblingAtColumn(0).data(EventTableModel::IdRole).toLongLong();
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const qint64 id = row.data(EventTableModel::IdRole).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    m_document->selection()->set(ids);
}

void MainWindow::selectionChanged(const QList<qint64>& ids) {
    m_timeline->setSelection(ids);
    const QScopedValueRollback guard(m_syncingSelection, true);
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int sourceRow = m_model->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid())
            continue; // filtered out: still selected, just not in the table
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(EventTableModel::ColumnCount - 1));
    }
    auto* model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

} // namespace ct::ui

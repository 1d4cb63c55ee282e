#pragma once

#include "model/TimelineEntry.h"
#include "window/LaneChoice.h"

#include <QList>
#include <QWidget>
#include <vector>

namespace ct::ui {

// Stands in the centre of the window until ui/timeline's TimelineView lands:
// it has the calls the window makes (entries, selection, zoom, lanes), so
// swapping the real view in is a change to TimelineSlot.h and a few connects.
// It draws a plain chronological list, enough to see and select events.
class TimelinePlaceholder : public QWidget {
    Q_OBJECT
  public:
    explicit TimelinePlaceholder(QWidget* parent = nullptr);

    void setData(std::vector<TimelineEntry> entries);
    void setSelection(const QList<qint64>& ids);
    void setLaneMode(LaneChoice lanes);

    QSize sizeHint() const override;

  public slots:
    void zoomIn() {}
    void zoomOut() {}
    void fitAll() {}
    void fitToSelection() {}

  signals:
    void selectionChanged(const QList<qint64>& ids);
    // What the real view emits at the end of a drag along the axis.
    void redateRequested(qint64 id, int newStartDay);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

  private:
    int rowHeight() const;

    std::vector<TimelineEntry> m_entries;
    QList<qint64> m_selected;
    LaneChoice m_lanes = LaneChoice::None;
};

} // namespace ct::ui

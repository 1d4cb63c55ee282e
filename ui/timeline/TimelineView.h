#pragma once

#include "timeline/TimelineRenderer.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace ct::ui {

// The interactive timeline: zoom about the cursor, pan, select, re-date by dragging.
// All drawing goes through TimelineRenderer; the view only keeps the state around it.
class TimelineView : public QWidget {
    Q_OBJECT
  public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setData(std::vector<TimelineEntry> entries, TimelineLaneNames names);
    // A large timeline built on a loader thread: shared, not copied (see TimelineRenderer).
    void setData(std::shared_ptr<const TimelineIndex> index, TimelineTitles titles,
                 TimelineLaneNames names, std::shared_ptr<const LaneLayout> lanes = {});
    const TimelineRenderer& renderer() const { return *renderer_; }

    double visibleFrom() const { return from_; }
    double visibleTo() const { return to_; }
    LaneMode laneMode() const { return laneMode_; }
    const TimelineTheme& theme() const { return theme_; }
    QList<qint64> selection() const;
    // The options the view paints with right now: what "export the current view" starts from.
    TimelineRenderOptions renderOptions() const;
    double xForDay(double day) const;
    double dayAtX(double x) const;

    QSize sizeHint() const override { return {900, 360}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

  public slots:
    void setVisibleRange(double fromDay, double toDay);
    void setLaneMode(ct::LaneMode mode);
    void setTheme(const ct::ui::TimelineTheme& theme);
    void setSelection(const QList<qint64>& ids);
    // Frames where the events are: background dates far from the rest are left out (see
    // TimelineIndex::focus) and counted by the edge markers.
    void fitAll();
    void fitToSelection();
    // The edge markers' jumps (also Ctrl+← / Ctrl+→): the same zoom, centred on the nearest
    // event before (after) the view.
    void showEarlier();
    void showLater();
    void zoomIn();
    void zoomOut();
    // factor < 1 zooms in; the time under x stays where it is.
    void zoomAt(double x, double factor);
    void panByPixels(double dx);
    // Scrolls lanes when there are more than fit the height.
    void scrollLanes(int delta);

  signals:
    void selectionChanged(const QList<qint64>& ids);
    void redateRequested(qint64 id, int newStartDay);
    void visibleRangeChanged(double fromDay, double toDay);
    void dataChanged();
    // After each paint: how many events the frame accounted for (startup measurement, tests).
    void framePainted(std::size_t eventsInView);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    enum class Drag { None, Pan, Event, PendingEvent, PendingCluster, PendingEdge };
    static constexpr double kZoomStep = 0.8; // per wheel notch, zoom in/out
    void fitRange(double from, double to);
    void dataReplaced();
    void emitSelection();

    std::unique_ptr<TimelineRenderer> renderer_;
    double from_ = 0;
    double to_ = 1;
    LaneMode laneMode_ = LaneMode::None;
    int firstLane_ = 0;
    TimelineTheme theme_ = TimelineTheme::light();
    bool themeFromPalette_ = true; // until someone sets a theme explicitly
    QSet<qint64> selected_;
    qint64 hovered_ = -1;

    Drag drag_ = Drag::None;
    QPointF pressPos_;
    double pressFrom_ = 0;
    TimelineRenderer::Hit pressHit_;
    double dragOffsetDays_ = 0; // live preview of an event being re-dated
};

} // namespace ct::ui

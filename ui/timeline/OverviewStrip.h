#pragma once

#include <QPointer>
#include <QWidget>

namespace ct::ui {

class TimelineView;

// The whole extent of the data as a density histogram, with the view's visible window
// marked on it; clicking or dragging moves the view there.
class OverviewStrip : public QWidget {
    Q_OBJECT
  public:
    explicit OverviewStrip(QWidget* parent = nullptr);
    void setTimelineView(TimelineView* view);

    // The day range the strip spans: all events, plus the visible window if it lies outside.
    double extentFrom() const;
    double extentTo() const;

    QSize sizeHint() const override { return {600, 44}; }
    QSize minimumSizeHint() const override { return {100, 28}; }

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

  private:
    void centreViewAt(double x);

    QPointer<TimelineView> view_;
};

} // namespace ct::ui

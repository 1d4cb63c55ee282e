#include "timeline/OverviewStrip.h"

#include "timeline/TimelineView.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ct::ui {

OverviewStrip::OverviewStrip(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Timeline overview"));
    setCursor(Qt::PointingHandCursor);
}

void OverviewStrip::setTimelineView(TimelineView* view) {
    if (view_)
        disconnect(view_, nullptr, this, nullptr);
    view_ = view;
    if (view_) {
        connect(view_, &TimelineView::visibleRangeChanged, this, qOverload<>(&QWidget::update));
        connect(view_, &TimelineView::dataChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

double OverviewStrip::extentFrom() const {
    if (!view_)
        return 0;
    const auto& index = view_->renderer().index();
    return index.empty() ? view_->visibleFrom()
                         : std::min<double>(index.firstDay(), view_->visibleFrom());
}

double OverviewStrip::extentTo() const {
    if (!view_)
        return 1;
    const auto& index = view_->renderer().index();
    return index.empty() ? view_->visibleTo() : std::max(index.lastDay() + 1.0, view_->visibleTo());
}

void OverviewStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const TimelineTheme theme = view_ ? view_->theme() : TimelineTheme::light();
    p.fillRect(rect(), theme.laneBackgroundAlt);
    if (!view_)
        return;
    const auto& index = view_->renderer().index();
    const double from = extentFrom(), to = extentTo(), w = std::max(1, width());
    const double daysPerPx = (to - from) / w;
    // One binary search pair per bin: cost depends on the strip's width, not the event count.
    constexpr int kBinPx = 2;
    std::vector<std::size_t> counts;
    std::size_t most = 1;
    for (int x = 0; x < width(); x += kBinPx) {
        const auto n = index.countStarting(from + x * daysPerPx, from + (x + kBinPx) * daysPerPx);
        counts.push_back(n);
        most = std::max(most, n);
    }
    // Logarithmic height, so that a quiet year still shows next to a crisis.
    const double h = height() - 4;
    p.setPen(Qt::NoPen);
    p.setBrush(theme.clusterFill);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        const double bar =
            std::max(1.0, h * std::log1p(double(counts[i])) / std::log1p(double(most)));
        p.drawRect(QRectF(double(i) * kBinPx, height() - 2 - bar, kBinPx, bar));
    }
    const double x0 = (view_->visibleFrom() - from) / daysPerPx;
    const double x1 = (view_->visibleTo() - from) / daysPerPx;
    QRectF window(x0, 1, std::max(3.0, x1 - x0), height() - 2);
    p.setBrush(QColor(theme.selection.red(), theme.selection.green(), theme.selection.blue(), 50));
    p.setPen(QPen(theme.selection, 1.5));
    p.drawRect(window);
}

void OverviewStrip::centreViewAt(double x) {
    if (!view_)
        return;
    const double from = extentFrom(), to = extentTo();
    const double day = from + x * (to - from) / std::max(1, width());
    const double span = view_->visibleTo() - view_->visibleFrom();
    view_->setVisibleRange(day - span / 2, day + span / 2);
}

void OverviewStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position().x());
}

void OverviewStrip::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position().x());
}

} // namespace ct::ui

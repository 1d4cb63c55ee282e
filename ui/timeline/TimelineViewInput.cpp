#include "timeline/TimelineToolTip.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

// The view's input: wheel zoom and lane scrolling, clicks that select, drags that pan or
// re-date, double-click zoom, keys, hover and tooltips. The state they act on and the
// painting are in TimelineView.cpp.

namespace ct::ui {

void TimelineView::wheelEvent(QWheelEvent* event) {
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        scrollLanes(delta > 0 ? -1 : 1);
    else
        zoomAt(event->position().x(), std::pow(kZoomStep, delta / 120.0));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::RightButton) {
        // The context menu acts on the selection: a right click on a mark outside it selects
        // that mark first, as a table row does.
        const auto hit = renderer_->hitTest(renderOptions(), event->position());
        if (hit.kind == TimelineRenderer::Hit::Kind::Event && !selected_.contains(hit.eventId)) {
            selected_ = {hit.eventId};
            emitSelection();
        }
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    pressPos_ = event->position();
    pressFrom_ = from_;
    dragOffsetDays_ = 0;
    pressHit_ = renderer_->hitTest(renderOptions(), pressPos_);
    switch (pressHit_.kind) {
    case TimelineRenderer::Hit::Kind::Event:
        drag_ = Drag::PendingEvent;
        break;
    case TimelineRenderer::Hit::Kind::Cluster:
        drag_ = Drag::PendingCluster;
        break;
    case TimelineRenderer::Hit::Kind::Earlier:
    case TimelineRenderer::Hit::Kind::Later:
        drag_ = Drag::PendingEdge;
        break;
    case TimelineRenderer::Hit::Kind::None:
        drag_ = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        break;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    const double dx = pos.x() - pressPos_.x();
    const double daysPerPx = (to_ - from_) / std::max(1, width());
    const bool moved = (pos - pressPos_).manhattanLength() >= QApplication::startDragDistance();
    switch (drag_) {
    case Drag::Pan:
        setVisibleRange(pressFrom_ - dx * daysPerPx, pressFrom_ - dx * daysPerPx + (to_ - from_));
        return;
    case Drag::PendingEdge:
        return;
    case Drag::PendingCluster:
        if (moved) {
            drag_ = Drag::Pan;
            setCursor(Qt::ClosedHandCursor);
        }
        return;
    case Drag::PendingEvent:
        if (!moved)
            return;
        drag_ = Drag::Event;
        setCursor(Qt::SizeHorCursor);
        [[fallthrough]];
    case Drag::Event:
        dragOffsetDays_ = dx * daysPerPx;
        update();
        return;
    case Drag::None:
        break;
    }
    const auto hit = renderer_->hitTest(renderOptions(), pos);
    const qint64 hovered = hit.kind == TimelineRenderer::Hit::Kind::Event ? hit.eventId : -1;
    setCursor(hit.kind == TimelineRenderer::Hit::Kind::None ? Qt::ArrowCursor
                                                            : Qt::PointingHandCursor);
    if (hovered != hovered_) {
        hovered_ = hovered;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || drag_ == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(drag_, Drag::None);
    unsetCursor();
    const bool additive = event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
    switch (drag) {
    case Drag::PendingEvent:
        if (additive && selected_.contains(pressHit_.eventId))
            selected_.remove(pressHit_.eventId);
        else {
            if (!additive)
                selected_.clear();
            selected_.insert(pressHit_.eventId);
        }
        emitSelection();
        break;
    case Drag::Event: {
        const auto& index = renderer_->index();
        const auto days = static_cast<int>(std::lround(dragOffsetDays_));
        if (const auto i = index.indexOf(pressHit_.eventId); i && days != 0)
            emit redateRequested(pressHit_.eventId, index.at(*i).start + days);
        update();
        break;
    }
    case Drag::PendingCluster:
        fitRange(pressHit_.startDay, pressHit_.endDay);
        break;
    case Drag::PendingEdge:
        if (pressHit_.kind == TimelineRenderer::Hit::Kind::Earlier)
            showEarlier();
        else
            showLater();
        break;
    case Drag::Pan:
        if ((event->position() - pressPos_).manhattanLength() < QApplication::startDragDistance() &&
            !selected_.isEmpty() && !additive) {
            selected_.clear();
            emitSelection();
        }
        break;
    case Drag::None:
        break;
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    // Double-click on empty space zooms in there, as map views do.
    if (renderer_->hitTest(renderOptions(), event->position()).kind ==
        TimelineRenderer::Hit::Kind::None)
        zoomAt(event->position().x(), 0.5);
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus ||
        event->key() == Qt::Key_Equal)
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus)
        zoomOut();
    else if (event->key() == Qt::Key_Left && (event->modifiers() & Qt::ControlModifier))
        showEarlier();
    else if (event->key() == Qt::Key_Right && (event->modifiers() & Qt::ControlModifier))
        showLater();
    else if (event->key() == Qt::Key_Left)
        panByPixels(-width() / 10.0);
    else if (event->key() == Qt::Key_Right)
        panByPixels(width() / 10.0);
    else if (event->key() == Qt::Key_PageUp)
        scrollLanes(-static_cast<int>(
            std::max<qsizetype>(1, renderer_->frame(renderOptions()).lanes.size() - 1)));
    else if (event->key() == Qt::Key_PageDown)
        scrollLanes(static_cast<int>(
            std::max<qsizetype>(1, renderer_->frame(renderOptions()).lanes.size() - 1)));
    else if (event->key() == Qt::Key_Home)
        fitAll();
    else if (event->key() == Qt::Key_Escape && !selected_.isEmpty()) {
        selected_.clear();
        emitSelection();
    } else
        QWidget::keyPressEvent(event);
}

void TimelineView::leaveEvent(QEvent* event) {
    if (hovered_ != -1) {
        hovered_ = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

bool TimelineView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const auto hit = renderer_->hitTest(renderOptions(), help->pos());
    const QString text = TimelineToolTip::text(*renderer_, hit);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

} // namespace ct::ui

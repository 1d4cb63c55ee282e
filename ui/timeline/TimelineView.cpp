#include "timeline/TimelineView.h"

#include "timeline/TimelineToolTip.h"

#include <QApplication>
#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ct::ui {
namespace {

// Two hours to four centuries: beyond that there is nothing more to read, and the calendar
// library's range (1400..9999) stays far away.
constexpr double kMinSpanDays = 2.0 / 24.0;
constexpr double kMaxSpanDays = 400 * 365.25;
constexpr double kZoomStep = 0.8;

bool paletteIsDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent), renderer_(std::make_unique<TimelineRenderer>()) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    theme_ = paletteIsDark(palette()) ? TimelineTheme::dark() : TimelineTheme::light();
}

void TimelineView::setData(std::vector<TimelineEntry> entries, TimelineLaneNames names) {
    renderer_->setData(std::move(entries), std::move(names));
    dataReplaced();
}

void TimelineView::setData(std::shared_ptr<const TimelineIndex> index, TimelineTitles titles,
                           TimelineLaneNames names, std::shared_ptr<const LaneLayout> lanes) {
    renderer_->setData(std::move(index), std::move(titles), std::move(names), std::move(lanes));
    dataReplaced();
}

void TimelineView::dataReplaced() {
    const auto& index = renderer_->index();
    // Drop selected ids that no longer exist, silently: the caller replaced the data.
    erase_if(selected_, [&](qint64 id) { return !index.indexOf(id); });
    hovered_ = -1;
    emit dataChanged();
    if (!index.empty() && (to_ <= index.firstDay() || from_ > index.lastDay() + 1))
        fitAll();
    update();
}

QList<qint64> TimelineView::selection() const {
    QList<qint64> ids(selected_.begin(), selected_.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

TimelineRenderOptions TimelineView::renderOptions() const {
    TimelineRenderOptions o;
    o.fromDay = from_;
    o.toDay = to_;
    o.size = QSizeF(size());
    o.devicePixelRatio = devicePixelRatioF();
    o.laneMode = laneMode_;
    o.firstLane = firstLane_;
    o.theme = theme_;
    o.selectedIds = selected_;
    o.hoveredId = hovered_;
    o.font = font();
    return o;
}

double TimelineView::xForDay(double day) const {
    return renderOptions().xAt(day);
}
double TimelineView::dayAtX(double x) const {
    return from_ + x * (to_ - from_) / std::max(1, width());
}

void TimelineView::setVisibleRange(double fromDay, double toDay) {
    double span = std::clamp(toDay - fromDay, kMinSpanDays, kMaxSpanDays);
    const double centre = std::clamp((fromDay + toDay) / 2, 2232000.0, 5300000.0);
    fromDay = centre - span / 2;
    toDay = centre + span / 2;
    if (fromDay == from_ && toDay == to_)
        return;
    from_ = fromDay;
    to_ = toDay;
    emit visibleRangeChanged(from_, to_);
    update();
}

void TimelineView::setLaneMode(LaneMode mode) {
    laneMode_ = mode;
    firstLane_ = 0;
    update();
}

void TimelineView::setTheme(const TimelineTheme& theme) {
    theme_ = theme;
    themeFromPalette_ = false;
    update();
}

void TimelineView::setSelection(const QList<qint64>& ids) {
    QSet<qint64> next(ids.begin(), ids.end());
    if (next == selected_)
        return;
    selected_ = std::move(next);
    update();
}

void TimelineView::emitSelection() {
    update();
    emit selectionChanged(selection());
}

void TimelineView::fitRange(double from, double to) {
    const double span = std::max(to - from, 1.0);
    const double pad = span * 0.05;
    setVisibleRange(from - pad, from + span + pad);
}

void TimelineView::fitAll() {
    const auto& index = renderer_->index();
    if (index.empty())
        return;
    const TimelineIndex::Focus focus = index.focus();
    fitRange(focus.from, focus.to);
}

void TimelineView::showEarlier() {
    const auto& index = renderer_->index();
    if (const auto i = index.lastEndingBefore(from_)) {
        const auto& e = index.at(*i);
        const double span = to_ - from_;
        // Its end a tenth of the view in from the right edge: what led up to the view shows.
        const double to = std::max(e.end + 1.0 + span * 0.1, e.start + span * 0.5);
        setVisibleRange(to - span, to);
    }
}

void TimelineView::showLater() {
    const auto& index = renderer_->index();
    if (const auto i = index.firstStartingFrom(to_)) {
        const double span = to_ - from_;
        const double from = index.at(*i).start - span * 0.1;
        setVisibleRange(from, from + span);
    }
}

void TimelineView::fitToSelection() {
    const auto& index = renderer_->index();
    double lo = 0, hi = 0;
    bool any = false;
    for (const qint64 id : selected_) {
        if (const auto i = index.indexOf(id)) {
            const auto& e = index.at(*i);
            lo = any ? std::min(lo, double(e.start)) : e.start;
            hi = any ? std::max(hi, e.end + 1.0) : e.end + 1.0;
            any = true;
        }
    }
    if (any)
        fitRange(lo, hi);
}

void TimelineView::zoomAt(double x, double factor) {
    const double w = std::max(1, width());
    const double anchor = dayAtX(x);
    const double span = std::clamp((to_ - from_) * factor, kMinSpanDays, kMaxSpanDays);
    const double from = anchor - (x / w) * span;
    setVisibleRange(from, from + span);
}

void TimelineView::zoomIn() {
    zoomAt(width() / 2.0, kZoomStep);
}
void TimelineView::zoomOut() {
    zoomAt(width() / 2.0, 1.0 / kZoomStep);
}

void TimelineView::panByPixels(double dx) {
    const double days = dx * (to_ - from_) / std::max(1, width());
    setVisibleRange(from_ + days, to_ + days);
}

void TimelineView::scrollLanes(int delta) {
    const auto& frame = renderer_->frame(renderOptions());
    const int maxFirst = frame.lanesAbove + frame.lanesBelow;
    const int next = std::clamp(firstLane_ + delta, 0, maxFirst);
    if (next != firstLane_) {
        firstLane_ = next;
        update();
    }
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const TimelineRenderOptions options = renderOptions();
    renderer_->paint(p, options);
    if (drag_ == Drag::Event && pressHit_.kind == TimelineRenderer::Hit::Kind::Event) {
        // A ghost where the event would land, with the day it would get.
        const auto& frame = renderer_->frame(options);
        const auto& index = renderer_->index();
        for (const auto& item : frame.items) {
            if (index.at(item.entry).id != pressHit_.eventId)
                continue;
            const double days = std::round(dragOffsetDays_);
            const double dx = options.xAt(index.at(item.entry).start + days) -
                              options.xAt(index.at(item.entry).start);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(theme_.selection, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            const QRectF ghost = item.shape.translated(dx, 0).adjusted(-2, -2, 2, 2);
            p.drawRoundedRect(ghost, 3, 3);
            const QDate day =
                QDate::fromJulianDay(index.at(item.entry).start + static_cast<qint64>(days));
            // The new date on its own plate above the ghost, so other labels cannot garble it.
            const QString text = QLocale().toString(day, QLocale::ShortFormat);
            const QFontMetricsF fm(font());
            QRectF plate(0, 0, fm.horizontalAdvance(text) + 10, fm.height() + 4);
            plate.moveBottomLeft(ghost.topLeft() - QPointF(0, 2));
            if (plate.top() < 0)
                plate.moveTopLeft(ghost.bottomLeft() + QPointF(0, 2));
            plate.moveLeft(
                std::clamp(plate.left(), 1.0, std::max(1.0, width() - plate.width() - 1)));
            p.setPen(QPen(theme_.selection, 1));
            p.setBrush(theme_.background);
            p.drawRoundedRect(plate, 3, 3);
            p.setPen(theme_.text);
            p.drawText(plate, Qt::AlignCenter, text);
            break;
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    emit framePainted(renderer_->frame(options).eventsInView);
}

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

void TimelineView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && themeFromPalette_)
        theme_ = paletteIsDark(palette()) ? TimelineTheme::dark() : TimelineTheme::light();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
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

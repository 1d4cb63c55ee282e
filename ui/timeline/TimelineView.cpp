#include "timeline/TimelineView.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ct::ui {
namespace {

// Two hours to four centuries: beyond that there is nothing more to read, and the calendar
// library's range (1400..9999) stays far away.
constexpr double kMinSpanDays = 2.0 / 24.0;
constexpr double kMaxSpanDays = 400 * 365.25;

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

void TimelineView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && themeFromPalette_)
        theme_ = paletteIsDark(palette()) ? TimelineTheme::dark() : TimelineTheme::light();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace ct::ui

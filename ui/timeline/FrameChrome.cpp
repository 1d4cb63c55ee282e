#include "timeline/FrameChrome.h"

#include "timeline/AxisLabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::ui {

FrameChrome::FrameChrome(const TimelineRenderOptions& options, const QFontMetricsF& fm)
    : o_(options), fm_(fm), w_(options.size.width()), h_(options.size.height()), line_(fm.height()),
      bottom_(h_) {}

TimelineFrame FrameChrome::place(const TimelineIndex& index, const LaneLayout& lanes,
                                 const TimelineRenderOptions& options, const QFontMetricsF& fm) {
    FrameChrome chrome(options, fm);
    chrome.placeTitle();
    chrome.placeSources();
    chrome.placeLegend(lanes);
    chrome.placeAxis();
    chrome.f_.rowHeight = std::ceil(chrome.line_ + 6);
    chrome.countOutside(index);
    chrome.placeEdgeMarkers();
    TimelineFrame& f = chrome.f_;
    f.plotRect = QRectF(0, chrome.top_, chrome.w_, std::max(0.0, chrome.bottom_ - chrome.top_));
    return std::move(f);
}

void FrameChrome::placeTitle() {
    if (o_.showTitle && !o_.title.isEmpty()) {
        f_.titleRect = QRectF(0, 0, w_, std::ceil(line_ * 2.0));
        top_ = f_.titleRect.bottom();
    }
}

void FrameChrome::placeSources() {
    if (!o_.showSources || o_.sources.isEmpty())
        return;
    QFont bold = o_.font;
    bold.setBold(true);
    f_.sourcesLabel = QCoreApplication::translate("ct::ui::Timeline", "Sources");
    f_.sourcesTextLeft = 8 + QFontMetricsF(bold).horizontalAdvance(f_.sourcesLabel) + 10;
    const double room = std::max(0.0, w_ - f_.sourcesTextLeft - 8);
    const auto count = o_.sources.size();
    const auto shown = count <= TimelineFrameLayout::kMaxSourceLines
                           ? count
                           : TimelineFrameLayout::kMaxSourceLines - 1;
    for (qsizetype i = 0; i < shown; ++i)
        f_.sourceLines << fm_.elidedText(o_.sources[i], Qt::ElideRight, room);
    if (shown < count)
        f_.sourceLines << fm_.elidedText(QCoreApplication::translate("ct::ui::Timeline",
                                                                     "… and %n more", nullptr,
                                                                     int(count - shown)),
                                         Qt::ElideRight, room);
    const double sourcesH = std::ceil(f_.sourceLines.size() * line_ + 12);
    f_.sourcesRect = QRectF(0, h_ - sourcesH, w_, sourcesH);
    bottom_ = f_.sourcesRect.top();
}

void FrameChrome::placeLegend(const LaneLayout& lanes) {
    if (o_.showLegend && lanes.laneCount() > 0) {
        const double legendH = std::ceil(line_ * 1.8);
        f_.legendRect = QRectF(0, bottom_ - legendH, w_, legendH);
        bottom_ = f_.legendRect.top();
    }
}

void FrameChrome::placeAxis() {
    if (!o_.showAxis)
        return;
    const double axisH = std::ceil(line_ * 2 + 14);
    f_.axisRect = QRectF(0, bottom_ - axisH, w_, axisH);
    bottom_ = f_.axisRect.top();
    const QFontMetricsF& fm = fm_;
    TimeAxis axis(
        [&fm](std::string_view s) {
            return fm.horizontalAdvance(
                QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())));
        },
        10);
    axis.setFinestUnit(o_.finestTickUnit);
    f_.ticks = axis.compute(o_.fromDay, o_.toDay, w_ - o_.nameColumn);
    AxisLabels::localize(f_.ticks);
}

void FrameChrome::countOutside(const TimelineIndex& index) {
    if (w_ > 0 && o_.toDay > o_.fromDay && !index.empty()) {
        f_.earlier = o_.outsideBefore >= 0 ? std::size_t(o_.outsideBefore)
                                           : index.countEndingBefore(o_.fromDay);
        f_.later = o_.outsideAfter >= 0
                       ? std::size_t(o_.outsideAfter)
                       : index.countStarting(o_.toDay, std::numeric_limits<double>::max());
    }
}

// Events outside the range: a strip of its own above the lanes, so that the markers never
// cover an event or a lane's name.
void FrameChrome::placeEdgeMarkers() {
    if (f_.earlier + f_.later == 0 || !(bottom_ - top_ > 3 * f_.rowHeight))
        return;
    const double timeLeft = o_.nameColumn; // where time starts
    const QLocale locale;
    const double stripH = std::ceil(line_ + 6);
    if (f_.earlier > 0) {
        f_.earlierText = QCoreApplication::translate("ct::ui::Timeline", "← %1 earlier")
                             .arg(locale.toString(qulonglong(f_.earlier)));
        f_.earlierRect =
            QRectF(timeLeft + 4, top_ + 2, fm_.horizontalAdvance(f_.earlierText) + 12, line_ + 2);
    }
    if (f_.later > 0) {
        f_.laterText = QCoreApplication::translate("ct::ui::Timeline", "%1 later →")
                           .arg(locale.toString(qulonglong(f_.later)));
        const double tw = fm_.horizontalAdvance(f_.laterText) + 12;
        f_.laterRect = QRectF(w_ - 4 - tw, top_ + 2, tw, line_ + 2);
    }
    top_ += stripH;
}

} // namespace ct::ui

#include "timeline/TimelineFrameLayout.h"

#include "timeline/FrameChrome.h"
#include "timeline/FramePlotLayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ct::ui {

QString TimelineFrameLayout::clusterText(std::size_t count) {
    const QLocale locale;
    if (count < 1000)
        return locale.toString(static_cast<qulonglong>(count));
    if (count < 10000)
        return QCoreApplication::translate("ct::ui::Timeline", "%1k")
            .arg(locale.toString(count / 1000.0, 'f', 1));
    if (count < 1000000)
        return QCoreApplication::translate("ct::ui::Timeline", "%1k").arg(count / 1000);
    return QCoreApplication::translate("ct::ui::Timeline", "%1M")
        .arg(locale.toString(count / 1e6, 'f', 1));
}

QFont TimelineFrameLayout::scaledFont(const QFont& base, double factor) {
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(8, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

QFont TimelineFrameLayout::clusterFont(const QFont& base) {
    // Counts must fit a 30 px bucket: "1.5k" at the body size does not.
    QFont font = scaledFont(base, 0.85);
    font.setBold(true);
    return font;
}

QFont TimelineFrameLayout::titleFont(const QFont& base) {
    QFont font = scaledFont(base, 1.3);
    font.setBold(true);
    return font;
}

QFont TimelineFrameLayout::badgeFont(const QFont& base) {
    QFont font = scaledFont(base, 0.75);
    font.setBold(true);
    return font;
}

std::vector<int> TimelineFrameLayout::allotRows(const std::vector<int>& needs, double rowHeight,
                                                double fixedPx, double room) {
    std::vector<int> rows(needs.size());
    int most = 1;
    for (std::size_t i = 0; i < needs.size(); ++i) {
        rows[i] = std::max(1, needs[i]);
        most = std::max(most, rows[i]);
    }
    auto height = [&](int cap) {
        double h = 0;
        for (const int r : rows)
            h += fixedPx + std::min(r, cap) * rowHeight;
        return h;
    };
    if (height(most) <= room)
        return rows;
    int lo = 1, hi = most; // height(lo) fits (or nothing does), height(hi) does not
    while (hi - lo > 1) {
        const int mid = (lo + hi) / 2;
        (height(mid) <= room ? lo : hi) = mid;
    }
    auto spare = static_cast<int>(std::floor((room - height(lo)) / rowHeight));
    for (int& r : rows) {
        const int need = r;
        r = std::min(need, lo);
        if (need > lo && spare > 0) {
            ++r;
            --spare;
        }
    }
    return rows;
}

TimelineFrame TimelineFrameLayout::compute(const TimelineIndex& index, const TimelineTitles& titles,
                                           const LaneLayout& lanes,
                                           const TimelineRenderOptions& o) const {
    const QFontMetricsF fm(o.font);
    widths_.useFont(o.font);
    // The chrome takes its room off the picture; the plot gets the rest, lanes and all, unless
    // there is no width or no time to lay out.
    TimelineFrame f = FrameChrome::place(index, lanes, o, fm);
    if (o.size.width() <= 0 || !(o.toDay > o.fromDay))
        return f;
    FramePlotLayout::layOut(f, index, titles, lanes, o, fm, widths_);
    return f;
}

} // namespace ct::ui

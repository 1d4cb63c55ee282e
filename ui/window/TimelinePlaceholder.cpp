#include "window/TimelinePlaceholder.h"

#include "document/QtConvert.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace ct::ui {

TimelinePlaceholder::TimelinePlaceholder(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
}

QSize TimelinePlaceholder::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 80, rowHeight() * 12};
}

int TimelinePlaceholder::rowHeight() const {
    return fontMetrics().height() * 3 / 2;
}

void TimelinePlaceholder::setData(std::vector<TimelineEntry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.start < b.start; });
    m_entries = std::move(entries);
    update();
}

void TimelinePlaceholder::setSelection(const QList<qint64>& ids) {
    m_selected = ids;
    update();
}

void TimelinePlaceholder::setLaneMode(LaneChoice lanes) {
    m_lanes = lanes;
    update();
}

void TimelinePlaceholder::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int h = rowHeight();
    const int margin = fontMetrics().averageCharWidth() * 2;
    if (m_entries.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No events to show"));
        return;
    }
    int y = margin / 2;
    for (const TimelineEntry& entry : m_entries) {
        if (y > height())
            break;
        const QRect row(0, y, width(), h);
        const bool selected = m_selected.contains(entry.id);
        if (selected)
            painter.fillRect(row, palette().color(QPalette::Highlight));
        painter.setPen(palette().color(selected ? QPalette::HighlightedText : QPalette::Text));
        DateSpan span{fromDayNumber(entry.start), fromDayNumber(entry.end), entry.precision,
                      entry.fuzzy};
        QString date = qs(toIso(span.start));
        if (span.fuzzy)
            date.prepend(QStringLiteral("≈ "));
        const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("≈ 0000-00-00  "));
        painter.drawText(row.adjusted(margin, 0, 0, 0), Qt::AlignVCenter, date);
        const QRect titleRect = row.adjusted(margin + dateWidth, 0, -margin, 0);
        painter.drawText(
            titleRect, Qt::AlignVCenter,
            fontMetrics().elidedText(qs(entry.title), Qt::ElideRight, titleRect.width()));
        y += h;
    }
}

void TimelinePlaceholder::mousePressEvent(QMouseEvent* event) {
    const int index =
        (event->position().toPoint().y() - fontMetrics().averageCharWidth()) / rowHeight();
    if (index >= 0 && index < int(m_entries.size()))
        emit selectionChanged({m_entries[std::size_t(index)].id});
    else
        emit selectionChanged({});
}

} // namespace ct::ui

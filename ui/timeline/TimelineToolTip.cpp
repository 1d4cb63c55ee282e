#include "timeline/TimelineToolTip.h"

#include <QDate>
#include <QLocale>

namespace ct::ui {

QString TimelineToolTip::forCluster(const TimelineRenderer::Hit& hit) {
    const QLocale locale;
    return tr("%n events", nullptr, static_cast<int>(hit.count)) + QStringLiteral("<br>") +
           tr("%1 – %2").arg(
               locale.toString(QDate::fromJulianDay(qint64(hit.startDay)), QLocale::ShortFormat),
               locale.toString(QDate::fromJulianDay(qint64(hit.endDay) - 1),
                               QLocale::ShortFormat)) +
           QStringLiteral("<br><i>") + tr("Click to zoom in") + QStringLiteral("</i>");
}

QString TimelineToolTip::text(const TimelineRenderer& renderer, const TimelineRenderer::Hit& hit) {
    switch (hit.kind) {
    case TimelineRenderer::Hit::Kind::Event:
        return forEvent(renderer, hit.eventId);
    case TimelineRenderer::Hit::Kind::Cluster:
        return forCluster(hit);
    case TimelineRenderer::Hit::Kind::Earlier:
        return tr("%n event(s) before this view", nullptr, static_cast<int>(hit.count)) +
               QStringLiteral("<br><i>") + tr("Click or Ctrl+← to go there") +
               QStringLiteral("</i>");
    case TimelineRenderer::Hit::Kind::Later:
        return tr("%n event(s) after this view", nullptr, static_cast<int>(hit.count)) +
               QStringLiteral("<br><i>") + tr("Click or Ctrl+→ to go there") +
               QStringLiteral("</i>");
    case TimelineRenderer::Hit::Kind::None:
        break;
    }
    return {};
}

QString TimelineToolTip::forEvent(const TimelineRenderer& renderer, qint64 id) {
    const auto& index = renderer.index();
    const auto i = index.indexOf(id);
    if (!i)
        return {};
    const auto& e = index.at(*i);
    const QLocale locale;
    const QDate start = QDate::fromJulianDay(e.start), end = QDate::fromJulianDay(e.end);
    QString when;
    switch (e.precision) {
    case Precision::Day:
        when = locale.toString(start, QLocale::LongFormat);
        break;
    case Precision::Month:
        when = locale.toString(start, QStringLiteral("MMMM yyyy"));
        break;
    case Precision::Year:
        when = QString::number(start.year());
        break;
    case Precision::Range:
        when = tr("%1 – %2").arg(locale.toString(start, QLocale::ShortFormat),
                                 locale.toString(end, QLocale::ShortFormat));
        break;
    }
    static const char* const precisionNames[] = {QT_TR_NOOP("day"), QT_TR_NOOP("month"),
                                                 QT_TR_NOOP("year"), QT_TR_NOOP("range")};
    QString precision = tr(precisionNames[static_cast<int>(e.precision)]);
    if (e.fuzzy)
        precision = tr("%1, uncertain").arg(precision);
    QString html = QStringLiteral("<b>%1</b><br>%2 <i>(%3)</i>")
                       .arg(renderer.title(static_cast<std::uint32_t>(*i)).toHtmlEscaped(),
                            when.toHtmlEscaped(), precision);
    const auto& names = renderer.laneNames();
    if (names.actors.contains(e.actorId))
        html += QStringLiteral("<br>") +
                tr("Actor: %1").arg(names.actors.value(e.actorId).toHtmlEscaped());
    if (names.places.contains(e.placeId))
        html += QStringLiteral("<br>") +
                tr("Place: %1").arg(names.places.value(e.placeId).toHtmlEscaped());
    if (e.sourceCount > 1)
        html += QStringLiteral("<br>") + tr("Reported by %n outlet(s)", nullptr, e.sourceCount);
    if (e.dateDisputed)
        html += QStringLiteral("<br><b>") + tr("The reports disagree on the date") +
                QStringLiteral("</b>");
    if (e.userEdited)
        html += QStringLiteral("<br><i>") + tr("Edited by you") + QStringLiteral("</i>");
    return html;
}

} // namespace ct::ui

#include "timeline/AxisLabels.h"

#include <QCoreApplication>
#include <QDate>
#include <cmath>

namespace ct::ui {

namespace {

// Tick days are Julian day numbers plus a fraction of the day.
QDate dateAt(double day) {
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(day)));
}

std::string text(const QString& s) {
    return s.toStdString();
}

// "январь 2022" → "Январь 2022": a label on its own starts with a capital.
QString capitalised(QString s) {
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

void AxisLabels::localize(AxisTicks& ticks, const QLocale& locale) {
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return;
    for (AxisTick& tick : ticks.minor) {
        const QDate date = dateAt(tick.day);
        switch (ticks.minorUnit) {
        case TickUnit::Day:
            tick.label = text(locale.toString(date, ticks.compact ? QStringLiteral("ddd d")
                                                                  : QStringLiteral("ddd d MMM")));
            break;
        case TickUnit::Week:
            tick.label = text(locale.toString(date, QStringLiteral("d MMM")));
            break;
        case TickUnit::Month:
        case TickUnit::Quarter:
            tick.label = text(locale.standaloneMonthName(date.month(), QLocale::ShortFormat));
            break;
        default: // hours and years are digits already
            break;
        }
    }
    for (AxisTick& tick : ticks.major) {
        const QDate date = dateAt(tick.day);
        switch (ticks.majorUnit) {
        case TickUnit::Day:
            tick.label = text(locale.toString(date, QStringLiteral("ddd d MMM yyyy")));
            break;
        case TickUnit::Month:
            tick.label = text(capitalised(locale.standaloneMonthName(date.month())) +
                              QLatin1Char(' ') + QString::number(date.year()));
            break;
        case TickUnit::Year10:
            tick.label = text(
                QCoreApplication::translate("ct::ui::AxisLabels", "%1s", "a decade, as in 1990s")
                    .arg(date.year()));
            break;
        default:
            break;
        }
    }
}

} // namespace ct::ui

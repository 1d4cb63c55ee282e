#include "models/DateText.h"

#include "document/QtConvert.h"

#include <QCoreApplication>
#include <QLocale>

namespace ct::ui {

namespace {

// A day in the user's locale, with the full year (analysts read across decades). The C
// locale — no locale set, as in scripts and the tests — keeps ISO 8601.
QString dayInLocale(const QDate& date) {
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString formatDay(const Date& day, Precision precision) {
    const QDate date = toQDate(day);
    if (!date.isValid())
        return QCoreApplication::translate("ct::ui::DateText", "no date");
    switch (precision) {
    case Precision::Year:
        return QString::number(date.year());
    case Precision::Month:
        return QLocale().toString(date, QStringLiteral("MMM yyyy"));
    case Precision::Day:
    case Precision::Range:
        break;
    }
    return dayInLocale(date);
}

} // namespace

QString DateText::format(const DateSpan& span) {
    QString text = formatDay(span.start, span.precision);
    const QString end = formatDay(span.end, span.precision);
    if (!span.isSingleDay() && end != text)
        text += QStringLiteral(" – ") + end;
    if (span.fuzzy)
        text.prepend(QStringLiteral("≈ "));
    return text;
}

QString DateText::precisionName(Precision precision) {
    switch (precision) {
    case Precision::Day:
        return QCoreApplication::translate("ct::ui::DateText", "Day");
    case Precision::Month:
        return QCoreApplication::translate("ct::ui::DateText", "Month");
    case Precision::Year:
        return QCoreApplication::translate("ct::ui::DateText", "Year");
    case Precision::Range:
        return QCoreApplication::translate("ct::ui::DateText", "Range");
    }
    return {};
}

} // namespace ct::ui

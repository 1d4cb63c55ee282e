#include "models/DateText.h"

#include "document/QtConvert.h"

#include <QCoreApplication>
#include <QLocale>

namespace ct::ui {

namespace {

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
    return date.toString(Qt::ISODate);
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

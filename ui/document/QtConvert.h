#pragma once

// Conversions between core's std/Boost values and Qt's, in one place so that
// every widget agrees on encodings (core text is UTF-8) and on dates.
#include "common/Date.h"
#include "common/Result.h"
#include "model/DateSpan.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace ct::ui {

inline QString qs(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

inline QStringList qsList(const std::vector<std::string>& items) {
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const auto& item : items)
        out << qs(item);
    return out;
}

inline std::vector<std::string> stdList(const QStringList& items) {
    std::vector<std::string> out;
    for (const QString& item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out.push_back(trimmed.toStdString());
    }
    return out;
}

inline QDate toQDate(const Date& date) {
    if (date.is_special())
        return {};
    return QDate(int(date.year()), int(date.month()), int(date.day()));
}

// The date a timeline coordinate (days, fractional within a day) falls on.
inline QDate dateOfDay(double day) {
    return toQDate(fromDayNumber(static_cast<DayNumber>(std::floor(day))));
}

inline Date fromQDate(const QDate& date) {
    if (!date.isValid())
        return Date(boost::gregorian::not_a_date_time);
    return Date(date.year(), date.month(), date.day());
}

inline QString errorText(const Error& error) {
    return qs(error.message);
}

// UTF-8 byte offset into `utf8` → UTF-16 index into QString::fromUtf8(utf8).
// Clamped, and an offset inside a multi-byte sequence moves back to its start,
// so bad offsets from old databases cannot select half a character.
inline qsizetype utf16Index(std::string_view utf8, std::int64_t byteOffset) {
    std::size_t offset =
        std::size_t(qBound<std::int64_t>(0, byteOffset, std::int64_t(utf8.size())));
    while (offset > 0 && offset < utf8.size() &&
           (static_cast<unsigned char>(utf8[offset]) & 0xC0) == 0x80)
        --offset;
    return qs(utf8.substr(0, offset)).size();
}

} // namespace ct::ui

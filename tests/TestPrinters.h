#pragma once

// QTest::toString overloads (core names its own printers toText) so that failed comparisons of domain values print
// "2022-01-06 (day)" rather than raw bytes.
#include "common/Date.h"
#include "model/DateSpan.h"

#include <QtTest/QTest>

namespace boost::gregorian {
inline char* toString(const date& d) {
    return QTest::toString(QString::fromStdString(ct::toIso(d)));
}
} // namespace boost::gregorian

namespace ct {
inline char* toString(const DateSpan& span) {
    return QTest::toString(QString::fromStdString(ct::toText(span)));
}
inline char* toString(Precision p) {
    return QTest::toString(QString::fromLatin1(ct::toText(p)));
}
} // namespace ct

// Test helper: "2022-01-06" → Date, failing loudly on a typo in a test table.
inline ct::Date isoDate(const char* iso) {
    const auto d = ct::parseIsoDate(iso);
    if (!d)
        qFatal("bad ISO date in test data: %s", iso);
    return *d;
}

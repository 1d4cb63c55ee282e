#include "TestPrinters.h"
#include "common/Date.h"
#include "model/DateSpan.h"

#include <QtCore/QDateTime>
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

using namespace ct;

class TestDate : public QObject {
    Q_OBJECT
  private slots:
    void parseIso_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("plain date") << "2022-01-08" << true << 2022 << 1 << 8;
        QTest::newRow("leap day in leap year") << "2020-02-29" << true << 2020 << 2 << 29;
        QTest::newRow("leap day in common year") << "2021-02-29" << false << 0 << 0 << 0;
        QTest::newRow("month 13") << "2022-13-01" << false << 0 << 0 << 0;
        QTest::newRow("day zero") << "2022-01-00" << false << 0 << 0 << 0;
        QTest::newRow("slashes") << "2022/01/08" << false << 0 << 0 << 0;
        QTest::newRow("short") << "2022-1-8" << false << 0 << 0 << 0;
        QTest::newRow("letters") << "20x2-01-08" << false << 0 << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0 << 0;
    }
    void parseIso() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto parsed = parseIsoDate(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QCOMPARE(int(parsed->year()), year);
        QCOMPARE(int(parsed->month()), month);
        QCOMPARE(int(parsed->day()), day);
        QCOMPARE(QString::fromStdString(toIso(*parsed)), text);
    }

    void dayNumbersRoundTrip_data() {
        QTest::addColumn<QString>("iso");
        QTest::newRow("seed publication") << "2022-01-08";
        QTest::newRow("leap day") << "2024-02-29";
        QTest::newRow("end of century") << "1999-12-31";
        QTest::newRow("unix epoch") << "1970-01-01";
    }
    void dayNumbersRoundTrip() {
        QFETCH(QString, iso);
        const Date d = isoDate(iso.toLatin1().constData());
        QCOMPARE(fromDayNumber(toDayNumber(d)), d);
        QCOMPARE(toDayNumber(d + boost::gregorian::days(1)), toDayNumber(d) + 1);
    }

    // What imports and offline copies record as their time: ISO 8601 UTC, to the second, now.
    void utcNowIsIsoUtc() {
        const QString now = QString::fromStdString(utcNowIso());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                     .match(now)
                     .hasMatch(),
                 qPrintable(now));
        const QDateTime parsed = QDateTime::fromString(now, Qt::ISODate);
        QVERIFY2(parsed.isValid(), qPrintable(now));
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QVERIFY(std::abs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void spanToString() {
        const DateSpan single = singleDay(isoDate("2022-01-06"));
        QCOMPARE(QString::fromStdString(toText(single)), QStringLiteral("2022-01-06 (day)"));
        const DateSpan fuzzy{isoDate("2022-01-09"), isoDate("2022-01-15"), Precision::Range, true};
        QCOMPARE(QString::fromStdString(toText(fuzzy)),
                 QStringLiteral("2022-01-09..2022-01-15 (range, fuzzy)"));
        QVERIFY(single.isSingleDay());
        QVERIFY(!fuzzy.isSingleDay());
    }

    void precisionRoundTrip() {
        for (auto p : {Precision::Day, Precision::Month, Precision::Year, Precision::Range})
            QCOMPARE(precisionFromString(toText(p)), std::optional<Precision>(p));
        QVERIFY(!precisionFromString("week").has_value());
    }
};

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"

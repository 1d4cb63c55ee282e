#include "TestPrinters.h"
#include "text/DateMentionFinder.h"

#include <QtTest/QTest>

using namespace ct;

class TestDateMentionFinder : public QObject {
    Q_OBJECT
private slots:
    void findFirst_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("matched");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("Month D, YYYY") << "on January 8, 2022 at"
                                       << "January 8, 2022" << 2022 << 1 << 8;
        QTest::newRow("abbreviated month with dot") << "Jan. 6, 2022"
                                                    << "Jan. 6, 2022" << 2022 << 1 << 6;
        QTest::newRow("Sept abbreviation") << "Sept 30 2021"
                                           << "Sept 30 2021" << 2021 << 9 << 30;
        QTest::newRow("D Month YYYY") << "08 January 2022"
                                      << "08 January 2022" << 2022 << 1 << 8;
        QTest::newRow("ordinal of month") << "the 8th of January, 2022"
                                          << "8th of January, 2022" << 2022 << 1 << 8;
        QTest::newRow("ISO") << "x 2022-01-08 y"
                             << "2022-01-08" << 2022 << 1 << 8;
        QTest::newRow("ISO with slashes") << "2022/1/8"
                                          << "2022/1/8" << 2022 << 1 << 8;
        QTest::newRow("yearless Month D") << "MOSCOW, January 7"
                                          << "January 7" << 0 << 1 << 7;
        QTest::newRow("yearless D Month") << "7 January"
                                          << "7 January" << 0 << 1 << 7;
        QTest::newRow("time is not a year") << "Jan 8, 10:32"
                                            << "Jan 8" << 0 << 1 << 8;
        QTest::newRow("lowercase may is a verb") << "it may 5 times"
                                                 << "" << 0 << 0 << 0;
        QTest::newRow("month and year only") << "January 2022"
                                             << "" << 0 << 0 << 0;
        QTest::newRow("month inside a word") << "Decembers 5"
                                             << "" << 0 << 0 << 0;
        QTest::newRow("five-digit number") << "12022-01-08"
                                           << "" << 0 << 0 << 0;
    }
    void findFirst() {
        QFETCH(QString, text);
        QFETCH(QString, matched);
        const std::string utf8 = text.toStdString();
        const auto m = DateMentionFinder::findFirst(utf8);
        QCOMPARE(m.has_value(), !matched.isEmpty());
        if (!m)
            return;
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QCOMPARE(QString::fromStdString(utf8.substr(m->begin, m->end - m->begin)), matched);
        QCOMPARE(m->year, year);
        QCOMPARE(m->month, month);
        QCOMPARE(m->day, day);
    }

    void calendarValidity_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::newRow("valid") << "January 8, 2022"
                               << "2022-01-08";
        QTest::newRow("February 30 is not a date") << "February 30, 2022"
                                                   << "";
        QTest::newRow("leap day in a leap year") << "29 February 2024"
                                                 << "2024-02-29";
        QTest::newRow("leap day in a common year") << "29 February 2023"
                                                   << "";
        QTest::newRow("month 13") << "2022-13-01"
                                  << "";
        QTest::newRow("no year") << "January 8"
                                 << "";
    }
    void calendarValidity() {
        QFETCH(QString, text);
        QFETCH(QString, date);
        const auto m = DateMentionFinder::findFirst(text.toStdString());
        QVERIFY(m.has_value());
        const auto d = m->date();
        QCOMPARE(d ? QString::fromStdString(toIso(*d)) : QString(), date);
    }

    void yearlessDateTakesTheNearestYear_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same year") << "January 7"
                                   << "2022-01-08"
                                   << "2022-01-07";
        QTest::newRow("December before a January reference") << "December 30"
                                                             << "2022-01-02"
                                                             << "2021-12-30";
        QTest::newRow("January after a December reference") << "January 2"
                                                            << "2021-12-30"
                                                            << "2022-01-02";
        QTest::newRow("leap day picks a leap year") << "February 29"
                                                    << "2024-06-01"
                                                    << "2024-02-29";
    }
    void yearlessDateTakesTheNearestYear() {
        QFETCH(QString, text);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        const auto m = DateMentionFinder::findFirst(text.toStdString());
        QVERIFY(m && !m->hasYear());
        QCOMPARE(m->dateNear(isoDate(reference.toLatin1().constData())),
                 std::optional<Date>(isoDate(expected.toLatin1().constData())));
    }

    void findAllReturnsEveryMention() {
        const auto all =
            DateMentionFinder::findAll("From Jan. 2, 2022 to 2022-01-08 and January 9.");
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].day, 2);
        QCOMPARE(all[1].day, 8);
        QCOMPARE(all[2].year, 0);
    }
};

QTEST_GUILESS_MAIN(TestDateMentionFinder)
#include "tst_date_mention_finder.moc"

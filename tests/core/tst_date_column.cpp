#include "interchange/DateColumn.h"

#include <QTest>

using namespace ct;

Q_DECLARE_METATYPE(ct::DateFormat)

class TestDateColumn : public QObject {
    Q_OBJECT
  private slots:
    void detectsTheColumnsFormat_data() {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("ISO") << QStringList{"2022-01-08", "2022-01-09", ""} << DateFormat::Iso
                             << "";
        QTest::newRow("ISO with time")
            << QStringList{"2022-01-08T10:00:00Z"} << DateFormat::Iso << "";
        QTest::newRow("ACLED's 08 January 2022")
            << QStringList{"08 January 2022", "7 Jan 2022"} << DateFormat::DayMonthName << "";
        QTest::newRow("January 8, 2022")
            << QStringList{"January 8, 2022"} << DateFormat::MonthNameDay << "";
        QTest::newRow("slashed, a day above 12 first")
            << QStringList{"01/08/2022", "13/01/2022"} << DateFormat::DayFirst << "13/01/2022";
        QTest::newRow("slashed, a day above 12 second")
            << QStringList{"01/08/2022", "01/13/2022"} << DateFormat::MonthFirst << "01/13/2022";
        QTest::newRow("slashed, undecided: day first assumed")
            << QStringList{"01/08/2022", "02/03/2022"} << DateFormat::DayFirst << "assumed";
        QTest::newRow("GDELT's SQLDATE")
            << QStringList{"20220108", "20220109"} << DateFormat::Compact << "";
        QTest::newRow("year only") << QStringList{"2021", "2022"} << DateFormat::Year << "";
    }
    void detectsTheColumnsFormat() {
        QFETCH(QStringList, values);
        QFETCH(DateFormat, format);
        QFETCH(QString, reasonHas);
        std::vector<std::string> texts;
        for (const auto& v : values)
            texts.push_back(v.toStdString());
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        const auto detection = DateColumn::detect(views);
        QVERIFY(detection.format);
        QCOMPARE(toText(*detection.format), toText(format));
        QVERIFY2(QString::fromStdString(detection.reason).contains(reasonHas),
                 detection.reason.c_str());
    }

    void parsesToSpans_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DateFormat>("format");
        QTest::addColumn<QString>("span"); // toText(DateSpan), empty when refused
        QTest::newRow("ISO day") << "2022-01-08" << DateFormat::Iso << "2022-01-08 (day)";
        QTest::newRow("ISO month")
            << "2022-01" << DateFormat::Iso << "2022-01-01..2022-01-31 (month)";
        QTest::newRow("partial ISO from TimelineJS columns")
            << "2022-1-8" << DateFormat::Iso << "2022-01-08 (day)";
        QTest::newRow("year") << "2022" << DateFormat::Year << "2022-01-01..2022-12-31 (year)";
        QTest::newRow("day first") << "01/08/2022" << DateFormat::DayFirst << "2022-08-01 (day)";
        QTest::newRow("month first")
            << "01/08/2022" << DateFormat::MonthFirst << "2022-01-08 (day)";
        QTest::newRow("day month name")
            << "08 January 2022" << DateFormat::DayMonthName << "2022-01-08 (day)";
        QTest::newRow("Sept abbreviation")
            << "8 Sept 2022" << DateFormat::DayMonthName << "2022-09-08 (day)";
        QTest::newRow("compact with time")
            << "20220108093000" << DateFormat::Compact << "2022-01-08 (day)";
        QTest::newRow("31 February refused") << "2022-02-31" << DateFormat::Iso << "";
        QTest::newRow("month 13 refused") << "13/13/2022" << DateFormat::DayFirst << "";
        QTest::newRow("words refused") << "last week" << DateFormat::DayMonthName << "";
    }
    void parsesToSpans() {
        QFETCH(QString, text);
        QFETCH(DateFormat, format);
        QFETCH(QString, span);
        const auto parsed = DateColumn::parse(text.toStdString(), format);
        QCOMPARE(parsed ? QString::fromStdString(toText(*parsed)) : QString(), span);
    }
};

QTEST_GUILESS_MAIN(TestDateColumn)
#include "tst_date_column.moc"

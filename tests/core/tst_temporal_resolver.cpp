#include "TemporalResolverRows.h"
#include "TemporalRuleRows.h"
#include "TestPrinters.h"
#include "temporal/TemporalResolver.h"

#include <QFile>
#include <QStringList>
#include <QtTest/QTest>

using namespace ct;

namespace {

std::optional<Date> optionalDate(const QString& iso) {
    if (iso.isEmpty())
        return std::nullopt;
    return isoDate(iso.toLatin1().constData());
}

QString describe(const std::vector<TemporalMatch>& matches) {
    QStringList parts;
    for (const auto& m : matches)
        parts << QString::fromStdString(m.text + " = " + toText(m.span));
    return parts.isEmpty() ? QStringLiteral("(nothing)") : parts.join(QStringLiteral("; "));
}

} // namespace

class TestTemporalResolver : public QObject {
    Q_OBJECT
  private slots:
    void resolve_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<bool>("fuzzy");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<int>("count");
        temporal_rows::addResolutionRows();
        temporal_rows::addReaderRuleRows();
    }

    void resolve() {
        QFETCH(QString, sentence);
        QFETCH(QString, reference);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, precision);
        QFETCH(bool, fuzzy);
        QFETCH(QString, words);
        QFETCH(QString, previous);
        QFETCH(int, count);

        const std::string text = sentence.toStdString();
        const TemporalResolver resolver(isoDate(reference.toLatin1().constData()));
        const auto matches = resolver.resolve(text, optionalDate(previous));
        QVERIFY2(int(matches.size()) == count, qPrintable(describe(matches)));
        const auto it = std::find_if(matches.begin(), matches.end(), [&](const TemporalMatch& m) {
            return m.text == words.toStdString();
        });
        QVERIFY2(it != matches.end(), qPrintable("found: " + describe(matches)));
        const DateSpan expected{isoDate(start.toLatin1().constData()),
                                isoDate(end.toLatin1().constData()),
                                *precisionFromString(precision.toStdString()), fuzzy};
        QCOMPARE(it->span, expected);
        // The offsets point at exactly the words reported.
        QCOMPARE(text.substr(it->begin, it->end - it->begin), it->text);
        QVERIFY2(it->explanation.find(toIso(expected.start)) != std::string::npos,
                 it->explanation.c_str());
        QVERIFY2(it->explanation.find(" tense") != std::string::npos, it->explanation.c_str());
        QVERIFY(it->confidence > 0.0 && it->confidence <= 1.0);
        if (fuzzy)
            QVERIFY(it->confidence < 0.8);
    }

    // Counting a year back from 1400 or a week on from 9999 would step off Boost's
    // calendar (an exception, a crash); such an article date resolves nothing instead.
    void calendarEdgesResolveNothing_data() {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("sentence");
        for (const char* ref : {"1400-01-05", "9999-12-30"})
            for (const char* s :
                 {"It happened last year.", "Talks resume next week.", "Prices rose by year-end.",
                  "Crowds gathered for Eid al-Fitr.", "The vote is in a few years."})
                QTest::newRow(qPrintable(QString::fromLatin1(ref) + ": " + QString::fromLatin1(s)))
                    << QString::fromLatin1(ref) << QString::fromLatin1(s);
    }

    void calendarEdgesResolveNothing() {
        QFETCH(QString, reference);
        QFETCH(QString, sentence);
        const TemporalResolver resolver(isoDate(reference.toLatin1().constData()));
        QVERIFY(resolver.resolve(sentence.toStdString()).empty());
    }

    void nothingToResolve_data() {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no temporal words") << QStringLiteral(
            "\"The presidents exchanged views on the steps being taken to restore order in "
            "Kazakhstan,\" the statement said.");
        QTest::newRow("thousands separator is not a year")
            << QStringLiteral("More than 1,000 troops were deployed.");
        QTest::newRow("year-like count without preposition")
            << QStringLiteral("1991 people signed the petition.");
        QTest::newRow("year-like number in a compound")
            << QStringLiteral("The 2022 budget was approved.");
        QTest::newRow("a spoken count before a compound adjective")
            << QStringLiteral("They met in twenty thirty-minute sessions.");
        QTest::newRow("a spoken count of days")
            << QStringLiteral("The talks ran for nineteen twenty days.");
        QTest::newRow("two thousand is a count without the year before it")
            << QStringLiteral("Police arrested two thousand protesters in two thousand raids.");
        QTest::newRow("a year before figures dates no happening")
            << QStringLiteral("Those 1990 figures were revised.");
        QTest::newRow("a year after a determiner with no happening noun near")
            << QStringLiteral("The 1989 model of the car was popular, a recall said.");
        QTest::newRow("for a number before a plural noun is a count")
            << QStringLiteral("The charity collected food for 1900 families.");
        QTest::newRow("in the year since is a stretch of time")
            << QStringLiteral("Violence has escalated in the year since the attack.");
        QTest::newRow("the year of a zodiac animal")
            << QStringLiteral("Celebrations for the year of the rabbit began.");
        QTest::newRow("that year with no date before it")
            << QStringLiteral("Sales rose sharply that year.");
        QTest::newRow("a year as a compound with fiscal after it")
            << QStringLiteral("The 1989 fiscal plan was approved.");
        QTest::newRow("may as a verb")
            << QStringLiteral("Officials say prices may return to normal.");
        QTest::newRow("march as a verb") << QStringLiteral("Protesters march on the capital.");
        QTest::newRow("May's possessive is the person")
            << QStringLiteral("Confidence in May's leadership fell.");
        QTest::newRow("May before a capitalised word is a name")
            << QStringLiteral("The prize was won by May Jones.");
        QTest::newRow("a month before a noun of no happening")
            << QStringLiteral("The June issue of the magazine sold out.");
        QTest::newRow("the last march is no month")
            << QStringLiteral("Thousands joined the last march through the city.");
        QTest::newRow("newspaper title") << QStringLiteral("The Sunday Times reported the story.");
        QTest::newRow("lower-case sun")
            << QStringLiteral("The sun rose over Almaty as crowds sat on the square.");
        QTest::newRow("the next day without a previous date")
            << QStringLiteral("The president fled the next day.");
        QTest::newRow("a duration, not a time")
            << QStringLiteral("Negotiators made progress in three days of talks.");
        QTest::newRow("a day that is no date") << QStringLiteral("A day of mourning was declared.");
        QTest::newRow("impossible date")
            << QStringLiteral("The decree is dated February 30, 2022.");
        QTest::newRow("tag line in Greek") << QString::fromUtf8(
            "6c57c9ee9f169f39ba83caf87348ba92 Καζακστάν, ΚΡΕΜΛΙΝΟ, ΠΟΥΤΙΝ, Τοκάγεφ");
        QTest::newRow("empty") << QString();
    }
    void nothingToResolve() {
        QFETCH(QString, sentence);
        const TemporalResolver resolver(isoDate("2022-01-08"));
        const auto matches = resolver.resolve(sentence.toStdString());
        QVERIFY2(matches.empty(), qPrintable(describe(matches)));
    }

    void detectTense_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("tense");
        QTest::newRow("regular past") << "Troops arrived in Almaty."
                                      << "past";
        QTest::newRow("irregular past") << "The Kremlin said in a statement."
                                        << "past";
        QTest::newRow("past despite a later would") << "Blinken warned that it would be difficult."
                                                    << "past";
        QTest::newRow("perfect counts as past") << "Talks have been held."
                                                << "past";
        QTest::newRow("will") << "The ministers will meet in Geneva."
                              << "future";
        QTest::newRow("is expected to") << "The envoy is expected to arrive."
                                        << "future";
        QTest::newRow("is due to") << "Parliament is due to vote."
                                   << "future";
        QTest::newRow("will be plus participle") << "The suspects will be questioned."
                                                 << "future";
        QTest::newRow("present passive") << "Kazakhstan is rocked by protests."
                                         << "present";
        QTest::newRow("present progressive") << "Prices are rising."
                                             << "present";
        QTest::newRow("no verb") << "Protesters in Almaty."
                                 << "unknown";
    }
    void detectTense() {
        QFETCH(QString, sentence);
        QFETCH(QString, tense);
        QCOMPARE(QString::fromLatin1(toText(TemporalResolver::detectTense(sentence.toStdString()))),
                 tense);
    }

    void explanationNamesDateTenseAndArticle_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("past weekday") << "Forces arrived in Kazakhstan on Thursday."
                                      << "2022-01-06, past tense, article of 2022-01-08";
        QTest::newRow("clause tense, not sentence tense")
            << "Blinken, who warned on Friday that it would be difficult, spoke."
            << "2022-01-07, past tense, article of 2022-01-08";
        QTest::newRow("future weekday") << "The ministers will meet on Monday."
                                        << "2022-01-10, future tense, article of 2022-01-08";
        QTest::newRow("present weekday") << "Kazakhstan is rocked by a wave of protests Sunday."
                                         << "2022-01-02, present tense, article of 2022-01-08";
        QTest::newRow("relative date names its anchor") << "Order returned a day later."
                                                        << "relative to 2022-01-05";
    }
    void explanationNamesDateTenseAndArticle() {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        const TemporalResolver resolver(isoDate("2022-01-08"));
        const auto matches = resolver.resolve(sentence.toStdString(), isoDate("2022-01-05"));
        QCOMPARE(int(matches.size()), 1);
        QVERIFY2(QString::fromStdString(matches[0].explanation).contains(expected),
                 matches[0].explanation.c_str());
    }

    void offsetsOfSeveralMatches() {
        const std::string text =
            "Protests began on Sunday, spread on Tuesday and will end tomorrow.";
        const TemporalResolver resolver(isoDate("2022-01-08"));
        const auto matches = resolver.resolve(text);
        QCOMPARE(int(matches.size()), 3);
        const char* expectedWords[] = {"on Sunday", "on Tuesday", "tomorrow"};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(matches[i].begin, text.find(expectedWords[i]));
            QCOMPARE(matches[i].text, std::string(expectedWords[i]));
        }
        QCOMPARE(matches[2].span, singleDay(isoDate("2022-01-09")));
    }

    void unclearTenseIsLessConfident() {
        const TemporalResolver resolver(isoDate("2022-01-08"));
        const auto clear = resolver.resolve("Troops arrived on Thursday.");
        const auto unclear = resolver.resolve("Troops in Almaty on Thursday.");
        QCOMPARE(int(clear.size()), 1);
        QCOMPARE(int(unclear.size()), 1);
        QCOMPARE(clear[0].span, unclear[0].span);
        QVERIFY(unclear[0].confidence < clear[0].confidence);
    }

    void seedArticleDates() {
        QFile file(QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TemporalResolver resolver(isoDate("2022-01-08"));
        QStringList found;
        for (const QByteArray& line : file.readAll().split('\n'))
            for (const auto& m : resolver.resolve(line.toStdString()))
                found << QString::fromStdString(m.text + " = " + toText(m.span));
        const QStringList expected = {"today = 2022-01-08 (day)",
                                      "in the coming days = 2022-01-09..2022-01-15 (range, fuzzy)",
                                      "on Friday = 2022-01-07 (day)", "Sunday = 2022-01-02 (day)",
                                      "on Thursday = 2022-01-06 (day)"};
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestTemporalResolver)
#include "tst_temporal_resolver.moc"

#include "TestPrinters.h"
#include "extract/Gazetteer.h"

#include <QtTest/QTest>

using namespace ct;

namespace {

const char* kSmall = "# a comment line\n"
                     "person\tKassym-Jomart Tokayev\tKasim-Yomart Tokayev|Tokayev\n"
                     "person\tVladimir Putin\tPutin|President Putin\n"
                     "person\tAntony Blinken\tAnthony Blinken|Blinken\n"
                     "\n"
                     "country\tKazakhstan\tRepublic of Kazakhstan\tKazakh|Kazakhstani\n"
                     "country\tUnited States\tUS|U.S.|United States of America\tAmerican\n"
                     "country\tIran\t\tIranian\n"
                     "country\tRussia\t\tRussian\n"
                     "city\tAstana\tNur-Sultan\n"
                     "city\tNew York\tNew York City\n"
                     "city\tYork\n"
                     "city\tSão Paulo\tSao Paulo\n"
                     "region\tCentral Asia\n"
                     "organisation\tCSTO\tCollective Security Treaty Organization\n"
                     "organisation\tKremlin\n";

Gazetteer small() {
    auto g = Gazetteer::fromTsv(kSmall, "small.tsv");
    if (!g)
        qFatal("test gazetteer does not load: %s", g.error().message.c_str());
    return std::move(g).value();
}

// "canonical@matched text" for each match, so one string compares the lot.
QString describe(const Gazetteer& g, const std::string& text) {
    QStringList parts;
    for (const auto& m : g.find(text)) {
        QString part = QString::fromStdString(g.entries()[m.entry].canonical) + "@" +
                       QString::fromStdString(text.substr(m.begin, m.end - m.begin));
        if (m.demonym)
            part += "(demonym)";
        parts << part;
    }
    return parts.join(" | ");
}

} // namespace

class TestGazetteer : public QObject {
    Q_OBJECT
  private slots:
    void parsesEntries() {
        const Gazetteer g = small();
        QCOMPARE(g.entries().size(), std::size_t(14));
        const auto& tokayev = g.entries()[0];
        QCOMPARE(tokayev.kind, GazetteerEntry::Kind::Person);
        QCOMPARE(tokayev.canonical, std::string("Kassym-Jomart Tokayev"));
        QCOMPARE(tokayev.aliases.size(), std::size_t(3)); // the canonical name counts as an alias
        const auto& kazakhstan = g.entries()[3];
        QVERIFY(kazakhstan.isPlace());
        QCOMPARE(kazakhstan.demonyms, (std::vector<std::string>{"Kazakh", "Kazakhstani"}));
    }

    void badLines_data() {
        QTest::addColumn<QString>("tsv");
        QTest::addColumn<QString>("expected"); // part of the error message
        QTest::newRow("unknown kind on line 2") << "person\tA B\n"
                                                   "persn\tC D\n"
                                                << "bad.tsv:2: unknown kind \"persn\"";
        QTest::newRow("one column after a comment") << "# comment\n"
                                                       "\n"
                                                       "person\n"
                                                    << "bad.tsv:3: expected kind<TAB>canonical";
        QTest::newRow("five columns") << "country\tX\ta\tb\tc\n"
                                      << "bad.tsv:1: expected";
        QTest::newRow("empty canonical") << "person\t \tPutin\n"
                                         << "bad.tsv:1: empty canonical name";
        QTest::newRow("alias of two entries")
            << "person\tVladimir Putin\tPutin\n"
               "person\tOther Putin\tPutin\n"
            << "bad.tsv:2: alias \"Putin\" already names Vladimir Putin";
        QTest::newRow("demonym on a city") << "city\tAlmaty\t\tAlmatian\n"
                                           << "bad.tsv:1: only countries";
        QTest::newRow("alias starting with punctuation") << "person\tA B\t-x\n"
                                                         << "bad.tsv:1: alias \"-x\"";
    }
    void badLines() {
        QFETCH(QString, tsv);
        QFETCH(QString, expected);
        const auto g = Gazetteer::fromTsv(tsv.toStdString(), "bad.tsv");
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, Error::Code::InvalidInput);
        const QString message = QString::fromStdString(g.error().message);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void crlfAndTrailingSpaces() {
        const auto g = Gazetteer::fromTsv("person\tVladimir Putin\tPutin \r\n", "crlf.tsv");
        QVERIFY(g.ok());
        QCOMPARE(describe(*g, "Putin spoke."), QString("Vladimir Putin@Putin"));
    }

    void find_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alias to canonical") << "Kasim-Yomart Tokayev spoke."
                                            << "Kassym-Jomart Tokayev@Kasim-Yomart Tokayev";
        QTest::newRow("misspelt first name") << "Anthony Blinken warned."
                                             << "Antony Blinken@Anthony Blinken";
        QTest::newRow("surname alone") << "Blinken warned."
                                       << "Antony Blinken@Blinken";
        QTest::newRow("longest match wins") << "in New York City today"
                                            << "New York@New York City";
        QTest::newRow("shorter alias when the long one does not fit") << "in New York today"
                                                                      << "New York@New York";
        QTest::newRow("long organisation name")
            << "the Collective Security Treaty Organization (CSTO) met"
            << "CSTO@Collective Security Treaty Organization | CSTO@CSTO";
        QTest::newRow("possessive") << "Tokayev's idea"
                                    << "Kassym-Jomart Tokayev@Tokayev";
        QTest::newRow("curly possessive") << "Tokayev\u2019s idea"
                                          << "Kassym-Jomart Tokayev@Tokayev";
        QTest::newRow("not inside a longer word") << "Iranians and Putinism"
                                                  << "";
        QTest::newRow("not a suffix of a word") << "Newark and Yorkshire"
                                                << "";
        QTest::newRow("case sensitive") << "the kremlin and KREMLIN"
                                        << "";
        QTest::newRow("demonym marked") << "Russian forces"
                                        << "Russia@Russian(demonym)";
        QTest::newRow("demonym before a hyphen") << "a Russian-led force"
                                                 << "Russia@Russian(demonym)";
        QTest::newRow("alias ending in a full stop") << "the U.S. said"
                                                     << "United States@U.S.";
        QTest::newRow("hyphenated alias") << "flights to Nur-Sultan resumed"
                                          << "Astana@Nur-Sultan";
        QTest::newRow("non-ASCII name") << "de São Paulo."
                                        << "São Paulo@São Paulo";
        QTest::newRow("not after a non-ASCII letter") << "éPutin"
                                                      << "";
        QTest::newRow("quoted name") << "\u00abPutin\u00bb and \u201cTokayev\u201d"
                                     << "Vladimir Putin@Putin | Kassym-Jomart Tokayev@Tokayev";
        QTest::newRow("several, non-overlapping")
            << "President Putin and Tokayev in Central Asia"
            << "Vladimir Putin@President Putin | Kassym-Jomart Tokayev@Tokayev | Central "
               "Asia@Central Asia";
        QTest::newRow("nothing known") << "Nothing here is known."
                                       << "";
    }
    void find() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(small(), text.toStdString()), expected);
    }

    void copiesKeepWorking() {
        Gazetteer copy;
        {
            const Gazetteer original = small();
            copy = original;
        }
        QCOMPARE(describe(copy, "Putin met Blinken."),
                 QString("Vladimir Putin@Putin | Antony Blinken@Blinken"));
    }

    void shippedFileLoads_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("kind");
        QTest::newRow("Kasim-Yomart") << "Kasim-Yomart Tokayev"
                                      << "Kassym-Jomart Tokayev"
                                      << "person";
        QTest::newRow("Anthony Blinken") << "Anthony Blinken"
                                         << "Antony Blinken"
                                         << "person";
        QTest::newRow("Putin") << "Putin"
                               << "Vladimir Putin"
                               << "person";
        QTest::newRow("Zelenskyy") << "Zelenskyy"
                                   << "Volodymyr Zelensky"
                                   << "person";
        QTest::newRow("CSTO long name") << "Collective Security Treaty Organization"
                                        << "CSTO"
                                        << "organisation";
        QTest::newRow("Kremlin") << "Kremlin"
                                 << "Kremlin"
                                 << "organisation";
        QTest::newRow("Kazakhstan") << "Kazakhstan"
                                    << "Kazakhstan"
                                    << "country";
        QTest::newRow("Kazakh is Kazakhstan") << "Kazakh"
                                              << "Kazakhstan"
                                              << "country";
        QTest::newRow("Almaty") << "Almaty"
                                << "Almaty"
                                << "city";
        QTest::newRow("Nur-Sultan is Astana") << "Nur-Sultan"
                                              << "Astana"
                                              << "city";
        QTest::newRow("Kiev is Kyiv") << "Kiev"
                                      << "Kyiv"
                                      << "city";
        QTest::newRow("Donbass") << "Donbass"
                                 << "Donbas"
                                 << "region";
        QTest::newRow("Central Asia") << "Central Asia"
                                      << "Central Asia"
                                      << "region";
    }
    void shippedFileLoads() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, kind);
        static const auto g = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY2(g.ok(), g.ok() ? "" : g.error().message.c_str());
        QVERIFY(g->entries().size() >= 300);
        const std::string sentence = "Yesterday " + text.toStdString() + " was mentioned.";
        const auto matches = g->find(sentence);
        QCOMPARE(matches.size(), std::size_t(1));
        const auto& entry = g->entries()[matches[0].entry];
        QCOMPARE(QString::fromStdString(entry.canonical), canonical);
        QCOMPARE(QString::fromLatin1(toText(entry.kind)), kind);
        QCOMPARE(sentence.substr(matches[0].begin, matches[0].end - matches[0].begin),
                 text.toStdString());
    }

    void missingFileIsAnError() {
        const auto g = Gazetteer::load("/nonexistent/gazetteer.tsv");
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, Error::Code::Io);
        QVERIFY(QString::fromStdString(g.error().message).contains("/nonexistent/gazetteer.tsv"));
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"

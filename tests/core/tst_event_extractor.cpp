#include "TestPrinters.h"
#include "extract/EventExtractor.h"
#include "extract/TitleMaker.h"
#include "text/ArticleParser.h"

#include <QtTest/QTest>
#include <algorithm>
#include <fstream>
#include <sstream>

using namespace ct;

namespace {

const Gazetteer& shippedGazetteer() {
    static const Gazetteer g = [] {
        auto loaded = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        if (!loaded)
            qFatal("gazetteer: %s", loaded.error().message.c_str());
        return std::move(loaded).value();
    }();
    return g;
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QStringList list(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << q(s);
    return out;
}

// A resolved date as the TemporalResolver would hand it over, placed on the
// first occurrence of `words` in the sentence.
TemporalMatch dateAt(std::string_view sentence, const std::string& words, const char* iso,
                     bool fuzzy = false) {
    TemporalMatch m;
    m.begin = sentence.find(words);
    if (m.begin == std::string_view::npos)
        qFatal("test data: \"%s\" not in the sentence", words.c_str());
    m.end = m.begin + words.size();
    m.text = words;
    m.span = singleDay(isoDate(iso));
    if (fuzzy) {
        m.span.end = m.span.start + boost::gregorian::days(6);
        m.span.precision = Precision::Range;
        m.span.fuzzy = true;
    }
    m.explanation = words + " → " + iso;
    return m;
}

std::string readFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The start days of the events a one-sentence article (under a title) makes of `sentence`,
// sorted; `datedOnly` leaves out undated ones.
QStringList startsOf(const QString& sentence, const char* published, bool datedOnly) {
    const std::string raw = "News\n\n" + sentence.toStdString();
    const auto events = EventExtractor(shippedGazetteer())
                            .extract(ArticleParser::parse(raw), isoDate(published));
    QStringList got;
    for (const Event& e : events)
        if (q(e.sentence) == sentence && (!datedOnly || !e.dateText.empty()))
            got << q(toIso(e.when.start));
    got.sort();
    return got;
}

} // namespace

class TestEventExtractor : public QObject {
    Q_OBJECT
  private slots:
    void makeTitle_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short sentence kept") << "Troops arrived." << 80 << "Troops arrived";
        QTest::newRow("wire dateline with date and credit goes")
            << "KOLDAN, March 3 (TPA) - Gunmen attacked the customs post on the ring road." << 80
            << "Gunmen attacked the customs post on the ring road";
        QTest::newRow("local dateline in capitals goes")
            << "SAN ANTONIO - A 14-year-old girl was fatally wounded." << 80
            << "A 14-year-old girl was fatally wounded";
        QTest::newRow("broadcaster's credit goes")
            << "(WKRN) \u2013 A two-year-old boy was shot in the head." << 80
            << "A two-year-old boy was shot in the head";
        QTest::newRow("a dash inside a statement stays")
            << "Police found the car - a stolen sedan - near the river." << 80
            << "Police found the car - a stolen sedan - near the river";
        QTest::newRow("participial opening is no headline")
            << "Speaking before reporters, Peskov said the troops would leave within days." << 80
            << "The troops would leave within days";
        QTest::newRow("prepositional opening is no headline")
            << "In an address that was aired on state channels, Tokayev said he had ordered "
               "troops to fire."
            << 80 << "He had ordered troops to fire";
        QTest::newRow("trailing attribution with a statement")
            << "Putin and Tokayev spoke by telephone, the Kremlin said in a statement today." << 80
            << "Putin and Tokayev spoke by telephone";
        QTest::newRow("attribution after a quotation")
            << "\"The presidents exchanged views on the steps,\" the statement said, adding that "
               "more talks would follow."
            << 80 << "The presidents exchanged views on the steps";
        QTest::newRow("quotation kept when only part is quoted")
            << "The situation was \"stable,\" he said." << 80 << "The situation was \"stable\"";
        QTest::newRow("leading attribution with that")
            << "The Kremlin added that Putin had backed the idea of a meeting." << 80
            << "Putin had backed the idea of a meeting";
        QTest::newRow("leading attribution with a statement and that")
            << "Peskov said in a statement that the talks would resume." << 80
            << "The talks would resume";
        QTest::newRow("leading attribution with a dated that")
            << "The U.S. envoy Mr. Smith said on Jan. 6, 2022 that, in 1991, talks ended." << 80
            << "In 1991, talks ended";
        QTest::newRow("comma left twice by a cut")
            << "Talks ended, , and resumed" << 80 << "Talks ended, and resumed";
        QTest::newRow("leading said without that")
            << "Peskov said the talks would resume next week." << 80
            << "The talks would resume next week";
        QTest::newRow("according to, leading")
            << "According to her, Blinken mocked a legitimate reaction." << 80
            << "Blinken mocked a legitimate reaction";
        QTest::newRow("according to, trailing")
            << "Troops left the airport, according to officials, late at night." << 80
            << "Troops left the airport, late at night";
        QTest::newRow("inverted attribution")
            << "The talks will resume, said Peskov." << 80 << "The talks will resume";
        QTest::newRow("states as a noun is no attribution")
            << "The leaders of Tarvia, Merovia and three neighbouring states opened a summit." << 80
            << "The leaders of Tarvia, Merovia and three neighbouring states opened a summit";
        QTest::newRow("reports as a noun is no attribution")
            << "Police arrived, reports of gunfire having spread across the town." << 80
            << "Police arrived, reports of gunfire having spread across the town";
        QTest::newRow("states as a verb ends the clause")
            << "The border was closed, the ministry states." << 80 << "The border was closed";
        QTest::newRow("reports that as a verb")
            << "The border was closed, the agency reports that officials confirmed." << 80
            << "The border was closed";
        QTest::newRow("relative clause is not an attribution")
            << "Blinken, who said it was difficult, left." << 80
            << "Blinken, who said it was difficult, left";
        QTest::newRow("leading conjunction")
            << "But the protests spread to Almaty." << 80 << "The protests spread to Almaty";
        QTest::newRow("leading adverb and comma")
            << "Meanwhile, prices rose again." << 80 << "Prices rose again";
        QTest::newRow("first letter capitalised")
            << "protests spread quickly" << 80 << "Protests spread quickly";
        QTest::newRow("headline kicker dropped")
            << "Kazakhstan: Presidents Putin and Tokayev had a long conversation" << 80
            << "Presidents Putin and Tokayev had a long conversation";
        QTest::newRow("colon inside the statement kept")
            << "The ministry gave one reason: security" << 80
            << "The ministry gave one reason: security";
        QTest::newRow("stray full stops")
            << "Measures to restore order. ." << 80 << "Measures to restore order";
        QTest::newRow("elided at a word boundary")
            << "Protesters stormed the administration building in the city centre and set it on "
               "fire"
            << 40 << "Protesters stormed the administration…";
        QTest::newRow("elided without a dangling function word")
            << "Forces arrived to support the country's authorities in the capital" << 38
            << "Forces arrived to support…";
        QTest::newRow("elided Greek text at a word boundary")
            << "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την αποκατάσταση της τάξης" << 30
            << "Η κυβέρνηση ανακοίνωσε νέα…";
        QTest::newRow("one long word cut between characters")
            << "ΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩΩ" << 10 << "ΩΩΩΩΩΩΩΩΩ…";
        QTest::newRow("quote closed after elision")
            << "He called it \"a very difficult and dangerous situation for everyone involved\""
            << 40 << "He called it \"a very difficult…\"";
        QTest::newRow("closing quote fits within the limit")
            << "Officials called it \"very difficult for all of them" << 51
            << "Officials called it \"very difficult for all…\"";
        QTest::newRow("curly quote closed after elision")
            << "He called it \u201ca very difficult and dangerous situation for everyone\u201d"
            << 40 << "He called it \u201ca very difficult…\u201d";
        QTest::newRow("name with acronym shortened when too long")
            << "Allies of the Collective Security Treaty Organization (CSTO) will meet to discuss "
               "order"
            << 60 << "Allies of the CSTO will meet to discuss order";
        QTest::newRow("apposition dropped when too long")
            << "Kazakhstan, the largest country in Central Asia, is rocked by protests over fuel "
               "prices"
            << 60 << "Kazakhstan is rocked by protests over fuel prices";
    }
    void makeTitle() {
        QFETCH(QString, sentence);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        const std::string title =
            EventExtractor::makeTitle(sentence.toStdString(), std::size_t(maxChars));
        QCOMPARE(q(title), expected);
        QVERIFY(TitleMaker::countChars(title) <= std::size_t(maxChars));
        QVERIFY(QString::fromUtf8(title.data(), qsizetype(title.size())).toUtf8() ==
                QByteArray(title.data(), qsizetype(title.size()))); // valid UTF-8
    }

    // The seed's sentences with the dates the resolver gives them: which clause
    // the headline comes from, and who and where.
    void eventsForSentence_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("dateWords");
        QTest::addColumn<bool>("fuzzy");
        QTest::addColumn<QStringList>("titleWords");
        QTest::addColumn<QStringList>("titleMustNotHave");
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<QStringList>("places");
        QTest::newRow("date inside the attribution: main clause")
            << "Russian President Vladimir Putin and his Kazakh counterpart Kasim-Yomart Tokayev "
               "had a "
               "\"long\" telephone conversation to discuss the situation in Kazakhstan, the "
               "Kremlin "
               "said in a statement today."
            << "today" << false << QStringList{"Putin", "Tokayev", "telephone conversation"}
            << QStringList{"Kremlin said", "today", "President"}
            << QStringList{"Vladimir Putin", "Kassym-Jomart Tokayev", "Kremlin", "Russia"}
            << QStringList{"Kazakhstan"};
        QTest::newRow("leading attribution, fuzzy date kept in the title")
            << "The Kremlin added that Putin had backed Tokayev's idea of holding a teleconference "
               "in "
               "the coming days with allies of the Collective Security Treaty Organization (CSTO), "
               "which brings together six former Soviet republics, to discuss measures to restore "
               "order. ."
            << "in the coming days" << true << QStringList{"Putin", "Tokayev", "teleconference"}
            << QStringList{"Kremlin added"}
            << QStringList{"Kremlin", "Vladimir Putin", "Kassym-Jomart Tokayev", "CSTO"}
            << QStringList{};
        QTest::newRow("date in a relative clause: the relative clause's event")
            << "Moscow also condemned \"rude\" remarks by US Secretary of State Anthony Blinken, "
               "who "
               "warned on Friday that it would be \"very difficult\" for Kazakhstan to secure the "
               "withdrawal of Russian forces."
            << "on Friday" << false << QStringList{"Blinken warned", "very difficult", "Kazakhstan"}
            << QStringList{"condemned", "on Friday", "who"}
            << QStringList{"United States", "Antony Blinken", "Russia"}
            << QStringList{"Moscow", "Kazakhstan"};
        QTest::newRow("bare weekday in the main clause")
            << "Kazakhstan, the largest country in Central Asia, is rocked by a wave of protests "
               "Sunday "
               "in the province after rising fuel prices before spreading to other cities, most "
               "notably Almaty, the country's financial capital."
            << "Sunday" << false << QStringList{"Kazakhstan", "wave of protests", "fuel"}
            << QStringList{"Sunday", "largest country"} << QStringList{}
            << QStringList{"Kazakhstan", "Central Asia", "Almaty"};
        QTest::newRow("leading article dropped, participle clause dropped")
            << "A contingent of forces from Russia and other allied countries in Moscow arrived in "
               "Kazakhstan on Thursday to support the country's authorities, protecting "
               "strategically "
               "important buildings."
            << "on Thursday" << false << QStringList{"Contingent of forces", "arrived"}
            << QStringList{"on Thursday", "protecting"} << QStringList{}
            << QStringList{"Russia", "Moscow", "Kazakhstan"};
        QTest::newRow("unknown capitalised names become actors")
            << "The violence was the worst since the collapse of the Soviet Union, Mr Smith said, "
               "as Halyk Bank of Almaty closed on Monday."
            << "on Monday" << false << QStringList{"violence"} << QStringList{"Smith said"}
            << QStringList{"Soviet Union", "Halyk Bank"} << QStringList{"Almaty"};
    }
    void eventsForSentence() {
        QFETCH(QString, sentence);
        QFETCH(QString, dateWords);
        QFETCH(bool, fuzzy);
        QFETCH(QStringList, titleWords);
        QFETCH(QStringList, titleMustNotHave);
        QFETCH(QStringList, actors);
        QFETCH(QStringList, places);
        const std::string s = sentence.toStdString();
        const auto date = dateAt(s, dateWords.toStdString(), "2022-01-07", fuzzy);
        const auto events = EventExtractor(shippedGazetteer()).eventsForSentence(s, {date, date});
        QCOMPARE(events.size(), std::size_t(1)); // the same span twice collapses
        const Event& e = events.front();
        QCOMPARE(e.when, date.span);
        QCOMPARE(q(e.dateText), dateWords);
        QCOMPARE(q(e.sentence), sentence);
        QVERIFY2(TitleMaker::countChars(e.title) <= 80, e.title.c_str());
        for (const auto& w : titleWords)
            QVERIFY2(q(e.title).contains(w), qPrintable(q(e.title) + " lacks " + w));
        for (const auto& w : titleMustNotHave)
            QVERIFY2(!q(e.title).contains(w), qPrintable(q(e.title) + " has " + w));
        for (const auto& a : actors)
            QVERIFY2(list(e.actors).contains(a),
                     qPrintable(list(e.actors).join(", ") + " lacks " + a));
        QCOMPARE(list(e.places), places);
    }

    // The second date is reported without its preposition, as a resolver may.
    void oneEventPerDatedClause() {
        const std::string s =
            "Troops arrived in Almaty on Thursday, and the airport reopened on Friday.";
        const auto events = EventExtractor(shippedGazetteer())
                                .eventsForSentence(s, {dateAt(s, "on Thursday", "2022-01-06"),
                                                       dateAt(s, "Friday", "2022-01-07")});
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(q(events[0].title), QString("Troops arrived in Almaty"));
        QCOMPARE(q(events[1].title), QString("The airport reopened"));
    }

    // Needs the real SentenceSplitter and TemporalResolver (merged from main).
    void extractHandMadeArticle() {
        ParsedArticle a;
        a.text = "Troops arrive in Almaty\n\n"
                 "Russian-led troops arrived in Almaty on Thursday, officials said.\n\n"
                 "abc123 Kazakhstan, Almaty, Monday\n\n"
                 "Protests began on Sunday in Zhanaozen. Tokayev spoke with Putin today.\n\n"
                 "Source: Agency report on Friday\n";
        auto block = [&](ArticleBlock::Kind kind, std::string_view line) {
            const auto begin = a.text.find(line);
            a.blocks.push_back({kind, begin, begin + line.size()});
        };
        block(ArticleBlock::Kind::Title, "Troops arrive in Almaty");
        block(ArticleBlock::Kind::Lede,
              "Russian-led troops arrived in Almaty on Thursday, officials said.");
        block(ArticleBlock::Kind::Meta, "abc123 Kazakhstan, Almaty, Monday");
        block(ArticleBlock::Kind::Body,
              "Protests began on Sunday in Zhanaozen. Tokayev spoke with Putin today.");
        block(ArticleBlock::Kind::Source, "Source: Agency report on Friday");

        const auto events = EventExtractor(shippedGazetteer()).extract(a, isoDate("2022-01-08"));
        QStringList got;
        for (const auto& e : events) {
            got << q(toIso(e.when.start) + " " + e.title);
            QCOMPARE(a.text.substr(std::size_t(e.sentenceBegin),
                                   std::size_t(e.sentenceEnd - e.sentenceBegin)),
                     e.sentence);
        }
        QCOMPARE(got, (QStringList{"2022-01-06 Russian-led troops arrived in Almaty",
                                   "2022-01-02 Protests began in Zhanaozen",
                                   "2022-01-08 Tokayev spoke with Putin"}));
        QCOMPARE(list(events[0].actors), QStringList{"Russia"});
        QCOMPARE(list(events[0].places), QStringList{"Almaty"});
        QCOMPARE(list(events[2].actors), (QStringList{"Kassym-Jomart Tokayev", "Vladimir Putin"}));
    }

    // The seed article end to end: the table of issue 2, section 5.
    void seed_data() {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("fuzzy");
        QTest::addColumn<QStringList>("titleWords");
        QTest::addColumn<QStringList>("actors");
        QTest::newRow("Sunday: wave of protests after fuel prices rise")
            << "2022-01-02"
            << "2022-01-02" << false << QStringList{"protests", "fuel"} << QStringList{};
        QTest::newRow("Thursday: Russian-led force arrives in Kazakhstan")
            << "2022-01-06"
            << "2022-01-06" << false << QStringList{"forces", "arrived"} << QStringList{};
        QTest::newRow("on Friday: Blinken's warning")
            << "2022-01-07"
            << "2022-01-07" << false << QStringList{"Blinken", "warned", "difficult"}
            << QStringList{"Antony Blinken"};
        QTest::newRow("today: long Putin-Tokayev telephone conversation")
            << "2022-01-08"
            << "2022-01-08" << false << QStringList{"Putin", "Tokayev", "telephone conversation"}
            << QStringList{"Vladimir Putin", "Kassym-Jomart Tokayev", "Kremlin"};
        QTest::newRow("in the coming days: CSTO teleconference (fuzzy, after 2022-01-08)")
            << ""
            << "" << true << QStringList{"Putin", "Tokayev", "teleconference"}
            << QStringList{"CSTO", "Vladimir Putin"};
    }
    void seed() {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, fuzzy);
        QFETCH(QStringList, titleWords);
        QFETCH(QStringList, actors);
        const std::string text = readFile(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
        QVERIFY(!text.empty());
        const ParsedArticle article = ArticleParser::parse(text);
        const Date published = isoDate("2022-01-08");
        const auto events = EventExtractor(shippedGazetteer()).extract(article, published);

        const auto metaBegin = text.find("6c57c9ee");
        const auto metaEnd = text.find('\n', metaBegin);
        const auto sourceBegin = text.find("Source: RES-EAP");
        QStringList all;
        for (const auto& e : events) {
            all << q(toText(e.when) + "  " + e.title);
            const auto b = std::size_t(e.sentenceBegin), en = std::size_t(e.sentenceEnd);
            QCOMPARE(text.substr(b, en - b), e.sentence);
            QVERIFY2(en <= metaBegin || b >= metaEnd, e.sentence.c_str());
            QVERIFY2(en <= sourceBegin, e.sentence.c_str());
            QVERIFY2(TitleMaker::countChars(e.title) <= 80, e.title.c_str());
        }
        const Event* found = nullptr;
        for (const auto& e : events) {
            const bool dateOk =
                fuzzy ? (e.when.fuzzy && e.when.start >= published && e.when.end > published)
                      : (!e.when.fuzzy && e.when.start == isoDate(qPrintable(start)) &&
                         e.when.end == isoDate(qPrintable(end)) &&
                         e.when.precision == Precision::Day);
            const bool words =
                std::all_of(titleWords.begin(), titleWords.end(),
                            [&](const QString& w) { return q(e.title).contains(w); });
            if (dateOk && words)
                found = &e;
        }
        QVERIFY2(found, qPrintable("not among:\n" + all.join("\n")));
        for (const auto& a : actors)
            QVERIFY2(list(found->actors).contains(a),
                     qPrintable(list(found->actors).join(", ") + " lacks " + a));
    }

    void dateAfterARelativeClauseBelongsToTheMainClause() {
        const std::string s = "Putin, who was in Moscow, spoke to Tokayev on Friday.";
        const auto events = EventExtractor(shippedGazetteer())
                                .eventsForSentence(s, {dateAt(s, "on Friday", "2022-01-07")});
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(q(events[0].title), QString("Putin, who was in Moscow, spoke to Tokayev"));
    }

    void dateWordsLeaveTheHeadline_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("dateWords");
        QTest::addColumn<bool>("fuzzy");
        QTest::addColumn<QString>("title");
        QTest::newRow("exact date removed with its preposition")
            << "Troops arrived on Thursday in Almaty."
            << "Thursday" << false << "Troops arrived in Almaty";
        QTest::newRow("'on' ending a word is not a preposition")
            << "Zelenskyy arrived in Washington late Tuesday evening."
            << "late Tuesday evening" << false << "Zelenskyy arrived in Washington";
        QTest::newRow("vague date kept inside the clause")
            << "Leaders will meet in the coming days."
            << "in the coming days" << true << "Leaders will meet in the coming days";
        QTest::newRow("job title after an organisation becomes a possessive")
            << "NATO Secretary General Jens Stoltenberg warned on Tuesday that the alliance must "
               "prepare for a long war."
            << "on Tuesday" << false
            << "NATO's Stoltenberg warned that the alliance must prepare for a long war";
        QTest::newRow("vague date opening the clause removed")
            << "Earlier this week, the alliance warned of a long war."
            << "Earlier this week" << true << "The alliance warned of a long war";
    }
    void dateWordsLeaveTheHeadline() {
        QFETCH(QString, sentence);
        QFETCH(QString, dateWords);
        QFETCH(bool, fuzzy);
        QFETCH(QString, title);
        const std::string s = sentence.toStdString();
        const auto events =
            EventExtractor(shippedGazetteer())
                .eventsForSentence(s, {dateAt(s, dateWords.toStdString(), "2022-01-04", fuzzy)});
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(q(events[0].title), title);
    }

    void datelineIsNoEvent() {
        const std::string s = "@MOSCOW, January 7";
        QVERIFY(EventExtractor(shippedGazetteer())
                    .eventsForSentence(s, {dateAt(s, "January 7", "2022-01-07")})
                    .empty());
    }

    void datesOutsideTheSentenceAreIgnored() {
        TemporalMatch bad;
        bad.begin = 40;
        bad.end = 52;
        bad.span = singleDay(isoDate("2022-01-08"));
        QVERIFY(
            EventExtractor(shippedGazetteer()).eventsForSentence("Putin spoke.", {bad}).empty());
    }

    // A file of date words is not prose: reading it stops at the caps instead of
    // going quadratic (the hostile corpus holds a million "Monday"s).
    void repeatedDateWordsAreCapped() {
        ParsedArticle a;
        std::string body;
        for (int i = 0; i < 5000; ++i) // distinct dates, so none is a restatement
            body += "Protests began on January " + std::to_string(1 + i % 28) + ", " +
                    std::to_string(1900 + i / 28) + ". ";
        std::string dense;
        for (int i = 0; i < 200; ++i)
            dense += i % 2 ? "Monday " : "Zorbek ";
        a.text = "Title\n\n" + dense + "\n\n" + body;
        a.blocks.push_back({ArticleBlock::Kind::Body, 7, 7 + dense.size()});
        a.blocks.push_back({ArticleBlock::Kind::Body, 9 + dense.size(), a.text.size()});
        const auto events = EventExtractor(shippedGazetteer()).extract(a, isoDate("2022-01-08"));
        QVERIFY(!events.empty());
        QCOMPARE(events.size(), EventExtractor::kMaxEventsPerArticle);
        const auto inDense = std::count_if(events.begin(), events.end(), [&](const Event& e) {
            return std::size_t(e.sentenceBegin) < 7 + dense.size();
        });
        QVERIFY2(std::size_t(inDense) <= EventExtractor::kMaxDatesPerSentence,
                 qPrintable(QString::number(inDense)));
        // A run of 200 capitalised words is not somebody's name.
        for (const Event& e : events)
            for (const auto& actor : e.actors)
                QVERIFY2(std::count(actor.begin(), actor.end(), ' ') < 8, actor.c_str());
    }

    // The news of the day without date words: the lede in the past tense becomes an event
    // on or shortly before publication, with a low confidence; background, opinions,
    // quotes and plans do not.
    void undatedLedeNews_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("undated");
        QTest::addColumn<QString>("title");
        QTest::newRow("present perfect lede")
            << QStringLiteral(
                   "President flees\n\nPresident X has fled the country, officials said.\n\n"
                   "The capital is calm.")
            << 1 << QStringLiteral("President X has fled the country");
        QTest::newRow("simple past lede with overnight")
            << QStringLiteral("Square cleared\n\nPolice cleared the square overnight.\n\n"
                              "Protesters had camped there for weeks.")
            << 1 << QStringLiteral("Police cleared the square overnight");
        QTest::newRow("a lede restated with its date later makes no second event")
            << QStringLiteral("Curfew\n\nThe government imposed a curfew.\n\nThe government "
                              "imposed a curfew on Friday, the ministry said.")
            << 0 << QString();
        QTest::newRow("an opinion is no happening")
            << QStringLiteral("Comment\n\nThe government should have acted sooner.\n\nMore "
                              "text follows here.")
            << 0 << QString();
        QTest::newRow("a quote is someone's words")
            << QStringLiteral("Quote\n\n\"We have done everything we could,\" he said.\n\n"
                              "More text follows here.")
            << 0 << QString();
        QTest::newRow("a plan is not news of the day")
            << QStringLiteral("Plan\n\nThe ministry will close the border.\n\nMore text "
                              "follows here.")
            << 0 << QString();
        QTest::newRow("a later body paragraph is background")
            << QStringLiteral("Title words here\n\nThe talks continue in Geneva today.\n\n"
                              "Two.\n\nThree.\n\nFour.\n\nFive.\n\nThe country became "
                              "independent long ago and fought wars.")
            << 0 << QString();
        QTest::newRow("an opening attribution reports the happening")
            << QStringLiteral("Teen dead\n\nOVERLAND (KTVI) - Police say a 15-year-old is dead "
                              "after a shooting in the 9500 block of Page.\n\nMore text follows "
                              "here.")
            << 1 << QStringLiteral("A 15-year-old is dead after a shooting");
        // What the outlet habitually does ("publishes … as received", "is published by") is
        // its furniture, whatever past participle follows.
        QTest::newRow("an outlet's house notice is no happening")
            << QStringLiteral("Curfew\n\nThe Daily Star publishes Tarvia Press Agency reports as "
                              "received.\n\nMore text follows here.")
            << 0 << QString();
        QTest::newRow("a publication's passive notice is no happening")
            << QStringLiteral("Note\n\nThis report is published by the Koldan Daily Star as it "
                              "was received from the agency.\n\nMore text follows here.")
            << 0 << QString();
        QTest::newRow("a description of someone is an account, not a happening")
            << QStringLiteral("Mourned\n\nHis teachers described him as a quiet boy who loved "
                              "football.\n\nMore text follows here.")
            << 0 << QString();
        QTest::newRow("a promise is a plan, not a happening")
            << QStringLiteral("Lights\n\nThe city council has promised more street lighting in "
                              "the harbour district.\n\nMore text follows here.")
            << 0 << QString();
        QTest::newRow("an attribution that reports no happening")
            << QStringLiteral("Search\n\nPolice said they were searching the area.\n\nMore "
                              "text follows here.")
            << 0 << QString();
        QTest::newRow("main clause undated while the date dates the since clause")
            << QStringLiteral(
                   "Unrest\n\nKazakh security forces have killed at least 26 people, the worst "
                   "unrest since Kazakhstan became independent from the Soviet Union 30 years "
                   "ago.\n\nMore text follows here.")
            << 1 << QStringLiteral("Kazakh security forces have killed at least 26 people");
    }

    void undatedLedeNews() {
        QFETCH(QString, text);
        QFETCH(int, undated);
        QFETCH(QString, title);
        const std::string raw = text.toStdString();
        const ParsedArticle parsed = ArticleParser::parse(raw);
        const Date published = isoDate("2022-01-08");
        const auto events = EventExtractor(shippedGazetteer()).extract(parsed, published);
        std::vector<const Event*> found;
        for (const auto& e : events)
            if (e.dateText.empty())
                found.push_back(&e);
        QCOMPARE(int(found.size()), undated);
        if (undated == 0)
            return;
        const Event& e = *found.front();
        QCOMPARE(e.when, (DateSpan{isoDate("2022-01-07"), published, Precision::Range, true}));
        QVERIFY(e.confidence < 0.5);
        QVERIFY2(q(e.resolution).contains(QStringLiteral("shortly before publication")),
                 e.resolution.c_str());
        QVERIFY2(q(e.title).startsWith(title), e.title.c_str());
        // The sentence offsets point at the evidence.
        QCOMPARE(
            raw.substr(std::size_t(e.sentenceBegin), std::size_t(e.sentenceEnd - e.sentenceBegin)),
            e.sentence);
    }

    // An undated lede sentence that retells a happening the article dates (a follow-up days
    // later) takes that date; one that tells something else keeps "shortly before publication".
    void undatedLedeTakesTheDateOfItsRetelling_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the undated one
        QTest::addColumn<QString>("start");
        QTest::newRow("the argument and the shot told again without a date")
            << QStringLiteral(
                   "Uncle arrested\n\nJames Graham, 48, got into an argument with his "
                   "16-year-old nephew outside a home on Ward Street around 4 p.m. Tuesday.\n\n"
                   "During the argument, Graham pulled out a gun and fired a shot, hitting his "
                   "nephew in the body.")
            << QStringLiteral("During the argument") << QStringLiteral("2022-01-04");
        QTest::newRow("another happening keeps the publication window")
            << QStringLiteral(
                   "Uncle arrested\n\nJames Graham, 48, got into an argument with his "
                   "16-year-old nephew outside a home on Ward Street around 4 p.m. Tuesday.\n\n"
                   "The school district has sent counsellors to the high school.")
            << QStringLiteral("The school district") << QStringLiteral("2022-01-07");
        // A definite mention refers back to the one happening the article tells, whatever words
        // the two sentences share.
        QTest::newRow("the shooting mentioned again takes its date")
            << QStringLiteral("Teen killed\n\nA 17-year-old was killed in an afternoon shooting "
                              "in Waterbury on Thursday.\n\nThe shooting happened in the area of "
                              "30 Porter Street just before 4:30 p.m.")
            << QStringLiteral("The shooting happened") << QStringLiteral("2022-01-06");
        QTest::newRow("the boy introduced in the lede")
            << QStringLiteral("Boy shot\n\nA boy was shot in the head Thursday morning in Portage "
                              "Park, police said.\n\nThe boy was taken to a hospital in "
                              "Lakeview.")
            << QStringLiteral("The boy was taken") << QStringLiteral("2022-01-06");
        QTest::newRow("it happened")
            << QStringLiteral("Toddler hurt\n\nA two-year-old boy was shot in the head Thursday "
                              "afternoon at an apartment complex.\n\nIt happened around 3:05 "
                              "p.m. in the 300 block of Rio Vista Drive.")
            << QStringLiteral("It happened") << QStringLiteral("2022-01-06");
        QTest::newRow("two shootings on two days leave the shooting unresolved")
            << QStringLiteral("Shootings\n\nA man was shot on Ward Street on Wednesday.\n\nA "
                              "woman was shot on Page Avenue on Thursday.\n\nThe shooting "
                              "happened near a school.")
            << QStringLiteral("The shooting happened") << QStringLiteral("2022-01-07");
        QTest::newRow("another kind of happening befell the person")
            << QStringLiteral("Boy shot\n\nA boy was shot in the head Thursday morning in Portage "
                              "Park, police said.\n\nThe boy's father was arrested at his home.")
            << QStringLiteral("The boy's father") << QStringLiteral("2022-01-07");
        QTest::newRow("the child the lede gave an age")
            << QStringLiteral("Toddler dead\n\nA 3-year-old shot himself in the chest Thursday "
                              "morning in Paulding County.\n\nThe child was taken to a hospital "
                              "where he was pronounced dead.")
            << QStringLiteral("The child was taken") << QStringLiteral("2022-01-06");
        QTest::newRow("a charge in the present mentions the shooting")
            << QStringLiteral("Mother, son killed\n\nA mother and her young son were found shot "
                              "to death in their home Thursday morning.\n\nHer 14-year-old son "
                              "is being charged in connection with the double shooting.")
            << QStringLiteral("Her 14-year-old son") << QStringLiteral("2022-01-06");
        QTest::newRow("the gun of the shooting the lede told")
            << QStringLiteral("Boy killed\n\nA police officer shot and killed a 13-year-old boy "
                              "Thursday night.\n\nThe gun was later found to be a BB gun.")
            << QStringLiteral("The gun was later") << QStringLiteral("2022-01-06");
        // A local report tells one shooting: the lede's undated sentences of violence are its
        // details, whatever words they share with the dated telling.
        QTest::newRow("another victim of the one shooting the lede dates")
            << QStringLiteral("Three hurt\n\nA gunman opened fire on a group of men outside a "
                              "bar early Thursday, police said.\n\nAnother man, Ivo Lasko, 34, "
                              "was shot once in the left leg.")
            << QStringLiteral("Another man") << QStringLiteral("2022-01-06");
        QTest::newRow("a victim in another city is not the shooting the lede dates")
            << QStringLiteral("Three hurt\n\nA gunman opened fire on a group of men outside a "
                              "bar in Almaty early Thursday, police said.\n\nAnother man was "
                              "shot once in the left leg in Moscow.")
            << QStringLiteral("Another man") << QStringLiteral("2022-01-07");
        QTest::newRow("an arrest that mentions the shooting is not the shooting")
            << QStringLiteral("Arrests\n\nThree men were arrested Thursday in connection with "
                              "the shooting, police said.\n\nAnother man was shot once in the "
                              "left leg.")
            << QStringLiteral("Another man") << QStringLiteral("2022-01-07");
        QTest::newRow("shootings on two days leave another victim unresolved")
            << QStringLiteral("Shootings\n\nA man was shot on Ward Street on Wednesday.\n\nA "
                              "woman was shot on Page Avenue on Thursday.\n\nA teenager, Ivo "
                              "Lasko, 17, was wounded in the arm.")
            << QStringLiteral("A teenager") << QStringLiteral("2022-01-07");
        QTest::newRow("the girl is not the boy the lede introduced")
            << QStringLiteral("Boy shot\n\nA 4-year-old boy was shot Thursday on Ward Street."
                              "\n\nThe girl was taken to a hospital.")
            << QStringLiteral("The girl was taken") << QStringLiteral("2022-01-07");
    }
    void undatedLedeTakesTheDateOfItsRetelling() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, start);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto undated = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return e.dateText.empty() && q(e.sentence).startsWith(sentence);
        });
        QVERIFY(undated != events.end());
        QCOMPARE(q(toIso(undated->when.start)), start);
        // Linked to the sentence it retells, so the store joins them (Event::retells).
        const bool retelling = !undated->when.fuzzy;
        QCOMPARE(undated->retells >= 0, retelling);
        if (retelling)
            QCOMPARE(events[std::size_t(undated->retells)].when, undated->when);
    }

    // An undated sentence further down that retells a happening the article tells (its kind,
    // its particulars) is a report of it with its date, linked to it (Event::retells); other
    // shootings the article recalls, quotes and the lede repeated word for word are not.
    void laterSentencesRetellTheNews_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the later, undated one
        QTest::addColumn<QString>("retold");   // the start of the one it retells; empty: none
        const QString lede = QStringLiteral(
            "Boy shot\n\nA 4-year-old boy was shot in the stomach on Friday afternoon at his "
            "home on Misty Lane, deputies said.\n\nNeighbours gathered outside.\n\nThe "
            "street is usually quiet.\n\nA school nurse lives next door.\n\nThe house has a "
            "red door.\n\n");
        QTest::newRow("a later paragraph retells the dated lede")
            << lede + QStringLiteral("Detectives said the boy was hit in the stomach by a single "
                                     "bullet from a handgun he found in the home on Misty Lane.")
            << QStringLiteral("Detectives said the boy") << QStringLiteral("A 4-year-old boy");
        QTest::newRow("another victim's age tells another shooting")
            << lede + QStringLiteral("An 11-year-old boy was shot in the stomach near Misty "
                                     "Lane during a robbery.")
            << QStringLiteral("An 11-year-old") << QString();
        QTest::newRow("someone's words are no retelling")
            << lede + QStringLiteral("\"He was shot in the stomach at home on Misty Lane,\" a "
                                     "neighbour said.")
            << QStringLiteral("He was shot") << QString();
        QTest::newRow("after a background date the article tells the past")
            << lede + QStringLiteral("In 2019, three children were shot in the county.\n\n"
                                     "A boy was shot in the stomach at his home on Misty Lane.")
            << QStringLiteral("A boy was shot") << QString();
        QTest::newRow("the shooting mentioned again in someone's account")
            << lede + QStringLiteral("His uncle said the shooting was an accident.")
            << QStringLiteral("His uncle said") << QStringLiteral("A 4-year-old boy");
        QTest::newRow("the single shot")
            << lede + QStringLiteral("Witnesses told investigators the boy was alone when the "
                                     "single shot went off.")
            << QStringLiteral("Witnesses told") << QStringLiteral("A 4-year-old boy");
        QTest::newRow("the shooting mentioned in the present")
            << lede + QStringLiteral("Detectives are still investigating the shooting at the "
                                     "home on Misty Lane.")
            << QStringLiteral("Detectives are still") << QStringLiteral("A 4-year-old boy");
        // At most four later reports per article: a retelling sharing the particulars goes
        // before mere mentions.
        QTest::newRow("a retelling before five mentions")
            << lede + QStringLiteral("Neighbours heard the shooting.\n\nThe shooting shocked the "
                                     "street.\n\nA teacher said the shooting was a tragedy.\n\n"
                                     "The victim was well known at the school.\n\nThe gun was "
                                     "found in a drawer.\n\nDetectives said the boy was hit in "
                                     "the stomach by a single bullet from a handgun he found in "
                                     "the home on Misty Lane.")
            << QStringLiteral("Detectives said the boy") << QStringLiteral("A 4-year-old boy");
        QTest::newRow("an arrest that befell the boy's uncle is another happening")
            << lede + QStringLiteral("The boy's uncle was arrested at his home.")
            << QStringLiteral("The boy's uncle") << QString();
        QTest::newRow("the lede repeated word for word is no second report")
            << lede + QStringLiteral("A 4-year-old boy was shot in the stomach on Friday "
                                     "afternoon at his home on Misty Lane, deputies said.")
            << QString() << QString();
    }
    // A local report sets the scene with a date ("Around 10 p.m. Saturday, teens were
    // celebrating …") and tells the shooting after it without one; the crime is not the charge
    // the lede reports, though the charge names it.
    void anActOfViolenceContinuesTheSceneItsArticleSets_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the undated act
        QTest::addColumn<QString>("retold");   // the start of the one it retells; empty: none
        const QString charge = QStringLiteral(
            "Party shooting\n\nPolice charged 18-year-old Mark Dunn with attempted murder.\n\n");
        const QString setting =
            QStringLiteral("Around 10 p.m. Saturday, teens were celebrating a birthday party at "
                           "a home on Vine Street.\n\nThe guests were mostly neighbours.\n\n"
                           "Music played in the yard.\n\nThe hosts had rented a tent.\n\n");
        const QString act = QStringLiteral("Dunn then jumped into a car and began to shoot into "
                                           "the crowd.");
        QTest::newRow("the act after its setting continues it, not the charge")
            << charge + setting + act << QStringLiteral("Dunn then jumped")
            << QStringLiteral("Around 10 p.m. Saturday");
        QTest::newRow("an undated lede of the violence dates nothing")
            << QStringLiteral("Party shooting\n\nSix teens were wounded at a birthday party.\n\n") +
                   charge.mid(16) + setting + act
            << QStringLiteral("Dunn then jumped") << QStringLiteral("Around 10 p.m. Saturday");
        QTest::newRow("a dated act of violence: the retelling rules decide")
            << charge + setting + QStringLiteral("Shots rang out at 10:30 p.m. Saturday.\n\n") + act
            << QStringLiteral("Dunn then jumped") << QString();
        QTest::newRow("settings on two days: the article does not say which")
            << charge + QStringLiteral("On Friday, Dunn argued with a guest at school.\n\n") +
                   setting + act
            << QStringLiteral("Dunn then jumped") << QString();
        QTest::newRow("a setting after the act is not its setting")
            << charge + act + QStringLiteral("\n\n") + setting << QStringLiteral("Dunn then jumped")
            << QString();
        QTest::newRow("an arrest after the setting is news of its own")
            << charge + setting + QStringLiteral("Dunn was then arrested at his home.")
            << QStringLiteral("Dunn was then") << QString();
    }
    void anActOfViolenceContinuesTheSceneItsArticleSets() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, retold);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-11"));
        const auto later = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return q(e.sentence).startsWith(sentence);
        });
        if (retold.isEmpty()) {
            QVERIFY2(later == events.end() || later->retells < 0 ||
                         !q(events[std::size_t(later->retells)].sentence)
                              .startsWith(QStringLiteral("Around")),
                     later == events.end() ? "" : later->sentence.c_str());
            return;
        }
        QVERIFY(later != events.end());
        QVERIFY(later->retells >= 0 && std::size_t(later->retells) < events.size());
        const Event& told = events[std::size_t(later->retells)];
        QVERIFY2(q(told.sentence).startsWith(retold), told.sentence.c_str());
        QCOMPARE(later->when.start, isoDate("2022-01-08"));
    }

    void laterSentencesRetellTheNews() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, retold);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto count = std::count_if(events.begin(), events.end(), [](const Event& e) {
            return q(e.sentence).startsWith(QStringLiteral("A 4-year-old boy"));
        });
        QCOMPARE(int(count), 1); // the lede, once
        if (sentence.isEmpty())
            return;
        const auto later = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return q(e.sentence).startsWith(sentence);
        });
        if (retold.isEmpty()) {
            // QVERIFY2 evaluates its message even when the check holds: never *end().
            QVERIFY2(later == events.end(), later == events.end() ? "" : later->sentence.c_str());
            return;
        }
        QVERIFY(later != events.end());
        QVERIFY(later->retells >= 0 && std::size_t(later->retells) < events.size());
        const Event& told = events[std::size_t(later->retells)];
        QVERIFY2(q(told.sentence).startsWith(retold), told.sentence.c_str());
        QCOMPARE(later->when, told.when);
        QCOMPARE(later->when.start, isoDate("2022-01-07"));
        QVERIFY(later->dateText.empty());
        QVERIFY2(q(later->resolution).contains(QStringLiteral("no date words")),
                 later->resolution.c_str());
        const std::string evidence =
            raw.substr(std::size_t(later->sentenceBegin),
                       std::size_t(later->sentenceEnd - later->sentenceBegin));
        QCOMPARE(evidence, later->sentence);
    }

    // A dated sentence that mentions a happening the article told before on that day ("The
    // shooting happened around 7 a.m. Thursday") is another report of it, linked to it.
    void datedMentionsJoinTheirHappening_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the dated mention
        QTest::addColumn<QString>("retold");   // the start of the one it retells; empty: none
        QTest::newRow("the shooting that day")
            << QStringLiteral("Toddler dead\n\nA three-year-old shot himself in the chest "
                              "Thursday morning in Paulding County.\n\nThe shooting happened "
                              "around 7 a.m. Thursday at a home on Camp Circle.")
            << QStringLiteral("The shooting happened") << QStringLiteral("A three-year-old");
        QTest::newRow("of two shootings that day, the one the mention names")
            << QStringLiteral("Shootings\n\nA man was shot on Ward Street on Thursday.\n\nA "
                              "woman was shot on Page Avenue on Thursday.\n\nThe shooting on "
                              "Page Avenue happened around 9 p.m. Thursday.")
            << QStringLiteral("The shooting on Page") << QStringLiteral("A woman was shot");
        QTest::newRow("the scene of the shooting")
            << QStringLiteral("Teen killed\n\nA 16-year-old boy was killed in an accidental "
                              "shooting in Bridgeport on Thursday morning.\n\nChristian Bandemer "
                              "was pronounced dead at the scene on Thursday.")
            << QStringLiteral("Christian Bandemer") << QStringLiteral("A 16-year-old boy");
        QTest::newRow("a shooting of another day")
            << QStringLiteral("Shootings\n\nA man was shot on Ward Street on Wednesday.\n\nThe "
                              "shooting happened around 9 p.m. Thursday.")
            << QStringLiteral("The shooting happened") << QString();
        QTest::newRow("an indefinite shooting is a new one")
            << QStringLiteral("Shootings\n\nA man was shot on Ward Street on Thursday.\n\nA "
                              "woman was shot on Page Avenue on Thursday.")
            << QStringLiteral("A woman was shot") << QString();
    }
    void datedMentionsJoinTheirHappening() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, retold);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto mention = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return q(e.sentence).startsWith(sentence);
        });
        QVERIFY(mention != events.end());
        QVERIFY(!mention->dateText.empty());
        if (retold.isEmpty()) {
            QCOMPARE(mention->retells, -1);
            return;
        }
        QVERIFY(mention->retells >= 0 && std::size_t(mention->retells) < events.size());
        const Event& told = events[std::size_t(mention->retells)];
        QVERIFY2(q(told.sentence).startsWith(retold), told.sentence.c_str());
        QCOMPARE(told.when, mention->when);
    }

    // Undated sentences that tell a detail of the article's one dated happening — by its
    // participants as their subject, by the crime a charge names, by the name of the person its
    // telling gives an age — are reports of it (Event::retells); what tells another kind of
    // happening, another scene or the month of March is not. Published Saturday 2022-01-08.
    void detailsAndMentionsJoinTheirHappening_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the undated one
        QTest::addColumn<QString>("retold");   // the start of the one it retells; empty: none
        const QString attack = QStringLiteral(
            "Guards killed\n\nGunmen attacked the customs post on the ring road on Thursday, "
            "killing four border guards, the ministry said.\n\n");
        const QString march = QStringLiteral(
            "Thousands march\n\nThousands of dock workers marched through the centre of the "
            "city on Thursday.\n\n");
        const QString filler = QStringLiteral(
            "Neighbours gathered outside.\n\nThe street is usually quiet.\n\nA school nurse "
            "lives next door.\n\nThe house has a red door.\n\n");
        QTest::newRow("the attackers fled: a detail of the attack")
            << attack + QStringLiteral("The attackers fled towards the hills in two pickup "
                                       "trucks, the ministry said.")
            << QStringLiteral("The attackers fled") << QStringLiteral("Gunmen attacked");
        QTest::newRow("the march ended: a detail of the marchers' protest")
            << march + QStringLiteral("The march ended peacefully outside the governor's office.")
            << QStringLiteral("The march ended") << QStringLiteral("Thousands of dock");
        QTest::newRow("police at a protest")
            << march + QStringLiteral("Police watched from side streets as the crowd dispersed.")
            << QStringLiteral("Police watched") << QStringLiteral("Thousands of dock");
        QTest::newRow("of an attack and a march that day, the attackers' flight is the attack's")
            << attack +
                   QStringLiteral("Thousands of dock workers marched through the centre of the "
                                  "city on Thursday.\n\nThe attackers fled towards the hills.")
            << QStringLiteral("The attackers fled") << QStringLiteral("Gunmen attacked");
        QTest::newRow("the attackers arrested are news of their own")
            << attack + QStringLiteral("The attackers were arrested at a farm near the border.")
            << QStringLiteral("The attackers were") << QString();
        QTest::newRow("the attackers fled to a place the attack's telling does not name")
            << attack + QStringLiteral("The attackers fled to Almaty in two pickup trucks.")
            << QStringLiteral("The attackers fled") << QString();
        QTest::newRow("police after a shooting investigate: news of their own")
            << QStringLiteral("Man shot\n\nA man was shot on Ward Street on Thursday.\n\nPolice "
                              "released a photo of a car seen nearby.")
            << QStringLiteral("Police released") << QString();
        QTest::newRow("the March figures are the month, not the march")
            << march + QStringLiteral("The March figures showed dock wages falling.")
            << QStringLiteral("The March figures") << QString();
        QTest::newRow("a charge names the killing the article told")
            << QStringLiteral("Man charged\n\nA 3-year-old boy was shot in his father's car on "
                              "Thursday night.\n\n") +
                   filler +
                   QStringLiteral("Wynn, of the 4400 block of Dearborn Street, faces charges of "
                                  "first-degree murder, police said.")
            << QStringLiteral("Wynn, of the 4400") << QStringLiteral("A 3-year-old boy");
        QTest::newRow("a mention on the day of the saying is no second shooting")
            << QStringLiteral("Boy paralyzed\n\nThe boy was in his father's car at 6:15 p.m. "
                              "Sunday when shots rang out.\n\nPolice on Thursday said the boy "
                              "was paralyzed in the shooting.\n\n") +
                   filler +
                   QStringLiteral("Wynn faces charges of first-degree murder, police said.")
            << QStringLiteral("Wynn faces") << QStringLiteral("The boy was in");
        QTest::newRow("the person the telling gives an age, shot by an older one")
            << QStringLiteral("Girl killed\n\nPolice say Daylee Newman, 17, was found on the "
                              "floor of a home on Markison Avenue on Thursday.\n\n") +
                   filler +
                   QStringLiteral("According to a 911 call, 18-year-old Thomas Gutierrez "
                                  "explained that he accidentally shot Newman.")
            << QStringLiteral("According to a 911") << QStringLiteral("Police say Daylee");
        QTest::newRow("another age without the telling's person is another victim")
            << QStringLiteral("Girl killed\n\nPolice say Daylee Newman, 17, was found on the "
                              "floor of a home on Markison Avenue on Thursday.\n\n") +
                   filler +
                   QStringLiteral("An 18-year-old man was shot in the leg on Markison Avenue.")
            << QStringLiteral("An 18-year-old") << QString();
        QTest::newRow("the arrest of the person the telling names is news of its own")
            << QStringLiteral("Uncle held\n\nJames Graham, 48, got into an argument with his "
                              "nephew outside a home on Ward Street on Thursday.\n\n") +
                   filler + QStringLiteral("Graham was arrested at a motel.")
            << QStringLiteral("Graham was arrested") << QString();
    }
    void detailsAndMentionsJoinTheirHappening() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, retold);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto undated = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return e.dateText.empty() && q(e.sentence).startsWith(sentence);
        });
        if (retold.isEmpty()) {
            // No report of the article's happening: its own news (on or shortly before
            // publication) or nothing at all.
            QVERIFY(undated == events.end() || undated->retells < 0);
            return;
        }
        QVERIFY(undated != events.end());
        QVERIFY(undated->retells >= 0 && std::size_t(undated->retells) < events.size());
        const Event& told = events[std::size_t(undated->retells)];
        QVERIFY2(q(told.sentence).startsWith(retold), told.sentence.c_str());
        QCOMPARE(undated->when, told.when);
        QVERIFY(!undated->when.fuzzy);
        // The resolution says which telling it joins and how ("a detail its participants did").
        QVERIFY2(q(undated->resolution).contains(QStringLiteral("no date words")),
                 undated->resolution.c_str());
    }

    // A caption or teaser copies the lede above the story; the copy under the dateline is the
    // story's own telling and the one report of it.
    void theLedeUnderTheDatelineIsTheEvidence() {
        const std::string raw =
            "Boy shot\n\nA boy was shot in the head Friday morning in Portage Park, police "
            "said. View Full Caption\n\nPORTAGE PARK \xE2\x80\x94 A boy was shot in the head "
            "Friday morning in Portage Park, police said.\n";
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto shot = std::count_if(events.begin(), events.end(), [](const Event& e) {
            return q(e.sentence).contains(QStringLiteral("A boy was shot in the head"));
        });
        QCOMPARE(int(shot), 1);
        const auto lede = std::find_if(events.begin(), events.end(), [](const Event& e) {
            return q(e.sentence).contains(QStringLiteral("A boy was shot in the head"));
        });
        QVERIFY2(q(lede->sentence).startsWith(QStringLiteral("PORTAGE PARK")),
                 lede->sentence.c_str());
        QCOMPARE(raw.substr(std::size_t(lede->sentenceBegin),
                            std::size_t(lede->sentenceEnd - lede->sentenceBegin)),
                 lede->sentence);
        QCOMPARE(lede->when.start, isoDate("2022-01-07"));
    }

    // Actors are people, organisations and states that act: the agency reporting, an
    // adjective of origin or the part of a place's name are not.
    void actorsAreThoseWhoAct_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("present");
        QTest::newRow("agency credit is a source")
            << QStringLiteral("Russia's defence ministry, cited by Interfax, said troops left on "
                              "Friday.")
            << QStringLiteral("Interfax") << false;
        QTest::newRow("wire service at the end is a source")
            << QStringLiteral("Protesters stormed the building on Friday, Agence France-Presse "
                              "reported.")
            << QStringLiteral("Agence France-Presse") << false;
        QTest::newRow("adjective of origin before a noun")
            << QStringLiteral("Troops arrived in the Central Asian republic on Friday.")
            << QStringLiteral("Central Asian") << false;
        QTest::newRow("part of a place name")
            << QStringLiteral("Protesters seized Almaty International Airport on Friday.")
            << QStringLiteral("International Airport") << false;
        QTest::newRow("a person who acts stays")
            << QStringLiteral("Crowds cheered Mikhail Gorbachev on Friday.")
            << QStringLiteral("Mikhail Gorbachev") << true;
    }

    void actorsAreThoseWhoAct() {
        QFETCH(QString, sentence);
        QFETCH(QString, actor);
        QFETCH(bool, present);
        const std::string s = sentence.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .eventsForSentence(s, {dateAt(s, "Friday", "2022-01-07")});
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(list(events.front().actors).contains(actor), present);
    }

    void dateInASubordinateClauseDatesThatClause() {
        const std::string raw =
            "Unrest\n\nKazakh security forces have killed at least 26 people, the worst unrest "
            "since Kazakhstan became independent from the Soviet Union 30 years ago.\n";
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto dated = std::find_if(events.begin(), events.end(),
                                        [](const Event& e) { return !e.dateText.empty(); });
        QVERIFY(dated != events.end());
        QCOMPARE(dated->when.start, isoDate("1992-01-01"));
        QVERIFY2(q(dated->title).startsWith(QStringLiteral("Kazakhstan became independent")),
                 dated->title.c_str());
        QVERIFY2(!q(dated->title).contains(QStringLiteral("killed")), dated->title.c_str());
    }

    // A sentence that dates its happening and also the saying or the dateline is one report,
    // of the happening; a sentence dated only by its saying keeps that date.
    // A period longer than a week counted back to a day the sentence dates is the run-up to
    // that day's happening, background, not its date; a saying's day, "since" and a week or
    // less leave the period as it was. Published Saturday 2022-01-08.
    void aRunUpToTheDayIsBackground_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("starts"); // its events' first days, sorted
        QTest::newRow("over the last year, early Tuesday: the day")
            << "A 4-year-old boy who apparently shot himself in the head early Tuesday morning "
               "adds to a tally of children over the last year who have got hold of guns."
            << QStringList{"2022-01-04"};
        QTest::newRow("over the past month, the latest on Tuesday: the day")
            << "Over the past month, three teens were shot in the city, the latest on Tuesday."
            << QStringList{"2022-01-04"};
        QTest::newRow("in the two weeks before Sunday's shooting: no date of a happening")
            << "In the two weeks before Sunday's shooting, police had been called to the house "
               "three times."
            << QStringList{};
        QTest::newRow("since a day counts forward and stays")
            << "Protesters have camped outside the ministry since December 20, and police "
               "cleared the square on Tuesday."
            << QStringList{"2021-12-20", "2022-01-04"};
        QTest::newRow("a period the saying's day ends stays")
            << "In the past year, police made 40 arrests, the chief said Tuesday."
            << QStringList{"2021-01-08", "2022-01-04"};
        QTest::newRow("the past week is no longer than a week and stays")
            << "Over the past week, three teens were shot in the city, the latest on Tuesday."
            << QStringList{"2022-01-01", "2022-01-04"};
    }
    void aRunUpToTheDayIsBackground() {
        QFETCH(QString, sentence);
        QFETCH(QStringList, starts);
        QCOMPARE(startsOf(sentence, "2022-01-08", true), starts);
    }

    // Within one article a period of up to a week and the day inside it on which the article
    // tells one happening of the same kind tell of one happening: the later telling retells the
    // earlier (Event::retells). Published Monday 2022-01-10: the weekend is 8-9 January.
    void aDayInsideAPeriodIsItsHappening_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the later telling
        QTest::addColumn<QString>("retold");   // the start of the one it retells; empty: none
        const QString weekend = QStringLiteral(
            "Four shot\n\nPolice say Miguel Maldonado, 42, shot four people over the weekend in "
            "front of 135 Ridge St.\n\n");
        QTest::newRow("over the weekend, on Sunday: one shooting")
            << weekend + QStringLiteral("Police are looking for a man they say shot four people "
                                        "during a brawl on Sunday morning.")
            << QStringLiteral("Police are looking") << QStringLiteral("Police say Miguel");
        QTest::newRow("shootings on two days of the weekend: which one is not said")
            << weekend + QStringLiteral("A man was shot on Ward Street on Saturday night.\n\nA "
                                        "woman was shot on Page Avenue on Sunday morning.")
            << QStringLiteral("A woman was shot") << QString();
        QTest::newRow("an arrest on Sunday is news of its own")
            << weekend + QStringLiteral("Police arrested a man in the shooting on Sunday.")
            << QStringLiteral("Police arrested") << QString();
        QTest::newRow("a day outside the period")
            << weekend + QStringLiteral("A man was shot on Ward Street on Friday night.")
            << QStringLiteral("A man was shot") << QString();
    }
    void aDayInsideAPeriodIsItsHappening() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, retold);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-10"));
        const auto later = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return !e.dateText.empty() && q(e.sentence).startsWith(sentence);
        });
        QVERIFY(later != events.end());
        if (retold.isEmpty()) {
            QCOMPARE(later->retells, -1);
            return;
        }
        QVERIFY(later->retells >= 0 && later->retells < later - events.begin());
        const Event& told = events[std::size_t(later->retells)];
        QVERIFY2(q(told.sentence).startsWith(retold), told.sentence.c_str());
        QVERIFY(!told.when.isSingleDay()); // the weekend's telling
        QVERIFY(told.when.start <= later->when.start && later->when.start <= told.when.end);
    }

    // "was enjoying the Thanksgiving holiday when she was killed last Friday morning" dates the
    // holiday's long weekend and the Friday inside it: the article's violence lies on one day, and
    // an undated lede sentence of violence is a detail of it.
    void aHolidayAroundTheDayLeavesOneDayOfViolence() {
        const std::string raw =
            "Man named\n\n- Police have released the identity of a man they believe is connected "
            "to the day-after-Thanksgiving shooting death of a 16-year-old girl.\n\nAna Petrova "
            "was back home in Washington D.C. from a boarding school she attended in Iowa and was "
            "enjoying the Thanksgiving holiday when she was killed last Friday morning on I "
            "Street. "
            "Police said Petrova was talking to friends when she was killed.\n\nInvestigators "
            "said 30-year-old Ivo Lasko was seen on surveillance footage firing a weapon at the "
            "same time and place where Petrova was killed.";
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2016-11-30"));
        const auto detail = std::find_if(events.begin(), events.end(), [](const Event& e) {
            return e.dateText.empty() && q(e.sentence).startsWith("Investigators said");
        });
        QVERIFY(detail != events.end());
        QCOMPARE(detail->when, singleDay(isoDate("2016-11-25")));
        QVERIFY(detail->retells >= 0);
        // The holiday sets the Friday's scene: the sentence is one report, of the Friday.
        const auto killing = std::count_if(events.begin(), events.end(), [](const Event& e) {
            return q(e.sentence).startsWith("Ana Petrova was back home");
        });
        QCOMPARE(int(killing), 1);
    }

    // A holiday or a weekend around a day the same sentence dates is that day's setting; a week
    // is a stretch in which more happens.
    void aHolidayOrWeekendSetsTheDay_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("days"); // the sentence's events' start days
        QTest::newRow("the Easter weekend around Sunday")
            << "During the Easter weekend gunmen attacked a church on Sunday."
            << QStringList{"2022-04-17"};
        QTest::newRow("injured last week, died Sunday: two happenings")
            << "The man injured in a shooting last week died from his injuries Sunday morning."
            << QStringList{"2022-04-11", "2022-04-17"};
    }
    void aHolidayOrWeekendSetsTheDay() {
        QFETCH(QString, sentence);
        QFETCH(QStringList, days);
        QCOMPARE(startsOf(sentence, "2022-04-18", false), days);
    }

    // An act placed at the time of a happening the article dates is that happening, though its
    // sentence dates only the saying or nothing.
    void anActAtTheTimeOfAHappening_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the anchored one
        QTest::addColumn<QString>("start");
        const QString lede = QStringLiteral(
            "Girl killed\n\nAna Petrova, 16, was killed Thursday morning outside her mother's "
            "home on Ward Street.\n\n");
        QTest::newRow("near the time, the chief said on another day")
            << lede + QStringLiteral("Ivo Lasko was caught on video firing a gun near the time "
                                     "Petrova was shot, the police chief said on Saturday.")
            << QStringLiteral("Ivo Lasko") << QStringLiteral("2022-01-06");
        QTest::newRow("without an anchor the saying's days stay")
            << lede + QStringLiteral("Ivo Lasko was caught on video firing a gun, the police chief "
                                     "said on Saturday.")
            << QStringLiteral("Ivo Lasko") << QStringLiteral("2022-01-07");
        QTest::newRow("meanwhile is no anchor")
            << lede + QStringLiteral("At the same time police fired a gun on Page Avenue, the "
                                     "chief said on Saturday.")
            << QStringLiteral("At the same time") << QStringLiteral("2022-01-07");
    }
    void anActAtTheTimeOfAHappening() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QString, start);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-08"));
        const auto anchored = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return q(e.sentence).startsWith(sentence);
        });
        QVERIFY(anchored != events.end());
        QCOMPARE(q(toIso(anchored->when.start)), start);
        // Linked to the telling, so the store joins them (Event::retells).
        QCOMPARE(anchored->retells >= 0, anchored->when.isSingleDay());
    }

    void anArticlesSceneIsItsPlacelessNews_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence"); // the start of the telling looked at
        QTest::addColumn<QStringList>("places");
        const QString lede = QStringLiteral(
            "Teen shot\n\nDeputies are looking for a man in a deadly shooting early Sunday.\n\n");
        QTest::newRow("a street named in another sentence is the telling's scene")
            << lede + QStringLiteral("Investigators would like to talk to him about a shooting "
                                     "on Apollo Street.")
            << QStringLiteral("Deputies are looking") << QStringList{"Apollo Street"};
        QTest::newRow("one street written two ways is one scene")
            << lede + QStringLiteral("The shooting happened on East Markison Ave. Neighbours on "
                                     "Markison Avenue heard shots.")
            << QStringLiteral("Deputies are looking") << QStringList{"East Markison Ave"};
        QTest::newRow("two scenes: the article does not say which")
            << lede + QStringLiteral("A man was robbed on Ward Street. Another was found on "
                                     "Apollo Street.")
            << QStringLiteral("Deputies are looking") << QStringList{};
        QTest::newRow("a street off another is one spot")
            << lede + QStringLiteral("Rescue workers were called to the 3800 block of Osprey "
                                     "Circle off Wildwood Drive.")
            << QStringLiteral("Deputies are looking")
            << QStringList{"Osprey Circle", "Wildwood Drive"};
        QTest::newRow("two streets of two happenings in one sentence: none")
            << lede + QStringLiteral("A man was robbed on Ward Street and another was found on "
                                     "Apollo Street.")
            << QStringLiteral("Deputies are looking") << QStringList{};
        QTest::newRow("a neighbourhood is no scene: every happening in it shares it")
            << lede + QStringLiteral("Investigators would like to talk to him about a shooting "
                                     "in Coney Island.")
            << QStringLiteral("Deputies are looking") << QStringList{};
        QTest::newRow("a telling that names only its town takes the street in it")
            << QStringLiteral("Teen shot\n\nA boy was shot in Chicago early Sunday.\n\nThe "
                              "shooting happened on Apollo Street.")
            << QStringLiteral("A boy was shot") << QStringList{"Chicago", "Apollo Street"};
        QTest::newRow("a telling that names its own street keeps it")
            << QStringLiteral("Teen shot\n\nA boy was shot on East Markison Ave early "
                              "Sunday.\n\nNeighbours on Markison Avenue heard shots.")
            << QStringLiteral("A boy was shot") << QStringList{"East Markison Ave"};
        QTest::newRow("a court after a house number is a scene")
            << lede + QStringLiteral("The family lived at 1094 Misty Hollow Court.")
            << QStringLiteral("Deputies are looking") << QStringList{"Misty Hollow Court"};
        QTest::newRow("background is not the article's news")
            << lede + QStringLiteral("In 2019 a man was shot in the same house. The house is "
                                     "on Apollo Street.")
            << QStringLiteral("In 2019") << QStringList{};
        QTest::newRow("background's scene is not the news's")
            << lede + QStringLiteral("In 2019 he shot a man near Nationals Park. He was "
                                     "released in May.")
            << QStringLiteral("Deputies are looking") << QStringList{};
    }
    void anArticlesSceneIsItsPlacelessNews() {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QFETCH(QStringList, places);
        const std::string raw = text.toStdString();
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2022-01-10"));
        const auto told = std::find_if(events.begin(), events.end(), [&](const Event& e) {
            return q(e.sentence).startsWith(sentence);
        });
        QVERIFY(told != events.end());
        QCOMPARE(list(told->places), places);
    }

    void framingDatesGiveWayToTheHappeningsDate_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("dates"); // "date words=YYYY-MM-DD", in sentence order
        QTest::addColumn<QStringList>("starts");
        QTest::newRow("attribution after the happening: said on Saturday")
            << "Thirty people were detained by police in Koldan on Friday for defying the "
               "curfew, the interior ministry said on Saturday."
            << QStringList{"Friday=2026-03-06", "Saturday=2026-03-07"} << QStringList{"2026-03-06"};
        QTest::newRow("attribution before the happening: announced charges Sunday")
            << "CHICAGO \u2014 Police announced charges Sunday for a boy who allegedly killed "
               "16-year-old Christian Bandemer in Bridgeport Friday morning."
            << QStringList{"Sunday=2016-06-05", "Friday morning=2016-06-03"}
            << QStringList{"2016-06-03"};
        QTest::newRow("dateline in brackets opening the sentence")
            << "(November 28, 2016) \u2013 KSP Post 15 received a call on Sunday, November 27, "
               "2016 in reference to a shooting incident on Cedar Flat Rd."
            << QStringList{"November 28, 2016=2016-11-28", "Sunday, November 27, 2016=2016-11-27"}
            << QStringList{"2016-11-27"};
        QTest::newRow("wire dateline before the separator")
            << "KOLDAN, March 4 (TPA) - Troops arrived at Koldan airport on Thursday."
            << QStringList{"March 4=2026-03-04", "Thursday=2026-03-05"}
            << QStringList{"2026-03-05"};
        QTest::newRow("only the saying dates the sentence: kept")
            << "Three people were found dead, authorities said Sunday."
            << QStringList{"Sunday=2015-03-29"} << QStringList{"2015-03-29"};
        // A shooting told days later is dated by its telling alone: the act is on or shortly
        // before the saying, an estimate that reaches back as an undated follow-up's does.
        QTest::newRow("only the saying dates an act of violence: on or shortly before it")
            << "A 15-year-old boy is accused of shooting his neighbour, police said Thursday."
            << QStringList{"Thursday=2016-12-01"} << QStringList{"2016-11-30"};
        QTest::newRow("a plan for the act's aftermath said that day keeps the day")
            << "Prosecutors will charge the man who shot the boy, police said Thursday."
            << QStringList{"Thursday=2016-12-01"} << QStringList{"2016-12-01"};
        QTest::newRow("saying dated, the happening long before: the saying is the news")
            << "The Organization of African Unity said Friday it would investigate the "
               "genocide in Rwanda nearly four years ago."
            << QStringList{"Friday=1998-02-27", "four years ago=1994-02-27"}
            << QStringList{"1998-02-27", "1994-02-27"};
        QTest::newRow("a clause between the saying and the date: two happenings")
            << "Guzman said he called his son on Monday and learned on Tuesday that he had died."
            << QStringList{"Monday=2016-09-12", "Tuesday=2016-09-13"}
            << QStringList{"2016-09-12", "2016-09-13"};
    }
    void framingDatesGiveWayToTheHappeningsDate() {
        QFETCH(QString, sentence);
        QFETCH(QStringList, dates);
        QFETCH(QStringList, starts);
        const std::string s = sentence.toStdString();
        std::vector<TemporalMatch> matches;
        for (const QString& d : dates) {
            const auto parts = d.split(QLatin1Char('='));
            matches.push_back(dateAt(s, parts[0].toStdString(), parts[1].toLatin1().constData()));
        }
        const auto events = EventExtractor(shippedGazetteer()).eventsForSentence(s, matches);
        QStringList got;
        for (const Event& e : events)
            got << q(toIso(e.when.start));
        QCOMPARE(got, starts);
    }

    void theArticlesOwnOutletIsNoActor() {
        const std::string raw =
            "Note\n\nThe Daily Star publishes Tarvia Press Agency reports on Friday as received, "
            "said Anna Berg.\n\nSource: Koldan Daily Star\n";
        const auto events = EventExtractor(shippedGazetteer())
                                .extract(ArticleParser::parse(raw), isoDate("2026-03-07"));
        QVERIFY(!events.empty());
        const QStringList actors = list(events.front().actors);
        QVERIFY2(!actors.contains(QStringLiteral("Daily Star")), qPrintable(actors.join(", ")));
        QVERIFY2(!actors.contains(QStringLiteral("Tarvia Press Agency")),
                 qPrintable(actors.join(", ")));
        QVERIFY2(actors.contains(QStringLiteral("Anna Berg")), qPrintable(actors.join(", ")));
    }

    void noDatesNoEvents() {
        QVERIFY(EventExtractor(shippedGazetteer()).eventsForSentence("Putin spoke.", {}).empty());
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_event_extractor.moc"

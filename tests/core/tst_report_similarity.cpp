// What two tellings of a happening are compared by (core/story: ReportText, ReportSimilarity):
// the terms a sentence gives and how much two sentences share.
#include "story/ReportSimilarity.h"
#include "story/ReportText.h"
#include "story/StoryMerger.h"

#include <QtTest/QTest>
#include <algorithm>

using namespace ct::story;

namespace {

bool hasTerm(const ReportFeatures& f, const std::string& term) {
    return std::find(f.terms.begin(), f.terms.end(), term) != f.terms.end();
}

double similarityOf(const std::string& a, const std::string& b) {
    const ReportFeatures fa = featuresOf(a, {}, {});
    const ReportFeatures fb = featuresOf(b, {}, {});
    TermWeights weights;
    weights.add(fa);
    weights.add(fb);
    return similarity(fa, fb, weights);
}

} // namespace

class TestReportSimilarity : public QObject {
    Q_OBJECT
  private slots:
    void termsOfASentence_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("present");
        QTest::newRow("hyphenated age") << "A 14-year-old girl was shot."
                                        << "age:14" << true;
        QTest::newRow("age in words") << "A two-year-old boy was shot."
                                      << "age:2" << true;
        QTest::newRow("age in months") << "A 17-month-old was found."
                                       << "age:17m" << true;
        QTest::newRow("age set off by commas after a name")
            << "Darin Booker, 13, was killed near his home."
            << "age:13" << true;
        QTest::newRow("a number of people is a detail") << "Police arrested 30 protesters."
                                                        << "30" << true;
        QTest::newRow("a number in words is the same number") << "Thirty people were detained."
                                                              << "30" << true;
        QTest::newRow("street number is a detail") << "He was found in the 4100 block."
                                                   << "4100" << true;
        QTest::newRow("day of a month is the date's") << "It happened on Oct. 20 in the car."
                                                      << "20" << false;
        QTest::newRow("year is the date's") << "It happened on November 27, 2016 at home."
                                            << "2016" << false;
        QTest::newRow("plural and singular meet")
            << "Fuel prices doubled." << QString::fromStdString(stem("price")) << true;
        QTest::newRow("shot and shooting meet")
            << "The boy was shot." << QString::fromStdString(stem("shooting")) << true;
        QTest::newRow("killed implies died") << "The boy was killed."
                                             << "die" << true;
        QTest::newRow("a dash is no word") << "(WKRN) \u2013 A boy was shot."
                                           << "\u2013" << false;
    }
    void termsOfASentence() {
        QFETCH(QString, sentence);
        QFETCH(QString, term);
        QFETCH(bool, present);
        const ReportFeatures f = featuresOf(sentence.toStdString(), {}, {});
        QCOMPARE(hasTerm(f, term.toStdString()), present);
    }

    void namesAreWordsCapitalisedInsideTheSentence_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("name");
        QTest::newRow("surname inside the sentence")
            << "Owen Hicks was shot by his friend Cody Throneberry."
            << "throneberry" << true;
        QTest::newRow("first word is only capitalised") << "Deputies found him."
                                                        << "deputy" << false;
        QTest::newRow("word after a wire dateline opens the text")
            << "KOLDAN, March 3 (TPA) - Gunmen attacked the post."
            << "gunmen" << false;
        QTest::newRow("institution word is no name")
            << "He told Chicago Police about it." << QString::fromStdString(stem("police"))
            << false;
    }
    void namesAreWordsCapitalisedInsideTheSentence() {
        QFETCH(QString, sentence);
        QFETCH(QString, word);
        QFETCH(bool, name);
        const ReportFeatures f = featuresOf(sentence.toStdString(), {}, {});
        QCOMPARE(std::binary_search(f.names.begin(), f.names.end(), word.toStdString()), name);
    }

    void kindsOfHappening_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<uint>("kinds");
        QTest::newRow("pulling a gun is no departure")
            << "He pulled out a gun and fired a shot." << uint(Violence);
        QTest::newRow("a pullout is") << "The troops began their pullout." << uint(Departure);
        QTest::newRow("attackers fleeing is a flight, not the attack")
            << "The attackers fled towards the hills." << uint(Departure);
        QTest::newRow("plural stems still name the kind") << "Protesters rallied." << uint(Protest);
        QTest::newRow("responders called to a place: no call")
            << "SWAT team and other area police agencies were called to a home on McAfee Farm "
               "Road about 1 p.m. on Saturday."
            << uint(0);
        QTest::newRow("deputies called out to a shooting: the shooting")
            << "Deputies were called out to the shooting just after midnight." << uint(Violence);
        QTest::newRow("a call someone made is a call")
            << "Police received a call about a dead woman at the home." << uint(Call);
        QTest::newRow("a leader called another") << "Putin called Tokayev on Saturday."
                                                 << uint(Call);
        QTest::newRow("called to account: the call is not a dispatch's")
            << "The opposition called for calm." << uint(Call);
    }
    void kindsOfHappening() {
        QFETCH(QString, sentence);
        QFETCH(uint, kinds);
        QCOMPARE(uint(featuresOf(sentence.toStdString(), {}, {}).kinds), kinds);
    }

    // An announcement and the thing announced are two happenings; an announced charge or arrest
    // is done by announcing it, and is the charge the other outlets report.
    void announcementsOfWhatIsToCome_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("prospective");
        QTest::newRow("a summit announced")
            << "The ministry announced a regional security summit." << true;
        QTest::newRow("a withdrawal announced")
            << "The alliance announced the withdrawal of its troops." << true;
        QTest::newRow("charges announced for a killing")
            << "Police announced charges Sunday for a boy who allegedly killed a 16-year-old."
            << false;
        QTest::newRow("an arrest announced")
            << "Police announced the arrest of a suspect." << false;
        QTest::newRow("charges to come are still to come")
            << "Prosecutors announced they will seek charges against the driver." << true;
    }
    void announcementsOfWhatIsToCome() {
        QFETCH(QString, sentence);
        QFETCH(bool, prospective);
        QCOMPARE(featuresOf(sentence.toStdString(), {}, {}).prospective, prospective);
    }

    // Particulars (ages, names, numbers) make two paraphrases alike; generic words do not.
    void particularsOutweighGenericWords() {
        const double sameAge =
            similarityOf("A 14-year-old girl was shot to death in the Wells neighborhood.",
                         "Police said the 14-year-old girl died at a friend's home in Wells.");
        const double otherAge =
            similarityOf("A 14-year-old girl was shot to death in the Wells neighborhood.",
                         "Police said the 9-year-old boy died at a friend's home in Vista.");
        QVERIFY2(sameAge > otherAge,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sameAge).arg(otherAge)));
        QVERIFY(sameAge >= ct::story::StoryMerger::kJoinThreshold);
    }

    // What a bridge needs besides similarity (StoryMerger::bridgesAcross): a shared term that
    // tells which happening — a name, an age, a street number, a rare word — not only what
    // sort of happening, which two shootings of one evening share as readily.
    void particularsTellWhichHappening_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("particulars"); // shared particular terms
        QTest::addColumn<bool>("bridges");    // a same-day link sharing these may bridge
        QTest::newRow("the words of any shooting tell no particular one")
            << "As they ran, shots were fired, hitting the victim."
            << "As they fled, shots were fired hitting the 17-year-old." << 0 << false;
        QTest::newRow("capitals do not make police and a home particular")
            << "Miami-Dade Police said a man was found dead at a home."
            << "Police found a man dead at a home, the Sheriff's Office said." << 0 << false;
        QTest::newRow("a count of people is no particular")
            << "Police said four people were shot and wounded."
            << "Four people were shot and wounded, police said." << 0 << false;
        QTest::newRow("a name")
            << "Police say Miguel Maldonado shot four people outside a house."
            << "Maldonado fired six shots outside the house, police said." << 1 << true;
        QTest::newRow("an age and a street number")
            << "A 14-year-old was shot in the 4700 block of a street."
            << "The 14-year-old died after the shooting in the 4700 block." << 2 << true;
        QTest::newRow("a rare word")
            << "The boy got the gun from a glove box in the car."
            << "The gun was in the glove box of his father's truck." << 2 << true;
        QTest::newRow("where the bullet struck")
            << "She was found shot in the back at a friend's home."
            << "They found the girl, who had been shot in the back inside a friend's home." << 1
            << true;
    }
    void particularsTellWhichHappening() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, particulars);
        QFETCH(bool, bridges);
        const ReportFeatures fa = featuresOf(a.toStdString(), {}, {});
        const ReportFeatures fb = featuresOf(b.toStdString(), {}, {});
        QCOMPARE(sharedParticulars(fa, fb), particulars);
        QCOMPARE(sharedParticulars(fb, fa), particulars);
        TermWeights weights;
        weights.add(fa);
        weights.add(fb);
        int shared = 0;
        similarity(fa, fb, weights, &shared);
        QVERIFY2(shared >= StoryMerger::kBridgeSharedTerms, qPrintable(QString::number(shared)));
        QCOMPARE(StoryMerger::bridgesAcross(DateFit::Agree, shared, particulars), bridges);
    }

    void particularTerms_data() {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("particular");
        QTest::newRow("an actor") << "@Miguel Maldonado" << true;
        QTest::newRow("a place") << "#Ridge St" << true;
        QTest::newRow("an age") << "age:14" << true;
        QTest::newRow("a street number") << "4700" << true;
        QTest::newRow("a small number") << "4" << false;
        QTest::newRow("an emergency number: every emergency's report") << "911" << false;
        QTest::newRow("another country's emergency number") << "999" << false;
        QTest::newRow("a kind's word") << QString::fromStdString(stem("shooting")) << false;
        QTest::newRow("those who respond") << QString::fromStdString(stem("police")) << false;
        QTest::newRow("deputies") << QString::fromStdString(stem("deputies")) << false;
        QTest::newRow("a rare word") << QString::fromStdString(stem("thanksgiving")) << true;
        QTest::newRow("nothing") << QString() << false;
    }
    // A place is its core in the terms, as in the bridge rule: two outlets write one street
    // two ways ("1094 Misty Hollow Lane", "1094 Misty Hollow Court"; "East Markison Ave",
    // "Markison Avenue").
    void placesAreTermsByTheirCore_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("shared");
        QTest::newRow("a street's type differs") << "Misty Hollow Lane"
                                                 << "Misty Hollow Court" << true;
        QTest::newRow("abbreviated, with a compass word") << "East Markison Ave"
                                                          << "Markison Avenue" << true;
        QTest::newRow("two streets") << "Ward Street"
                                     << "Apollo Street" << false;
        QTest::newRow("the Carolinas stay two") << "North Carolina"
                                                << "South Carolina" << false;
    }
    void placesAreTermsByTheirCore() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, shared);
        const std::string sentence = "A boy was shot.";
        const auto fa = featuresOf(sentence, {}, {a.toStdString()});
        const auto fb = featuresOf(sentence, {}, {b.toStdString()});
        const auto placeOf = [](const ReportFeatures& f) {
            const auto it = std::find_if(f.terms.begin(), f.terms.end(),
                                         [](const std::string& t) { return t.starts_with('#'); });
            return it == f.terms.end() ? std::string() : *it;
        };
        QVERIFY(!placeOf(fa).empty());
        QCOMPARE(placeOf(fa) == placeOf(fb), shared);
        QVERIFY(isParticular(placeOf(fa)));
    }

    void particularTerms() {
        QFETCH(QString, term);
        QFETCH(bool, particular);
        QCOMPARE(isParticular(term.toStdString()), particular);
    }

    // A girl and a boy of one age are two people; an age without a sex, two ages, or a report
    // that gives the age to both say nothing against it.
    void agesGivenToAGirlOrABoy_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("differ");
        QTest::newRow("a girl and a nephew of one age")
            << "A 16-year-old girl was shot and killed on Friday."
            << "Police seek a man accused of shooting his 16-year-old nephew Friday." << true;
        QTest::newRow("a woman and a man of one age") << "A 34-year-old woman was wounded."
                                                      << "A 34-year-old man was wounded." << true;
        QTest::newRow("an age without a sex")
            << "A 16-year-old girl was shot and killed on Friday."
            << "Breyona McMillian, 16, died after she was shot." << false;
        QTest::newRow("two ages") << "A 16-year-old girl was shot."
                                  << "A 17-year-old boy was shot." << false;
        QTest::newRow("both sexes of that age on one side")
            << "A 16-year-old boy and a 16-year-old girl were shot."
            << "A 16-year-old girl was shot." << false;
        QTest::newRow("a girl on both sides") << "A 16-year-old girl was shot."
                                              << "Police named the 16-year-old girl." << false;
    }
    void agesGivenToAGirlOrABoy() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, differ);
        const auto fa = featuresOf(a.toStdString(), {}, {});
        const auto fb = featuresOf(b.toStdString(), {}, {});
        QCOMPARE(agedSexesDiffer(fa.agedSexes, fb.agedSexes), differ);
        QCOMPARE(agedSexesDiffer(fb.agedSexes, fa.agedSexes), differ);
    }

    void oneSharedTermIsNothing() {
        QCOMPARE(similarityOf("Gunfire in Koldan.", "Koldan celebrates."), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestReportSimilarity)
#include "tst_report_similarity.moc"

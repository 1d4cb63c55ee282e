// Names no gazetteer knows, found by their capitals (core/extract/UnknownNames): actors, and
// the streets, complexes and counties where a local happening happened.
#include "extract/UnknownNames.h"

#include <QtTest/QTest>

using namespace ct;

namespace {

QStringList list(const std::vector<std::string>& names) {
    QStringList out;
    for (const std::string& n : names)
        out << QString::fromStdString(n);
    return out;
}

} // namespace

class TestUnknownNames : public QObject {
    Q_OBJECT
  private slots:
    void find_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<QStringList>("places");
        QTest::newRow("a run of capitals is an actor")
            << "The violence was the worst since the collapse of the Soviet Union."
            << QStringList{"Soviet Union"} << QStringList{};
        QTest::newRow("a street is a place")
            << "Deputies responded to a reported shooting in the 200 block of Apollo Street."
            << QStringList{} << QStringList{"Apollo Street"};
        QTest::newRow("a drive is a place, a county an authority's name")
            << "The boy was shot at a home on Star Creek Drive in Paulding County."
            << QStringList{"Paulding County"} << QStringList{"Star Creek Drive"};
        QTest::newRow("an abbreviated street and a compass word")
            << "It happened on East Markison Ave near a school." << QStringList{}
            << QStringList{"East Markison Ave"};
        QTest::newRow("an apartment complex")
            << "The incident took place at the Glastonbury Apartments." << QStringList{}
            << QStringList{"Glastonbury Apartments"};
        QTest::newRow("a title ends the county's name")
            << "A spokesman for the Sumter County Sheriff's Office said so."
            << QStringList{"Sumter County"} << QStringList{};
        QTest::newRow("the county's coroner is an actor")
            << "The name has not been released by the Sumter County Coroner yet."
            << QStringList{"Sumter County Coroner"} << QStringList{};
        QTest::newRow("a residence is not the scene")
            << "Police said Bobby McCullough, of the 4100 block of West Cornelia Avenue, died "
               "after he was "
               "shot in the 4700 block of West Addison Street."
            << QStringList{"Bobby McCullough"} << QStringList{"West Addison Street"};
        QTest::newRow("a hospital passed through is neither")
            << "He was pronounced dead at Trinity Memorial Hospital." << QStringList{}
            << QStringList{};
        QTest::newRow("an airport is neither")
            << "Protesters seized the Almaty International Airport on Friday." << QStringList{}
            << QStringList{};
        QTest::newRow("a news outlet is neither")
            << "The figures were reported by the Associated Press." << QStringList{}
            << QStringList{};
        QTest::newRow("the sentence's first word is not a name's")
            << "Markison Avenue was closed for hours." << QStringList{} << QStringList{};
        QTest::newRow("an island is a place, not an actor")
            << "A man was shot near the boardwalk in Coney Island early Sunday." << QStringList{}
            << QStringList{"Coney Island"};
        QTest::newRow("a neighbourhood's hills are a place")
            << "The shooting happened in the Westover Hills section of the city." << QStringList{}
            << QStringList{"Westover Hills"};
        QTest::newRow("a town named by its harbor is a place")
            << "The 2-year-old lived with his family in Palm Harbor." << QStringList{}
            << QStringList{"Palm Harbor"};
        QTest::newRow("a court after a house number is a street")
            << "The family was moving from a home at 1094 Misty Hollow Court on Wednesday."
            << QStringList{} << QStringList{"Misty Hollow Court"};
        QTest::newRow("a place in a block is a street")
            << "Officers found him in the 300 block of Vine Place." << QStringList{}
            << QStringList{"Vine Place"};
        QTest::newRow("a court of law is no street")
            << "He appeared before the Superior Court on Monday." << QStringList{"Superior Court"}
            << QStringList{};
        QTest::newRow("a place without an address is a name")
            << "He worked at Hudson Place for years." << QStringList{"Hudson Place"}
            << QStringList{};
        QTest::newRow("a person after a title") << "He was arrested, Sheriff Marty Fisher said."
                                                << QStringList{"Marty Fisher"} << QStringList{};
    }
    void find() {
        QFETCH(QString, sentence);
        QFETCH(QStringList, actors);
        QFETCH(QStringList, places);
        const std::string s = sentence.toStdString();
        const UnknownNames::Found found = UnknownNames::find(s, {});
        QCOMPARE(list(found.actors), actors);
        QCOMPARE(list(found.places), places);
    }

    void scenes_data() {
        QTest::addColumn<QString>("place");
        QTest::addColumn<bool>("scene");
        QTest::newRow("a street") << "Apollo Street" << true;
        QTest::newRow("an abbreviated avenue") << "East Markison Ave" << true;
        QTest::newRow("a complex") << "Glastonbury Apartments" << true;
        QTest::newRow("an island is a neighbourhood") << "Coney Island" << false;
        QTest::newRow("a town") << "Tarpon Springs" << false;
        QTest::newRow("one word") << "Street" << false;
        QTest::newRow("a court found after an address") << "Misty Hollow Court" << true;
    }
    void scenes() {
        QFETCH(QString, place);
        QFETCH(bool, scene);
        QCOMPARE(UnknownNames::isScene(place.toStdString()), scene);
    }

    void mayNameScene_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("may");
        QTest::newRow("a street") << "He was shot on Apollo Street." << true;
        QTest::newRow("an address's court") << "They lived at 1094 Misty Hollow Court." << true;
        QTest::newRow("a town only") << "A boy in Tarpon Springs died." << false;
        QTest::newRow("a lower-case street") << "He lived on our street." << false;
        QTest::newRow("a word that only begins like one") << "The Streetwise crew left." << false;
    }
    void mayNameScene() {
        QFETCH(QString, sentence);
        QFETCH(bool, may);
        QCOMPARE(UnknownNames::mayNameScene(sentence.toStdString()), may);
    }

    void newsOutlets_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("outlet");
        QTest::newRow("an agency") << "Reuters" << true;
        QTest::newRow("a broadcaster") << "Al Jazeera" << true;
        QTest::newRow("a state") << "Kazakhstan" << false;
    }
    void newsOutlets() {
        QFETCH(QString, name);
        QFETCH(bool, outlet);
        QCOMPARE(UnknownNames::isNewsOutlet(name.toStdString()), outlet);
    }
};

QTEST_GUILESS_MAIN(TestUnknownNames)
#include "tst_unknown_names.moc"

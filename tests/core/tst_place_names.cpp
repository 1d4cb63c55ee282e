// Place names matched by their core (core/story/PlaceNames): how a report writes a street
// ("East Markison Avenue", "Markison Ave.") is not which street it is.
#include "story/PlaceNames.h"

#include <QtTest/QTest>

using namespace ct;

class TestPlaceNames : public QObject {
    Q_OBJECT
  private slots:
    void placeCore_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("core");
        QTest::newRow("a street's type goes") << "Markison Avenue"
                                              << "markison";
        QTest::newRow("an abbreviated type, its period too") << "Markison Ave."
                                                             << "markison";
        QTest::newRow("a compass word before a street") << "East Markison Avenue"
                                                        << "markison";
        QTest::newRow("an abbreviated compass word") << "N. Main St."
                                                     << "main";
        QTest::newRow("a compass word after the type") << "I Street SE"
                                                       << "i";
        QTest::newRow("a name of several words keeps them") << "Star Creek Drive"
                                                            << "star creek";
        QTest::newRow("a bare name") << "Markison"
                                     << "markison";
        QTest::newRow("no street type: the compass word is the name's") << "North Carolina"
                                                                        << "north carolina";
        QTest::newRow("a street named after the compass keeps it") << "North Street"
                                                                   << "north";
        QTest::newRow("other place words stay") << "Paulding County"
                                                << "paulding county";
        QTest::newRow("a street type alone stays") << "Avenue"
                                                   << "avenue";
    }
    void placeCore() {
        QFETCH(QString, name);
        QFETCH(QString, core);
        QCOMPARE(QString::fromStdString(story::placeCore(name.toStdString())), core);
    }

    void samePlace_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("one street, three ways") << "East Markison Avenue"
                                                << "Markison Ave" << true;
        QTest::newRow("a street and its bare name") << "Markison Avenue"
                                                    << "Markison" << true;
        QTest::newRow("identical") << "Almaty"
                                   << "Almaty" << true;
        QTest::newRow("case") << "Apollo Street"
                              << "APOLLO STREET" << true;
        QTest::newRow("two streets") << "Markison Avenue"
                                     << "Ward Street" << false;
        QTest::newRow("the Carolinas") << "North Carolina"
                                       << "South Carolina" << false;
        QTest::newRow("a county and a street of its name") << "Paulding County"
                                                           << "Paulding Street" << false;
        QTest::newRow("two cities") << "Moscow"
                                    << "Kyiv" << false;
        QTest::newRow("a lane and a court of one name") << "Misty Hollow Lane"
                                                        << "Misty Hollow Court" << true;
    }
    void placeTerms_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("term");
        QTest::newRow("a street: its core") << "1094 Misty Hollow Court"
                                            << "#1094 misty hollow";
        QTest::newRow("a street without its number") << "Misty Hollow Lane"
                                                     << "#misty hollow";
        QTest::newRow("a town") << "Tarpon Springs"
                                << "#tarpon springs";
        QTest::newRow("the tables' place term") << "#East Markison Ave"
                                                << "#markison";
        QTest::newRow("the tables' actor term stays") << "@Ilian Varro"
                                                      << "@Ilian Varro";
    }
    void placeTerms() {
        QFETCH(QString, name);
        QFETCH(QString, term);
        const std::string n = name.toStdString();
        const std::string got = n.starts_with('#') || n.starts_with('@')
                                    ? story::nameTerm(n)
                                    : story::placeTerm(n);
        QCOMPARE(QString::fromStdString(got), term);
    }

    void samePlace() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(story::samePlace(a.toStdString(), b.toStdString()), same);
        QCOMPARE(story::samePlace(b.toStdString(), a.toStdString()), same);
    }
};

QTEST_GUILESS_MAIN(TestPlaceNames)
#include "tst_place_names.moc"

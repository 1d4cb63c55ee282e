#include "panes/FilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest/QTest>

using namespace ct::ui;

class TestFilterBar : public QObject {
    Q_OBJECT
  private slots:
    void startsOpen() {
        FilterBar bar;
        QVERIFY(bar.searchText().isEmpty());
        QVERIFY(bar.actor().isEmpty());
        QVERIFY(bar.place().isEmpty());
        QVERIFY(!bar.from().isValid());
        QVERIFY(!bar.to().isValid());
        QCOMPARE(bar.minSources(), 1);
    }

    void leastOutletsSaysWhatTheUserChose() {
        FilterBar bar;
        QSignalSpy spy(&bar, &FilterBar::minSourcesChanged);
        QCOMPARE(bar.minSourcesField()->specialValueText(), QStringLiteral("any"));
        bar.minSourcesField()->setValue(3);
        QCOMPARE(bar.minSources(), 3);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 3);
        // It cannot go below one outlet: "any" is the lowest choice.
        bar.minSourcesField()->setValue(0);
        QCOMPARE(bar.minSources(), 1);
        bar.minSourcesField()->setValue(4);
        bar.clear();
        QCOMPARE(bar.minSources(), 1);
        QCOMPARE(spy.constLast().at(0).toInt(), 1);
    }

    void searchAppliesAtOnceWhenSet() {
        FilterBar bar;
        QSignalSpy spy(&bar, &FilterBar::searchChanged);
        bar.setSearchText(QStringLiteral("  Blinken "));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Blinken"));
    }

    void actorChoiceSurvivesARefillButNotItsRemoval() {
        FilterBar bar;
        bar.setActors({QStringLiteral("CSTO"), QStringLiteral("Vladimir Putin")});
        auto* combo = bar.findChildren<QComboBox*>().at(0);
        QSignalSpy spy(&bar, &FilterBar::actorChanged);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Vladimir Putin")));
        QCOMPARE(bar.actor(), QStringLiteral("Vladimir Putin"));
        QCOMPARE(spy.size(), 1);
        bar.setActors({QStringLiteral("Antony Blinken"), QStringLiteral("Vladimir Putin")});
        QCOMPARE(bar.actor(), QStringLiteral("Vladimir Putin"));
        QCOMPARE(spy.size(), 1);
        bar.setActors({QStringLiteral("Antony Blinken")});
        QVERIFY(bar.actor().isEmpty());
        QCOMPARE(spy.size(), 2);
        QVERIFY(spy.at(1).at(0).toString().isEmpty());
    }

    void dateRangeOpensNearTheEventsAndKeepsAChoice() {
        FilterBar bar;
        bar.setFirstEventDay(QDate(2022, 1, 2));
        auto edits = bar.findChildren<QDateEdit*>();
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(0)->minimumDate(), QDate(2022, 1, 1));
        QVERIFY(!bar.from().isValid());
        QSignalSpy spy(&bar, &FilterBar::dateRangeChanged);
        edits.at(0)->setDate(QDate(2022, 1, 6));
        QCOMPARE(bar.from(), QDate(2022, 1, 6));
        QCOMPARE(spy.size(), 1);
        // Events further back arrive: the choice stays, the "open" day moves.
        bar.setFirstEventDay(QDate(2021, 12, 1));
        QCOMPARE(bar.from(), QDate(2022, 1, 6));
        QVERIFY(!bar.to().isValid());
        bar.clear();
        QVERIFY(!bar.from().isValid());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filter_bar.moc"

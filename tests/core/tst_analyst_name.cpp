// Who a store records: --analyst, then $CT_ANALYST, then the window's setting, then the store's
// own default (server role or login name).
#include "store/AnalystName.h"

#include <QtTest/QTest>
#include <cstdlib>

using namespace ct;

class TestAnalystName : public QObject {
    Q_OBJECT
  private slots:
    void cleanup() { qunsetenv("CT_ANALYST"); }

    void precedence_data() {
        QTest::addColumn<QString>("explicitName");
        QTest::addColumn<QString>("environment"); // a null string: CT_ANALYST unset
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("expected");
        const QString unset;
        QTest::newRow("nothing given: the store's default") << "" << unset << ""
                                                            << "postgres"
                                                            << "postgres";
        QTest::newRow("the setting beats the default") << "" << unset << "Ana Field"
                                                       << "postgres"
                                                       << "Ana Field";
        QTest::newRow("CT_ANALYST beats the setting") << ""
                                                      << "bea"
                                                      << "Ana Field"
                                                      << "postgres"
                                                      << "bea";
        QTest::newRow("--analyst beats CT_ANALYST") << "Cem"
                                                    << "bea"
                                                    << "Ana Field"
                                                    << "postgres"
                                                    << "Cem";
        QTest::newRow("--analyst beats the setting") << "Cem" << unset << "Ana Field"
                                                     << "postgres"
                                                     << "Cem";
        QTest::newRow("empty CT_ANALYST counts as unset") << ""
                                                          << ""
                                                          << "Ana Field"
                                                          << "postgres"
                                                          << "Ana Field";
        QTest::newRow("blank names are skipped") << "  "
                                                 << " \t"
                                                 << " "
                                                 << "postgres"
                                                 << "postgres";
        QTest::newRow("white space around is dropped") << "  Cem Öztürk \n"
                                                       << unset << ""
                                                       << "postgres"
                                                       << "Cem Öztürk";
        QTest::newRow("non-ASCII setting") << "" << unset << "Анна Петрова"
                                           << "ana"
                                           << "Анна Петрова";
        QTest::newRow("no default at all") << "" << unset << ""
                                           << ""
                                           << "";
    }
    void precedence() {
        QFETCH(QString, explicitName);
        QFETCH(QString, environment);
        QFETCH(QString, configured);
        QFETCH(QString, fallback);
        QFETCH(QString, expected);
        if (environment.isNull())
            qunsetenv("CT_ANALYST");
        else
            qputenv("CT_ANALYST", environment.toUtf8());
        const std::string name = resolveAnalystName(
            explicitName.toStdString(), configured.toStdString(), fallback.toStdString());
        QCOMPARE(QString::fromStdString(name), expected);
    }
};

QTEST_GUILESS_MAIN(TestAnalystName)
#include "tst_analyst_name.moc"

#include "TestPrinters.h"
#include "store/pg/PgEventQuerySql.h"

#include <QtTest/QTest>

using namespace ct;

// The SQL of an EventQuery on PostgreSQL, without a server: what the user types must never
// become a tsquery syntax error, and each filter binds exactly the parameters its SQL names.
class TestPgEventQuerySql : public QObject {
    Q_OBJECT
  private slots:
    void tsQuery_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: no query at all
        QTest::newRow("one word, a prefix as the user types") << "Blink" << "'blink':*";
        QTest::newRow("words are ANDed, lower-cased") << "Putin TOKAYEV" << "'putin' & 'tokayev':*";
        QTest::newRow("tsquery operators are only separators")
            << "a&b|!(c):*" << "'a' & 'b' & 'c':*";
        QTest::newRow("quotes cannot escape the lexeme") << "o'brien" << "'o' & 'brien':*";
        QTest::newRow("non-ASCII letters stay in the word") << "Алматы" << "'Алматы':*";
        QTest::newRow("only punctuation is no query") << " -- !! " << "";
    }
    void tsQuery() {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto query = pg::tsQuery(typed.toStdString());
        QCOMPARE(query.has_value(), !expected.isEmpty());
        if (query)
            QCOMPARE(QString::fromStdString(*query), expected);
    }

    void placeholdersFollowTheFilters_data() {
        QTest::addColumn<bool>("window");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("minSources");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("params");
        QTest::newRow("everything") << false << "" << "" << 0 << 0 << 0;
        QTest::newRow("a window binds its two ends") << true << "" << "" << 0 << 0 << 2;
        QTest::newRow("window, words and an actor") << true << "troops" << "CSTO" << 0 << 0 << 4;
        QTest::newRow("at least two outlets and a limit") << false << "" << "" << 2 << 100 << 2;
        QTest::newRow("one outlet is no filter") << false << "" << "" << 1 << 0 << 0;
    }
    void placeholdersFollowTheFilters() {
        QFETCH(bool, window);
        QFETCH(QString, text);
        QFETCH(QString, actor);
        QFETCH(int, minSources);
        QFETCH(int, limit);
        QFETCH(int, params);
        EventQuery query;
        if (window) {
            query.from = isoDate("2022-01-02");
            query.to = isoDate("2022-01-08");
        }
        query.text = text.toStdString();
        query.actor = actor.toStdString();
        query.minSources = minSources;
        query.limit = std::size_t(limit);
        const auto built = pg::EventQuerySql::build("SELECT e.id", query, true);
        QVERIFY(built);
        QCOMPARE(int(built->params.size()), params);
        const QString sql = QString::fromStdString(built->sql);
        QVERIFY2(sql.startsWith(QStringLiteral("SELECT e.id FROM events e WHERE true")),
                 qPrintable(sql));
        QVERIFY2(sql.endsWith(limit > 0 ? QStringLiteral("LIMIT $%1").arg(params)
                                        : QStringLiteral("ORDER BY e.start_day, e.id")),
                 qPrintable(sql));
        for (int n = 1; n <= params; ++n)
            QVERIFY2(sql.contains(QStringLiteral("$%1").arg(n)), qPrintable(sql));
        QVERIFY2(!sql.contains(QStringLiteral("$%1").arg(params + 1)), qPrintable(sql));
        if (window)
            QVERIFY2(sql.contains(QStringLiteral("e.days && int4range($1::integer, $2::integer")),
                     qPrintable(sql));
        // The first day bound is the window's first day, as a day number.
        if (window)
            QCOMPARE(built->params.values().front().value_or(std::string()),
                     std::to_string(toDayNumber(isoDate("2022-01-02"))));
    }

    void wordsWithoutLettersMatchNothing() {
        EventQuery query;
        query.text = "?!";
        QVERIFY(!pg::EventQuerySql::build("SELECT e.id", query, false));
    }
};

QTEST_GUILESS_MAIN(TestPgEventQuerySql)
#include "tst_pg_event_query_sql.moc"

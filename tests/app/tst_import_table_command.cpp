#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// crisis-timeline import-table and events --format, run as a user would.
class TestImportTableCommand : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

  private slots:
    void importsWithAMapSpec_data() {
        QTest::addColumn<QString>("onError");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::addColumn<int>("eventsAfter");
        QTest::newRow("skip: bad rows listed by line")
            << "skip" << 0 << "2 events imported, 1 bad rows skipped"
            << "mine.csv: line 3: no date" << 2;
        QTest::newRow("stop: nothing kept")
            << "stop" << 1 << ""
            << "mine.csv: line 3: no date; nothing was imported" << 0;
    }
    void importsWithAMapSpec() {
        QFETCH(QString, onError);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        QFETCH(int, eventsAfter);
        const QString db = m_dir.filePath(QStringLiteral("map-%1.db").arg(onError));
        const QString csv = writeFile(QStringLiteral("mine.csv"),
                                      "when,what,who\n13/01/2022,Withdrawal,CSTO\n,nothing,x\n01/"
                                      "08/2022,Talks,\"Putin; Tokayev\"\n");
        const auto result =
            runCli({QStringLiteral("import-table"), QStringLiteral("--db"), db,
                    QStringLiteral("--map"), QStringLiteral("start=when,title=what,actors=who"),
                    QStringLiteral("--on-error"), onError, csv});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.out.contains(stdoutHas), qPrintable(result.out));
        QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
        if (eventsAfter == 0)
            return;
        const auto csvOut = runCli({QStringLiteral("events"), QStringLiteral("--db"), db});
        const auto rows = parseCsv(csvOut.out);
        QCOMPARE(rows.size(), eventsAfter + 1);
        QCOMPARE(rows[1][0], QStringLiteral("2022-01-13")); // day first: 13 cannot be a month
        QCOMPARE(rows[2][5], QStringLiteral("Putin; Tokayev"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("unknown preset")
            << QStringList{"--preset", "nope"} << "--preset nope: use one of";
        QTest::newRow("bad map") << QStringList{"--map", "when=start"} << "unknown role \"when\"";
        QTest::newRow("no such column")
            << QStringList{"--map", "start=date"} << "no column \"date\"";
        QTest::newRow("bad on-error") << QStringList{"--on-error", "maybe"} << "use skip or stop";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrHas);
        const QString csv = writeFile(QStringLiteral("u.csv"), "when,what\n2022-01-08,x\n");
        QStringList all{QStringLiteral("import-table"), QStringLiteral("--db"),
                        m_dir.filePath(QStringLiteral("u.db"))};
        all << args << csv;
        const auto result = runCli(all);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
    }

    void eventsFormats_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("marker");
        QTest::newRow("ics") << "ics"
                             << "DTSTART;VALUE=DATE:20220105";
        QTest::newRow("timelinejs") << "timelinejs"
                                    << "\"start_date\": {\"year\": 2022, \"month\": 1, \"day\": 5}";
        QTest::newRow("timeline") << "timeline"
                                  << "<start>2022-01-05 00:00:00</start>";
    }
    void eventsFormats() {
        QFETCH(QString, format);
        QFETCH(QString, marker);
        const QString db = m_dir.filePath(QStringLiteral("formats.db"));
        if (!QFile::exists(db)) {
            const auto imported = runCli(
                {QStringLiteral("import-table"), QStringLiteral("--db"), db,
                 QStringLiteral(CT_TEST_DATA_DIR "/interchange/kazakhstan-timelinejs.json")});
            QCOMPARE(imported.exitCode, 0);
        }
        const auto all = runCli({QStringLiteral("events"), QStringLiteral("--db"), db,
                                 QStringLiteral("--format"), format});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(marker), qPrintable(all.out));
        // The date filter applies: from the 6th, the 5 January event is gone.
        const auto later = runCli({QStringLiteral("events"), QStringLiteral("--db"), db,
                                   QStringLiteral("--format"), format, QStringLiteral("--from"),
                                   QStringLiteral("2022-01-06")});
        QVERIFY(!later.out.contains(marker));
    }
    // The row is the event's report: its data set, id and URL come back in every listing.
    void rowsAreListedAsReports_data() {
        QTest::addColumn<QStringList>("listing");
        QTest::addColumn<QStringList>("marks");
        QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                              << QStringList{QStringLiteral("\"origin\": \"table\""),
                                             QStringLiteral("\"outlet\": \"Curated\""),
                                             QStringLiteral("\"source_ref\": \"r7\""),
                                             QStringLiteral("\"url\": \"https://example.org/r7\"")};
        QTest::newRow("csv reports")
            << QStringList{QStringLiteral("--reports")}
            << QStringList{QStringLiteral("Curated"), QStringLiteral("https://example.org/r7"),
                           QStringLiteral("r7,table")};
    }
    void rowsAreListedAsReports() {
        QFETCH(QStringList, listing);
        QFETCH(QStringList, marks);
        const QString db = m_dir.filePath(QStringLiteral("reports.db"));
        if (!QFile::exists(db)) {
            const QString csv = writeFile(
                QStringLiteral("curated.csv"),
                "id,when,what,link\nr7,2022-01-05,Protest in Zhanaozen,https://example.org/r7\n");
            const auto imported = runCli(
                {QStringLiteral("import-table"), QStringLiteral("--db"), db,
                 QStringLiteral("--map"), QStringLiteral("start=when,title=what,source=link,id=id"),
                 QStringLiteral("--name"), QStringLiteral("Curated"), csv});
            QCOMPARE(imported.exitCode, 0);
        }
        const auto listed =
            runCli(QStringList{QStringLiteral("events"), QStringLiteral("--db"), db} + listing);
        QCOMPARE(listed.exitCode, 0);
        for (const QString& mark : marks)
            QVERIFY2(listed.out.contains(mark), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestImportTableCommand)
#include "tst_import_table_command.moc"

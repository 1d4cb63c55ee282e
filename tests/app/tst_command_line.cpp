#include "CliRunner.h"
#include "common/TestPostgres.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

namespace {

const QString kSeed = QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
const QString kSample =
    QStringLiteral(CT_SOURCE_DIR "/resources/samples/kazakhstan-putin-tokayev-call.txt");

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Rows of `events` as maps from header name to value.
QVector<QHash<QString, QString>> eventRows(const QString& db, const QStringList& extra = {}) {
    const CliResult r = runCli(QStringList{"events", "--db", db} + extra);
    if (r.exitCode != 0)
        qWarning("events failed: %s", qPrintable(r.err));
    const auto rows = parseCsv(r.out);
    QVector<QHash<QString, QString>> out;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QHash<QString, QString> m;
        for (qsizetype c = 0; c < rows[0].size() && c < rows[i].size(); ++c)
            m[rows[0][c]] = rows[i][c];
        out << m;
    }
    return out;
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    std::unique_ptr<ct::test::TestPostgres> m_server; // started by the first test needing it
    QString path(const QString& name) const { return m_dir.filePath(name); }

  private slots:
    void seedImportGivesTheFiveEvents() {
        const QString db = path("seed.db");
        const CliResult r = runCli({"import", "--db", db, "--published", "2022-01-08", kSeed});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("event"), qPrintable(r.out));

        const auto rows = eventRows(db);
        QVERIFY(rows.size() >= 5);
        struct Expected {
            const char* start;
            const char* word;
        };
        const Expected expected[] = {{"2022-01-02", "protest"},
                                     {"2022-01-06", "forces"},
                                     {"2022-01-07", "Blinken"},
                                     {"2022-01-08", "conversation"}};
        for (const auto& e : expected) {
            const bool found = std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
                return row["start"] == QLatin1String(e.start) &&
                       row["title"].contains(QLatin1String(e.word), Qt::CaseInsensitive) &&
                       row["fuzzy"] == QLatin1String("false");
            });
            QVERIFY2(found, e.start);
        }
        const bool fuzzyTeleconference = std::any_of(rows.begin(), rows.end(), [](const auto& row) {
            return row["start"] > QLatin1String("2022-01-08") && !row["end"].isEmpty() &&
                   row["fuzzy"] == QLatin1String("true") &&
                   row["sentence"].contains(QLatin1String("in the coming days"));
        });
        QVERIFY(fuzzyTeleconference);
        for (const auto& row : rows) {
            QVERIFY2(!row["sentence"].contains(QLatin1String("6c57c9ee")),
                     "tag line became an event");
            QVERIFY2(!row["sentence"].contains(QLatin1String("Source:")),
                     "source line became an event");
        }
    }

    // Who imported, on a server story: --analyst, else $CT_ANALYST, else the server role.
    void analystIsRecordedOnAServer_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("environment"); // null: CT_ANALYST unset
        QTest::addColumn<QString>("expected");
        QTest::newRow("--analyst") << "Cem Öztürk" << QString() << "Cem Öztürk";
        QTest::newRow("CT_ANALYST") << QString() << "bea"
                                    << "bea";
        QTest::newRow("--analyst beats CT_ANALYST") << "Cem"
                                                    << "bea"
                                                    << "Cem";
        QTest::newRow("neither: the server role") << QString() << QString() << "postgres";
    }
    void analystIsRecordedOnAServer() {
        QFETCH(QString, option);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        if (!m_server)
            m_server = std::make_unique<ct::test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        const std::string location = m_server->freshDatabase();
        QVERIFY2(!location.empty(), qPrintable(m_server->why()));
        QStringList args{"import",      "--db",       QString::fromStdString(location),
                         "--published", "2022-01-08", kSeed};
        if (!option.isNull())
            args << "--analyst" << option;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CT_ANALYST"));
        if (!environment.isNull())
            env.insert(QStringLiteral("CT_ANALYST"), environment);
        QProcess process;
        process.setProcessEnvironment(env);
        const CliResult r = runCliProcess(process, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto store = ct::openStore(location, ct::Store::Mode::ReadOnly);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        auto articles = (*store)->articles();
        QVERIFY(articles.ok());
        QCOMPARE(articles->size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(articles->front().importedBy), expected);
    }

    void secondImportIsADuplicate() {
        const QString db = path("dup.db");
        QCOMPARE(runCli({"import", "--db", db, "--published", "2022-01-08", kSeed}).exitCode, 0);
        const int before = eventRows(db).size();
        const CliResult r = runCli({"import", "--db", db, "--published", "2022-01-08", kSeed});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("duplicate"), qPrintable(r.out));
        QCOMPARE(eventRows(db).size(), before);
    }

    void bundledSampleCarriesItsDate() {
        const QString db = path("sample.db");
        const CliResult r = runCli({"import", "--db", db, kSample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("2022-01-08"), qPrintable(r.out));
    }

    void missingDateSaysHowToGiveIt() {
        const QString db = path("nodate.db");
        const CliResult r = runCli({"import", "--db", db, kSeed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("kazakhstan-putin-tokayev-call.txt"), qPrintable(r.err));
        QVERIFY2(r.err.contains("--published"), qPrintable(r.err));
    }

    void eventsFilters_data() {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QString>("mustStartWith");
        QTest::newRow("window of one day")
            << QStringList{"--from", "2022-01-06", "--to", "2022-01-06"} << "2022-01-06";
        QTest::newRow("full-text query") << QStringList{"--query", "Blinken"} << "2022-01-07";
    }
    void eventsFilters() {
        QFETCH(QStringList, filter);
        QFETCH(QString, mustStartWith);
        const QString db = path("filters.db");
        runCli({"import", "--db", db, "--published", "2022-01-08", kSeed});
        const auto all = eventRows(db);
        const auto rows = eventRows(db, filter);
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.size() < all.size());
        for (const auto& row : rows)
            QCOMPARE(row["start"], mustStartWith);
    }

    void jsonFormat() {
        const QString db = path("json.db");
        runCli({"import", "--db", db, "--published", "2022-01-08", kSeed});
        const CliResult r = runCli({"events", "--db", db, "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"start\": \"2022-01-06\""));
    }

    void badInput_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content"); // "<dir>" makes a directory, "<none>" nothing
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << "missing.txt" << QByteArray("<none>") << "";
        QTest::newRow("directory without articles") << "folder" << QByteArray("<dir>") << "";
        QTest::newRow("binary with NUL bytes") << "binary.txt" << QByteArray("abc\0def\0", 8) << "";
        QTest::newRow("invalid UTF-8")
            << "latin1.txt" << QByteArray("Caf\xe9 on Monday\n") << "UTF-8";
        QTest::newRow("empty file") << "empty.txt" << QByteArray() << "empty";
        QTest::newRow("over the size limit")
            << "huge.txt" << QByteArray(5 * 1024 * 1024, 'a') << "";
    }
    void badInput() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString db = path("bad.db");
        if (!QFile::exists(db))
            QCOMPARE(runCli({"import", "--db", db, "--published", "2022-01-08", kSeed}).exitCode,
                     0);
        const QByteArray before = fileHash(db);

        const QString file = path(fileName);
        if (content == "<dir>")
            QVERIFY(QDir().mkpath(file));
        else if (content != "<none>")
            writeFile(file, content);
        const CliResult r = runCli({"import", "--db", db, "--published", "2022-01-08", file});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(fileName), qPrintable(r.err));
        if (!reason.isEmpty())
            QVERIFY2(r.err.contains(reason, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
    }

    void databaseThatIsNotSqlite() {
        const QString db = path("notes.db");
        writeFile(db, "These are my notes, not a database.\n");
        const QByteArray before = fileHash(db);
        const CliResult r = runCli({"import", "--db", db, "--published", "2022-01-08", kSeed});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("notes.db"), qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
    }

    void readOnlyDatabase() {
        QTemporaryDir shared; // a folder "nobody" can read but not write
        QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
        const QString db = shared.filePath("readonly.db");
        QCOMPARE(runCli({"import", "--db", db, "--published", "2022-01-08", kSeed}).exitCode, 0);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QString article = shared.filePath("other.txt");
        writeFile(article, "Protest\n\nPeople protested on Monday in Almaty.\n");
        QFile::setPermissions(article, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QByteArray before = fileHash(db);

        const CliResult r =
            runCli({"import", "--db", db, "--published", "2022-01-08", article}, true);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("readonly.db"), qPrintable(r.err));
        QVERIFY2(r.err.contains("read-only", Qt::CaseInsensitive) ||
                     r.err.contains("readonly", Qt::CaseInsensitive) ||
                     r.err.contains("permission", Qt::CaseInsensitive),
                 qPrintable(r.err));
        QCOMPARE(fileHash(db), before);
        // Reading still works for a user without write access.
        QVERIFY(runCli({"events", "--db", db}, true).out.contains("2022-01-06"));
    }

    void sqlAndQuotesStoredVerbatim() {
        const QString db = path("quotes.db");
        const QByteArray text = "Robert'); DROP TABLE events;-- said \"hi\"\n\n"
                                "Robert'); DROP TABLE events;-- protested in Almaty on Monday "
                                "and said \"no\".\n";
        writeFile(path("quotes.txt"), text);
        QCOMPARE(runCli({"import", "--db", db, "--published", "2022-01-08", path("quotes.txt")})
                     .exitCode,
                 0);
        const auto rows = eventRows(db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0]["sentence"],
                 QStringLiteral("Robert'); DROP TABLE events;-- protested in Almaty on Monday "
                                "and said \"no\"."));
        QCOMPARE(rows[0]["start"], QStringLiteral("2022-01-03"));
    }

    // `generate` writes the same events for the same seed (compared through `events`, as a
    // user would), other events for another seed, and refuses a missing or silly count.
    void generateIsDeterministicForASeed() {
        const QString a = path("gen-a.db"), b = path("gen-b.db"), c = path("gen-c.db");
        for (const auto& [db, seed] : {std::pair{a, "7"}, {b, "7"}, {c, "8"}}) {
            const CliResult r =
                runCli({"generate", "--db", db, "--events", "3000", "--seed", seed});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("3000"), qPrintable(r.out));
        }
        const CliResult ea = runCli({"events", "--db", a}), eb = runCli({"events", "--db", b}),
                        ec = runCli({"events", "--db", c});
        QCOMPARE(ea.exitCode, 0);
        QCOMPARE(parseCsv(ea.out).size(), 3001); // header and rows
        QCOMPARE(ea.out, eb.out);
        QVERIFY(ea.out != ec.out);
        QCOMPARE(parseCsv(ec.out).size(), 3001);
    }

    // `generate` into a server story (COPY) writes what it writes into a file, event for event.
    void generateIntoAServerWritesTheFilesEvents() {
        if (!m_server)
            m_server = std::make_unique<ct::test::TestPostgres>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->why()));
        const QString server = QString::fromStdString(m_server->freshDatabase());
        QVERIFY2(!server.isEmpty(), qPrintable(m_server->why()));
        const QString file = path("gen-file.db");
        for (const QString& db : {file, server}) {
            const CliResult r = runCli({"generate", "--db", db, "--events", "2500", "--seed", "5"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains("2500"), qPrintable(r.out));
        }
        const CliResult fromFile = runCli({"events", "--db", file, "--reports"});
        const CliResult fromServer = runCli({"events", "--db", server, "--reports"});
        QCOMPARE(fromServer.exitCode, 0);
        QCOMPARE(parseCsv(fromServer.out).size(), parseCsv(fromFile.out).size());
        QCOMPARE(fromServer.out, fromFile.out);
    }

    void generateRefusesBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no count") << QStringList{"generate", "--db", "x.db"};
        QTest::newRow("zero") << QStringList{"generate", "--db", "x.db", "--events", "0"};
        QTest::newRow("not a number")
            << QStringList{"generate", "--db", "x.db", "--events", "many"};
        QTest::newRow("bad seed") << QStringList{"generate", "--db",   "x.db", "--events",
                                                 "5",        "--seed", "-x"};
        QTest::newRow("no database") << QStringList{"generate", "--events", "5"};
    }
    void generateRefusesBadArguments() {
        QFETCH(QStringList, args);
        for (QString& arg : args)
            if (arg == QLatin1String("x.db"))
                arg = path("refused.db");
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(path("refused.db")));
    }

    void helpForEveryCommand_data() {
        QTest::addColumn<QString>("command");
        QTest::newRow("import") << "import";
        QTest::newRow("events") << "events";
        QTest::newRow("export") << "export";
        QTest::newRow("generate") << "generate";
    }
    void helpForEveryCommand() {
        QFETCH(QString, command);
        const CliResult r = runCli({command, "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--db"));
    }

    // The overview must answer without a display (CI has none, and neither has
    // a server where the tool imports by cron).
    void topLevelHelpNeedsNoDisplay() {
        const CliResult r = runCliWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* command : {"import", "events"})
            QVERIFY2(r.out.contains(QLatin1String(command)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("[DATABASE]")), qPrintable(r.out));
    }

    // A typo must not be taken for a database to open in the window (which, without a
    // display, ended in Qt's abort): it is named, with the nearest command.
    void unknownCommandSuggestsTheNearest_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("letters swapped") << "imprt"
                                         << "import";
        QTest::newRow("transposition") << "exprot"
                                       << "export";
        QTest::newRow("letter missing") << "evnts"
                                        << "events";
        QTest::newRow("letter extra") << "generatee"
                                      << "generate";
        QTest::newRow("capitalised") << "Import"
                                     << "import";
    }
    void unknownCommandSuggestsTheNearest() {
        QFETCH(QString, typed);
        QFETCH(QString, suggested);
        const CliResult r = runCliWithoutDisplay({typed, QStringLiteral("--db"), path("typo.db")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(),
                 QStringLiteral("crisis-timeline: unknown command '%1'; did you mean '%2'?")
                     .arg(typed, suggested));
        QVERIFY(!QFile::exists(path("typo.db")));
    }

    void unknownCommandFarFromAnyPointsToHelp() {
        const CliResult r = runCliWithoutDisplay({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(),
                 QStringLiteral("crisis-timeline: unknown command 'frobnicate'; see "
                                "'crisis-timeline --help'"));
    }

    // The window where there is no display: one line saying so, exit 1, never SIGABRT.
    void windowWithoutDisplaySaysSo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("platform");
        QTest::newRow("no arguments") << QStringList() << QString();
        QTest::newRow("a database") << QStringList{path("some.ctl")} << QString();
        QTest::newRow("xcb asked for, no DISPLAY") << QStringList() << QStringLiteral("xcb");
    }
    void windowWithoutDisplaySaysSo() {
        QFETCH(QStringList, args);
        QFETCH(QString, platform);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        QProcess process;
        process.setProcessEnvironment(env);
        const CliResult r = runCliProcess(process, args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("crisis-timeline: no display")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
    }

    // Messages and help follow the system's language (translations compiled in).
    void messagesFollowTheLocale_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Russian") << "ru"
                                 << "неизвестная команда «imprt»";
        QTest::newRow("German") << "de"
                                << "unbekannter Befehl „imprt“";
        QTest::newRow("English") << "en"
                                 << "unknown command 'imprt'";
    }
    void messagesFollowTheLocale() {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
        QProcess process;
        process.setProcessEnvironment(env);
        const CliResult r = runCliProcess(process, {QStringLiteral("imprt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"

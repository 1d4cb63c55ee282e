#include "CliRunner.h"
#include "common/TestPostgres.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QTest>

namespace {

const QString kSample =
    QStringLiteral(CT_SOURCE_DIR "/resources/samples/kazakhstan-putin-tokayev-call.txt");

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

QStringList svgTexts(const QByteArray& bytes) {
    QStringList texts;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    return xml.hasError() ? QStringList{} : texts;
}

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    QString m_db;
    QString path(const QString& name) const { return m_dir.filePath(name); }

  private slots:
    void initTestCase() {
        m_db = path(QStringLiteral("sample.db"));
        const CliResult r = runCli({"import", "--db", m_db, kSample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesEachFormat_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "timeline.png" << QByteArray("\x89PNG\r\n", 6);
        QTest::newRow("svg") << "timeline.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "timeline.pdf" << QByteArray("%PDF-");
        QTest::newRow("extension in capitals") << "TIMELINE.PNG" << QByteArray("\x89PNG\r\n", 6);
    }
    void writesEachFormat() {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        const QString out = path(name);
        const CliResult r = runCli({"export", "--db", m_db, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("5 event")), qPrintable(r.out));
        QVERIFY(readAll(out).startsWith(magic));
    }

    void pngHasTheRequestedSize_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("900×300") << QStringList{"--width", "900", "--height", "300"}
                                 << QSize(900, 300);
        QTest::newRow("800×250 at scale 2")
            << QStringList{"--width", "800", "--height", "250", "--scale", "2"} << QSize(1600, 500);
        QTest::newRow("dark, lanes by place, titled")
            << QStringList{"--width", "1000",    "--height", "400",     "--theme",
                           "dark",    "--lanes", "place",    "--title", "Kazakhstan"}
            << QSize(1000, 400);
    }
    void pngHasTheRequestedSize() {
        QFETCH(QStringList, options);
        QFETCH(QSize, pixels);
        const QString out = path(QStringLiteral("sized.png"));
        const CliResult r = runCli(QStringList{"export", "--db", m_db, "--out", out} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), pixels);
    }

    void dateRangeHoldsOnlyThatRange() {
        const QString out = path(QStringLiteral("range.svg"));
        const CliResult r = runCli(
            {"export", "--db", m_db, "--out", out, "--from", "2022-01-06", "--to", "2022-01-07"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList texts = svgTexts(readAll(out));
        QVERIFY(!texts.isEmpty());
        // The titles as `events` prints them, inside the range and out of it.
        const CliResult all = runCli({"events", "--db", m_db});
        const auto rows = parseCsv(all.out);
        QCOMPARE(rows.size(), 6); // header and five events
        const auto header = rows.front();
        const qsizetype start = header.indexOf(QStringLiteral("start"));
        const qsizetype title = header.indexOf(QStringLiteral("title"));
        int inside = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const bool inRange = rows[i][start] >= QLatin1String("2022-01-06") &&
                                 rows[i][start] <= QLatin1String("2022-01-07");
            inside += inRange;
            QVERIFY2(texts.contains(rows[i][title]) == inRange, qPrintable(rows[i][title]));
        }
        QCOMPARE(inside, 2);
    }

    void unknownExtensionIsRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("bmp") << "timeline.bmp";
        QTest::newRow("no extension") << "timeline";
    }
    void unknownExtensionIsRefused() {
        QFETCH(QString, name);
        const QString out = path(name);
        const CliResult r = runCli({"export", "--db", m_db, "--out", out});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(".png")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void unwritablePathLeavesNoFile_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing folder") << "missing/folder/timeline.png";
        QTest::newRow("a folder in the way") << "in-the-way.pdf";
    }
    void unwritablePathLeavesNoFile() {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("in-the-way.pdf")));
        const QString out = dir.filePath(name);
        const CliResult r = runCli({"export", "--db", m_db, "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(out) && r.err.contains(QLatin1String("cannot write")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo(out).isFile());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void refusedExportKeepsTheOldFile_data() {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("width too small") << QStringList{"--width", "5"};
        QTest::newRow("unknown lanes") << QStringList{"--lanes", "colour"};
        QTest::newRow("unknown theme") << QStringList{"--theme", "sepia"};
        QTest::newRow("not a date") << QStringList{"--from", "8 January"};
        QTest::newRow("end before start")
            << QStringList{"--from", "2022-01-08", "--to", "2022-01-01"};
    }
    void refusedExportKeepsTheOldFile() {
        QFETCH(QStringList, options);
        const QString out = path(QStringLiteral("kept.png"));
        QFile::remove(out);
        QCOMPARE(runCli({"export", "--db", m_db, "--out", out}).exitCode, 0);
        const QByteArray before = fileHash(out);
        const CliResult r = runCli(QStringList{"export", "--db", m_db, "--out", out} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("crisis-timeline export:")), qPrintable(r.err));
        QCOMPARE(fileHash(out), before);
    }

    void databaseIsOnlyRead() {
        const QByteArray before = fileHash(m_db);
        QCOMPARE(
            runCli({"export", "--db", m_db, "--out", path(QStringLiteral("read.png"))}).exitCode,
            0);
        QCOMPARE(fileHash(m_db), before);
        const QString missing = path(QStringLiteral("missing.db"));
        const CliResult r =
            runCli({"export", "--db", missing, "--out", path(QStringLiteral("m.png"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("missing.db")), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(path(QStringLiteral("m.png"))));
    }

    void worksWithoutADisplay() {
        const QString out = path(QStringLiteral("headless.pdf"));
        const CliResult r = runCliWithoutDisplay(
            {"export", "--db", m_db, "--out", out, "--page-size", "A3", "--pages", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(out).startsWith("%PDF-"));
    }

    // A story on a server exports as its copy in a file does: the same marks, the same words.
    void serverStoryExportsAsItsFileDoes() {
        ct::test::TestPostgres server;
        if (!server.isRunning())
            QSKIP(qPrintable(server.why()));
        const QString target = QString::fromStdString(server.freshDatabase());
        QVERIFY2(!target.isEmpty(), qPrintable(server.why()));
        const CliResult copied = runCli({"copy", "--from", m_db, "--to", target});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));

        const QStringList options{"--from", "2022-01-01", "--to", "2022-01-12", "--width", "1200"};
        const QString fromFile = path(QStringLiteral("file.svg"));
        const QString fromServer = path(QStringLiteral("server.svg"));
        const CliResult a = runCli(QStringList{"export", "--db", m_db, "--out", fromFile} + options);
        const CliResult b =
            runCli(QStringList{"export", "--db", target, "--out", fromServer} + options);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QVERIFY2(b.out.contains(QLatin1String("5 event")), qPrintable(b.out));
        const QStringList texts = svgTexts(readAll(fromServer));
        QVERIFY2(texts.filter(QStringLiteral("telephone conversation")).size() == 1,
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts, svgTexts(readAll(fromFile)));
    }

    void helpListsTheOptions() {
        const CliResult r = runCli({"export", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* option : {"--out", "--width", "--height", "--scale", "--from", "--to",
                                   "--lanes", "--title", "--theme", "--page-size", "--pages"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_export_command.moc"

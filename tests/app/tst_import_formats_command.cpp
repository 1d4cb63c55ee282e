// `crisis-timeline import` on files of every format and on URLs (a local server), mixed.
#include "../ui/LocalHttpServer.h"
#include "store/EventStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

namespace {

QString fixture(const char* name) {
    return QStringLiteral(CT_TEST_DATA_DIR "/formats/") + QLatin1String(name);
}

struct Run {
    int exitCode = -1;
    QString out, err;
};

// Waits with the event loop running, so the test's own HTTP server answers the child.
Run runCli(const QStringList& args) {
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CT_APP_BINARY), args);
    if (!finished.wait(120000))
        qFatal("crisis-timeline did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestImportFormatsCommand : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;

  private slots:
    void initTestCase() {
        QFile pdf(fixture("two-column.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        m_server.setResponse("/briefing.pdf",
                             LocalHttpServer::ok("application/pdf", pdf.readAll()));
        m_server.setResponse("/moved", "HTTP/1.1 301 Moved\r\nLocation: /briefing.pdf\r\n"
                                       "Content-Length: 0\r\nConnection: close\r\n\r\n");
        m_server.setResponse("/logo.png", LocalHttpServer::ok("image/png", "\x89PNG"));
    }

    void importsEveryFormatFromFiles() {
        const QString db = m_dir.filePath("files.db");
        const Run run =
            runCli({"import", "--db", db, fixture("two-column.pdf"), fixture("headings.docx"),
                    fixture("report.odt"), fixture("newsletter.eml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("two-column.pdf: ") && run.out.contains("[PDF]"),
                 qPrintable(run.out));
        QVERIFY(run.out.contains("[DOCX]") && run.out.contains("[ODT]"));
        QVERIFY2(run.out.contains("2 article(s): one per story"), qPrintable(run.out));
        auto store = ct::EventStore::open(db.toStdString());
        QVERIFY(store.ok());
        QCOMPARE(*store->articleCount(), std::int64_t(5));
    }

    void suggestedDateIsNamedNotUsed() {
        const Run run =
            runCli({"import", "--db", m_dir.filePath("nodate.db"), fixture("no-date.pdf")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no-date.pdf") && run.err.contains("2022-01-11") &&
                     run.err.contains("--published"),
                 qPrintable(run.err));
    }

    void urlsAndFilesMixed() {
        const QString db = m_dir.filePath("urls.db");
        const Run run = runCli({"import", "--db", db, m_server.url("/moved"), fixture("report.odt"),
                                m_server.url("/logo.png"), m_server.url("/none")});
        QCOMPARE(run.exitCode, 1); // two URLs failed
        QVERIFY2(run.out.contains(m_server.url("/moved") + ": ") && run.out.contains("[PDF]"),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(m_server.url("/logo.png")) &&
                     run.err.contains("not an article (content type image/png)"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(m_server.url("/none")) && run.err.contains("HTTP error 404"),
                 qPrintable(run.err));
        auto store = ct::EventStore::open(db.toStdString());
        QVERIFY(store.ok());
        const auto articles = store->articles();
        QVERIFY(articles.ok());
        QCOMPARE(articles->size(), std::size_t(2));
        QStringList names;
        for (const auto& a : *articles)
            names << QString::fromStdString(a.fileName);
        QVERIFY2(names.contains(m_server.url("/moved")), qPrintable(names.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestImportFormatsCommand)
#include "tst_import_formats_command.moc"

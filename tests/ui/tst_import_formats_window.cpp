// The window's ways in for other formats: the import dialog on mixed files (format, title,
// outlet, date and where it came from), File ▸ Import from URL against a local server, and
// Edit ▸ Paste as Article.
#include "LocalHttpServer.h"
#include "UiTestSupport.h"
#include "dialogs/ImportDialog.h"
#include "document/TimelineDocument.h"
#include "window/MainActions.h"
#include "window/ExportController.h"
#include "window/ImportController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ct;
using namespace ct::ui;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(CT_TEST_DATA_DIR "/formats/") + QLatin1String(name);
}

bool runImport(ImportDialog& dialog) {
    if (!dialog.canImport())
        return false;
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.startImport();
    return finished.count() > 0 || finished.wait(60000);
}

} // namespace

class TestImportFormatsWindow : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;

    void openFresh(MainWindow& window, const char* name) {
        window.startUp();
        QVERIFY(window.document().open(m_dir.filePath(QLatin1String(name))).ok());
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_import_formats_window"));
        QSettings().clear();
        QFile pdf(fixture("two-column.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        m_server.setResponse("/briefing.pdf",
                             LocalHttpServer::ok("application/pdf", pdf.readAll()));
        m_server.setResponse("/photo.png", LocalHttpServer::ok("image/png", "\x89PNG"));
    }
    void cleanupTestCase() {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void dialogShowsFormatTitleOutletAndDateSource_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateFrom");
        QTest::newRow("PDF") << "two-column.pdf" << "PDF" << "Unrest spreads across Kazakhstan" << ""
                             << "2022-01-08" << "Published January 08, 2022";
        QTest::newRow("DOCX") << "headings.docx" << "DOCX" << "Ceasefire talks resume in Almaty"
                              << "" << "2022-01-08" << "Published January 08, 2022";
        QTest::newRow("ODT") << "report.odt" << "ODT" << "Border crossings reopen" << ""
                             << "2022-01-10" << "2022-01-10";
        QTest::newRow("newsletter") << "newsletter.eml" << "e-mail"
                                    << "Fuel protests reach Almaty (+1 more story)"
                                    << "Steppe Brief" << "2022-01-08" << "e-mail Date: header";
        QTest::newRow("PDF, date only suggested") << "no-date.pdf" << "PDF" << "Situation report"
                                                  << "" << "" << "suggested: 2022-01-11";
    }
    void dialogShowsFormatTitleOutletAndDateSource() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, date);
        QFETCH(QString, dateFrom);
        MainWindow window;
        openFresh(window, "dialog.sqlite");
        ImportDialog* dialog = window.imports()->createImportDialog(QStringList{fixture(file.toUtf8())});
        QCOMPARE(dialog->fileCount(), 1);
        QCOMPARE(dialog->cellText(0, ImportDialog::FormatColumn), format);
        QCOMPARE(dialog->cellText(0, ImportDialog::TitleColumn), title);
        QCOMPARE(dialog->cellText(0, ImportDialog::OutletColumn), outlet);
        QCOMPARE(dialog->cellText(0, ImportDialog::DateColumn), date);
        QVERIFY2(dialog->cellText(0, ImportDialog::DateSourceColumn).contains(dateFrom),
                 qPrintable(dialog->cellText(0, ImportDialog::DateSourceColumn)));
        dialog->close();
    }

    // All formats at once, as a user drops a download folder. With CT_SCREENSHOT_DIR set (run
    // under xvfb-run with QT_QPA_PLATFORM=xcb) the dialog is saved there to be looked at.
    void mixedFormatsInOneDialog() {
        MainWindow window;
        openFresh(window, "mixed.sqlite");
        window.resize(1400, 900);
        window.show();
        ImportDialog* dialog = window.imports()->createImportDialog(
            QStringList{fixture("two-column.pdf"), fixture("no-date.pdf"), fixture("headings.docx"),
                        fixture("report.odt"), fixture("newsletter.eml"),
                        fixture("alert-latin1.eml"), fixture("encrypted.pdf"), fixture("bomb.docx"),
                        QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt")});
        QCOMPARE(dialog->fileCount(), 9);
        QStringList formats;
        for (int row = 0; row < dialog->fileCount(); ++row)
            formats << dialog->cellText(row, ImportDialog::FormatColumn);
        QCOMPARE(formats,
                 (QStringList{"PDF", "PDF", "DOCX", "ODT", "e-mail", "e-mail", "", "", "text"}));
        QVERIFY(dialog->resultText(6).contains("encrypted PDF"));
        QVERIFY(dialog->resultText(7).contains("zip bomb"));
        QCOMPARE(dialog->cellText(5, ImportDialog::OutletColumn),
                 QStringLiteral("Regional Alerts"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (const QString dir = qEnvironmentVariable("CT_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/import-dialog-formats.png")));
        dialog->close();
    }

    void suggestedDateIsTakenOnlyWhenChosen() {
        MainWindow window;
        openFresh(window, "suggested.sqlite");
        ImportDialog* dialog = window.imports()->createImportDialog(QStringList{fixture("no-date.pdf")});
        QVERIFY(!dialog->publishedDate(0).isValid());
        QVERIFY(!dialog->canImport());
        dialog->useSuggestedDate(0);
        QCOMPARE(dialog->publishedDate(0), QDate(2022, 1, 11));
        QVERIFY(runImport(*dialog));
        QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Imported);
        dialog->close();
    }

    void newsletterImportsOneArticlePerStory() {
        MainWindow window;
        openFresh(window, "newsletter.sqlite");
        ImportDialog* dialog = window.imports()->createImportDialog(QStringList{fixture("newsletter.eml")});
        QVERIFY(runImport(*dialog));
        QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Imported);
        QCOMPARE(dialog->outcome(0).articleCount, 2);
        QVERIFY2(dialog->resultText(0).contains("2 article(s)"), qPrintable(dialog->resultText(0)));
        QCOMPARE(*window.document().store()->articleCount(), std::int64_t(2));
        dialog->close();
    }

    void importFromUrlReportsEachAddress() {
        MainWindow window;
        openFresh(window, "urls.sqlite");
        window.imports()->importUrlList(
            {m_server.url("/briefing.pdf"), m_server.url("/photo.png"), m_server.url("/gone")});
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChildren<ImportDialog*>().isEmpty(), 30000);
        ImportDialog* dialog = window.findChildren<ImportDialog*>().constFirst();
        QCOMPARE(dialog->fileCount(), 3);
        QCOMPARE(dialog->cellText(0, ImportDialog::FileColumn), m_server.url("/briefing.pdf"));
        QCOMPARE(dialog->cellText(0, ImportDialog::FormatColumn), QStringLiteral("PDF"));
        QVERIFY2(dialog->resultText(1).contains("not an article (content type image/png)"),
                 qPrintable(dialog->resultText(1)));
        QVERIFY2(dialog->resultText(2).contains("HTTP error 404"),
                 qPrintable(dialog->resultText(2)));
        QVERIFY(runImport(*dialog));
        QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Imported);
        const auto articles = window.document().store()->articles();
        QVERIFY(articles.ok());
        QCOMPARE(articles->size(), std::size_t(1));
        // The address is what the details pane shows as the article's origin.
        QCOMPARE(QString::fromStdString(articles->front().fileName), m_server.url("/briefing.pdf"));
        dialog->close();
    }

    void pasteAsArticleAsksForTheDate() {
        MainWindow window;
        openFresh(window, "paste.sqlite");
        QVERIFY(window.actions()->pasteArticle->isEnabled());
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Pipeline talks\n\nEngineers met in Almaty on Friday to inspect the "
                           "damaged pipeline.\n"));
        window.actions()->pasteArticle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChildren<ImportDialog*>().isEmpty(), 10000);
        ImportDialog* dialog = window.findChildren<ImportDialog*>().constFirst();
        QCOMPARE(dialog->fileCount(), 1);
        QCOMPARE(dialog->cellText(0, ImportDialog::TitleColumn), QStringLiteral("Pipeline talks"));
        QVERIFY(!dialog->canImport()); // no date in the text: asked for
        dialog->setPublishedDate(0, QDate(2022, 1, 14));
        QVERIFY(runImport(*dialog));
        QCOMPARE(dialog->outcome(0).status, ImportOutcome::Status::Imported);
        QVERIFY(dialog->outcome(0).eventCount >= 1);
        dialog->close();
    }
};

QTEST_MAIN(TestImportFormatsWindow)
#include "tst_import_formats_window.moc"

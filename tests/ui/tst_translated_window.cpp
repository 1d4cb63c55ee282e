// The window in Russian: no English left in menus, dialogs and panes (names and data
// aside). On failure the message lists every untranslated string with where it is shown;
// `bash scripts/update-translations.sh` brings new strings into the .ts files.
#include "UntranslatedText.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/ImportTableDialog.h"
#include "i18n/Translations.h"
#include "timeline/AxisLabels.h"
#include "window/MainActions.h"
#include "window/ExportController.h"
#include "window/ImportController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QTest>
#include <functional>

using namespace ct::ui;

class TestTranslatedWindow : public QObject {
    Q_OBJECT

    // Everything the table shows is data: event titles, actors, places, article titles. And
    // View ▸ Language names each language in that language.
    static QSet<QString> dataOf(const MainWindow& window) {
        QSet<QString> data;
        for (const Translations::Language& language : Translations::available())
            data.insert(language.nativeName);
        const QAbstractItemModel* model = window.eventTable()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QString text = model->index(r, c).data().toString();
                data.insert(text);
                for (const QString& part : text.split(QStringLiteral(", ")))
                    data.insert(part.trimmed());
            }
        return data;
    }

    static void expectAllTranslated(const QStringList& untranslated, const char* where) {
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 untranslated string(s):\n  %3")
                                .arg(QLatin1String(where))
                                .arg(untranslated.size())
                                .arg(untranslated.join(QStringLiteral("\n  ")))));
    }

    // Runs `open` (which shows a modal dialog with exec()) and checks the dialog while it is up.
    void checkModal(const std::function<void()>& open, const QSet<QString>& allowed,
                    const char* where) {
        QStringList untranslated;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                seen = true;
                untranslated = ct::test::UntranslatedText(allowed).find(dialog);
                dialog->reject();
            }
        });
        open();
        QVERIFY2(seen, where);
        expectAllTranslated(untranslated, where);
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translated_window"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        const QLocale locale = Translations::install(QStringLiteral("ru"));
        QCOMPARE(locale.language(), QLocale::Russian);
    }

    void cleanupTestCase() {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void mainWindowHasNoEnglish() {
        MainWindow window;
        window.show();
        window.startUp();
        QTRY_COMPARE_WITH_TIMEOUT(window.eventTable()->model()->rowCount(), 5, 30000);
        // With nothing selected the details pane shows its own words, not an event's: how an
        // event's date was resolved is written by core, in English, and stored (data).
        window.eventTable()->clearSelection();
        expectAllTranslated(ct::test::UntranslatedText(dataOf(window)).find(&window),
                            "main window");
    }

    // Dates in the window follow the locale; the command line and exports keep ISO.
    void tableDatesFollowTheLocale() {
        MainWindow window;
        window.startUp();
        QTRY_COMPARE_WITH_TIMEOUT(window.eventTable()->model()->rowCount(), 5, 30000);
        QStringList dates;
        const QAbstractItemModel* model = window.eventTable()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            dates << model->index(r, 0).data().toString();
        QVERIFY2(dates.contains(QStringLiteral("06.01.2022")), qPrintable(dates.join(" | ")));
    }

    // The axis is painted, not a widget: its day and month names are checked here.
    void timelineAxisSpeaksTheLanguage() {
        ct::AxisTicks ticks;
        ticks.minorUnit = ct::TickUnit::Day;
        ticks.majorUnit = ct::TickUnit::Month;
        ticks.compact = true;
        const double day = double(QDate(2022, 1, 2).toJulianDay());
        ticks.minor.push_back({day, "Sun 2"});
        ticks.major.push_back({day, "January 2022"});
        AxisLabels::localize(ticks);
        QCOMPARE(QString::fromStdString(ticks.major[0].label), QStringLiteral("Январь 2022"));
        ct::AxisTicks decades;
        decades.majorUnit = ct::TickUnit::Year10;
        decades.major.push_back({double(QDate(1990, 1, 1).toJulianDay()), "1990s"});
        AxisLabels::localize(decades);
        QCOMPARE(QString::fromStdString(decades.major[0].label), QStringLiteral("1990-е"));
        const QString minor = QString::fromStdString(ticks.minor[0].label);
        QVERIFY2(minor.endsWith(QLatin1String(" 2")) && minor != QLatin1String("Sun 2"),
                 qPrintable(minor));
    }

    void dialogsHaveNoEnglish() {
        MainWindow window;
        window.show();
        window.startUp();
        QTRY_COMPARE_WITH_TIMEOUT(window.eventTable()->model()->rowCount(), 5, 30000);
        const QSet<QString> allowed = dataOf(window);

        window.actions()->exportImage->trigger();
        QDialog* exportDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (exportDialog = window.findChild<QDialog*>()) && exportDialog->isVisible(), 10000);
        expectAllTranslated(ct::test::UntranslatedText(allowed).find(exportDialog),
                            "export dialog");
        exportDialog->reject();

        QDialog* importDialog = window.imports()->createImportDialog(
            {QStringLiteral(CT_SOURCE_DIR "/resources/samples/kazakhstan-putin-tokayev-call.txt")});
        QVERIFY(importDialog);
        importDialog->show();
        expectAllTranslated(ct::test::UntranslatedText(allowed).find(importDialog),
                            "import dialog");
        importDialog->reject();

        // File ▸ Import Table… on a small CSV; its column names are data.
        QTemporaryDir tableFolder;
        QVERIFY(tableFolder.isValid());
        const QString csv = tableFolder.filePath(QStringLiteral("events.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("when;what;who\n01/08/2022;Talks;Putin, Tokayev\n");
        }
        QSet<QString> tableAllowed = allowed;
        tableAllowed << QStringLiteral("when") << QStringLiteral("what") << QStringLiteral("who");
        QDialog* tableDialog = window.imports()->importTable(csv); // reject() is public in QDialog
        QVERIFY(tableDialog);
        expectAllTranslated(ct::test::UntranslatedText(tableAllowed).find(tableDialog),
                            "import table dialog");
        tableDialog->reject();

        checkModal([&] { window.actions()->importUrls->trigger(); }, allowed,
                   "import from URL dialog");
        checkModal([&] { window.actions()->addEvent->trigger(); }, allowed, "add event dialog");
        window.eventTable()->selectRow(0);
        checkModal([&] { window.actions()->editEvent->trigger(); }, allowed, "edit event dialog");
        checkModal([&] { window.actions()->changePublicationDate->trigger(); }, allowed,
                   "publication date dialog");
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translated_window.moc"

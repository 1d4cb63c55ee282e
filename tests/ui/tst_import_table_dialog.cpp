#include "dialogs/ImportTableDialog.h"
#include "dialogs/TablePreviewModel.h"
#include "document/TimelineDocument.h"
#include "settings/Settings.h"
#include "store/EventStore.h"
#include "window/ExportController.h"
#include "window/ImportController.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ct;
using namespace ct::ui;

// The Import Table dialog and Export Events, driven in the real window offscreen.
class TestImportTableDialog : public QObject {
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

    // A new, empty database, opened in the window.
    bool openNew(MainWindow& window, const QString& name) {
        const QString path = m_dir.filePath(name);
        if (!EventStore::open(path.toStdString()).ok())
            return false;
        return window.openDatabase(path);
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_import_table_dialog"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void customCsvWithADayFirstChoice_data() {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("firstDate");
        QTest::newRow("as detected: day first assumed") << QString() << "2022-08-01";
        QTest::newRow("month first chosen") << "month-first"
                                            << "2022-01-08";
    }
    void customCsvWithADayFirstChoice() {
        QFETCH(QString, order);
        QFETCH(QString, firstDate);
        MainWindow window;
        QVERIFY(openNew(window, QStringLiteral("custom-%1.db").arg(order)));
        const QString csv =
            writeFile(QStringLiteral("mine.csv"),
                      "when;what;who\n01/08/2022;Talks;Putin, Tokayev\n02/03/2022;Visit;Blinken\n");
        ImportTableDialog* dialog = window.imports()->importTable(csv);
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->previewModel()->rowCount(), 2);
        QCOMPARE(dialog->previewModel()->index(0, 1).data().toString(), QStringLiteral("Talks"));
        dialog->roleCombo(0)->setCurrentIndex(int(ColumnRole::Start));
        emit dialog->roleCombo(0)->activated(int(ColumnRole::Start));
        dialog->roleCombo(1)->setCurrentIndex(int(ColumnRole::Title));
        emit dialog->roleCombo(1)->activated(int(ColumnRole::Title));
        QVERIFY2(dialog->datesLabel()->text().contains(QStringLiteral("day first assumed")),
                 qPrintable(dialog->datesLabel()->text()));
        QVERIFY(dialog->previewModel()
                    ->headerData(0, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("start date")));
        if (!order.isEmpty()) {
            const int index = dialog->dateOrderCombo()->findData(order);
            dialog->dateOrderCombo()->setCurrentIndex(index);
            emit dialog->dateOrderCombo()->activated(index);
        }
        QVERIFY2(dialog->datesLabel()->text().contains(firstDate),
                 qPrintable(dialog->datesLabel()->text()));
        QSignalSpy finished(dialog, &ImportTableDialog::importFinished);
        dialog->startImport();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(*window.document().store()->eventCount(), std::int64_t(2));
        const auto events = window.document().events();
        QVERIFY(std::any_of(events.begin(), events.end(), [&](const Event& e) {
            return e.title == "Talks" && toIso(e.when.start) == firstDate.toStdString();
        }));
        if (qEnvironmentVariableIsSet("CT_SCREENSHOT_DIR") && order.isEmpty())
            dialog->grab().save(qEnvironmentVariable("CT_SCREENSHOT_DIR") +
                                QStringLiteral("/import-table-dialog.png"));
    }

    void aKnownHeaderPicksItsPresetAndASavedMappingIsOffered() {
        MainWindow window;
        QVERIFY(openNew(window, QStringLiteral("presets.db")));
        const QString timeline =
            QStringLiteral(CT_TEST_DATA_DIR "/interchange/kazakhstan.timeline");
        ImportTableDialog* dialog = window.imports()->importTable(timeline);
        QVERIFY(dialog);
        QCOMPARE(dialog->presetName(), QStringLiteral("timeline"));
        QCOMPARE(dialog->roleCombo(0)->currentIndex(), int(ColumnRole::Start));
        dialog->close();

        Settings::setTableMapping({QStringLiteral("day"), QStringLiteral("event")},
                                  QStringLiteral("My diary"),
                                  QStringLiteral("start=day,title=event"));
        const QString csv =
            writeFile(QStringLiteral("diary.csv"), "day,event\n2022-01-08,Called\n");
        dialog = window.imports()->importTable(csv);
        QVERIFY(dialog);
        QCOMPARE(dialog->presetName(), QString());
        QCOMPARE(dialog->mapping().role(0), ColumnRole::Start);
        QCOMPARE(dialog->mapping().role(1), ColumnRole::Title);
    }

    void exportEventsWritesTheFilteredEvents_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("marker");
        QTest::newRow("iCalendar") << "out.ics"
                                   << "BEGIN:VEVENT";
        QTest::newRow("TimelineJS") << "out.timelinejs.json"
                                    << "\"start_date\"";
        QTest::newRow("Timeline") << "out.timeline"
                                  << "<event>";
    }
    void exportEventsWritesTheFilteredEvents() {
        QFETCH(QString, fileName);
        QFETCH(QString, marker);
        MainWindow window;
        QVERIFY(openNew(window, QStringLiteral("export-%1.db").arg(fileName)));
        ImportTableDialog* dialog = window.imports()->importTable(
            QStringLiteral(CT_TEST_DATA_DIR "/interchange/kazakhstan-timelinejs.json"));
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &ImportTableDialog::importFinished);
        dialog->startImport();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QCOMPARE(*window.document().store()->eventCount(), std::int64_t(3));
        const QString path = m_dir.filePath(fileName);
        QVERIFY(window.exports()->exportEventsTo(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(marker), 3);
        QVERIFY(!window.exports()->exportEventsTo(m_dir.filePath(QStringLiteral("out.xyz"))).ok());
    }
};

QTEST_MAIN(TestImportTableDialog)
#include "tst_import_table_dialog.moc"

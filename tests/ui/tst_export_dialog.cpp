#include "SeedTimeline.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ExportPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::ui;

namespace {

ExportData seedData() {
    ExportData data;
    data.entries = seedTimeline();
    data.names = seedLaneNames();
    data.sources = {{1, QStringLiteral("Putin, Tokayev discuss Kazakhstan"),
                     QStringLiteral("RES-EAP"), QDate(2022, 1, 8)}};
    return data;
}

// The timeline as the window shows it: the first week of January, lanes by actor.
TimelineRenderOptions view() {
    TimelineRenderOptions o;
    o.fromDay = toDayNumber(isoDate("2022-01-01"));
    o.toDay = toDayNumber(isoDate("2022-01-08"));
    o.laneMode = LaneMode::Actor;
    o.size = QSizeF(900, 300);
    return o;
}

template <typename T> T* control(const ExportDialog& dialog, const char* name) {
    return dialog.findChild<T*>(QLatin1String(name));
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

  private slots:
    void init() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrisisTimelineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_export_dialog"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void currentViewExportsTheViewsRangeAndLanes() {
        ExportDialog dialog(seedData(), view());
        dialog.setRange(ExportDialog::Range::CurrentView);
        const ExportOptions o = dialog.options();
        QCOMPARE(o.fromDay, view().fromDay);
        QCOMPARE(o.toDay, view().toDay);
        QCOMPARE(o.laneMode, LaneMode::Actor);
    }

    void rangeChoices_data() {
        QTest::addColumn<int>("range");
        QTest::addColumn<int>("events");
        QTest::newRow("current view: the first week") << int(ExportDialog::Range::CurrentView) << 3;
        QTest::newRow("whole timeline") << int(ExportDialog::Range::Whole) << 5;
        QTest::newRow("dates 6 to 7 January") << int(ExportDialog::Range::Dates) << 2;
    }
    void rangeChoices() {
        QFETCH(int, range);
        QFETCH(int, events);
        ExportDialog dialog(seedData(), view());
        dialog.setRange(ExportDialog::Range(range));
        dialog.setDates(QDate(2022, 1, 6), QDate(2022, 1, 7));
        const ExportOptions o = dialog.options();
        QCOMPARE(int(dialog.exporter().eventCount({o.fromDay, o.toDay})), events);
    }

    void exportWritesTheFileAndCloses() {
        ExportDialog dialog(seedData(), view());
        dialog.show();
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        control<QSpinBox>(dialog, "width")->setValue(1000);
        dialog.setPath(path(QStringLiteral("dialog.png")));
        QVERIFY(dialog.exportImage());
        QCOMPARE(exported.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QImage image(path(QStringLiteral("dialog.png")));
        QCOMPARE(image.width(), 1000);
        QVERIFY(image.height() >= ExportOptions::kMinHeight);
    }

    void failedExportSaysWhyAndStaysOpen() {
        ExportDialog dialog(seedData(), view());
        dialog.show();
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        const QString file = path(QStringLiteral("no-such-folder/timeline.svg"));
        dialog.setPath(file);
        QVERIFY(!dialog.exportImage());
        QVERIFY(dialog.isVisible());
        QCOMPARE(exported.count(), 0);
        QVERIFY2(dialog.shownError().contains(QDir::toNativeSeparators(file)),
                 qPrintable(dialog.shownError()));
        QVERIFY(!QFile::exists(file));
        // Fixed, it goes through.
        dialog.setPath(path(QStringLiteral("timeline.svg")));
        QVERIFY(dialog.exportImage());
        QVERIFY(QFile::exists(path(QStringLiteral("timeline.svg"))));
    }

    void unknownExtensionDisablesExport() {
        ExportDialog dialog(seedData(), view());
        dialog.setPath(path(QStringLiteral("timeline.bmp")));
        QVERIFY(!dialog.exportImage());
        QVERIFY(!control<QPushButton>(dialog, "export")->isEnabled());
        QVERIFY2(dialog.shownError().contains(QLatin1String(".png")),
                 qPrintable(dialog.shownError()));
        QVERIFY(!QFile::exists(path(QStringLiteral("timeline.bmp"))));
    }

    void choosingAFormatRenamesTheFile_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("SVG") << int(ExportFormat::Svg) << ".svg";
        QTest::newRow("PDF") << int(ExportFormat::Pdf) << ".pdf";
    }
    void choosingAFormatRenamesTheFile() {
        QFETCH(int, format);
        QFETCH(QString, suffix);
        ExportDialog dialog(seedData(), view());
        dialog.setPath(path(QStringLiteral("briefing.png")));
        auto* formats = control<QComboBox>(dialog, "format");
        formats->setCurrentIndex(formats->findData(format));
        QCOMPARE(dialog.path(), path(QStringLiteral("briefing") + suffix));
    }

    void choicesAreRememberedForNextTime() {
        {
            ExportDialog dialog(seedData(), view());
            dialog.setRange(ExportDialog::Range::Whole);
            control<QLineEdit>(dialog, "title")->setText(QStringLiteral("Kazakhstan"));
            control<QComboBox>(dialog, "theme")->setCurrentIndex(1);
            control<QSpinBox>(dialog, "width")->setValue(1300);
            control<QCheckBox>(dialog, "sources")->setChecked(false);
            control<QComboBox>(dialog, "pageSize")->setCurrentText(QStringLiteral("Letter"));
            dialog.setPath(path(QStringLiteral("remembered.pdf")));
            QVERIFY(dialog.exportImage());
        }
        ExportDialog again(seedData(), view());
        const ExportOptions o = again.options();
        QCOMPARE(again.range(), ExportDialog::Range::Whole);
        QCOMPARE(o.title, QStringLiteral("Kazakhstan"));
        QVERIFY(o.dark);
        QCOMPARE(o.width, 1300);
        QVERIFY(!o.showSources);
        QCOMPARE(o.pageSize, QPageSize::Letter);
        QCOMPARE(again.path(), path(QStringLiteral("remembered.pdf")));
    }

    void cancelRemembersNothing() {
        ExportDialog dialog(seedData(), view());
        control<QLineEdit>(dialog, "title")->setText(QStringLiteral("Not kept"));
        dialog.reject();
        ExportDialog again(seedData(), view());
        QVERIFY(again.options().title.isEmpty());
    }

    void previewIsDrawnByTheRenderer() {
        ExportDialog dialog(seedData(), view());
        dialog.setRange(ExportDialog::Range::Whole);
        dialog.resize(1100, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ExportPreview* preview = dialog.preview();
        // What is missing from the picture: the timeline's background, or its events in the
        // lanes' colours; empty when both are there.
        const auto missing = [preview] {
            const QRectF picture = preview->pictureRect();
            const QImage shot = preview->grab().toImage();
            const QRect inside = picture.toAlignedRect().adjusted(2, 2, -2, -2);
            const TimelineTheme theme = TimelineTheme::light();
            int background = 0, laneColour = 0;
            for (int y = inside.top(); y < inside.bottom(); ++y)
                for (int x = inside.left(); x < inside.right(); ++x) {
                    const QColor c =
                        shot.pixelColor(x * shot.devicePixelRatio(), y * shot.devicePixelRatio());
                    background += c == theme.background;
                    for (int lane = 0; lane < 4; ++lane)
                        laneColour += qAbs(c.red() - theme.colorForLane(lane).red()) < 30 &&
                                      qAbs(c.green() - theme.colorForLane(lane).green()) < 30 &&
                                      qAbs(c.blue() - theme.colorForLane(lane).blue()) < 30;
                }
            if (background <= inside.width() * inside.height() / 4)
                return QStringLiteral("no timeline in the preview");
            return laneColour > 10 ? QString() : QStringLiteral("no event in the preview");
        };
        QVERIFY(!preview->pictureRect().isEmpty());
        // The preview follows the controls after a short pause: wait for the picture itself.
        QTRY_VERIFY2_WITH_TIMEOUT(missing().isEmpty(), qPrintable(missing()), 30000);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"

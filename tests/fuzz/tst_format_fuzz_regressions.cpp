// Replays the format readers' fuzz seeds and every past finding (tests/fuzz/formats/FAMILY/)
// through the checks the fuzz targets make, so a fixed crash stays fixed in CI.
#include "FormatCheck.h"

#include <QDir>
#include <QFile>
#include <QtTest/QTest>

class TestFormatFuzzRegressions : public QObject {
    Q_OBJECT
  private slots:
    void replay_data() {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const auto& [folder, family] :
             {std::pair{"pdf", "PDF"}, std::pair{"zip", "zip"}, std::pair{"email", "e-mail"}}) {
            const QDir dir(QStringLiteral(CT_SOURCE_DIR "/tests/fuzz/formats/") +
                           QLatin1String(folder));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s", folder, qPrintable(name))
                    << QString::fromLatin1(family) << dir.filePath(name);
                ++rows;
            }
        }
        if (rows < 3)
            qFatal("the format fuzz corpus is missing from tests/fuzz/formats/");
    }
    void replay() {
        QFETCH(QString, family);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::string broken = ct::fuzz::checkFormat(
            family.toStdString(), reinterpret_cast<const std::uint8_t*>(bytes.constData()),
            std::size_t(bytes.size()));
        QVERIFY2(broken.empty(), broken.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFormatFuzzRegressions)
#include "tst_format_fuzz_regressions.moc"

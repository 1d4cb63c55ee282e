// Replays the fuzzer's seed corpus and every past finding through the same
// checks the fuzz target makes, so a fixed crash stays fixed in CI (where the
// fuzzer itself does not run).
#include "HtmlCheck.h"
#include "PipelineCheck.h"

#include <QDir>
#include <QFile>
#include <QtTest/QTest>

using namespace ct;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
  private:
    std::optional<Gazetteer> m_gazetteer;

  private slots:
    void initTestCase() {
        auto g = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(g.ok());
        m_gazetteer = std::move(*g);
    }

    void replay_data() {
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const char* folder : {"corpus", "regressions"}) {
            const QDir dir(QStringLiteral(CT_SOURCE_DIR "/tests/fuzz/") + QLatin1String(folder));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s", folder, qPrintable(name)) << dir.filePath(name);
                ++rows;
            }
        }
        if (rows < 3)
            qFatal("the fuzz corpus is missing from tests/fuzz/");
    }
    void replay() {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::string broken =
            fuzz::checkPipeline(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                std::size_t(bytes.size()), *m_gazetteer);
        QVERIFY2(broken.empty(), broken.c_str());
    }

    // The web page readers' seeds and findings (fuzz_html).
    void replayHtml_data() {
        QTest::addColumn<QString>("path");
        for (const char* folder : {"html-corpus", "html-regressions"}) {
            const QDir dir(QStringLiteral(CT_SOURCE_DIR "/tests/fuzz/") + QLatin1String(folder));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s/%s", folder, qPrintable(name)) << dir.filePath(name);
        }
    }
    void replayHtml() {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::string broken = fuzz::checkHtmlReaders(
            reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
        QVERIFY2(broken.empty(), broken.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"

// The reliability promise for input: no file crashes or hangs the import, a
// refused file gets a message naming it and the reason, and a refused file
// leaves the database exactly as it was.
#include "HostileCorpus.h"
#include "TestPrinters.h"

#include "extract/Gazetteer.h"
#include "import/Importer.h"
#include "store/EventStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void corpusIsDeterministic() {
        const QByteArray valid = "Title\n\nTroops arrived on Thursday.\n";
        const auto a = HostileCorpus(7, valid).generate(60, false);
        const auto b = HostileCorpus(7, valid).generate(60, false);
        const auto c = HostileCorpus(8, valid).generate(60, false);
        QCOMPARE(a.size(), 60);
        for (int i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].bytes, b[i].bytes);
        bool differs = false;
        for (int i = 0; i < a.size(); ++i)
            differs = differs || a[i].bytes != c[i].bytes;
        QVERIFY(differs);
    }

    void everyFileImportsCleanlyOrFailsWithItsName() {
        QFile seed(QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray valid = seed.readAll();
        QTemporaryDir dir;
        auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(gazetteer.ok());
        auto store = EventStore::open((dir.filePath("hostile.db")).toStdString());
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        Importer importer(*store, *gazetteer);
        ImportOptions options;
        options.published = isoDate("2022-01-08");

        // A known-good article first, so "unchanged" is checked against real data.
        auto first = importer.importText(valid.toStdString(), "seed.txt", options);
        QVERIFY(first.ok() && first->eventCount > 0);

        HostileCorpus corpus(20220108, valid);
        auto files = corpus.generate(1000, true);
        files += corpus.formatFiles(QStringLiteral(CT_TEST_DATA_DIR "/formats"), 12);
        int refused = 0, imported = 0, duplicates = 0;
        qint64 slowestMs = -1; // reported, not asserted: time limits belong to benchmarks
        QString slowest;
        for (const HostileFile& file : files) {
            const QString path = dir.filePath(file.name);
            {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(file.bytes);
            }
            const auto articlesBefore = store->articleCount();
            const auto eventsBefore = store->eventCount();
            const auto reportsBefore = store->reportCount();
            QVERIFY(articlesBefore.ok() && eventsBefore.ok() && reportsBefore.ok());

            QElapsedTimer clock;
            clock.start();
            const auto report = importer.importFile(QFile::encodeName(path).toStdString(), options);
            if (const qint64 ms = clock.elapsed(); ms > slowestMs) {
                slowestMs = ms;
                slowest = file.kind + ": " + file.name;
            }
            const QByteArray what = (file.kind + ": " + file.name).toUtf8();
            if (!report) {
                ++refused;
                const QString message = QString::fromStdString(report.error().message);
                QVERIFY2(message.contains(file.name), qPrintable(what + " → " + message));
                QVERIFY2(message.size() > file.name.size() + 8, qPrintable(what + " gave no reason"));
                QCOMPARE(*store->articleCount(), *articlesBefore);
                QCOMPARE(*store->eventCount(), *eventsBefore);
            } else if (report->duplicate) {
                ++duplicates;
                QCOMPARE(*store->articleCount(), *articlesBefore);
            } else {
                ++imported;
                // A newsletter gives one article per story; each has all its events.
                QVERIFY2(*store->articleCount() ==
                             *articlesBefore + std::int64_t(report->articleCount),
                         qPrintable(what + ": " + QByteArray::number(*store->articleCount()) +
                                    " articles, expected " +
                                    QByteArray::number(*articlesBefore + report->articleCount)));
                // Every event found is a report (it may have joined an event already stored),
                // so whole articles show as whole sets of reports.
                QCOMPARE(*store->reportCount(), *reportsBefore + std::int64_t(report->eventCount));
                // A report may also bridge stored events into one, so the count can fall, but
                // never to nothing while reports are stored.
                QVERIFY(*store->eventCount() <= *eventsBefore + std::int64_t(report->eventCount));
                QVERIFY(*store->reportCount() == 0 || *store->eventCount() > 0);
            }
            QFile::remove(path);
        }
        qInfo("hostile corpus: %d files, %d refused, %d imported, %d duplicates; slowest %lld ms (%s)",
              int(files.size()), refused, imported, duplicates, slowestMs, qPrintable(slowest));
        QCOMPARE(refused + imported + duplicates, int(files.size()));
        QVERIFY(refused > 100);   // most of the corpus is damaged…
        QVERIFY(imported > 10);   // …but the policy is not "refuse everything"
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"

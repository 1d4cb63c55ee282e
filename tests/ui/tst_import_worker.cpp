#include "UiTestSupport.h"
#include "dialogs/ImportWorker.h"
#include "document/TimelineDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ct;
using namespace ct::ui;

namespace {
const QString kSeed = QStringLiteral(CT_TEST_DATA_DIR "/kazakhstan-putin-tokayev-call.txt");
}

// The worker runs here on the test's thread (run() is a plain slot), so
// cancelling at a given file is deterministic; the dialog moves it to a thread.
class TestImportWorker : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString writeArticle(const QString& name, const QByteArray& body) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(body);
        return path;
    }

    QString freshDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases));
        auto store = EventStore::open(path.toStdString());
        if (!store)
            qFatal("%s", store.error().message.c_str());
        return path;
    }

    static std::int64_t articleCount(const QString& db) {
        auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
        if (!store)
            return -1;
        auto n = store->articleCount();
        return n ? *n : -1;
    }

    static QList<ImportOutcome::Status> statuses(const QSignalSpy& spy) {
        QList<ImportOutcome::Status> out;
        for (const auto& args : spy)
            out << args.at(1).value<ImportOutcome>().status;
        return out;
    }

  private slots:
    void reportsEachFile() {
        const QString db = freshDatabase();
        const QString good = writeArticle(
            QStringLiteral("good.txt"),
            "Protests spread\n\nProtesters gathered in Almaty on Sunday, witnesses said.\n");
        const QString binary = writeArticle(QStringLiteral("binary.txt"), QByteArray("a\0b", 3));
        TimelineDocument document; // for the bundled gazetteer
        ImportWorker worker(db, document.gazetteer(),
                            {{kSeed, isoDate("2022-01-08")},
                             {binary, isoDate("2022-01-08")},
                             {good, isoDate("2022-01-05")},
                             {kSeed, isoDate("2022-01-08")}});
        QSignalSpy done(&worker, &ImportWorker::fileFinished);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.run();
        QCOMPARE(statuses(done), (QList<ImportOutcome::Status>{ImportOutcome::Status::Imported,
                                                               ImportOutcome::Status::Failed,
                                                               ImportOutcome::Status::Imported,
                                                               ImportOutcome::Status::Duplicate}));
        QCOMPARE(done.at(0).at(1).value<ImportOutcome>().eventCount, 5);
        QVERIFY(!done.at(1).at(1).value<ImportOutcome>().message.isEmpty());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(articleCount(db), std::int64_t(2));
    }

    void cancelStopsBetweenFilesAndKeepsWhatWasImported() {
        const QString db = freshDatabase();
        const QString other = writeArticle(
            QStringLiteral("other.txt"),
            "Curfew declared\n\nAuthorities declared a curfew in Almaty on Wednesday.\n");
        TimelineDocument document;
        ImportWorker worker(db, document.gazetteer(),
                            {{kSeed, isoDate("2022-01-08")}, {other, isoDate("2022-01-06")}});
        QSignalSpy done(&worker, &ImportWorker::fileFinished);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        connect(&worker, &ImportWorker::fileFinished, &worker, [&worker](int index) {
            if (index == 0)
                worker.requestCancel();
        });
        worker.run();
        QCOMPARE(statuses(done), (QList<ImportOutcome::Status>{ImportOutcome::Status::Imported,
                                                               ImportOutcome::Status::Cancelled}));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(articleCount(db), std::int64_t(1));
    }

    void unopenableDatabaseFailsEveryFile() {
        TimelineDocument document;
        ImportWorker worker(m_dir.filePath(QStringLiteral("missing/none.sqlite")),
                            document.gazetteer(), {{kSeed, isoDate("2022-01-08")}});
        QSignalSpy done(&worker, &ImportWorker::fileFinished);
        worker.run();
        QCOMPARE(statuses(done), QList<ImportOutcome::Status>{ImportOutcome::Status::Failed});
    }
};

QTEST_MAIN(TestImportWorker)
#include "tst_import_worker.moc"

#include "UiTestSupport.h"
#include "common/Sha256.h"
#include "dialogs/ImportWorker.h"
#include "document/TimelineDocument.h"
#include "store/Sqlite.h"
#include "synth/ArticleGenerator.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

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

    // Everything stored, row by row: articles by content hash, events with their days, titles
    // and links, and the indexes' view of them (window and full-text rows).
    static QStringList contents(const QString& db) {
        auto conn = sql::Connection::open(db.toStdString(), sql::Connection::Mode::ReadOnly);
        if (!conn)
            qFatal("%s", conn.error().message.c_str());
        QStringList out;
        for (const char* query :
             {"SELECT 'a ' || id || ' ' || content_hash || ' ' || title FROM articles",
              "SELECT 'e ' || id || ' ' || coalesce(article_id, 0) || ' ' || start_day || ' ' ||"
              " end_day || ' ' || title FROM events",
              "SELECT 'l ' || event_id || ' ' || actor_id FROM event_actors",
              "SELECT 'w ' || id || ' ' || start_day || ' ' || end_day FROM events_window",
              "SELECT 'f ' || count(*) FROM events_fts",
              "SELECT 'i ' || integrity_check FROM pragma_integrity_check"}) {
            auto stmt = conn->prepare(query);
            while (stmt.ok() && *stmt->step())
                out << QString::fromStdString(stmt->columnText(0));
        }
        out.sort();
        return out;
    }

    // Generated articles (~3 KB, weekday and calendar expressions), written as files.
    QStringList writeGenerated(int count, const QString& prefix) {
        ArticleGenerator generator(99);
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const GeneratedArticle a = generator.next();
            paths << writeArticle(prefix + QString::fromStdString(a.fileName),
                                  QByteArray::fromStdString(a.text));
        }
        return paths;
    }

    static std::vector<ImportJob> jobsFor(const QStringList& paths) {
        std::vector<ImportJob> jobs;
        for (const QString& path : paths)
            jobs.push_back({path, std::nullopt});
        return jobs;
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
        // Asked while the first file is being imported: that file finishes and is stored, the
        // next is not started. (Outcomes are told when the import batch commits, so the cancel
        // is tied to the start of a file, not to the report of one.)
        connect(&worker, &ImportWorker::fileStarted, &worker, [&worker](int index) {
            if (index == 0)
                worker.requestCancel();
        });
        worker.run();
        QCOMPARE(statuses(done), (QList<ImportOutcome::Status>{ImportOutcome::Status::Imported,
                                                               ImportOutcome::Status::Cancelled}));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(articleCount(db), std::int64_t(1));
    }

    // Cancelled before its first file, an import of many files leaves the database exactly as
    // it was, row for row.
    void cancelBeforeTheFirstFileLeavesTheDatabaseAsItWas() {
        const QString db = freshDatabase();
        TimelineDocument document;
        {
            ImportWorker seed(db, document.gazetteer(), {{kSeed, isoDate("2022-01-08")}});
            seed.run();
        }
        const QStringList before = contents(db);
        QVERIFY(before.contains(QStringLiteral("i ok")));
        ImportWorker worker(db, document.gazetteer(), jobsFor(writeGenerated(30, "early-")));
        QSignalSpy done(&worker, &ImportWorker::fileFinished);
        QSignalSpy started(&worker, &ImportWorker::fileStarted);
        worker.requestCancel();
        worker.run();
        QCOMPARE(started.size(), 0);
        QCOMPARE(statuses(done),
                 QList<ImportOutcome::Status>(30, ImportOutcome::Status::Cancelled));
        QCOMPARE(contents(db), before);
    }

    // Cancelled from the GUI thread while it works on its own thread, an import of many files
    // leaves the database as it was plus exactly the files it reports imported, each whole:
    // nothing of the file it was working on, nothing of the ones after.
    void cancelWhileRunningKeepsOnlyWholeFiles() {
        const QString db = freshDatabase();
        TimelineDocument document;
        {
            ImportWorker seed(db, document.gazetteer(), {{kSeed, isoDate("2022-01-08")}});
            seed.run();
        }
        const QStringList before = contents(db);
        const std::int64_t reportsBefore = [&db] {
            auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
            return store.ok() ? store->reportCount().value() : -1;
        }();
        QVERIFY(reportsBefore > 0);
        const QStringList files = writeGenerated(40, "late-");
        auto* worker = new ImportWorker(db, document.gazetteer(), jobsFor(files));
        QThread thread;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::started, worker, &ImportWorker::run);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QList<ImportOutcome> outcomes(files.size());
        int finishedFiles = 0;
        bool cancelled = false, finished = false;
        // The worker waits after its sixth file until this thread has asked it to cancel, so
        // that the cancel lands between files while it works, however the two threads are
        // scheduled (unheld, it could finish all forty before this thread saw the sixth).
        QSemaphore cancelAsked;
        connect(worker, &ImportWorker::fileFinished, this,
                [&](int index, const ImportOutcome& outcome) {
                    outcomes[index] = outcome;
                    if (++finishedFiles == 6) {
                        worker->requestCancel(); // from this thread, while the worker works
                        cancelAsked.release();
                    }
                });
        // Connected second: the queued call above is posted before this one blocks the worker.
        connect(
            worker, &ImportWorker::fileFinished, worker,
            [&cancelAsked](int index) {
                if (index == 5)
                    cancelAsked.tryAcquire(1, 300000); // only a hang takes this long
            },
            Qt::DirectConnection);
        connect(worker, &ImportWorker::finished, this, [&](bool wasCancelled) {
            cancelled = wasCancelled;
            finished = true;
        });
        thread.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 120000);
        thread.quit();
        thread.wait();
        QVERIFY(cancelled);

        auto store = EventStore::open(db.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        int imported = 0, events = 0;
        for (int i = 0; i < files.size(); ++i) {
            QFile file(files[i]);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto stored = store->findArticleByHash(sha256Hex(file.readAll().toStdString()));
            QVERIFY(stored.ok());
            const bool done = outcomes[i].status == ImportOutcome::Status::Imported;
            QVERIFY2(stored->has_value() == done, qPrintable(files[i]));
            if (!done) {
                QCOMPARE(int(outcomes[i].status), int(ImportOutcome::Status::Cancelled));
                continue;
            }
            ++imported;
            events += outcomes[i].eventCount;
            EventQuery ofArticle;
            ofArticle.articleId = **stored;
            // Its reports may have joined events of other articles (the story model merges
            // them), so an article has at most as many events as it found, and some if any.
            const int spans = int(store->timelineSpans(ofArticle)->size());
            QVERIFY2(spans <= outcomes[i].eventCount && (spans == 0) == (outcomes[i].eventCount == 0),
                     qPrintable(files[i]));
        }
        // The files reported before the cancel (at least the six the worker held on; more when
        // their batch committed together), and nothing of the rest.
        QVERIFY2(imported >= 6 && imported < files.size(), qPrintable(QString::number(imported)));
        QCOMPARE(*store->reportCount(), reportsBefore + events); // every event found is a report
        const QStringList after = contents(db);
        QVERIFY(after.contains(QStringLiteral("i ok")));
        // What was there before is untouched (counts aside, which grew).
        for (const QString& row : before)
            if (!row.startsWith(QLatin1String("f ")))
                QVERIFY2(after.contains(row), qPrintable(row));
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

// EventStore against damaged files and a hostile machine: truncated and
// corrupted databases, a lock held by another process, a full disk. Each must
// end in an error that names the file and the reason, never a crash, and the
// file on disk must not change.
#include "TestDatabase.h"
#include "TestPrinters.h"

#include "extract/Gazetteer.h"
#include "import/Importer.h"
#include "store/EventStore.h"
#include "store/Sqlite.h"
#include "synth/ArticleGenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ct;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}


bool mentions(const Error& e, const QString& path, std::initializer_list<const char*> reasons) {
    const QString m = QString::fromStdString(e.message);
    if (!m.contains(path))
        return false;
    for (const char* r : reasons)
        if (m.contains(QLatin1String(r), Qt::CaseInsensitive))
            return true;
    return false;
}

// A count, or -1 so that a failed read shows in the comparison.
std::int64_t count(const Result<std::int64_t>& r) {
    return r ? *r : -1;
}

} // namespace

class TestEventStoreFaults : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<Gazetteer> m_gazetteer;
    QString m_pristine; // a closed, checkpointed database with 80 articles

    QString copyOfPristine(const QString& name) {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the test database");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // Every way the program touches a database, in the order a user would:
    // open, read the timeline, import. Returns the first error, if any.
    std::optional<Error> useDatabase(const QString& path) {
        auto store = EventStore::open(path.toStdString(), EventStore::Mode::ReadWrite);
        if (!store)
            return store.error();
        if (auto events = store->events({}); !events)
            return events.error();
        Importer importer(*store, *m_gazetteer);
        auto imported = importer.importText(
            "Late news\n\nProtesters gathered in Almaty on Monday, officials said.\n", "late.txt",
            {isoDate("2022-01-10"), 4 << 20});
        if (!imported)
            return imported.error();
        return std::nullopt;
    }

private slots:
    void initTestCase() {
        auto g = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        QVERIFY(g.ok());
        m_gazetteer = std::move(*g);
        m_pristine = m_dir.filePath("pristine.db");
        auto store = EventStore::open(m_pristine.toStdString());
        QVERIFY(store.ok());
        Importer importer(*store, *m_gazetteer);
        ArticleGenerator generator(7);
        for (int i = 0; i < 80; ++i) {
            const auto a = generator.next();
            QVERIFY(importer.importText(a.text, a.fileName).ok());
        }
        QVERIFY(count(store->eventCount()) > 100);
    }

    void damagedFile_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << "half";
        QTest::newRow("truncated to the first page") << "first-page";
        QTest::newRow("a page in the middle overwritten") << "middle-page";
        QTest::newRow("the last page zeroed") << "last-page";
    }
    void damagedFile() {
        QFETCH(QString, damage);
        const QString path = copyOfPristine(QStringLiteral("damaged.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            const qint64 page = 4096;
            if (damage == QLatin1String("half")) {
                QVERIFY(f.resize(size / 2));
            } else if (damage == QLatin1String("first-page")) {
                QVERIFY(f.resize(page));
            } else if (damage == QLatin1String("middle-page")) {
                QVERIFY(f.seek((size / page / 2) * page));
                QByteArray noise(page, '\0');
                for (int i = 0; i < noise.size(); ++i)
                    noise[i] = char((i * 131 + 17) & 0xff);
                f.write(noise);
            } else {
                QVERIFY(f.seek(size - page));
                f.write(QByteArray(page, '\0'));
            }
        }
        const QByteArray before = fileHash(path);
        QVERIFY(integrityOf(path) != QLatin1String("ok")); // the damage is real

        const std::optional<Error> error = useDatabase(path);
        // SQLite only notices damage on the pages it reads; reading the whole
        // timeline touches every event page, so one of the steps must notice.
        QVERIFY2(error.has_value(), "a damaged database was used without an error");
        QVERIFY2(mentions(*error, path, {"damaged", "not an SQLite database", "malformed"}),
                 error->message.c_str());
        QCOMPARE(fileHash(path), before);
    }

    // Another process holds the write lock (an import in a second window, or a
    // backup tool): the import waits the busy timeout, then fails naming the
    // lock; reading still works (WAL), and the file is as it was.
    void lockedByAnotherProcess() {
        const QString path = copyOfPristine(QStringLiteral("locked.db"));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            sqlite3* db = nullptr;
            if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK ||
                sqlite3_exec(db, "BEGIN EXCLUSIVE; DELETE FROM articles WHERE 0", nullptr, nullptr,
                             nullptr) != SQLITE_OK)
                ::_exit(1);
            const char ok = 'x';
            if (::write(ready[1], &ok, 1) != 1)
                ::_exit(1);
            ::pause(); // hold the lock until killed
            ::_exit(0);
        }
        ::close(ready[1]);
        char got = 0;
        QCOMPARE(::read(ready[0], &got, 1), ssize_t(1));
        ::close(ready[0]);

        const QByteArray before = fileHash(path);
        {
            auto store = EventStore::open(path.toStdString(), EventStore::Mode::ReadWrite);
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
            const auto articlesBefore = count(store->articleCount());
            QVERIFY(store->events({}).ok());
            Importer importer(*store, *m_gazetteer);
            auto imported = importer.importText("Late news\n\nProtests on Monday in Almaty.\n",
                                                "late.txt", {isoDate("2022-01-10"), 4 << 20});
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
            QVERIFY(!imported.ok());
            QVERIFY2(mentions(imported.error(), path, {"locked"}),
                     imported.error().message.c_str());
            QCOMPARE(count(store->articleCount()), articlesBefore);
        }
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        QCOMPARE(fileHash(path), before);
    }

    // A full disk, simulated with a file-size limit on the importing process
    // (no mount privileges needed): the command fails naming the file, the
    // database keeps only whole articles, and finishing later gives them all.
    void fullDisk() {
        const QString path = copyOfPristine(QStringLiteral("full.db"));
        QStringList files;
        ArticleGenerator generator(99);
        for (int i = 0; i < 150; ++i) {
            const auto a = generator.next();
            const QString file = m_dir.filePath(QStringLiteral("full-%1.txt").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(a.text));
            files << file;
        }
        std::int64_t articlesBefore = 0;
        {
            auto store = EventStore::open(path.toStdString(), EventStore::Mode::ReadOnly);
            QVERIFY(store.ok());
            articlesBefore = count(store->articleCount());
        }
        const rlim_t limit = rlim_t(QFileInfo(path).size() + 96 * 1024);
        QProcess process;
        process.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
            const rlimit r{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
        process.start(QStringLiteral(CT_APP_BINARY),
                      QStringList{QStringLiteral("import"), QStringLiteral("--db"), path} + files);
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() != 0, "the import did not notice the full disk");
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("disk"), Qt::CaseInsensitive), qPrintable(err));

        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        auto store = EventStore::open(path.toStdString(), EventStore::Mode::ReadWrite);
        QVERIFY(store.ok());
        const auto partial = count(store->articleCount());
        QVERIFY(partial >= articlesBefore);
        QVERIFY2(partial < articlesBefore + std::int64_t(files.size()), "nothing hit the limit");
        // Whole articles only: importing everything again completes the set, and
        // each article then has the reports a clean import gives it (events may differ: its
        // reports can join the pristine database's events).
        Importer importer(*store, *m_gazetteer);
        auto clean = EventStore::open(m_dir.filePath("full-clean.db").toStdString());
        QVERIFY(clean.ok());
        Importer cleanImporter(*clean, *m_gazetteer);
        for (const QString& file : files) {
            QVERIFY(importer.importFile(file.toStdString()).ok());
            QVERIFY(cleanImporter.importFile(file.toStdString()).ok());
        }
        QCOMPARE(count(store->articleCount()), articlesBefore + std::int64_t(files.size()));
        auto pristine = EventStore::open(m_pristine.toStdString(), EventStore::Mode::ReadOnly);
        QVERIFY(pristine.ok());
        QCOMPARE(count(store->reportCount()),
                 count(pristine->reportCount()) + count(clean->reportCount()));
    }
};

QTEST_GUILESS_MAIN(TestEventStoreFaults)
#include "tst_event_store_faults.moc"

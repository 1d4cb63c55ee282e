#include "TestPrinters.h"
#include "store/Sqlite.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace ct;
using namespace ct::sql;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

std::int64_t countRows(Connection& db) {
    auto s = db.prepare("SELECT count(*) FROM t");
    if (!s || !s->step().ok())
        return -1;
    return s->columnInt(0);
}

} // namespace

class TestSqlite : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Connection> m_db;

  private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".db");
        QFile::remove(m_path);
        auto db = Connection::open(m_path.toStdString(), Connection::Mode::ReadWriteCreate);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().message.c_str());
        m_db.emplace(std::move(*db));
        QVERIFY(m_db->exec("CREATE TABLE t(a INTEGER, b TEXT, c REAL, d BLOB)").ok());
    }
    void cleanup() { m_db.reset(); }

    void bindStepResetReuse() {
        auto insert = m_db->prepare("INSERT INTO t(a, b, c) VALUES (?1, ?2, ?3)");
        QVERIFY(insert.ok());
        for (int i = 0; i < 5; ++i) {
            const std::string text = "row " + std::to_string(i);
            auto r = insert->bind(1, std::int64_t(i) * 1'000'000'000'000)
                         .bind(2, text)
                         .bind(3, i + 0.5)
                         .run();
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            QCOMPARE(m_db->lastInsertId(), std::int64_t(i + 1));
            QCOMPARE(m_db->changes(), 1);
        }
        QCOMPARE(countRows(*m_db), std::int64_t(5));

        auto select = m_db->prepare("SELECT a, b, c FROM t WHERE a >= ?1 ORDER BY a");
        QVERIFY(select.ok());
        for (int from : {3, 1, 4}) { // the same statement, reset between uses
            select->bind(1, std::int64_t(from) * 1'000'000'000'000);
            int seen = 0;
            for (auto row = select->step(); row.ok() && *row; row = select->step()) {
                const int i = from + seen++;
                QCOMPARE(select->columnInt(0), std::int64_t(i) * 1'000'000'000'000);
                QCOMPARE(select->columnText(1), "row " + std::to_string(i));
                QCOMPARE(select->columnDouble(2), i + 0.5);
            }
            QCOMPARE(seen, 5 - from);
            select->reset();
        }
    }

    void emptyTextIsNotNull() {
        auto insert = m_db->prepare("INSERT INTO t(a, b) VALUES (?1, ?2)");
        QVERIFY(insert.ok());
        QVERIFY(insert->bind(1, 1).bind(2, std::string_view()).run().ok());
        QVERIFY(insert->bind(1, 2).bindNull(2).run().ok());
        auto select = m_db->prepare("SELECT b IS NULL, b FROM t ORDER BY a");
        QVERIFY(select.ok());
        QVERIFY(*select->step());
        QCOMPARE(select->columnInt(0), std::int64_t(0));
        QVERIFY(!select->columnIsNull(1));
        QVERIFY(*select->step());
        QCOMPARE(select->columnInt(0), std::int64_t(1));
        QVERIFY(select->columnIsNull(1));
    }

    void textWithNulAndQuotesRoundTrips() {
        const std::string text = std::string("it's \"quoted\"; DROP TABLE t; --\0after", 37);
        auto insert = m_db->prepare("INSERT INTO t(b) VALUES (?1)");
        QVERIFY(insert.ok());
        QVERIFY(insert->bind(1, text).run().ok());
        auto select = m_db->prepare("SELECT b FROM t");
        QVERIFY(select.ok() && *select->step());
        QCOMPARE(select->columnText(0), text);
    }

    void bindErrorIsReportedByStep() {
        auto insert = m_db->prepare("INSERT INTO t(a) VALUES (?1)");
        QVERIFY(insert.ok());
        auto r = insert->bind(7, 1).step(); // there is no parameter 7
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find(m_path.toStdString()) != std::string::npos,
                 r.error().message.c_str());
        insert->reset();
        QVERIFY(insert->bind(1, 1).run().ok()); // reset clears the remembered error
        QCOMPARE(countRows(*m_db), std::int64_t(1));
    }

    void prepareErrorNamesFileAndReason() {
        auto s = m_db->prepare("SELEC nonsense FROM");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Database);
        QVERIFY2(s.error().message.find(m_path.toStdString()) != std::string::npos,
                 s.error().message.c_str());
        QVERIFY2(s.error().message.find("syntax error") != std::string::npos,
                 s.error().message.c_str());
    }

    void transactionRollsBackOnScopeExit() {
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(tx.ok());
            QVERIFY(m_db->exec("INSERT INTO t(a) VALUES (1), (2)").ok());
            QCOMPARE(countRows(*m_db), std::int64_t(2)); // visible inside
        }
        QCOMPARE(countRows(*m_db), std::int64_t(0));
        QVERIFY(m_db->exec("INSERT INTO t(a) VALUES (3)").ok()); // no transaction left open
        QCOMPARE(countRows(*m_db), std::int64_t(1));
    }

    void transactionCommits() {
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(tx.ok());
            QVERIFY(m_db->exec("INSERT INTO t(a) VALUES (1)").ok());
            QVERIFY(tx->commit().ok());
            QVERIFY(!tx->commit().ok()); // a finished transaction cannot commit again
        }
        QCOMPARE(countRows(*m_db), std::int64_t(1));
    }

    void movedTransactionRollsBackOnce() {
        {
            auto tx = Transaction::begin(*m_db);
            QVERIFY(tx.ok());
            Transaction moved(std::move(*tx));
            QVERIFY(m_db->exec("INSERT INTO t(a) VALUES (1)").ok());
        }
        QCOMPARE(countRows(*m_db), std::int64_t(0));
    }

    void notADatabase_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text file")
            << QByteArray("Kazakhstan unrest\nSunday protests.\n").repeated(50);
        QTest::newRow("short text") << QByteArray("hello");
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\xff'));
        QTest::newRow("sqlite header, garbage after") << header;
        QByteArray random;
        quint32 x = 12345;
        for (int i = 0; i < 8192; ++i) {
            x = x * 1664525u + 1013904223u;
            random.append(char(x >> 24));
        }
        QTest::newRow("random bytes") << random;
    }
    void notADatabase() {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath("garbage.db");
        writeFile(path, bytes);
        for (auto mode : {Connection::Mode::ReadWriteCreate, Connection::Mode::ReadOnly}) {
            auto db = Connection::open(path.toStdString(), mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::Database);
            const std::string& message = db.error().message;
            QVERIFY2(message.find(path.toStdString()) != std::string::npos, message.c_str());
            QVERIFY2(message.find("not an SQLite database") != std::string::npos ||
                         message.find("damaged") != std::string::npos,
                     message.c_str());
        }
        QCOMPARE(readAll(path), bytes);
    }

    void missingFileWithoutCreate() {
        const QString path = m_dir.filePath("missing.db");
        auto db = Connection::open(path.toStdString(), Connection::Mode::ReadWrite);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Io);
        QVERIFY2(db.error().message.find(path.toStdString()) != std::string::npos,
                 db.error().message.c_str());
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyRefusesWrites() {
        QVERIFY(m_db->exec("INSERT INTO t(a) VALUES (1)").ok());
        QVERIFY(!m_db->isReadOnly());
        m_db.reset();
        const QByteArray before = readAll(m_path);
        {
            auto db = Connection::open(m_path.toStdString(), Connection::Mode::ReadOnly);
            QVERIFY(db.ok());
            QVERIFY(db->isReadOnly());
            QCOMPARE(countRows(*db), std::int64_t(1));
            auto r = db->exec("INSERT INTO t(a) VALUES (2)");
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.find("read-only") != std::string::npos,
                     r.error().message.c_str());
        }
        QCOMPARE(readAll(m_path), before);
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"

#pragma once

#include "store/Store.h"

#include <QtCore/QString>
#include <QtCore/QTemporaryDir>
#include <memory>
#include <string>

namespace ct::test {

// A private PostgreSQL server for one test program: initdb into a temporary folder, pg_ctl
// start on a free port on 127.0.0.1 with the socket in that folder, stopped (pg_ctl -m fast)
// in the destructor, also when tests failed. Run as root (CI, these machines), the server
// runs as the postgres user, which owns the folder. Start one per program (~1-2 s) and take a
// fresh database per test function from it.
class TestPostgres {
  public:
    TestPostgres();
    ~TestPostgres();
    TestPostgres(const TestPostgres&) = delete;
    TestPostgres& operator=(const TestPostgres&) = delete;

    // False when the server binaries are missing or the server would not start; why() says
    // which, for QSKIP.
    bool isRunning() const { return m_running; }
    const QString& why() const { return m_why; }
    // A new empty database (CREATE DATABASE … TEMPLATE template0); returns its libpq
    // connection string, or an empty string on failure (why() says).
    std::string freshDatabase();
    // The connection string of an existing database.
    std::string conninfo(const std::string& database) const;
    // Opens the store at `location` (a server story, or a SQLite file for the tests that run on
    // both engines); on failure warns why and returns nullptr, for the caller's QVERIFY.
    static std::unique_ptr<Store> open(const std::string& location,
                                       Store::Mode mode = Store::Mode::ReadWriteCreate);
    // Runs SQL as the superuser in `database` (roles, grants); false on failure.
    bool exec(const std::string& database, const std::string& sql);
    // Stops (and starts again) the server, for tests of a server that goes away.
    bool stop();
    bool start();

  private:
    bool run(const QString& program, const QStringList& arguments);
    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    QString m_why;
};

} // namespace ct::test

#pragma once

#include "TestPostgres.h"

#include <QtCore/QCoreApplication>
#include <QtTest/QTest>

namespace ct::test {

// The main() of a test class that runs on both engines: once on SQLite (a default-constructed
// `T`), then once on PostgreSQL (`T` constructed with a server; one server for the program, a
// database per test function). Returns the number of failures of both runs, as QTest does.
template <typename T>
int runOnBothEngines(int argc, char** argv) {
    const QCoreApplication app(argc, argv);
    T onSqlite;
    int failures = QTest::qExec(&onSqlite, argc, argv);
    TestPostgres server;
    T onPostgres(&server);
    failures += QTest::qExec(&onPostgres, argc, argv);
    return failures;
}

} // namespace ct::test

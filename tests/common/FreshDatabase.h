#pragma once

#include "TestPostgres.h"

#include <QtTest/QTest>
#include <source_location>
#include <string>

namespace ct::test {

// What the init() of a PostgreSQL test class does before each test function: a fresh database
// on the program's private server, its connection string returned. Without a server the test
// function is skipped (with the server's why()); without a database it fails. Either way QTest
// does not run the function, and the string is empty (return from init() then):
//     void init() { m_location = test::freshDatabaseOrSkip(m_server); }
inline std::string
freshDatabaseOrSkip(TestPostgres& server,
                    std::source_location where = std::source_location::current()) {
    if (!server.isRunning()) {
        QTest::qSkip(qPrintable(server.why()), where.file_name(), int(where.line()));
        return {};
    }
    std::string location = server.freshDatabase();
    if (location.empty())
        QTest::qFail(qPrintable(QStringLiteral("no fresh database: ") + server.why()),
                     where.file_name(), int(where.line()));
    return location;
}

} // namespace ct::test

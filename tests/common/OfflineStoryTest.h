#pragma once

// What the offline tests (tst_bring_back, tst_offline_rebase) share: a server story of three
// events on a private PostgreSQL server, a fresh database per test, a file name for the
// offline copy, and a way to compare two stories without their ids.

#include "common/TestPostgres.h"
#include "store/Store.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <cstdint>
#include <memory>
#include <string>

namespace ct::test {

// A story without ids: what bringing changes back must make the server hold. Each event as its
// title, date, edit flag and the tellings it groups; the user's decisions and chosen dates.
QStringList storyLines(Store& store);

class OfflineStoryTest : public QObject {
  protected:
    // Skips the test when there is no server; otherwise makes a fresh database holding the
    // story (two outlets' reports of one curfew, a warning the same day, talks in June).
    // Called from each test's init(); a failure fails the test there.
    void createStory();
    std::unique_ptr<Store> server() const;

    TestPostgres m_server;
    QTemporaryDir m_dir;
    std::string m_location;
    std::string m_file; // where this test's offline copy goes
    int m_files = 0;
    std::int64_t m_curfew = 0; // two outlets' reports of one happening
    std::int64_t m_warning = 0;
    std::int64_t m_talks = 0;
};

} // namespace ct::test

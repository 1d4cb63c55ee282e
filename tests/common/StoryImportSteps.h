#pragma once

// What the story tests that import a set of articles step by step (tst_story_merge's bridging,
// tst_story_follow_ups) share: the store of one row (a SQLite file or a fresh database of the
// test server), the import of the set's file for a step ("2" → "2-….txt"), and the event a
// report lands in.

#include "common/TestPostgres.h"
#include "import/Importer.h"
#include "store/EventStore.h"

#include <QtCore/QDir>
#include <QtCore/QString>
#include <cstdint>
#include <string>
#include <vector>

namespace ct::test {

// Where a row's store lives: a fresh database of `server` when there is one, otherwise the
// file `name` in `dir`.
inline std::string storyStoreLocation(TestPostgres* server, const QString& dir,
                                      const QString& name) {
    return server ? server->freshDatabase() : (dir + QLatin1Char('/') + name).toStdString();
}

// Imports the one file of `folder` whose name starts with "<step>-"; the error's message, or
// empty when it went in.
inline std::string importStep(Importer& importer, const QDir& folder, const QString& step) {
    const QStringList files = folder.entryList({step + "-*.txt"}, QDir::Files);
    if (files.size() != 1)
        return "not one file for step " + step.toStdString();
    auto imported = importer.importFile(folder.filePath(files.front()).toStdString());
    return imported.ok() ? std::string() : imported.error().message;
}

// The event holding a report whose sentence contains `snippet`; 0 when none does.
inline std::int64_t eventWithReport(Store& store, const std::string& snippet) {
    auto events = store.events({});
    for (const Event& e : events ? *events : std::vector<Event>{}) {
        auto reports = store.reports(e.id);
        for (const Report& r : reports ? *reports : std::vector<Report>{})
            if (r.sentence.find(snippet) != std::string::npos)
                return e.id;
    }
    return 0;
}

} // namespace ct::test

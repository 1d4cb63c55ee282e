#pragma once

#include "common/Result.h"

#include <QString>

namespace ct::ui {

class TimelineDocument;

// What a new user gets without doing anything: a database in the user's data
// folder that already holds the bundled sample article's events.
class FirstStart {
  public:
    static QString defaultDatabasePath();
    // Opens (creating if needed) the default database and, when it holds no
    // article yet, imports the bundled sample into it.
    static Result<void> run(TimelineDocument& document);
    static Result<void> importSample(TimelineDocument& document);
};

} // namespace ct::ui

#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <QString>
#include <memory>
#include <string>

namespace ct::ui {

// How the window opens a store, on its own thread or a worker's: openStore() plus the analyst
// the user configured (Settings::analystName, $CT_ANALYST first), so that an import on a
// worker's connection records the same name as an edit on the window's.
class StoreOpener {
  public:
    static Result<std::unique_ptr<Store>> open(const QString& location, Store::Mode mode);
    // The name to record on a store whose own default (server role, login name) is
    // `storeDefault`, with the current settings.
    static std::string analystFor(const std::string& storeDefault);
};

} // namespace ct::ui

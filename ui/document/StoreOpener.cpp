#include "document/StoreOpener.h"

#include "settings/Settings.h"
#include "store/AnalystName.h"

namespace ct::ui {

Result<std::unique_ptr<Store>> StoreOpener::open(const QString& location, Store::Mode mode) {
    auto store = openStore(location.toStdString(), mode);
    if (store)
        (*store)->setAnalyst(analystFor((*store)->analyst()));
    return store;
}

std::string StoreOpener::analystFor(const std::string& storeDefault) {
    return resolveAnalystName({}, Settings::analystName().toStdString(), storeDefault);
}

} // namespace ct::ui

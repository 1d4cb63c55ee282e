#include "store/EventStore.h"
#include "store/Store.h"
#include "store/pg/PgStore.h"

#include <cstdlib>
#include <string_view>

namespace ct {

bool isServerLocation(const std::string& location) {
    const std::string_view text(location);
    if (text.starts_with("postgresql://") || text.starts_with("postgres://"))
        return true;
    // libpq's keyword form: "host=… dbname=…"; a file name rarely holds "dbname=".
    return text.find("dbname=") != std::string_view::npos ||
           (text.find("host=") != std::string_view::npos &&
            text.find('/') == std::string_view::npos);
}

Result<std::unique_ptr<Store>> openStore(const std::string& location, Store::Mode mode) {
    if (isServerLocation(location)) {
        auto server = PgStore::open(location, mode);
        if (!server)
            return server.error();
        return std::unique_ptr<Store>(std::move(*server));
    }
    auto store = EventStore::open(location, mode);
    if (!store)
        return store.error();
    return std::unique_ptr<Store>(std::make_unique<EventStore>(std::move(*store)));
}

std::string defaultAnalystName() {
    for (const char* variable : {"CT_ANALYST", "USER", "LOGNAME"})
        if (const char* value = std::getenv(variable); value && *value)
            return value;
    return "analyst";
}

} // namespace ct

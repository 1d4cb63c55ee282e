// Weak placeholders for the EventStore calls the window makes, so that ct_ui
// and its tests link before the store branch lands. The real definitions are
// strong and win at link time whatever order the branches merge in; delete this
// file (and its line in CMakeLists.txt) once the store is in main.
#include "store/EventStore.h"

namespace ct {

#define CT_PENDING(...)                                                                            \
    __attribute__((weak)) __VA_ARGS__ {                                                            \
        return makeError(Error::Code::Internal, "store not implemented");                          \
    }
CT_PENDING(Result<Article> EventStore::article(std::int64_t))
CT_PENDING(Result<std::int64_t> EventStore::articleCount())
CT_PENDING(Result<void> EventStore::reResolveArticle(std::int64_t, Date, std::vector<Event>&))
CT_PENDING(Result<Event> EventStore::event(std::int64_t))
CT_PENDING(Result<std::vector<TimelineEntry>> EventStore::timelineEntries(const EventQuery&))
CT_PENDING(Result<std::int64_t> EventStore::eventCount())
CT_PENDING(Result<std::optional<std::pair<Date, Date>>> EventStore::extent())
CT_PENDING(Result<std::int64_t> EventStore::insertEvent(Event&))
CT_PENDING(Result<void> EventStore::updateEvent(const Event&))
CT_PENDING(Result<void> EventStore::deleteEvent(std::int64_t))
CT_PENDING(Result<std::map<std::int32_t, std::string>> EventStore::actorNames())
CT_PENDING(Result<std::map<std::int32_t, std::string>> EventStore::placeNames())
#undef CT_PENDING

__attribute__((weak)) int EventStore::schemaVersion() const {
    return 0;
}

} // namespace ct

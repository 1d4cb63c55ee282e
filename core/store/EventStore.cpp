#include "store/EventStore.h"

namespace ct {

struct EventStore::Impl {};

EventStore::~EventStore() = default;

Result<EventStore> EventStore::open(const std::filesystem::path& path, Mode) {
    return makeError(Error::Code::Internal, path.string() + ": the store is not implemented yet");
}


// Placeholders until the store branch lands.
#define CT_STUB(...) __VA_ARGS__ { return makeError(Error::Code::Internal, "store not implemented"); }
CT_STUB(Result<std::int64_t> EventStore::addArticle(Article&, std::vector<Event>&))
CT_STUB(Result<std::optional<std::int64_t>> EventStore::findArticleByHash(const std::string&))
CT_STUB(Result<std::vector<Event>> EventStore::events(const EventQuery&))
CT_STUB(Result<std::vector<Article>> EventStore::articles())
CT_STUB(Result<Article> EventStore::article(std::int64_t))
CT_STUB(Result<std::int64_t> EventStore::articleCount())
CT_STUB(Result<void> EventStore::reResolveArticle(std::int64_t, Date, std::vector<Event>&))
CT_STUB(Result<Event> EventStore::event(std::int64_t))
CT_STUB(Result<std::vector<TimelineEntry>> EventStore::timelineEntries(const EventQuery&))
CT_STUB(Result<std::int64_t> EventStore::eventCount())
CT_STUB(Result<std::optional<std::pair<Date, Date>>> EventStore::extent())
CT_STUB(Result<std::int64_t> EventStore::insertEvent(Event&))
CT_STUB(Result<void> EventStore::updateEvent(const Event&))
CT_STUB(Result<void> EventStore::deleteEvent(std::int64_t))
CT_STUB(Result<std::map<std::int32_t, std::string>> EventStore::actorNames())
CT_STUB(Result<std::map<std::int32_t, std::string>> EventStore::placeNames())
int EventStore::schemaVersion() const { return 0; }

} // namespace ct

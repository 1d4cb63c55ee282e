#include "store/EventStore.h"

namespace ct {

struct EventStore::Impl {};

EventStore::~EventStore() = default;

Result<EventStore> EventStore::open(const std::filesystem::path& path, Mode) {
    return makeError(Error::Code::Internal, path.string() + ": the store is not implemented yet");
}


// Placeholders until the store branch lands.
#define CT_STUB(sig) sig { return makeError(Error::Code::Internal, "store not implemented"); }
CT_STUB(Result<std::int64_t> EventStore::addArticle(Article&, std::vector<Event>&))
CT_STUB(Result<std::optional<std::int64_t>> EventStore::findArticleByHash(const std::string&))
CT_STUB(Result<std::vector<Event>> EventStore::events(const EventQuery&))
CT_STUB(Result<std::vector<Article>> EventStore::articles())

} // namespace ct

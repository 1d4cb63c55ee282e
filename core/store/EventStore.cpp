#include "store/EventStore.h"

namespace ct {

struct EventStore::Impl {};

EventStore::~EventStore() = default;

Result<EventStore> EventStore::open(const std::filesystem::path& path, Mode) {
    return makeError(Error::Code::Internal, path.string() + ": the store is not implemented yet");
}

} // namespace ct

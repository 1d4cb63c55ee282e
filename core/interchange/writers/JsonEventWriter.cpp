#include "interchange/writers/JsonEventWriter.h"

#include "io/EventTable.h"

namespace ct {

std::string JsonEventWriter::write(const std::vector<Event>& events,
                                   const EventWriteOptions& options) const {
    return EventTable::toJson(events, [&](std::int64_t id) {
        return options.articleTitle ? options.articleTitle(id) : std::string();
    });
}

} // namespace ct

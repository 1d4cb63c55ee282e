#include "interchange/writers/CsvEventWriter.h"

#include "io/EventTable.h"

namespace ct {

std::string CsvEventWriter::write(const std::vector<Event>& events,
                                  const EventWriteOptions& options) const {
    return EventTable::toCsv(events, [&](std::int64_t id) {
        return options.articleTitle ? options.articleTitle(id) : std::string();
    });
}

} // namespace ct

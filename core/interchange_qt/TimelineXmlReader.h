#pragma once

#include "common/Result.h"
#include "interchange/TableSource.h"

#include <memory>
#include <string>

namespace ct {

// The Timeline program's .timeline XML as rows (TimelineProjPreset's columns), each with the
// line its <event> starts on. Malformed XML is an error naming the line.
class TimelineXmlReader {
  public:
    static Result<std::unique_ptr<RowTable>> read(const std::string& bytes,
                                                  const std::string& fileName);
};

} // namespace ct

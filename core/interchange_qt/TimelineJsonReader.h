#pragma once

#include "common/Result.h"
#include "interchange/TableSource.h"

#include <memory>
#include <string>

namespace ct {

// JSON event files as rows: a TimelineJS3 file ({"events": [...]}) becomes rows with the
// TimelineJS spreadsheet's columns (HTML in the text reduced to plain text); an array of
// flat objects (what `crisis-timeline events --format json` writes) becomes one column per key,
// lists joined with "; ".
class TimelineJsonReader {
  public:
    static Result<std::unique_ptr<RowTable>> read(const std::string& bytes,
                                                  const std::string& fileName);
    static std::string htmlToText(const std::string& html);
};

} // namespace ct

#pragma once

#include "common/Date.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct {

struct Article {
    std::int64_t id = 0;        // 0 until stored
    std::string contentHash;    // SHA-256 hex of the original text: same text = same article
    std::string title;
    std::string lede;
    std::string source;         // from the "Source:" line, may be empty
    std::string fileName;       // where it was imported from (display only)
    std::vector<std::string> tags;
    Date published;
    std::string text;           // the original text, verbatim (UTF-8)
    std::string importedAt;     // ISO 8601 UTC timestamp, set by the store
};

} // namespace ct

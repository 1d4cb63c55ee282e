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
    std::string source;         // the outlet: "Source:" line, og:site_name, e-mail sender; may be empty
    std::string author;
    std::string url;            // where the original is (og:url, canonical link, the fetched URL)
    std::string format;         // the reader that read it: "text", "HTML", "PDF", "DOCX", "ODT", "e-mail"
    std::string fileName;       // where it was imported from (display only)
    std::vector<std::string> tags;
    Date published;
    std::string text;           // the original text, verbatim (UTF-8)
    std::string importedAt;     // ISO 8601 UTC timestamp, set by the store
    std::string importedBy;     // the analyst who imported it, set by the store
};

} // namespace ct

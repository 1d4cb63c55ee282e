#pragma once

#include "common/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace ct {

// Document properties of a word-processor file: DOCX docProps/core.xml and ODT meta.xml use the
// same Dublin Core names (dc:title, dc:creator) and differ only in the creation date's element.
struct OfficeMeta {
    std::string title;
    std::string author;
    std::optional<Date> created;
};

// Lenient: a damaged properties file gives empty properties, never an error (the body matters).
OfficeMeta readOfficeMeta(std::string_view xml);

} // namespace ct

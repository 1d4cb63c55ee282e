#pragma once

#include "common/Result.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace ct {

// Reads an article file from disk and enforces the input policy before any
// parsing happens: a regular file, not empty, at most maxBytes, no NUL bytes,
// valid UTF-8 (a UTF-8 BOM is stripped). Every error message names the file
// and the reason.
class ArticleFile {
public:
    static constexpr std::size_t kDefaultMaxBytes = 4 * 1024 * 1024;

    static Result<std::string> read(const std::filesystem::path& path,
                                    std::size_t maxBytes = kDefaultMaxBytes);

    // The same checks on text already in memory (drag and drop, tests);
    // `name` is used in messages.
    static Result<std::string> validate(std::string bytes, const std::string& name,
                                        std::size_t maxBytes = kDefaultMaxBytes);
};

} // namespace ct

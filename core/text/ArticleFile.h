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
//
// Policy (see also README "Reliability"):
// - UTF-8 only, validated strictly (no overlong forms, no surrogates, nothing
//   above U+10FFFF); the message gives the byte offset of the first bad byte.
//   UTF-16/UTF-32 are recognised (BOM or NUL pattern) and refused with a hint to
//   re-save as UTF-8, rather than guessed at: a wrong guess would silently store
//   mojibake in the analyst's database.
// - Line endings are normalised to LF (CRLF and lone CR), so an article saved on
//   Windows and on Linux hashes the same and offsets count one byte per break.
// - A file made mostly of control characters is treated as binary; a few stray
//   ones (form feeds, ESC from copy-paste) are kept verbatim.
class ArticleFile {
  public:
    static constexpr std::size_t kDefaultMaxBytes = 4 * 1024 * 1024;

    static Result<std::string> read(const std::filesystem::path& path,
                                    std::size_t maxBytes = kDefaultMaxBytes);

    // The file's bytes as they are, with the file checks only (regular file, not empty, at
    // most maxBytes): what the format readers start from.
    static Result<std::string> readBytes(const std::filesystem::path& path, std::size_t maxBytes);

    // The same checks on text already in memory (drag and drop, tests);
    // `name` is used in messages.
    static Result<std::string> validate(std::string bytes, const std::string& name,
                                        std::size_t maxBytes = kDefaultMaxBytes);

    // "4 MiB", "512 KiB" or "1000 bytes": how limits are spelled in messages.
    static std::string describeSize(std::size_t bytes);
};

} // namespace ct

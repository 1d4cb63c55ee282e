#include "text/ArticleFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <sys/stat.h>

namespace ct {
namespace {

using namespace std::string_view_literals;

Error fail(Error::Code code, const std::string& name, const std::string& reason) {
    return makeError(code, name + ": " + reason);
}

// Offset of the first byte that is not part of a well-formed UTF-8 sequence
// (Unicode 15, table 3-7), or nullopt. ASCII is skipped eight bytes at a time
// because almost all article text is ASCII.
std::optional<std::size_t> firstInvalidUtf8(const std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, p + i, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return i; // continuation byte out of place, C0/C1 overlong lead, or F5..FF
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return std::nullopt;
}

bool startsWith(const std::string& s, std::string_view prefix) {
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

// Text in UTF-16 without a BOM shows NULs in every other byte (ASCII range);
// binary files have NULs too but without that rhythm.
bool looksLikeUtf16(const std::string& s) {
    const std::size_t sample = std::min<std::size_t>(s.size(), 4096);
    std::size_t evenNuls = 0, oddNuls = 0;
    for (std::size_t i = 0; i < sample; ++i)
        if (s[i] == '\0')
            ++((i % 2 == 0) ? evenNuls : oddNuls);
    const std::size_t pairs = sample / 2;
    return pairs >= 2 && (evenNuls * 10 >= pairs * 7 || oddNuls * 10 >= pairs * 7) &&
           std::min(evenNuls, oddNuls) * 10 <= pairs;
}

bool isDisallowedControl(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}

void normaliseLineEndings(std::string& s) {
    if (s.find('\r') == std::string::npos)
        return;
    std::size_t out = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            s[out++] = '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
        } else {
            s[out++] = s[i];
        }
    }
    s.resize(out);
}

std::string tooLarge(std::size_t size, std::size_t maxBytes) {
    return "file is " + std::to_string(size) + " bytes, over the size limit of " +
           ArticleFile::describeSize(maxBytes) + " per article";
}

} // namespace

std::string ArticleFile::describeSize(std::size_t bytes) {
    constexpr std::size_t kKiB = 1024, kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return std::to_string(bytes / kMiB) + " MiB";
    if (bytes >= kKiB && bytes % kKiB == 0)
        return std::to_string(bytes / kKiB) + " KiB";
    return std::to_string(bytes) + " bytes";
}

Result<std::string> ArticleFile::read(const std::filesystem::path& path, std::size_t maxBytes) {
    auto bytes = readBytes(path, maxBytes);
    if (!bytes)
        return bytes.error();
    return validate(std::move(*bytes), path.string(), maxBytes);
}

Result<std::string> ArticleFile::readBytes(const std::filesystem::path& path,
                                           std::size_t maxBytes) {
    const std::string name = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        if (status.type() == std::filesystem::file_type::not_found || !ec)
            return fail(Error::Code::Io, name, "file not found");
        return fail(Error::Code::Io, name, "cannot access file: " + ec.message());
    }
    if (std::filesystem::is_directory(status))
        return fail(Error::Code::Io, name, "is a directory, not an article file");
    if (!std::filesystem::is_regular_file(status))
        return fail(Error::Code::Io, name, "is not a regular file (device, pipe or socket)");

    // Refuse oversized files before reading them: a stray 2 GB log must not be
    // pulled into memory just to be rejected.
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > maxBytes)
        return fail(Error::Code::InvalidInput, name, tooLarge(size, maxBytes));

    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(name.c_str(), "rb"),
                                                         &std::fclose);
    if (!file)
        return fail(Error::Code::Io, name,
                    std::string("cannot open file: ") + std::strerror(errno));

    // Read at most one byte past the limit: the file may have grown since stat().
    std::string bytes;
    bytes.resize(std::min<std::size_t>(maxBytes + 1, ec ? maxBytes + 1 : size + 1));
    std::size_t total = 0;
    while (total < bytes.size()) {
        const std::size_t got =
            std::fread(bytes.data() + total, 1, bytes.size() - total, file.get());
        total += got;
        if (got == 0) {
            if (std::ferror(file.get()))
                return fail(Error::Code::Io, name,
                            std::string("cannot read file: ") + std::strerror(errno));
            break;
        }
        if (total == bytes.size() && total <= maxBytes)
            bytes.resize(std::min(maxBytes + 1, bytes.size() * 2));
    }
    bytes.resize(total);
    if (bytes.size() > maxBytes)
        return fail(Error::Code::InvalidInput, name, tooLarge(bytes.size(), maxBytes));
    if (bytes.empty())
        return fail(Error::Code::InvalidInput, name, "file is empty");
    return bytes;
}

Result<std::string> ArticleFile::validate(std::string bytes, const std::string& name,
                                          std::size_t maxBytes) {
    if (bytes.size() > maxBytes)
        return fail(Error::Code::InvalidInput, name, tooLarge(bytes.size(), maxBytes));
    if (bytes.empty())
        return fail(Error::Code::InvalidInput, name, "file is empty");

    if (startsWith(bytes, "\xFF\xFE\0\0"sv) || startsWith(bytes, "\0\0\xFE\xFF"sv))
        return fail(Error::Code::InvalidInput, name,
                    "UTF-32 is not supported, save the file as UTF-8");
    if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF"))
        return fail(Error::Code::InvalidInput, name,
                    "UTF-16 is not supported, save the file as UTF-8");

    std::size_t bomBytes = 0;
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        bytes.erase(0, 3);
        bomBytes = 3;
        if (bytes.empty())
            return fail(Error::Code::InvalidInput, name,
                        "file is empty (only a UTF-8 byte order mark)");
    }

    if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
        if (looksLikeUtf16(bytes))
            return fail(Error::Code::InvalidInput, name,
                        "UTF-16 is not supported, save the file as UTF-8");
        const auto offset = static_cast<const char*>(nul) - bytes.data() + bomBytes;
        return fail(Error::Code::InvalidInput, name,
                    "binary file, not text (NUL byte at byte offset " + std::to_string(offset) +
                        ")");
    }

    if (const auto bad = firstInvalidUtf8(bytes))
        return fail(Error::Code::InvalidInput, name,
                    "invalid UTF-8 at byte offset " + std::to_string(*bad + bomBytes) +
                        "; only UTF-8 text is supported, save the file as UTF-8");

    std::size_t controls = 0;
    bool onlyWhitespace = true;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        controls += isDisallowedControl(c);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            onlyWhitespace = false;
    }
    if (onlyWhitespace)
        return fail(Error::Code::InvalidInput, name, "file contains only whitespace, no text");
    if (controls * 100 > bytes.size())
        return fail(Error::Code::InvalidInput, name,
                    "binary file, not text (" + std::to_string(controls) + " control characters)");

    normaliseLineEndings(bytes);
    return bytes;
}

} // namespace ct

#pragma once

#include "common/Result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace ct {

// A zip file in memory (libzip) from which members are read with bomb checks: the uncompressed
// size each member declares is checked before inflating, inflating stops at the limit whatever
// was declared, and the compression ratio of big members is bounded. Errors are bare reasons;
// the reader prefixes the file name.
class ZipArchive {
  public:
    static constexpr std::uint64_t kMaxMemberBytes = 64ull * 1024 * 1024;
    static constexpr std::uint64_t kMaxTotalBytes = 128ull * 1024 * 1024;
    static constexpr std::uint64_t kMaxRatio = 200; // uncompressed / compressed, above 1 MiB

    static Result<ZipArchive> open(std::string_view bytes);

    bool contains(const std::string& name) const;
    // The member's bytes; NotFound if it is missing.
    Result<std::string> read(const std::string& name);

  private:
    struct Closer {
        void operator()(zip* archive) const;
    };
    explicit ZipArchive(zip* archive) : m_zip(archive) {}
    std::unique_ptr<zip, Closer> m_zip;
    std::uint64_t m_inflated = 0;
};

} // namespace ct

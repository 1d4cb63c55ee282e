#pragma once

#include <string>
#include <string_view>

namespace ct {

// SHA-256 (FIPS 180-4) of the bytes, as 64 lowercase hex digits. The store uses
// it as an article's content hash, so it must be stable across platforms and
// releases: written out here rather than taken from whatever crypto library
// happens to be installed.
std::string sha256Hex(std::string_view bytes);

} // namespace ct

#pragma once

#include <string>
#include <string_view>

namespace ct::html {

// Turns a page's bytes into UTF-8 the way a browser picks the encoding: a byte-order mark
// first, then a charset the markup declares near its top (<meta charset>, http-equiv),
// else UTF-8. Bytes that are invalid in the chosen encoding become U+FFFD, so a damaged
// page still reads instead of failing.
class CharsetDecoder {
  public:
    struct Decoded {
        std::string utf8;
        std::string charset; // as used: "UTF-8", "WINDOWS-1251", …
    };

    // `declared` overrides the markup (an MHTML part's Content-Type charset).
    static Decoded decode(std::string_view bytes, std::string_view declared = {});

    // The charset named in the first 4 KiB of markup, lower-case; empty if none.
    static std::string declaredCharset(std::string_view bytes);

    // Replaces every invalid UTF-8 sequence with U+FFFD.
    static std::string repairUtf8(std::string_view bytes);

  private:
    static bool convert(std::string_view bytes, const std::string& charset, std::string& out);
};

} // namespace ct::html

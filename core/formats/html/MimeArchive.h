#pragma once

#include "common/Result.h"

#include <string>
#include <string_view>

namespace ct::html {

// The HTML page inside a single-file web page save (MHTML, RFC 2557: a MIME
// multipart/related message as Chrome, Edge and Word write it): the first text/html part,
// its transfer encoding (quoted-printable, base64) undone.
class MimeArchive {
  public:
    struct Page {
        std::string html;     // still in `charset`
        std::string charset;  // from the part's Content-Type; may be empty
        std::string location; // Content-Location / Snapshot-Content-Location
    };

    static Result<Page> htmlPart(std::string_view bytes, const std::string& fileName);

    static std::string decodeQuotedPrintable(std::string_view in);
    static std::string decodeBase64(std::string_view in);
    // The value of `name` in a header like `multipart/related; boundary="----x"`.
    static std::string parameter(std::string_view header, std::string_view name);
};

} // namespace ct::html

#include "formats/html/MimeArchive.h"

#include "formats/html/GumboNodes.h"

#include <map>
#include <vector>

namespace ct::html {

namespace {

using Headers = std::map<std::string, std::string>; // lower-case name → unfolded value

// Splits `part` into headers and body at the first blank line (CRLF or LF).
std::string_view parseHeaders(std::string_view part, Headers& headers) {
    std::string name, value;
    const auto keep = [&] {
        if (!name.empty())
            headers.emplace(lowerAscii(trimmed(name)), trimmed(value));
        name.clear();
        value.clear();
    };
    std::size_t at = 0;
    while (at < part.size()) {
        std::size_t end = part.find('\n', at);
        if (end == std::string_view::npos)
            end = part.size();
        std::string_view line = part.substr(at, end - at);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        at = end + 1;
        if (line.empty())
            break;
        if ((line.front() == ' ' || line.front() == '\t') && !name.empty()) {
            value += ' ';
            value += trimmed(line);
            continue;
        }
        keep();
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        name = std::string(line.substr(0, colon));
        value = std::string(line.substr(colon + 1));
    }
    keep();
    return at >= part.size() ? std::string_view() : part.substr(at);
}

std::string header(const Headers& h, const char* name) {
    const auto it = h.find(name);
    return it == h.end() ? std::string() : it->second;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::string decodeBody(std::string_view body, const Headers& h) {
    const std::string encoding = lowerAscii(trimmed(header(h, "content-transfer-encoding")));
    if (encoding == "quoted-printable")
        return MimeArchive::decodeQuotedPrintable(body);
    if (encoding == "base64")
        return MimeArchive::decodeBase64(body);
    return std::string(body);
}

} // namespace

std::string MimeArchive::parameter(std::string_view headerValue, std::string_view name) {
    const std::string lower = lowerAscii(headerValue);
    std::size_t at = 0;
    while ((at = lower.find(name, at)) != std::string::npos) {
        const bool startOk =
            at == 0 || lower[at - 1] == ';' || lower[at - 1] == ' ' || lower[at - 1] == '\t';
        std::size_t i = at + name.size();
        while (i < lower.size() && lower[i] == ' ')
            ++i;
        if (!startOk || i >= lower.size() || lower[i] != '=') {
            at = i;
            continue;
        }
        ++i;
        while (i < lower.size() && lower[i] == ' ')
            ++i;
        if (i < lower.size() && lower[i] == '"') {
            const std::size_t end = headerValue.find('"', i + 1);
            return std::string(headerValue.substr(
                i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
        }
        std::size_t end = i;
        while (end < headerValue.size() && headerValue[end] != ';' && headerValue[end] != ' ')
            ++end;
        return std::string(headerValue.substr(i, end - i));
    }
    return {};
}

std::string MimeArchive::decodeQuotedPrintable(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '=') {
            out += in[i];
            continue;
        }
        if (i + 1 < in.size() && in[i + 1] == '\n') { // soft line break
            ++i;
            continue;
        }
        if (i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
            i += 2;
            continue;
        }
        const int hi = i + 1 < in.size() ? hexValue(in[i + 1]) : -1;
        const int lo = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
            out += '='; // malformed: keep it as written
            continue;
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    return out;
}

std::string MimeArchive::decodeBase64(std::string_view in) {
    std::string out;
    out.reserve(in.size() * 3 / 4);
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : in) {
        int v = -1;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+' || c == '-')
            v = 62;
        else if (c == '/' || c == '_')
            v = 63;
        else if (c == '=')
            break;
        if (v < 0)
            continue; // line breaks and junk
        buffer = (buffer << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

Result<MimeArchive::Page> MimeArchive::htmlPart(std::string_view bytes,
                                                const std::string& fileName) {
    Headers top;
    const std::string_view body = parseHeaders(bytes, top);
    const std::string type = header(top, "content-type");
    const std::string location = header(top, "snapshot-content-location");
    if (lowerAscii(type).starts_with("text/html"))
        return Page{decodeBody(body, top), parameter(type, "charset"), location};
    const std::string boundary = parameter(type, "boundary");
    if (!lowerAscii(type).starts_with("multipart/") || boundary.empty())
        return makeError(Error::Code::InvalidInput,
                         fileName + ": not a web archive (no multipart/related MIME structure)");
    const std::string delimiter = "--" + boundary;
    std::size_t at = body.find(delimiter);
    while (at != std::string_view::npos) {
        std::size_t start = body.find('\n', at);
        if (start == std::string_view::npos)
            break;
        ++start;
        const std::size_t next = body.find(delimiter, start);
        std::string_view part = body.substr(
            start, next == std::string_view::npos ? std::string_view::npos : next - start);
        Headers h;
        const std::string_view content = parseHeaders(part, h);
        const std::string partType = header(h, "content-type");
        if (lowerAscii(partType).starts_with("text/html")) {
            std::string where = header(h, "content-location");
            return Page{decodeBody(content, h), parameter(partType, "charset"),
                        location.empty() ? where : location};
        }
        at = next;
    }
    return makeError(Error::Code::InvalidInput, fileName + ": the web archive holds no HTML page");
}

} // namespace ct::html

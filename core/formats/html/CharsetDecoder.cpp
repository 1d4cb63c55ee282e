#include "formats/html/CharsetDecoder.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <iconv.h>
#include <memory>

namespace ct::html {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

// Charset names as pages spell them, mapped to what glibc's iconv knows. The HTML standard
// reads "latin1"/"iso-8859-1"/"ascii" as windows-1252, which is what pages mean by them.
std::string canonicalName(std::string name) {
    name = lower(name);
    if (name == "utf8" || name == "utf-8" || name == "unicode-1-1-utf-8")
        return "UTF-8";
    if (name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "l1" ||
        name == "us-ascii" || name == "ascii" || name == "cp1252" || name == "x-cp1252")
        return "WINDOWS-1252";
    if (name == "cp1251" || name == "x-cp1251")
        return "WINDOWS-1251";
    if (name == "koi8r")
        return "KOI8-R";
    for (char& c : name)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return name;
}

std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    unsigned min = 0;
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
        min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    unsigned cp = b & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

// Valid UTF-8 with at least one multi-byte sequence: legacy encodings almost never are.
bool looksLikeUtf8(std::string_view s) {
    bool multiByte = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8SequenceLength(s, i);
        if (len == 0)
            return false;
        multiByte = multiByte || len > 1;
        i += len;
    }
    return multiByte;
}

struct IconvCloser {
    void operator()(iconv_t cd) const { iconv_close(cd); }
};

std::string attributeValue(std::string_view tag, std::string_view name) {
    const std::string low = lower(tag);
    std::size_t at = 0;
    while ((at = low.find(name, at)) != std::string::npos) {
        std::size_t i = at + name.size();
        while (i < low.size() && std::isspace(static_cast<unsigned char>(low[i])))
            ++i;
        if (i < low.size() && low[i] == '=') {
            ++i;
            while (i < low.size() && std::isspace(static_cast<unsigned char>(low[i])))
                ++i;
            if (i < low.size() && (low[i] == '"' || low[i] == '\''))
                ++i;
            std::size_t end = i;
            while (end < low.size() && !std::isspace(static_cast<unsigned char>(low[end])) &&
                   low[end] != '"' && low[end] != '\'' && low[end] != ';' && low[end] != '>' &&
                   low[end] != '/')
                ++end;
            if (end > i)
                return low.substr(i, end - i);
        }
        at += name.size();
    }
    return {};
}

} // namespace

std::string CharsetDecoder::repairUtf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t ascii = i;
        while (ascii < bytes.size() && static_cast<unsigned char>(bytes[ascii]) < 0x80)
            ++ascii;
        if (ascii > i) {
            out.append(bytes.substr(i, ascii - i));
            i = ascii;
            continue;
        }
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0) {
            out += kReplacement;
            ++i;
        } else {
            out.append(bytes.substr(i, len));
            i += len;
        }
    }
    return out;
}

// The HTML standard's "prescan": look only at <meta> tags in the first bytes. This is not
// parsing the page; the parser runs on the decoded text afterwards.
std::string CharsetDecoder::declaredCharset(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 4096));
    std::size_t at = 0;
    while ((at = head.find('<', at)) != std::string_view::npos) {
        if (head.substr(at, 4) == "<!--") {
            const std::size_t end = head.find("-->", at + 4);
            if (end == std::string_view::npos)
                break;
            at = end + 3;
            continue;
        }
        const std::size_t end = head.find('>', at);
        if (end == std::string_view::npos)
            break;
        const std::string_view tag = head.substr(at, end - at);
        if (lower(tag.substr(0, 5)) == "<meta") {
            std::string charset = attributeValue(tag, "charset");
            if (!charset.empty())
                return charset;
        }
        at = end;
    }
    return {};
}

bool CharsetDecoder::convert(std::string_view bytes, const std::string& charset, std::string& out) {
    const iconv_t raw = iconv_open("UTF-8", charset.c_str());
    if (raw == reinterpret_cast<iconv_t>(-1))
        return false;
    const std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvCloser> cd(raw);
    out.clear();
    out.reserve(bytes.size() * 2);
    std::string buffer(16384, '\0');
    char* in = const_cast<char*>(bytes.data()); // iconv's API is not const-correct
    std::size_t inLeft = bytes.size();
    while (inLeft > 0) {
        char* outPtr = buffer.data();
        std::size_t outLeft = buffer.size();
        const std::size_t rc = iconv(raw, &in, &inLeft, &outPtr, &outLeft);
        out.append(buffer.data(), buffer.size() - outLeft);
        if (rc == static_cast<std::size_t>(-1)) {
            if (errno == E2BIG)
                continue;
            // EILSEQ or EINVAL (truncated sequence): one replacement character, move on.
            out += kReplacement;
            ++in;
            --inLeft;
            iconv(raw, nullptr, nullptr, nullptr, nullptr);
        }
    }
    return true;
}

CharsetDecoder::Decoded CharsetDecoder::decode(std::string_view bytes, std::string_view declared) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return {repairUtf8(bytes.substr(3)), "UTF-8"};
    std::string charset;
    if (bytes.substr(0, 2) == "\xFF\xFE") {
        charset = "UTF-16LE";
        bytes.remove_prefix(2);
    } else if (bytes.substr(0, 2) == "\xFE\xFF") {
        charset = "UTF-16BE";
        bytes.remove_prefix(2);
    } else {
        charset = canonicalName(
            std::string(declared.empty() ? declaredCharset(bytes) : std::string(declared)));
    }
    // A page saved as UTF-8 keeps its old declaration more often than not; trust the bytes
    // when they are valid UTF-8 with non-ASCII in them.
    if (charset.empty() || charset == "UTF-8" || charset == "UTF-16" || charset == "UTF-32")
        return {repairUtf8(bytes), "UTF-8"};
    if (!charset.starts_with("UTF-16") && looksLikeUtf8(bytes))
        return {std::string(bytes), "UTF-8"};
    Decoded decoded;
    decoded.charset = charset;
    if (!convert(bytes, charset, decoded.utf8))
        return {repairUtf8(bytes), "UTF-8"};
    return decoded;
}

} // namespace ct::html

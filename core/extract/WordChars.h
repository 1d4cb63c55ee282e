#pragma once

#include <cstddef>
#include <string_view>

// Just enough UTF-8 to find word edges without a Unicode library: letters of any
// script count as word characters, while the General Punctuation block (curly
// quotes, dashes, "…"), no-break space and guillemets do not, so that
// "Tokayev’s" and "«Putin»" still have edges.
namespace ct::words {

// Bytes [begin, end) of a sentence: a word, a clause.
struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
};

inline bool isAsciiAlnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
inline bool isUpper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
inline bool isLower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}

// Length of the UTF-8 sequence starting with lead byte c (1 for stray bytes).
inline std::size_t seqLen(unsigned char c) {
    if (c < 0xC0)
        return 1;
    if (c < 0xE0)
        return 2;
    if (c < 0xF0)
        return 3;
    return 4;
}

inline bool isWordAt(std::string_view s, std::size_t i) {
    if (i >= s.size())
        return false;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80)
        return isAsciiAlnum(c);
    if (c < 0xC0) // continuation byte: part of whatever started before it
        return true;
    const auto c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c == 0xE2 && (c1 == 0x80 || c1 == 0x81))
        return false; // U+2000..U+207F punctuation and spaces
    if (c == 0xC2 && (c1 == 0xA0 || c1 == 0xAB || c1 == 0xBB))
        return false;
    return true;
}

inline std::size_t prevCharStart(std::string_view s, std::size_t i) {
    if (i == 0)
        return 0;
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        --i;
    return i;
}

inline bool isWordBefore(std::string_view s, std::size_t i) {
    return i > 0 && isWordAt(s, prevCharStart(s, i));
}

// A possessive right after a name: "'s", "’s", or a bare apostrophe after -s.
inline std::size_t possessiveLen(std::string_view s, std::size_t i) {
    if (s.substr(i, 2) == "'s" && !isWordAt(s, i + 2))
        return 2;
    if (s.substr(i, 4) == "\xE2\x80\x99s" && !isWordAt(s, i + 4))
        return 4;
    return 0;
}

inline bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace ct::words

#include "temporal/SentenceTokens.h"

#include "common/Date.h"

namespace ct::temporal {
namespace {

bool isAsciiLetter(unsigned char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// U+2010..U+201F (dashes and curly quotes) are E2 80 90..9F in UTF-8; they
// separate words like their ASCII counterparts.
char unicodePunct(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2 ||
        static_cast<unsigned char>(s[i + 1]) != 0x80)
        return 0;
    const auto c = static_cast<unsigned char>(s[i + 2]);
    if (c >= 0x90 && c <= 0x95)
        return '-';
    if (c == 0x98 || c == 0x99)
        return '\'';
    if (c >= 0x9C && c <= 0x9F)
        return '"';
    return 0;
}

bool isWordByte(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    // Other non-ASCII bytes belong to words, so "Sundayé" is not "Sunday".
    return isAsciiLetter(c) || isDigit(c) || (c >= 0x80 && !unicodePunct(s, i));
}

bool isOrdinalSuffix(std::string_view suffix) {
    if (suffix.size() != 2)
        return false;
    const char a = static_cast<char>(suffix[0] | 0x20), b = static_cast<char>(suffix[1] | 0x20);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
}

std::size_t digitRun(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && isDigit(static_cast<unsigned char>(s[j])))
        ++j;
    return j - i;
}

} // namespace

bool tokenize(std::string_view s, Tokens& out) {
    out.clear();
    bool trigger = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        Token t;
        t.begin = static_cast<std::uint32_t>(i);
        if (const char p = unicodePunct(s, i)) {
            t.kind = TokenKind::Punct;
            t.punct = p;
            i += 3;
        } else if (isDigit(c)) {
            const std::size_t run = digitRun(s, i);
            if (run == 4 && i + 10 <= s.size() && s[i + 4] == '-' && s[i + 7] == '-' &&
                digitRun(s, i + 5) == 2 && digitRun(s, i + 8) == 2 &&
                (i + 10 == s.size() || !isWordByte(s, i + 10))) {
                if (const auto d = parseIsoDate(s.substr(i, 10))) {
                    t.kind = TokenKind::IsoDate;
                    t.number = static_cast<std::int32_t>(d->day_number());
                    i += 10;
                    t.end = static_cast<std::uint32_t>(i);
                    out.push_back(t);
                    trigger = true;
                    continue;
                }
            }
            std::size_t j = i + run;
            std::size_t k = j;
            while (k < s.size() && isWordByte(s, k))
                ++k;
            if (k == j || isOrdinalSuffix(s.substr(j, k - j))) {
                t.kind = TokenKind::Number;
                t.ordinal = k != j;
                t.digits = static_cast<std::uint8_t>(run > 255 ? 255 : run);
                for (std::size_t d = i; d < j && d < i + 9; ++d)
                    t.number = t.number * 10 + (s[d] - '0');
                trigger = trigger || run == 4;
            } else {
                t.kind = TokenKind::Word; // "5G", "10am": not numbers we understand
            }
            i = k;
        } else if (isWordByte(s, i)) {
            std::size_t k = i;
            while (k < s.size() && isWordByte(s, k))
                ++k;
            const std::string_view word = s.substr(i, k - i);
            t.kind = TokenKind::Word;
            t.capitalised = c >= 'A' && c <= 'Z';
            t.info = lookupWord(word);
            if (t.info.tense == TenseRole::Other && t.info.cls == WordClass::None &&
                looksLikeRegularPast(word)) {
                t.info.tense = TenseRole::PastVerb;
                t.guessedPast = true;
            }
            if (t.info.abbreviation && k < s.size() && s[k] == '.')
                ++k; // "Jan." keeps its dot so the match covers it
            trigger = trigger || t.info.trigger;
            i = k;
        } else {
            t.kind = TokenKind::Punct;
            t.punct = static_cast<char>(c);
            ++i;
        }
        t.end = static_cast<std::uint32_t>(i);
        out.push_back(t);
    }
    return trigger;
}

} // namespace ct::temporal

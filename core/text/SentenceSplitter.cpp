#include "text/SentenceSplitter.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace ct {
namespace {

// How a full stop after a known abbreviation behaves.
enum class Abbrev {
    None,
    Title,  // "Mr.", "Gen.": always followed by a name, never ends a sentence
    Before, // "Jan.", "No.", "e.g.": ends one only when a capitalised word follows
};

struct AbbrevEntry {
    std::string_view word; // lowercase, without the final dot
    Abbrev kind;
};

constexpr std::array<AbbrevEntry, 52> kAbbreviations = {{
    {"mr", Abbrev::Title},    {"mrs", Abbrev::Title},     {"ms", Abbrev::Title},
    {"dr", Abbrev::Title},    {"prof", Abbrev::Title},    {"gen", Abbrev::Title},
    {"col", Abbrev::Title},   {"lt", Abbrev::Title},      {"sgt", Abbrev::Title},
    {"capt", Abbrev::Title},  {"cpl", Abbrev::Title},     {"adm", Abbrev::Title},
    {"maj", Abbrev::Title},   {"rev", Abbrev::Title},     {"sen", Abbrev::Title},
    {"rep", Abbrev::Title},   {"gov", Abbrev::Title},     {"pres", Abbrev::Title},
    {"st", Abbrev::Title},    {"mt", Abbrev::Title},      {"ft", Abbrev::Title},
    {"hon", Abbrev::Title},   {"messrs", Abbrev::Title},  {"gens", Abbrev::Title},
    {"jan", Abbrev::Before},  {"feb", Abbrev::Before},    {"mar", Abbrev::Before},
    {"apr", Abbrev::Before},  {"jun", Abbrev::Before},    {"jul", Abbrev::Before},
    {"aug", Abbrev::Before},  {"sep", Abbrev::Before},    {"sept", Abbrev::Before},
    {"oct", Abbrev::Before},  {"nov", Abbrev::Before},    {"dec", Abbrev::Before},
    {"no", Abbrev::Before},   {"nos", Abbrev::Before},    {"vs", Abbrev::Before},
    {"fig", Abbrev::Before},  {"approx", Abbrev::Before}, {"cf", Abbrev::Before},
    {"jr", Abbrev::Before},   {"sr", Abbrev::Before},     {"inc", Abbrev::Before},
    {"ltd", Abbrev::Before},  {"co", Abbrev::Before},     {"corp", Abbrev::Before},
    {"etc", Abbrev::Before},  {"al", Abbrev::Before},     {"est", Abbrev::Before},
    {"dept", Abbrev::Before},
}};

// After "U.S." or an initial a capitalised word is usually a name ("U.S.
// Secretary", "J. R. R. Tolkien"); these are the words that instead tend to
// start a new sentence.
constexpr std::array<std::string_view, 30> kSentenceStarters = {
    "The",   "A",    "An",    "It",    "Its", "He",    "She",  "They", "We", "I",
    "This",  "That", "These", "Those", "But", "And",   "In",   "On",   "At", "However",
    "There", "His",  "Her",   "Their", "Our", "After", "When", "If",   "As", "Meanwhile",
};

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool isUpper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
bool isLower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}
bool isAlpha(unsigned char c) {
    return isUpper(c) || isLower(c);
}

// Length of the UTF-8 punctuation sequence at i that behaves like a closing
// quote (’ ” » ›), an ellipsis (…), or 0.
std::size_t closerAt(std::string_view t, std::size_t i) {
    const auto c = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
    if (i + 3 <= t.size() && c(i) == 0xE2 && c(i + 1) == 0x80 &&
        (c(i + 2) == 0x99 || c(i + 2) == 0x9D || c(i + 2) == 0xBA))
        return 3;
    if (i + 2 <= t.size() && c(i) == 0xC2 && c(i + 1) == 0xBB)
        return 2;
    return 0;
}
bool ellipsisAt(std::string_view t, std::size_t i) {
    return i + 3 <= t.size() && t.compare(i, 3, "\xE2\x80\xA6") == 0;
}

bool isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
}
bool isAsciiCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

// Whether the text holds any word character: letters, digits, or any non-ASCII
// code point other than the common typographic punctuation (U+2010..U+206F,
// « »), so Greek or Cyrillic sentences count as words.
bool hasWordCharacter(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (isAlpha(c) || isDigit(c))
                return true;
            continue;
        }
        const auto c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        const bool punctuation = (c == 0xE2 && (c1 == 0x80 || c1 == 0x81)) ||
                                 (c == 0xC2 && (c1 == 0xAB || c1 == 0xBB || c1 == 0xA0));
        if (!punctuation && c >= 0xC0)
            return true;
    }
    return false;
}

Abbrev lookupAbbreviation(std::string_view word) {
    if (word.empty() || word.size() > 6)
        return Abbrev::None;
    char lower[8];
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        lower[i] = static_cast<char>(isUpper(c) ? c + 32 : c);
    }
    const std::string_view key(lower, word.size());
    for (const auto& entry : kAbbreviations)
        if (entry.word == key)
            return entry.kind;
    return Abbrev::None;
}

// "U.S", "U.N", "e.g", "a.m": letters separated by dots (the final dot excluded).
bool isDottedAcronym(std::string_view word) {
    if (word.size() < 3)
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if ((i % 2 == 0) != isAlpha(c) || ((i % 2 == 1) && c != '.'))
            return false;
    }
    return true;
}

// "1." or "12." opening a paragraph numbers a list item; on its own it is not a
// sentence and would become a dateless event.
bool isListMarker(std::string_view sentenceSoFar) {
    while (!sentenceSoFar.empty() && isSpace(static_cast<unsigned char>(sentenceSoFar.front())))
        sentenceSoFar.remove_prefix(1);
    return !sentenceSoFar.empty() && sentenceSoFar.size() <= 3 &&
           std::all_of(sentenceSoFar.begin(), sentenceSoFar.end(),
                       [](char c) { return isDigit(static_cast<unsigned char>(c)); });
}

bool startsSentence(std::string_view next) {
    std::size_t n = 0;
    while (n < next.size() && isAlpha(static_cast<unsigned char>(next[n])))
        ++n;
    const auto word = next.substr(0, n);
    return std::find(kSentenceStarters.begin(), kSentenceStarters.end(), word) !=
           kSentenceStarters.end();
}

} // namespace

std::vector<Sentence> SentenceSplitter::split(std::string_view text) {
    std::vector<Sentence> out;
    const std::size_t n = text.size();
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };

    std::size_t start = 0;
    const auto emit = [&](std::size_t end) {
        std::size_t b = start, e = std::min(end, n);
        while (b < e && isSpace(at(b)))
            ++b;
        while (e > b && isSpace(at(e - 1)))
            --e;
        if (b < e && hasWordCharacter(text.substr(b, e - b)))
            out.push_back(Sentence{b, e, text.substr(b, e - b)});
        start = end;
    };

    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = at(i);
        if (c == '\n') {
            // A blank line (only spaces between two line breaks) ends a paragraph
            // and with it any sentence, even one without a full stop (titles).
            std::size_t k = i + 1;
            while (k < n && (at(k) == ' ' || at(k) == '\t' || at(k) == '\r'))
                ++k;
            if (k < n && at(k) == '\n') {
                emit(i);
                while (k < n && isSpace(at(k)))
                    ++k;
                start = k;
            }
            i = k;
            continue;
        }
        const bool ellipsisChar = c == 0xE2 && ellipsisAt(text, i);
        if (!isTerminator(static_cast<char>(c)) && !ellipsisChar) {
            ++i;
            continue;
        }

        // The run of terminators and closing quotes/brackets that follows: `?!`,
        // `...`, `."`, `.)`, `”.`.
        const std::size_t punctBegin = i;
        std::size_t dots = 0;
        bool onlyFullStops = true;
        bool ellipsis = false;
        while (i < n) {
            if (isTerminator(text[i])) {
                dots += text[i] == '.';
                onlyFullStops = onlyFullStops && text[i] == '.';
                ++i;
            } else if (ellipsisAt(text, i)) {
                ellipsis = true;
                i += 3;
            } else if (isAsciiCloser(text[i])) {
                ++i;
            } else if (const std::size_t len = closerAt(text, i)) {
                i += len;
            } else {
                break;
            }
        }
        ellipsis = ellipsis || dots >= 2;
        // "3.5", "U.S.-led", "example.com": no space after, no boundary.
        if (i < n && !isSpace(at(i)))
            continue;

        // The next word, skipping spaces and opening quotes/brackets.
        std::size_t next = i;
        while (next < n && isSpace(at(next)) && at(next) != '\n')
            ++next;
        if (next < n && at(next) == '\n') {
            ++next; // a single line break inside a paragraph is just a space
            while (next < n && (at(next) == ' ' || at(next) == '\t' || at(next) == '\r'))
                ++next;
            if (next < n && at(next) == '\n') {
                emit(i); // the paragraph break handles itself next round
                continue;
            }
        }
        std::size_t word = next;
        while (word < n &&
               (at(word) == '"' || at(word) == '\'' || at(word) == '(' || at(word) == '[' ||
                (at(word) == 0xE2 && word + 2 < n && at(word + 1) == 0x80 &&
                 (at(word + 2) == 0x98 || at(word + 2) == 0x9C))))
            word += at(word) == 0xE2 ? 3 : 1;
        const unsigned char first = word < n ? at(word) : 0;
        const std::string_view nextWord = text.substr(std::min(word, n));

        // A lowercase continuation means the stop was stray or an abbreviation:
        // "the green light. for intervention", "e.g. this", "“Why?” he asked".
        bool boundary = !isLower(first);
        if (boundary && onlyFullStops && dots == 1 && !ellipsis) {
            std::size_t w = punctBegin;
            const std::size_t limit = punctBegin > 32 ? punctBegin - 32 : 0;
            while (w > std::max(start, limit) && !isSpace(at(w - 1)) && at(w - 1) != '(' &&
                   at(w - 1) != '"')
                --w;
            const std::string_view before = text.substr(w, punctBegin - w);
            const Abbrev kind = lookupAbbreviation(before);
            if (kind == Abbrev::Title)
                boundary = false;
            else if (kind == Abbrev::Before)
                boundary = isUpper(first);
            else if ((before.size() == 1 && isUpper(static_cast<unsigned char>(before[0]))) ||
                     isDottedAcronym(before))
                boundary = isUpper(first) && startsSentence(nextWord);
            else if (isListMarker(text.substr(start, punctBegin - start)))
                boundary = false;
        } else if (boundary && ellipsis) {
            // "wait... what" continues; "...order… The" starts anew.
            boundary = isUpper(first) || first == 0;
        }
        if (boundary)
            emit(i);
    }
    emit(n);
    return out;
}

} // namespace ct

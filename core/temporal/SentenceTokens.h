#pragma once

#include "temporal/DateVocabulary.h"

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <string_view>

namespace ct::temporal {

enum class TokenKind : std::uint8_t { Word, Number, IsoDate, Punct };

struct Token {
    std::uint32_t begin = 0; // byte offsets in the sentence, end exclusive
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::Word;
    WordInfo info;            // vocabulary entry for words
    bool capitalised = false; // first letter upper case
    bool ordinal = false;     // "6th"
    bool guessedPast =
        false;               // a regular "-ed" form, which may be an adjective ("preferred shares")
    std::uint8_t digits = 0; // length of a number
    char punct = 0;          // ',' ';' '"' ... for Punct tokens ('"' for curly quotes too)
    std::int32_t number = 0; // value of a Number; Boost day number of an IsoDate
};

// Inline capacity covers ordinary news sentences, so tokenising allocates nothing.
using Tokens = boost::container::small_vector<Token, 64>;

// Splits a UTF-8 sentence into words, numbers, ISO dates and punctuation, looks
// every word up once, and tells whether any token can start a temporal
// expression (the caller's early exit).
bool tokenize(std::string_view sentence, Tokens& out);

} // namespace ct::temporal

#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace ct {

struct Sentence {
    std::size_t begin = 0;  // byte offsets into the text given to split(), end exclusive
    std::size_t end = 0;
    std::string_view text;  // trimmed view into that text
};

// Splits prose into sentences. Survives abbreviations ("U.S.", "Jan.", "Mr."),
// initials, decimals, quotes after the full stop, and stray punctuation such as
// ". ." — a sentence made only of punctuation is dropped.
//
// Decisions: a full stop followed by a lowercase word does not end a sentence
// (the seed's "the green light. for intervention" is a typo, not two sentences);
// a blank line always ends one (titles have no full stop); a single line break
// is a space (hard-wrapped text). One pass, no regex, no allocation besides the
// result: the import pipeline needs about 200k sentences/s.
class SentenceSplitter {
public:
    static std::vector<Sentence> split(std::string_view text);
};

} // namespace ct

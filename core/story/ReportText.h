#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ct::story {

// The words of a report that say what happened, for comparing two tellings: lower-cased ASCII
// words (other scripts pass through as bytes), function words, reporting verbs ("said",
// "according") and date words dropped (the date is compared on its own), and a light suffix
// strip so that "attacks", "attacked" and "attacking" meet at "attack".
std::vector<std::string> contentWords(std::string_view text);

// One word's stem, as contentWords makes it: exposed for the event-type vocabulary.
std::string stem(std::string_view lowerWord);

// 16 hex digits naming the sentence's words in order, lower-cased, punctuation and spacing
// dropped: the same sentence republished by another site (wire copy) has the same fingerprint.
std::string fingerprint(std::string_view sentence);

} // namespace ct::story

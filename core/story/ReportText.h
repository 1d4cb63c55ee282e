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

// A content word as a report wrote it: `name` when it was capitalised away from the start of
// the sentence. Local news tells one shooting from the next by the victim's and the street's
// names, words that no list of actors holds ("Throneberry", "Cornelia").
struct ContentWord {
    std::string stem;
    bool name = false;
};

struct TextTerms {
    std::vector<ContentWord> words; // as contentWords, with the names marked
    // The ages the text states ("14-year-old", "two-year-old", "17-month-old", "Darin Booker,
    // 13,") as "age:14", "age:17m": the detail two tellings of one local happening most often
    // share, and one that tells two shootings of a day apart.
    std::vector<std::string> ages;
    // Whom an age is given to when a noun of a sex follows it ("a 16-year-old girl", "his
    // 16-year-old nephew"): see ReportFeatures::agedSexes.
    std::vector<std::uint16_t> agedSexes;
};
TextTerms termsOf(std::string_view text);

// One word's stem, as contentWords makes it: exposed for the event-type vocabulary.
std::string stem(std::string_view lowerWord);

// 16 hex digits naming the sentence's words in order, lower-cased, punctuation and spacing
// dropped: the same sentence republished by another site (wire copy) has the same fingerprint.
std::string fingerprint(std::string_view sentence);

} // namespace ct::story

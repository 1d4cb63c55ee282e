#pragma once

// Text surgery shared by the headline steps of TitleMaker: tokens split on
// spaces with punctuation attached, ASCII word lists, and the shortening steps
// each taking and returning a whole string (titles are short, so copies are
// cheap next to the clarity of one step per function).

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ct::title {

inline constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

inline bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
            return false;
    }
    return true;
}

template <std::size_t N>
bool isOneOf(std::string_view word, const std::array<std::string_view, N>& list) {
    return std::any_of(list.begin(), list.end(),
                       [&](std::string_view w) { return equalsIgnoreCase(word, w); });
}

inline constexpr std::array<std::string_view, 22> kReportingVerbs = {
    "said",      "says",     "added",   "adds",     "told",     "stated",    "states",    "noted",
    "notes",     "reported", "reports", "wrote",    "writes",   "announced", "explained", "claimed",
    "confirmed", "declared", "tweeted", "insisted", "stressed", "say"};
inline constexpr std::array<std::string_view, 22> kLeadingFillers = {
    "and",          "but",          "also",   "meanwhile", "however",  "separately",
    "then",         "so",           "yet",    "still",     "moreover", "furthermore",
    "additionally", "instead",      "indeed", "now",       "thus",     "therefore",
    "nonetheless",  "nevertheless", "or",     "besides"};
inline constexpr std::array<std::string_view, 8> kClauseStarters = {
    "who", "which", "that", "where", "when", "while", "but", "and"};
inline constexpr std::array<std::string_view, 15> kTrailingStarters = {
    "which",  "where", "including", "most",    "especially", "particularly", "notably", "adding",
    "saying", "while", "as",        "despite", "amid",       "following",    "whereas"};
inline constexpr std::array<std::string_view, 24> kFunctionWords = {
    "the",  "a",    "an",   "of",    "to",  "for", "and", "or",  "in",    "on", "at",  "by",
    "with", "from", "that", "which", "who", "its", "his", "her", "their", "as", "but", "than"};
inline constexpr std::array<std::string_view, 28> kTitleWords = {
    "President", "Prime", "Minister", "Foreign",  "Secretary", "State",   "Chancellor",
    "King",      "Queen", "Emir",     "Crown",    "Prince",    "Premier", "Defence",
    "Defense",   "Mr",    "Mr.",      "Mrs",      "Mrs.",      "Ms",      "Ms.",
    "General",   "Vice",  "Deputy",   "Chairman", "Leader",    "Supreme", "leader"};

struct Token {
    std::size_t begin, end;
};

// Words as separated by spaces, punctuation attached: enough for walking
// clause structure without a tagger.
std::vector<Token> tokenize(std::string_view s);
// The next token at or after `from`; empty at the end of the text.
Token tokenAt(std::string_view s, std::size_t from);
// The bare word inside a token: `"rude"` → rude, `said,` → said.
std::string_view bare(std::string_view token);
bool isCapitalised(std::string_view word);
std::string collapseSpaces(std::string_view in);
std::string trimEnds(std::string s);
// "KOLDAN, March 3 (TPA) - Gunmen attacked …", "SAN ANTONIO - A girl …", "(WKRN) – A boy …",
// "— A boy …": the dateline says where and who reported, the timeline says when; the
// headline starts with the statement.
std::string stripDateline(std::string s);
std::string stripKicker(std::string s);
std::string stripLeadingFillers(std::string s);
std::string unwrapQuotes(std::string s);
std::size_t countOf(std::string_view s, std::string_view what);
std::string missingQuote(std::string_view s);
std::string removeStrayClosingQuote(std::string s);
std::string capitaliseFirst(std::string s);

// Shortening steps, least lossy first.
std::string shortenParentheses(std::string s);
std::string dropAsides(std::string s);
std::string dropTrailingClause(std::string s);
std::string dropFillers(std::string s);

} // namespace ct::title

#include "story/ReportText.h"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace ct::story {

namespace {

bool isWordByte(unsigned char c) {
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Words that appear in any report of any happening: articles and pronouns, auxiliaries,
// reporting ("said", "told", "according"), and the date vocabulary, which DateSpan compares
// more exactly than words could.
const std::unordered_set<std::string_view>& stopWords() {
    static const std::unordered_set<std::string_view> words{
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
        "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "with", "would", "you", "your", "s", "t", "said", "says", "say", "told", "tells",
        "according", "reported", "reports", "report", "reporting", "news", "statement", "added",
        "adding", "stated", "earlier", "later", "late", "early", "one", "two", "three", "many",
        "several", "who", "will", "may", "might", "must", "shall", "new", "mr", "mrs", "ms", "dr",
        "per", "cent", "via",
        // date words
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
        "night", "day", "days", "week", "weeks", "month", "months", "year", "years", "last", "next",
        "ago", "am", "pm", "weekend"};
    return words;
}

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

std::string stem(std::string_view w) {
    // Longest suffix first; a stem keeps at least three letters so "news" or "bus" stay whole.
    static constexpr std::array<std::string_view, 8> kSuffixes{"ings", "ing", "edly", "ed",
                                                               "ies",  "es",  "ers",  "s"};
    for (std::string_view suffix : kSuffixes) {
        if (!endsWith(w, suffix) || w.size() < suffix.size() + 3)
            continue;
        if (suffix == "s" && (endsWith(w, "ss") || endsWith(w, "us") || endsWith(w, "is")))
            continue;
        std::string out(w.substr(0, w.size() - suffix.size()));
        if (suffix == "ies")
            out += 'y';
        else if (suffix == "ers")
            out += "er";
        // "shooting" → "shoot", "stopped" → "stop": a doubled final consonant is one.
        else if ((suffix == "ing" || suffix == "ed") && out.size() >= 4 &&
                 out[out.size() - 1] == out[out.size() - 2] && out.back() != 'l' &&
                 out.back() != 's')
            out.pop_back();
        return out;
    }
    return std::string(w);
}

std::vector<std::string> contentWords(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    std::string word;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(static_cast<unsigned char>(text[i])))
            ++i;
        word.clear();
        while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i]))) {
            const char c = text[i++];
            word += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
        // Drop a possessive "'s" split off above (it arrives as the word "s").
        if (word.size() < 2 || stopWords().count(word))
            continue;
        if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            word.size() <= 2)
            continue; // day numbers: the date says them
        out.push_back(stem(word));
    }
    return out;
}

std::string fingerprint(std::string_view sentence) {
    // FNV-1a over the words: collisions matter little (a false "same sentence" only counts
    // two outlets as one), and 64 bits make them vanishingly rare.
    std::uint64_t hash = 1469598103934665603ull;
    bool inWord = false;
    for (const char ch : sentence) {
        const auto c = static_cast<unsigned char>(ch);
        if (!isWordByte(c)) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            hash ^= ' ';
            hash *= 1099511628211ull;
        }
        inWord = true;
        hash ^= (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
        hash *= 1099511628211ull;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int d = 15; d >= 0; --d, hash >>= 4)
        out[std::size_t(d)] = kHex[hash & 15];
    return out;
}

} // namespace ct::story

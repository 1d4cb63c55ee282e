#include "story/ReportText.h"

#include "story/ReportSimilarity.h"

#include <algorithm>
#include <array>
#include <unordered_map>
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

namespace {

// What is left of a word once its inflection is gone is made one form: "price" and "pric(es)",
// "double" and "doubl(ing)", "rally" and "ralli(ed)". Doers stay apart from deeds ("the
// attackers fled" tells of a flight, not of the attack).
std::string endings(std::string out) {
    if (out.size() >= 5 && out.back() == 'e')
        out.pop_back();
    if (out.size() >= 4 && out.back() == 'i')
        out.back() = 'y';
    return out;
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
        return endings(std::move(out));
    }
    return endings(std::string(w));
}

namespace {

struct Token {
    std::string lower;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool capital = false;
};

// Dashes, curly quotes and the like (U+2000..U+206F, E2 80/81 xx in UTF-8) separate words;
// other non-ASCII bytes are letters of other scripts.
bool isTermByte(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        return next != 0x80 && next != 0x81;
    }
    if ((c & 0xC0) == 0x80) { // a continuation byte: of the character it belongs to
        // A character is at most four bytes; a longer run of continuation bytes is no UTF-8,
        // and walking back over it would make a hostile line quadratic.
        std::size_t lead = i;
        while (lead > 0 && i - lead < 3 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80)
            --lead;
        const auto leadByte = static_cast<unsigned char>(text[lead]);
        return (leadByte & 0xC0) == 0x80 || isTermByte(text, lead);
    }
    return isWordByte(c);
}

std::vector<Token> tokensOf(std::string_view text) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isTermByte(text, i))
            ++i;
        if (i == text.size())
            break;
        Token t;
        t.begin = i;
        t.capital = text[i] >= 'A' && text[i] <= 'Z';
        while (i < text.size() && isTermByte(text, i)) {
            const char c = text[i++];
            t.lower += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
        t.end = i;
        out.push_back(std::move(t));
    }
    return out;
}

bool allDigits(std::string_view w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "two-year-old" and "2-year-old", "Thirty people" and "30 protesters" are the same number.
std::string_view numberWord(std::string_view w) {
    static const std::unordered_map<std::string_view, std::string_view> words{
        {"one", "1"},        {"two", "2"},       {"three", "3"},     {"four", "4"},
        {"five", "5"},       {"six", "6"},       {"seven", "7"},     {"eight", "8"},
        {"nine", "9"},       {"ten", "10"},      {"eleven", "11"},   {"twelve", "12"},
        {"thirteen", "13"},  {"fourteen", "14"}, {"fifteen", "15"},  {"sixteen", "16"},
        {"seventeen", "17"}, {"eighteen", "18"}, {"nineteen", "19"}, {"twenty", "20"},
        {"thirty", "30"},    {"forty", "40"},    {"fifty", "50"},    {"sixty", "60"},
        {"seventy", "70"},   {"eighty", "80"},   {"ninety", "90"}};
    const auto it = words.find(w);
    return it == words.end() ? w : it->second;
}

bool isMonth(std::string_view w) {
    static const std::unordered_set<std::string_view> months{
        "january",   "february", "march",    "april",    "may",  "june", "july", "august",
        "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
        "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
    return months.count(w) > 0;
}

// Capitalised words that name institutions and kinds of place every local report names:
// written like names, but no evidence of which happening it is.
bool isGenericCapital(const std::string& stemmed) {
    static const std::unordered_set<std::string> stems = [] {
        std::unordered_set<std::string> out;
        for (std::string_view w :
             {"police",   "county",      "sheriff",   "department", "office",  "city",
              "state",    "street",      "avenue",    "road",       "officer", "chief",
              "deputy",   "authorities", "president", "minister",   "prime",   "government",
              "ministry", "news",        "update",    "posted"})
            out.insert(stem(w));
        return out;
    }();
    return stems.count(stemmed) > 0;
}

// Only the bytes in `gap` (between two tokens) may separate the parts of "14-year-old".
bool joined(std::string_view text, const Token& a, const Token& b) {
    const std::string_view gap = text.substr(a.end, b.begin - a.end);
    return gap.size() == 1 && (gap[0] == '-' || gap[0] == ' ');
}

// Whether a capitalised word opens a sentence-like stretch, where capitals say nothing: after
// a dateline ("KOLDAN, March 3 (TPA) - Gunmen"), a colon, a quotation mark, a bracket or a
// full stop inside the sentence (abbreviations, headlines run together).
bool opensText(std::string_view text, const Token& previous, const Token& word) {
    const std::string_view gap = text.substr(previous.end, word.begin - previous.end);
    return gap.find_first_of(".:;!?\"()[]") != std::string_view::npos ||
           gap.find(" - ") != std::string_view::npos ||
           gap.find("\xE2\x80") != std::string_view::npos; // em/en dash, curly quotes
}

// The sex a person's noun gives ("girl", "nephew"): kFemale, kMale, or 0 for a noun of either
// ("teen", "victim", "child").
std::uint16_t sexOf(std::string_view noun) {
    static const std::unordered_set<std::string_view> female = {
        "girl", "woman", "daughter", "mother",     "sister",      "niece",         "wife",
        "aunt", "lady",  "female",   "girlfriend", "grandmother", "granddaughter", "mom"};
    static const std::unordered_set<std::string_view> male = {
        "boy",   "man",  "son",       "father",      "brother",  "nephew", "husband",
        "uncle", "male", "boyfriend", "grandfather", "grandson", "dad"};
    if (female.count(noun))
        return kAgedFemale;
    if (male.count(noun))
        return kAgedMale;
    return 0;
}

void addAgedSex(std::vector<std::uint16_t>& list, unsigned age, std::uint16_t sex) {
    const auto code = std::uint16_t(age << 2 | sex);
    for (std::uint16_t& c : list)
        if ((c >> 2) == age) {
            c |= sex; // two people of one age and both sexes: no sex to go by
            return;
        }
    list.insert(std::upper_bound(list.begin(), list.end(), code), code);
}

} // namespace

TextTerms termsOf(std::string_view text) {
    const std::vector<Token> tokens = tokensOf(text);
    std::vector<bool> used(tokens.size(), false);
    TextTerms out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view number = numberWord(tokens[i].lower);
        if (!allDigits(number) || number.size() > 3)
            continue;
        // "14-year-old", "17-month-old", "two year old"
        if (i + 2 < tokens.size() && joined(text, tokens[i], tokens[i + 1]) &&
            joined(text, tokens[i + 1], tokens[i + 2]) && tokens[i + 2].lower == "old") {
            const std::string& unit = tokens[i + 1].lower;
            const bool years = unit == "year" || unit == "years";
            const bool months = unit == "month" || unit == "months";
            if (years || months) {
                out.ages.push_back("age:" + std::string(number) + (months ? "m" : ""));
                used[i] = used[i + 1] = used[i + 2] = true;
                if (years && i + 3 < tokens.size() && joined(text, tokens[i + 2], tokens[i + 3]))
                    if (const std::uint16_t sex = sexOf(tokens[i + 3].lower))
                        addAgedSex(out.agedSexes, unsigned(std::stoul(std::string(number))), sex);
                continue;
            }
        }
        // "Darin Booker, 13, was killed": a number set off by commas after a name.
        if (i > 0 && tokens[i - 1].capital && tokens[i].begin >= 2 &&
            text.substr(tokens[i].begin - 2, 2) == ", " && tokens[i].end < text.size() &&
            text[tokens[i].end] == ',' && number.size() <= 3 && number != "0") {
            out.ages.push_back("age:" + std::string(number));
            used[i] = true;
        }
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (used[i])
            continue;
        const std::string word(numberWord(tokens[i].lower));
        // Drop a possessive "'s" split off above (it arrives as the word "s").
        if (word.size() < 2 || stopWords().count(word))
            continue;
        if (allDigits(word)) {
            // The day of "March 3" or "3 March", the year: the date says them. Other numbers
            // (30 protesters, 4100 block, Highway 41) are details of the happening.
            const bool dayOfMonth =
                word.size() <= 2 && ((i > 0 && isMonth(tokens[i - 1].lower)) ||
                                     (i + 1 < tokens.size() && isMonth(tokens[i + 1].lower)));
            const bool year =
                word.size() == 4 && (word.starts_with("19") || word.starts_with("20"));
            if (dayOfMonth || year)
                continue;
            out.words.push_back({word, false});
            continue;
        }
        std::string stemmed = stem(word);
        // "shot", "shots" and "shooting" tell the same thing; so do "died" and "dead".
        if (stemmed == "shot" || stemmed == "gunshot")
            stemmed = "shoot";
        else if (stemmed == "died" || stemmed == "dead" || stemmed == "death" || stemmed == "dies")
            stemmed = "die";
        const bool name = tokens[i].capital && i > 0 &&
                          !opensText(text, tokens[i - 1], tokens[i]) && !isGenericCapital(stemmed);
        out.words.push_back({std::move(stemmed), name});
    }
    return out;
}

std::vector<std::string> contentWords(std::string_view text) {
    std::vector<std::string> out;
    for (ContentWord& w : termsOf(text).words)
        out.push_back(std::move(w.stem));
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

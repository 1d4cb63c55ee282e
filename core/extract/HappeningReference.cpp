#include "extract/HappeningReference.h"

#include "story/ReportSimilarity.h"

#include <algorithm>
#include <array>

namespace ct::undated {
namespace {

std::vector<std::string> lowerWords(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
            word += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        out.push_back(std::move(word));
    return out;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Nouns of a happening. Their kind comes from the story vocabulary; those with none name
// whatever the article told ("the incident").
constexpr std::array<std::string_view, 20> kHappeningNouns = {
    "shooting", "shootings", "shot",    "shots",     "gunfire",  "attack",   "killing",
    "murder",   "homicide",  "stabbing", "slaying",  "explosion", "bombing", "blast",
    "protest",  "riot",      "curfew",  "incident",  "tragedy",  "accident"};
// Nouns of the person a happening befell or who did it.
constexpr std::array<std::string_view, 15> kPersonNouns = {
    "victim", "boy",   "girl", "child",  "toddler",  "teen",     "teenager", "man",
    "woman",  "infant", "baby", "youngster", "son", "daughter", "gunman"};
// Words that may stand between "the" and the noun: "the double shooting", "the fatal shot",
// "the 4-year-old boy", "the young victim".
constexpr std::array<std::string_view, 26> kModifiers = {
    "double", "triple",   "fatal",    "deadly",    "single",  "accidental", "apparent",
    "alleged", "latest",  "weekend",  "morning",   "afternoon", "evening",  "overnight",
    "early",  "late",     "young",    "little",    "wounded", "injured",    "unidentified",
    "year",   "month",    "old",      "drive",     "by"};

bool isNumber(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasWord(std::string_view sentence, std::string_view word) {
    const auto words = lowerWords(sentence);
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

Reference definiteReference(std::string_view sentence) {
    Reference ref;
    const auto words = lowerWords(sentence);
    if (words.size() >= 2 && words[0] == "it" && (words[1] == "happened" || words[1] == "occurred"))
        ref.anyKind = true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] != "the" && words[i] != "this")
            continue;
        std::size_t j = i + 1;
        while (j < words.size() && j - i <= 4 && (in(kModifiers, words[j]) || isNumber(words[j])))
            ++j;
        if (j >= words.size())
            break;
        const std::string& noun = words[j];
        // "the shot" as the noun; "the man shot" is a person and then a verb.
        if (in(kHappeningNouns, noun)) {
            const std::uint32_t kinds = story::featuresOf(noun, {}, {}).kinds;
            if (kinds != 0)
                ref.kinds |= kinds;
            else
                ref.anyKind = true;
        } else if (in(kPersonNouns, noun) && ref.person.empty()) {
            ref.person = noun;
        }
    }
    return ref;
}

std::optional<std::size_t> referent(const Reference& ref, const std::vector<Event>& events,
                                    const std::vector<std::size_t>& news, Date published) {
    if (!ref.found())
        return std::nullopt;
    std::optional<std::size_t> first;
    for (const std::size_t k : news) {
        const Event& e = events[k];
        const DateSpan& when = e.when;
        if (!when.isSingleDay() || when.fuzzy || when.end > published ||
            when.start < published - boost::gregorian::days(7))
            continue;
        const std::uint32_t kinds = story::featuresOf(e.sentence, {}, {}).kinds;
        const bool byKind = (ref.anyKind && kinds != 0) || (ref.kinds & kinds) != 0;
        const bool byPerson =
            !ref.person.empty() && (ref.person == "victim"
                                        ? (kinds & story::Violence) != 0
                                        : hasWord(e.sentence, ref.person));
        if (!byKind && !byPerson)
            continue;
        if (!first)
            first = k;
        else if (events[*first].when.start != when.start)
            return std::nullopt; // two days: which one is meant is not said
    }
    return first;
}

} // namespace ct::undated

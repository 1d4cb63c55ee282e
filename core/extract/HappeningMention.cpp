// Reading one sentence for what it mentions of a happening: definite mentions ("the
// shooting", "the boy"), participants as its subject ("The attackers"), a march that is a
// protest, and the people a telling gives an age.
#include "extract/HappeningMention.h"

#include "story/ReportSimilarity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

namespace ct::undated {
namespace {

struct Word {
    std::string lower;
    bool capital = false; // written with a capital: "March" the month, "Police" opening
    std::size_t end = 0;  // the byte after it
};

std::vector<Word> wordsOf(std::string_view s) {
    std::vector<Word> out;
    Word word;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto u = static_cast<unsigned char>(s[i]);
        if (((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
            if (word.lower.empty())
                word.capital = u >= 'A' && u <= 'Z';
            word.lower += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
            word.end = i + 1;
        } else if (!word.lower.empty()) {
            out.push_back(std::move(word));
            word = {};
        }
    }
    if (!word.lower.empty())
        out.push_back(std::move(word));
    return out;
}

template <std::size_t N> bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Nouns of a happening. Their kind comes from the story vocabulary; those with none name
// whatever the article told ("the incident").
// "The scene" is where the happening told took place ("pronounced dead at the scene").
constexpr std::array<std::string_view, 25> kHappeningNouns = {
    "shooting", "shootings", "shot",          "shots",     "gunfire",   "attack",   "killing",
    "murder",   "homicide",  "stabbing",      "slaying",   "explosion", "bombing",  "blast",
    "protest",  "riot",      "curfew",        "incident",  "tragedy",   "accident", "scene",
    "march",    "rally",     "demonstration", "procession"};
// A protest's nouns the story vocabulary has no kind for ("march" is dropped there as the
// month's name; a lower-case "the march" is the protest).
constexpr std::array<std::string_view, 2> kProtestNouns = {"march", "procession"};
// Crimes a charge names: "faces charges of first-degree murder", "was charged with
// aggravated discharge of a firearm" refer to the act of violence the article told.
constexpr std::array<std::string_view, 8> kChargedCrimes = {
    "murder", "homicide", "manslaughter", "assault", "battery", "discharge", "shooting", "killing"};

struct Participant {
    std::string_view noun;
    std::uint32_t kinds; // the happenings whose participants it names
};
// Who takes part in a happening of a kind: opening a sentence as its subject ("The attackers
// fled …", "The crowd dispersed …", "Police sealed off …") they tell what happened next in
// that happening, a detail of it. Not those who are news of their own (troops, a suspect
// arrested): the kinds of what the sentence tells decide that (detailOf).
constexpr std::array<Participant, 25> kParticipants = {{
    {"attacker", story::Violence},
    {"attackers", story::Violence},
    {"gunman", story::Violence},
    {"gunmen", story::Violence},
    {"assailant", story::Violence},
    {"assailants", story::Violence},
    {"shooter", story::Violence},
    {"shooters", story::Violence},
    {"killer", story::Violence},
    {"killers", story::Violence},
    {"bomber", story::Violence},
    {"bombers", story::Violence},
    {"robbers", story::Violence},
    {"protesters", story::Protest},
    {"protestors", story::Protest},
    {"demonstrators", story::Protest},
    {"marchers", story::Protest},
    {"rioters", story::Protest},
    {"crowd", story::Protest | story::Violence},
    {"crowds", story::Protest | story::Violence},
    {"march", story::Protest},
    {"rally", story::Protest},
    {"demonstration", story::Protest},
    // Police at a protest take part in it; after a shooting they come to investigate, which is
    // their own news ("Police released a photo of the suspect").
    {"police", story::Protest},
    {"officers", story::Protest},
}};
// Nouns of the weapon of an act of violence: "the gun" is the one the article told was fired.
constexpr std::array<std::string_view, 9> kWeaponNouns = {
    "gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "firearm", "weapon", "knife"};
// Nouns of the person a happening befell or who did it.
constexpr std::array<std::string_view, 15> kPersonNouns = {
    "victim", "boy",    "girl", "child",     "toddler", "teen",     "teenager", "man",
    "woman",  "infant", "baby", "youngster", "son",     "daughter", "gunman"};
// Words that may stand between "the" and the noun: "the double shooting", "the fatal shot",
// "the 4-year-old boy", "the young victim".
constexpr std::array<std::string_view, 26> kModifiers = {
    "double",  "triple", "fatal",   "deadly",  "single",    "accidental", "apparent",
    "alleged", "latest", "weekend", "morning", "afternoon", "evening",    "overnight",
    "early",   "late",   "young",   "little",  "wounded",   "injured",    "unidentified",
    "year",    "month",  "old",     "drive",   "by"};

bool isNumber(std::string_view w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isCapitalised(std::string_view w) {
    return w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
           std::islower(static_cast<unsigned char>(w[1]));
}

// The kinds the story vocabulary gives a happening noun, worked out once.
std::uint32_t nounKinds(const std::string& noun) {
    static const std::unordered_map<std::string, std::uint32_t> kinds = [] {
        std::unordered_map<std::string, std::uint32_t> out;
        for (const std::string_view n : kHappeningNouns)
            out[std::string(n)] = in(kProtestNouns, n) ? std::uint32_t(story::Protest)
                                                       : story::featuresOf(n, {}, {}).kinds;
        return out;
    }();
    const auto it = kinds.find(noun);
    return it == kinds.end() ? 0 : it->second;
}

// The participants a sentence's subject names: "The attackers fled", "The two gunmen …",
// "Police sealed off …", after a dateline. Not a possessive ("The protesters' leader").
std::uint32_t subjectParticipant(std::string_view sentence) {
    constexpr std::size_t kDatelineBytes = 60;
    for (std::string_view separator : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "}) {
        const std::size_t at = sentence.find(separator);
        if (at != std::string_view::npos && at < kDatelineBytes) {
            sentence.remove_prefix(at + separator.size());
            break;
        }
    }
    // A subject is the first few words: "The" and two modifiers at most ("The two masked").
    constexpr std::size_t kSubjectWords = 4;
    const auto words = wordsOf(sentence.substr(0, std::min<std::size_t>(sentence.size(), 64)));
    if (words.size() < 3)
        return 0;
    const bool definite = words[0].lower == "the";
    for (std::size_t k = definite ? 1 : 0; k < words.size() && k < kSubjectWords; ++k) {
        const auto it =
            std::find_if(kParticipants.begin(), kParticipants.end(),
                         [&](const Participant& p) { return p.noun == words[k].lower; });
        // "The March figures": the month.
        const bool month = words[k].capital && words[k].lower == "march";
        if (it != kParticipants.end() && !month) {
            // "Police" needs no article; "the attackers" does ("Attackers" is anyone's).
            const bool bare =
                k == 0 && (words[k].lower == "police" || words[k].lower == "officers");
            if (!definite && !bare)
                return 0;
            const std::string_view after = sentence.substr(words[k].end);
            if (after.starts_with("'") || after.starts_with("\xE2\x80\x99"))
                return 0;
            return it->kinds;
        }
        // Only modifiers stand before the noun: lower-case words, not another article.
        if (k > 0 && (words[k].capital || words[k].lower == "the" || words[k].lower == "a" ||
                      words[k].lower == "of"))
            return 0;
    }
    return 0;
}

} // namespace

// `sentence` without its definite mentions of happenings ("the shooting", "the gun"): what is
// left tells a happening only if the sentence does more than refer to one.
std::string withoutMentions(std::string_view sentence) {
    const auto words = wordsOf(sentence);
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].lower == "the" || words[i].lower == "this") {
            std::size_t j = i + 1;
            while (j < words.size() && j - i <= 4 &&
                   (in(kModifiers, words[j].lower) || isNumber(words[j].lower)))
                ++j;
            if (j < words.size() &&
                (in(kHappeningNouns, words[j].lower) || in(kWeaponNouns, words[j].lower))) {
                i = j;
                continue;
            }
        }
        out += words[i].lower;
        out += ' ';
    }
    return out;
}

std::uint32_t extraKinds(std::string_view sentence) {
    const auto words = wordsOf(sentence);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k].lower;
        if (w == "marched" || w == "marching" || w == "marchers" || w == "marcher")
            return story::Protest;
        if (w != "march" && w != "marches")
            continue;
        // "March 3", "in March", "the March figures": the month keeps its capital.
        if (!words[k].capital)
            return story::Protest;
    }
    return 0;
}

Reference definiteReference(std::string_view sentence) {
    Reference ref;
    const auto cased = wordsOf(sentence);
    std::vector<std::string> words;
    words.reserve(cased.size());
    for (const Word& w : cased)
        words.push_back(w.lower);
    if (words.size() >= 2 && words[0] == "it" && (words[1] == "happened" || words[1] == "occurred"))
        ref.anyKind = true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // "faces charges of first-degree murder", "charged with aggravated discharge of a
        // firearm": the crime charged is the act of violence told.
        if (words[i] == "charge" || words[i] == "charges" || words[i] == "charged") {
            constexpr std::size_t kCrimeWords = 5;
            for (std::size_t j = i + 1; j < words.size() && j <= i + kCrimeWords; ++j)
                if (in(kChargedCrimes, words[j]))
                    ref.kinds |= story::Violence;
            continue;
        }
        if (words[i] != "the" && words[i] != "this")
            continue;
        std::size_t j = i + 1;
        while (j < words.size() && j - i <= 4 && (in(kModifiers, words[j]) || isNumber(words[j])))
            ++j;
        if (j >= words.size())
            break;
        const std::string& noun = words[j];
        if (cased[j].capital && (noun == "march" || noun == "marches"))
            continue; // "the March 3 attack": the month
        // "the shot" as the noun; "the man shot" is a person and then a verb.
        if (in(kHappeningNouns, noun)) {
            const std::uint32_t kinds = nounKinds(noun);
            if (kinds != 0)
                ref.kinds |= kinds;
            else
                ref.anyKind = true;
        } else if (in(kWeaponNouns, noun)) {
            ref.kinds |= story::Violence;
        } else if (in(kPersonNouns, noun) && ref.person.empty()) {
            ref.person = noun;
        }
    }
    ref.participant = subjectParticipant(sentence);
    return ref;
}

std::string_view timeAnchor(std::string_view sentence) {
    static constexpr std::array<std::string_view, 5> kPrepositions = {"at", "near", "around",
                                                                      "about", "by"};
    static constexpr std::array<std::string_view, 4> kJoins = {"where", "when", "that", "as"};
    const std::vector<Word> w = wordsOf(sentence);
    const auto begin = [&](std::size_t k) { return w[k].end - w[k].lower.size(); };
    // Only a space between two words: "at the time, police said" ends the phrase.
    const auto spaceAfter = [&](std::size_t k) {
        return sentence.substr(w[k].end, begin(k + 1) - w[k].end) == " ";
    };
    for (std::size_t i = 0; i + 3 < w.size(); ++i) {
        if (!in(kPrepositions, w[i].lower) || w[i + 1].lower != "the")
            continue;
        std::size_t j = i + 2;
        const bool same = w[j].lower == "same" || w[j].lower == "exact";
        j += same ? 1 : 0;
        if (j + 1 >= w.size() || w[j].lower != "time" || !spaceAfter(j))
            continue;
        ++j;
        if (j + 2 < w.size() && w[j].lower == "and" &&
            (w[j + 1].lower == "place" || w[j + 1].lower == "location") && spaceAfter(j) &&
            spaceAfter(j + 1))
            j += 2;
        const bool joined = in(kJoins, w[j].lower);
        // "At the same time police were …" is the narrator's "meanwhile", not an anchor.
        if (same && !joined)
            continue;
        if (joined && (j + 1 >= w.size() || !spaceAfter(j)))
            continue;
        j += joined ? 1 : 0;
        const std::size_t from = begin(j);
        const std::size_t comma = sentence.find_first_of(",;", from);
        std::string_view clause = sentence.substr(
            from, comma == std::string_view::npos ? std::string_view::npos : comma - from);
        while (!clause.empty() && (clause.back() == '.' || clause.back() == ' '))
            clause.remove_suffix(1);
        return clause;
    }
    return {};
}

bool hasWord(std::string_view s, std::string_view word) {
    for (auto p = s.find(word); p != std::string_view::npos; p = s.find(word, p + 1)) {
        const std::size_t e = p + word.size();
        if ((p == 0 || !std::isalnum(static_cast<unsigned char>(s[p - 1]))) &&
            (e >= s.size() || !std::isalnum(static_cast<unsigned char>(s[e]))))
            return true;
    }
    return false;
}

std::vector<std::string_view> agedNames(std::string_view s) {
    std::vector<std::string_view> out;
    // "Newman, 17,": the word before ", NN,".
    for (auto p = s.find(", "); p != std::string_view::npos; p = s.find(", ", p + 1)) {
        std::size_t d = p + 2;
        while (d < s.size() && isDigit(s[d]))
            ++d;
        if (d == p + 2 || d - (p + 2) > 3 || d >= s.size() || s[d] != ',')
            continue;
        std::size_t b = p;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1])))
            --b;
        if (isCapitalised(s.substr(b, p - b)))
            out.push_back(s.substr(b, p - b));
    }
    // "18-year-old Thomas Gutierrez": the capitalised words after the age.
    constexpr std::string_view kAge = "-year-old ";
    for (auto p = s.find(kAge); p != std::string_view::npos; p = s.find(kAge, p + 1)) {
        std::size_t b = p + kAge.size();
        while (b < s.size()) {
            std::size_t e = b;
            while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e])))
                ++e;
            if (!isCapitalised(s.substr(b, e - b)))
                break;
            out.push_back(s.substr(b, e - b));
            b = e + 1;
        }
    }
    return out;
}

} // namespace ct::undated

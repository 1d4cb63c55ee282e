#include "extract/HappeningReference.h"

#include "extract/UndatedNews.h"
#include "story/ReportSimilarity.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <unordered_map>

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

template <std::size_t N> bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Nouns of a happening. Their kind comes from the story vocabulary; those with none name
// whatever the article told ("the incident").
// "The scene" is where the happening told took place ("pronounced dead at the scene").
constexpr std::array<std::string_view, 21> kHappeningNouns = {
    "shooting", "shootings", "shot",     "shots",    "gunfire",   "attack",   "killing",
    "murder",   "homicide",  "stabbing", "slaying",  "explosion", "bombing",  "blast",
    "protest",  "riot",      "curfew",   "incident", "tragedy",   "accident", "scene"};
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

bool recentDay(const DateSpan& when, Date published) {
    return when.isSingleDay() && !when.fuzzy && when.end <= published &&
           when.start >= published - boost::gregorian::days(7);
}

bool isNumber(std::string_view w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The youngest age a report states ("a 3-year-old", "Darin Booker, 13,"), in years.
std::optional<int> youngestAge(const story::ReportFeatures& features) {
    std::optional<int> out;
    for (const std::string& t : features.terms) {
        if (!t.starts_with("age:"))
            continue;
        const bool months = t.back() == 'm';
        const int n = std::atoi(t.c_str() + 4);
        const int years = months ? n / 12 : n;
        if (!out || years < *out)
            out = years;
    }
    return out;
}

// Whether `sentence` introduces the person a later "the <noun>" names: the same noun ("A boy
// was shot" → "the boy"), the victim of an act of violence, or a child by their age ("A
// 3-year-old shot himself" → "the child", "the boy" unless the sentence says "girl").
bool introduces(std::string_view sentence, const story::ReportFeatures& features,
                const std::string& noun) {
    if (noun == "victim")
        return (features.kinds & story::Violence) != 0;
    const auto words = lowerWords(sentence);
    const auto has = [&](std::string_view w) {
        return std::find(words.begin(), words.end(), w) != words.end();
    };
    if (has(noun))
        return true;
    static constexpr std::array<std::string_view, 5> kChild = {"child", "toddler", "infant", "baby",
                                                               "youngster"};
    const bool child = in(kChild, noun);
    const bool teen = noun == "teen" || noun == "teenager";
    const bool gendered = noun == "boy" || noun == "girl";
    if (!child && !teen && !gendered)
        return false;
    const auto age = youngestAge(features);
    if (!age || *age >= 18)
        return false;
    if (teen)
        return *age >= 13;
    if (child)
        return *age < 13;
    return !has(noun == "boy" ? "girl" : "boy");
}

// The kinds the story vocabulary gives a happening noun, worked out once.
std::uint32_t nounKinds(const std::string& noun) {
    static const std::unordered_map<std::string, std::uint32_t> kinds = [] {
        std::unordered_map<std::string, std::uint32_t> out;
        for (const std::string_view n : kHappeningNouns)
            out[std::string(n)] = story::featuresOf(n, {}, {}).kinds;
        return out;
    }();
    const auto it = kinds.find(noun);
    return it == kinds.end() ? 0 : it->second;
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
    return ref;
}

std::optional<std::size_t> referent(const story::ReportFeatures& own, const Reference& ref,
                                    const std::vector<Event>& events, const Referents& among,
                                    Date published) {
    if (!ref.found())
        return std::nullopt;
    std::vector<std::size_t> matches; // positions in `among`
    for (std::size_t m = 0; m < among.events.size(); ++m) {
        const Event& e = events[among.events[m]];
        if (!recentDay(e.when, published))
            continue;
        const story::ReportFeatures& f = *among.features[m];
        const bool byKind = (ref.anyKind && f.kinds != 0) || (ref.kinds & f.kinds) != 0;
        const bool byPerson = !ref.person.empty() && introduces(e.sentence, f, ref.person);
        if (!byKind && !byPerson)
            continue;
        if (!matches.empty() && events[among.events[matches.front()]].when.start != e.when.start)
            return std::nullopt; // two days: which one is meant is not said
        matches.push_back(m);
    }
    if (matches.empty())
        return std::nullopt;
    // Several tellings of that day: the one the mention shares most with ("the shooting on
    // Page Avenue"), the first on a tie.
    std::size_t best = matches.front();
    if (matches.size() > 1) {
        story::TermWeights weights;
        weights.add(own);
        for (const std::size_t m : matches)
            weights.add(*among.features[m]);
        double bestScore = -1;
        for (const std::size_t m : matches) {
            const double score = story::similarity(own, *among.features[m], weights);
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
    }
    return best;
}

std::optional<std::size_t> referredTo(std::string_view sentence, const std::vector<Event>& events,
                                      const Referents& among, Date published) {
    const Reference ref = definiteReference(sentence);
    if (!ref.found())
        return std::nullopt;
    const story::ReportFeatures own = story::featuresOf(sentence, {}, {});
    const auto m = referent(own, ref, events, among, published);
    if (!m || !refersBack(sentence, own, events[among.events[*m]], *among.features[*m]))
        return std::nullopt;
    return among.events[*m];
}

std::vector<std::size_t> recentDays(const std::vector<Event>& events, Date published) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < events.size() && out.size() < kMaxReferents; ++k)
        if (recentDay(events[k].when, published))
            out.push_back(k);
    return out;
}

void linkDatedMentions(std::vector<Event>& events, Date published) {
    // Only the first few happenings of the week can be referred to (recentDays): a file of
    // thousands of dated lines is no article, and comparing all pairs would only cost time.
    const std::vector<std::size_t> recent = recentDays(events, published);
    std::vector<story::ReportFeatures> features;
    for (const std::size_t k : recent)
        features.push_back(story::featuresOf(events[k].sentence, {}, {}));
    Referents earlier;
    for (std::size_t r = 1; r < recent.size(); ++r) {
        Event& e = events[recent[r]];
        if (e.retells >= 0 || e.dateText.empty())
            continue;
        earlier.events.clear();
        earlier.features.clear();
        for (std::size_t q = 0; q < r; ++q)
            if (events[recent[q]].when == e.when && events[recent[q]].sentence != e.sentence) {
                earlier.events.push_back(recent[q]);
                earlier.features.push_back(&features[q]);
            }
        if (!earlier.events.empty())
            if (const auto j = referredTo(e.sentence, events, earlier, published))
                e.retells = int(*j);
    }
}

} // namespace ct::undated

#include "extract/HappeningReference.h"

#include "extract/UndatedNews.h"
#include "story/ReportSimilarity.h"

#include <algorithm>
#include <array>
#include <cstdlib>
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

std::vector<std::string> lowerWords(std::string_view s) {
    std::vector<std::string> out;
    for (Word& w : wordsOf(s))
        out.push_back(std::move(w.lower));
    return out;
}

template <std::size_t N> bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Nouns of a happening. Their kind comes from the story vocabulary; those with none name
// whatever the article told ("the incident").
// "The scene" is where the happening told took place ("pronounced dead at the scene").
constexpr std::array<std::string_view, 25> kHappeningNouns = {
    "shooting", "shootings", "shot",     "shots",    "gunfire",   "attack",   "killing",
    "murder",   "homicide",  "stabbing", "slaying",  "explosion", "bombing",  "blast",
    "protest",  "riot",      "curfew",   "incident", "tragedy",   "accident", "scene",
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
    {"attacker", story::Violence},  {"attackers", story::Violence},
    {"gunman", story::Violence},    {"gunmen", story::Violence},
    {"assailant", story::Violence}, {"assailants", story::Violence},
    {"shooter", story::Violence},   {"shooters", story::Violence},
    {"killer", story::Violence},    {"killers", story::Violence},
    {"bomber", story::Violence},    {"bombers", story::Violence},
    {"robbers", story::Violence},   {"protesters", story::Protest},
    {"protestors", story::Protest}, {"demonstrators", story::Protest},
    {"marchers", story::Protest},   {"rioters", story::Protest},
    {"crowd", story::Protest | story::Violence},
    {"crowds", story::Protest | story::Violence},
    {"march", story::Protest},      {"rally", story::Protest},
    {"demonstration", story::Protest},
    // Police at a protest take part in it; after a shooting they come to investigate, which is
    // their own news ("Police released a photo of the suspect").
    {"police", story::Protest},     {"officers", story::Protest},
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
        const auto it = std::find_if(kParticipants.begin(), kParticipants.end(),
                                     [&](const Participant& p) { return p.noun == words[k].lower; });
        if (it != kParticipants.end()) {
            // "Police" needs no article; "the attackers" does ("Attackers" is anyone's).
            const bool bare = k == 0 && (words[k].lower == "police" || words[k].lower == "officers");
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

} // namespace

std::uint32_t extraKinds(std::string_view sentence) {
    const auto words = wordsOf(sentence);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& w = words[k].lower;
        if (w == "marched" || w == "marching" || w == "marchers" || w == "marcher")
            return story::Protest;
        if (w != "march" && w != "marches")
            continue;
        if (!words[k].capital)
            return story::Protest;
        // "March 3", "March 2022", "in March": the month. "The March ended": a march.
        const bool number = k + 1 < words.size() && isNumber(words[k + 1].lower);
        const bool article = k > 0 && (words[k - 1].lower == "the" || words[k - 1].lower == "a");
        if (article && !number)
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

std::optional<std::size_t> referent(const story::ReportFeatures& own, const Reference& ref,
                                    const std::vector<Event>& events, const Referents& among,
                                    Date published) {
    if (!ref.found())
        return std::nullopt;
    const std::uint32_t wanted = ref.kinds | ref.participant;
    std::vector<std::size_t> matches; // positions in `among`
    for (std::size_t m = 0; m < among.events.size(); ++m) {
        const Event& e = events[among.events[m]];
        if (!recentDay(e.when, published))
            continue;
        const story::ReportFeatures& f = *among.features[m];
        std::uint32_t kinds = f.kinds;
        if ((wanted & story::Protest) != 0 && (kinds & story::Protest) == 0)
            kinds |= extraKinds(e.sentence); // "Thousands marched through Koldan on Tuesday"
        const bool byKind = (ref.anyKind && kinds != 0) || (wanted & kinds) != 0;
        const bool byPerson = !ref.person.empty() && introduces(e.sentence, f, ref.person);
        if (!ref.namedIn.empty()) {
            const auto aged = agedNames(e.sentence);
            // "Daylee N. Newman, 17, was found lying on the floor" names no kind: it tells of
            // the happening by its person, and what befell that person is the act of violence
            // told ("he accidentally shot Newman"); an arrest or a trial is news of its own.
            const bool kindless = kinds == 0 && (wanted & story::Violence) != 0 &&
                                  (wanted & (story::Arrest | story::Court)) == 0;
            if ((byKind || kindless) && std::any_of(aged.begin(), aged.end(), [&](std::string_view name) {
                    return hasWord(ref.namedIn, name);
                }))
                matches.push_back(m);
        } else if (byKind || byPerson) {
            matches.push_back(m);
        }
    }
    const auto day = [&](std::size_t m) { return events[among.events[m]].when.start; };
    const auto oneDay = [&] {
        return std::all_of(matches.begin(), matches.end(),
                           [&](std::size_t m) { return day(m) == day(matches.front()); });
    };
    // "Police on Thursday said the boy was paralyzed in the shooting" mentions Sunday's shooting
    // on the day of the saying, and a report of it there is no new one; the participants were
    // introduced where the happening is told. Where the tellings lie on one day, the mere
    // mentions and their reports on other days are no second happening.
    const bool byKindOnly = !ref.anyKind && ref.person.empty();
    const bool severalDays = !oneDay();
    if (byKindOnly && (ref.participant != 0 || severalDays))
        std::erase_if(matches, [&](std::size_t m) {
            const Event& e = events[among.events[m]];
            return (severalDays && e.retells >= 0) ||
                   ((story::featuresOf(withoutMentions(e.sentence), {}, {}).kinds & wanted) == 0 &&
                    (extraKinds(e.sentence) & wanted) == 0);
        });
    if (matches.empty())
        return std::nullopt;
    if (!oneDay())
        return std::nullopt; // two days: which one is meant is not said
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
                                      const Referents& among, Date published, bool* asDetail) {
    Reference mention = definiteReference(sentence);
    const story::ReportFeatures own = story::featuresOf(sentence, {}, {});
    Reference subject;
    subject.participant = mention.participant;
    mention.participant = 0;
    // A mention of the happening or its person first ("the shooting was an accident").
    if (const auto m = referent(own, mention, events, among, published))
        if (refersBack(sentence, own, events[among.events[*m]], *among.features[*m]))
            return among.events[*m];
    // Then the person it befell, by name ("he accidentally shot Newman").
    Reference named;
    named.kinds = own.kinds;
    named.namedIn = sentence;
    if (own.kinds != 0)
        if (const auto m = referent(own, named, events, among, published))
            if (refersBack(sentence, own, events[among.events[*m]], *among.features[*m]))
                return among.events[*m];
    // Then what its participants did next ("The attackers fled towards the hills").
    if (const auto m = referent(own, subject, events, among, published)) {
        const Event& e = events[among.events[*m]];
        const story::ReportFeatures& f = *among.features[*m];
        if (detailOf(sentence, own, e, f, f.kinds | extraKinds(e.sentence))) {
            if (asDetail)
                *asDetail = true;
            return among.events[*m];
        }
    }
    return std::nullopt;
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

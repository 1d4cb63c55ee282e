#include "story/ReportSimilarity.h"

#include "story/PlaceNames.h"
#include "story/ReportText.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace ct::story {

namespace {

struct KindWord {
    std::string_view stem; // as stem() makes it
    std::uint32_t kind;
};

// Stems, so "shooting", "shot" and "shootings" need one entry or two.
constexpr KindWord kKindWords[] = {
    {"shoot", Violence},      {"shot", Violence},
    {"gunfire", Violence},    {"gunman", Violence},
    {"gunmen", Violence},     {"attack", Violence},
    {"kill", Violence},       {"stab", Violence},
    {"bomb", Violence},       {"explosion", Violence},
    {"blast", Violence},      {"wound", Violence},
    {"injur", Violence},      {"injury", Violence},
    {"fire", Violence},       {"clash", Violence},
    {"fired", Violence},      {"bullet", Violence}, // "fired" stems to "fir", not "fire"
    {"murder", Violence},     {"homicide", Violence},
    {"order", Order},         {"decree", Order},
    {"authoriz", Order},      {"authoris", Order},
    {"instruct", Order},      {"warn", Warning},
    {"threaten", Warning},    {"urg", Warning},
    {"urge", Warning},        {"caution", Warning},
    {"condemn", Warning},     {"call", Call},
    {"phone", Call},          {"telephone", Call},
    {"spoke", Call},          {"conversation", Call},
    {"meet", Meeting},        {"conference", Meeting},
    {"summit", Meeting},      {"videoconference", Meeting},
    {"talk", Call},           {"session", Meeting},
    {"arriv", Arrival},       {"arrive", Arrival},
    {"deploy", Arrival},      {"land", Arrival},
    {"dispatch", Arrival},    {"leave", Departure},
    {"withdraw", Departure},  {"withdrawal", Departure},
    {"depart", Departure},    {"pullout", Departure},
    {"fled", Departure},      {"flee", Departure},
    {"protest", Protest},     {"protester", Protest},
    {"rally", Protest},       {"riot", Protest},
    {"demonstrat", Protest},  {"demonstration", Protest},
    {"unrest", Protest},      {"arrest", Arrest},
    {"detain", Arrest},       {"custody", Arrest},
    {"charg", Arrest},        {"charge", Arrest},
    {"suspect", Arrest},      {"court", Court},
    {"trial", Court},         {"plead", Court},
    {"convict", Court},       {"sentenc", Court},
    {"arraign", Court},       {"resign", Resignation},
    {"dismiss", Resignation}, {"sack", Resignation},
    {"emergency", Emergency}, {"curfew", Emergency},
};

// "called" as stem() makes it (no static string: stem() may need its own tables first).
bool isCalled(const std::string& stemmed) {
    static const std::string called = stem("called");
    return stemmed == called;
}

std::uint32_t kindOf(const std::string& stemmed) {
    // The table's words go through the same stemmer as the reports' words, so that a change
    // to the stemmer cannot make a kind word unreachable.
    static const std::unordered_map<std::string, std::uint32_t> kinds = [] {
        std::unordered_map<std::string, std::uint32_t> out;
        for (const KindWord& k : kKindWords)
            out[stem(k.stem)] |= k.kind;
        return out;
    }();
    const auto it = kinds.find(stemmed);
    return it == kinds.end() ? 0 : it->second;
}

// The vocabulary of reports of any happening of a kind, besides the kinds' own words (kKindWords):
// as stemmed by stem(), so inflections need no entries of their own.
constexpr std::string_view kCommonWords[] = {
    // harm and its means
    "dead", "die", "death", "fatal", "fatally", "hurt", "hit", "struck", "strike", "gun",
    "gunshot", "weapon", "firearm", "round", "victim", "injured", "critical", "stable",
    "serious", "condition", "life", "threatening", "treated", "pronounced", "accident",
    "accidental", "accidentally", "apparent", "apparently",
    // people and their roles
    "man", "men", "woman", "women", "boy", "girl", "child", "children", "kid", "teen",
    "teenager", "toddler", "baby", "infant", "youth", "person", "people", "resident",
    "neighbor", "neighbour", "family", "friend", "relative", "mother", "father", "parent",
    "son", "daughter", "brother", "sister", "wife", "husband", "boyfriend", "girlfriend",
    "student", "shooter", "gunman", "group",
    // those who respond and tell
    "police", "officer", "cop", "deputy", "deputies", "sheriff", "detective", "investigator",
    "authority", "authorities", "official", "department", "office", "agency", "spokesman",
    "spokeswoman", "chief", "trooper", "medical", "examiner", "paramedic", "county", "city",
    "town", "state",
    // settings
    "home", "house", "residence", "apartment", "street", "road", "avenue", "block", "area",
    "neighborhood", "scene", "car", "vehicle", "hospital", "school", "building", "outside",
    "inside", "near", "front",
    // the telling
    "incident", "investigation", "investigate", "case", "call", "found", "find", "respond",
    "identify", "identified", "confirm", "believe", "happen", "happened", "occur", "took",
    "taken", "take", "went", "go", "got", "get", "came", "come", "made", "make", "ran", "run",
    "time", "times", "multiple", "around", "hour", "minute", "update", "updated", "latest",
    "continue", "continuing", "released", "information"};

bool containsWord(std::string_view text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string_view::npos;
         at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool endOk =
            end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (startOk && endOk)
            return true;
    }
    return false;
}

// Cues that a sentence tells of something announced or planned rather than done: an
// announcement and the thing announced are two happenings, even on one day. `kinds`: what the
// sentence names (an announced charge or arrest is done by announcing it: "Police announced
// charges Sunday for a boy who allegedly killed …" reports the charge).
bool isProspective(std::string_view sentence, std::uint32_t kinds) {
    std::string lower(sentence);
    for (char& c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::string_view kCues[] = {
        "will",          "won't",      "plans to",  "planned",     "plan to", "is to",
        "are to",        "to be held", "scheduled", "expected to", "set to",  "going to",
        "in the coming", "agreed to",  "promised",  "pledged",     "intends"};
    for (std::string_view cue : kCues)
        if (containsWord(lower, cue))
            return true;
    const bool doneByAnnouncing = (kinds & (Arrest | Court)) != 0;
    if (!doneByAnnouncing && (containsWord(lower, "announced") || containsWord(lower, "announces")))
        return true;
    // A headline's "Peacekeepers to leave Kazakhstan today": no full stop, and "to" + verb.
    const bool headline = !sentence.empty() && sentence.back() != '.' && sentence.back() != '!' &&
                          sentence.back() != '?' && sentence.back() != '"';
    return headline && containsWord(lower, "to");
}

// "SWAT team and other area police agencies were called to a home on McAfee Farm Road",
// "Deputies were called out to the scene": responders sent to a place, the start of their part
// in the happening, not a call someone made (a phone call, a call for calm). Passive "called"
// followed by "to" (or "out to") says so.
bool tellsADispatch(std::string_view sentence) {
    // Most sentences have no "called" at all: only those are lower-cased and searched.
    if (sentence.find("called") == std::string_view::npos)
        return false;
    std::string lower(sentence);
    for (char& c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::string_view kDispatches[] = {
        "was called to",  "were called to",  "been called to",  "being called to",
        "was called out", "were called out", "been called out", "are called to",
        "is called to",   "be called to"};
    for (std::string_view d : kDispatches)
        if (containsWord(lower, d))
            return true;
    return false;
}

} // namespace

bool isParticular(std::string_view term) {
    if (term.empty())
        return false;
    if (term[0] == '@' || term[0] == '#' || term.starts_with("age:"))
        return true;
    // "4700 block", not "four people" or "six times"; nor the emergency number, which every
    // emergency's report may name ("a 911 call from inside the home", "calling 911").
    if (std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return term.size() >= 3 && term != "911" && term != "999" && term != "112";
    static const std::unordered_set<std::string> common = [] {
        std::unordered_set<std::string> out;
        for (const std::string_view w : kCommonWords)
            out.insert(stem(w));
        return out;
    }();
    const std::string word(term);
    return kindOf(word) == 0 && common.count(word) == 0;
}

int sharedParticulars(const ReportFeatures& a, const ReportFeatures& b) {
    int n = 0;
    for (const std::string& t : a.terms)
        if (isParticular(t) && std::find(b.terms.begin(), b.terms.end(), t) != b.terms.end())
            ++n;
    return n;
}

ReportFeatures featuresOf(std::string_view sentence, const std::vector<std::string>& actors,
                          const std::vector<std::string>& places) {
    ReportFeatures f;
    std::unordered_set<std::string> seen;
    TextTerms text = termsOf(sentence);
    // Who was killed died: "died after getting caught up in a gun battle" and "was shot and
    // killed" tell of one death.
    if (std::any_of(text.words.begin(), text.words.end(),
                    [](const ContentWord& w) { return w.stem == "kill"; }))
        text.words.push_back({"die", false});
    const bool dispatch = tellsADispatch(sentence);
    for (ContentWord& word : text.words) {
        if (!dispatch || !isCalled(word.stem))
            f.kinds |= kindOf(word.stem);
        if (word.name)
            f.names.push_back(word.stem);
        if (seen.insert(word.stem).second)
            f.terms.push_back(std::move(word.stem));
    }
    for (std::string& age : text.ages)
        if (seen.insert(age).second)
            f.terms.push_back(std::move(age));
    f.agedSexes = std::move(text.agedSexes);
    for (const std::string& a : actors)
        if (!a.empty() && seen.insert("@" + a).second)
            f.terms.push_back("@" + a);
    for (const std::string& p : places)
        if (!p.empty())
            if (std::string term = placeTerm(p); seen.insert(term).second)
                f.terms.push_back(std::move(term));
    std::sort(f.names.begin(), f.names.end());
    f.names.erase(std::unique(f.names.begin(), f.names.end()), f.names.end());
    f.prospective = isProspective(sentence, f.kinds);
    return f;
}

// The pool of same-day reports is often two: the new one and one candidate. Plain IDF over
// two documents weighs every shared word below every unshared one, so two tellings of one
// happening would look less alike the more words they share. Counting ten background reports
// that use none of the words keeps IDF mild for small pools and strong for a busy day's many.
constexpr int kBackgroundDocuments = 10;

void TermWeights::add(const ReportFeatures& report) {
    ++m_documents;
    for (const std::string& t : report.terms)
        ++m_documentFrequency[t];
}

double TermWeights::weight(const std::string& term) const {
    const auto it = m_documentFrequency.find(term);
    return weightOf(term, m_documents, it == m_documentFrequency.end() ? 0 : it->second);
}

double TermWeights::weightOf(std::string_view term, int documents, int df) {
    const double idf =
        std::log(1.0 + double(documents + kBackgroundDocuments) / double(std::max(df, 1)));
    const bool entity =
        !term.empty() && (term[0] == '@' || term[0] == '#' || term.starts_with("age:"));
    return entity ? 2.0 * idf : idf;
}

namespace {

double sideWeight(const std::string& term, const ReportFeatures& side, const TermWeights& weights) {
    const double w = weights.weight(term);
    return std::binary_search(side.names.begin(), side.names.end(), term) ? kNameBoost * w : w;
}

} // namespace

double similarity(const ReportFeatures& a, const ReportFeatures& b, const TermWeights& weights,
                  int* sharedOut) {
    if (sharedOut)
        *sharedOut = 0;
    if (a.terms.empty() || b.terms.empty())
        return 0.0;
    std::unordered_set<std::string_view> inB(b.terms.begin(), b.terms.end());
    double dot = 0, normA = 0, normB = 0;
    int shared = 0;
    for (const std::string& t : a.terms) {
        const double w = sideWeight(t, a, weights);
        normA += w * w;
        if (inB.count(t)) {
            dot += w * sideWeight(t, b, weights);
            ++shared;
        }
    }
    // One word in common is a coincidence, not a story: two one-word sentences would
    // otherwise be identical.
    if (sharedOut)
        *sharedOut = shared;
    if (shared < 2)
        return 0.0;
    for (const std::string& t : b.terms) {
        const double w = sideWeight(t, b, weights);
        normB += w * w;
    }
    return dot / std::sqrt(normA * normB);
}

bool agedSexesDiffer(const std::vector<std::uint16_t>& a, const std::vector<std::uint16_t>& b) {
    for (const std::uint16_t x : a)
        for (const std::uint16_t y : b)
            if ((x >> 2) == (y >> 2) && (x & y & 3) == 0)
                return true;
    return false;
}

bool contradicts(const ReportFeatures& a, const ReportFeatures& b) {
    if (a.kinds != 0 && b.kinds != 0 && (a.kinds & b.kinds) == 0)
        return true;
    return a.prospective != b.prospective;
}

} // namespace ct::story

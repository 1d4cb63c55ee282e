#pragma once

#include "model/DateSpan.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ct::story {

// What a report says, reduced to what comparing two reports needs.
struct ReportFeatures {
    std::vector<std::string> terms; // distinct content words, plus "@actor" and "#place" terms
                                    // and the ages it states ("age:14")
    std::vector<std::string> names; // sorted: the terms this report wrote as names
    std::uint32_t kinds = 0;        // bit set of EventKind: what sort of happening it names
    bool prospective = false;       // announced, planned, "will": not (yet) the thing itself
    // The sexes it gives people of a stated age ("a 16-year-old girl", "his 16-year-old
    // nephew"): age << 2 | kAgedFemale / kAgedMale (both when it gives that age to both), sorted.
    // A 16-year-old girl and a 16-year-old boy are two people: see contradicts.
    std::vector<std::uint16_t> agedSexes;
};
constexpr std::uint16_t kAgedFemale = 1, kAgedMale = 2;

// Kinds of happening, from the verbs and nouns that name them. Two reports that both name
// kinds but share none tell of different happenings, however many words they share: "Tokayev
// ordered troops to fire" and "Blinken warned Tokayev" on the same day.
enum EventKind : std::uint32_t {
    Violence = 1u << 0,  // shooting, attack, killing, explosion
    Order = 1u << 1,     // order, decree, authorise
    Warning = 1u << 2,   // warn, threaten, urge
    Call = 1u << 3,      // a phone call, conversation
    Meeting = 1u << 4,   // meeting, conference, summit, talks
    Arrival = 1u << 5,   // arrive, deploy, send troops
    Departure = 1u << 6, // leave, withdraw
    Protest = 1u << 7,   // protest, rally, riot
    Arrest = 1u << 8,    // arrest, detain, charge
    Court = 1u << 9,     // court, trial, sentence, plead
    Resignation = 1u << 10,
    Emergency = 1u << 11, // state of emergency, curfew
};

ReportFeatures featuresOf(std::string_view sentence, const std::vector<std::string>& actors,
                          const std::vector<std::string>& places);

// Inverse document frequencies over the reports being compared: a word that every report of
// those days uses ("Kazakhstan" in a story about Kazakhstan) says little about which
// happening a report tells of. idf = ln(1 + (N + 10) / df): ten background reports that
// use none of the words smooth it, so that a pool of two does not make shared words weigh
// less than unshared ones.
class TermWeights {
  public:
    void add(const ReportFeatures& report);
    // For a caller that counts the pool itself (the store's merge index): `documents` reports
    // in all, `term` used by `frequency` of them.
    void setCounts(int documents) { m_documents = documents; }
    void setFrequency(const std::string& term, int frequency) {
        m_documentFrequency[term] = frequency;
    }
    double weight(const std::string& term) const;
    // weight() of a term that `frequency` of `documents` reports use: for a caller that keeps
    // its own counts (the store's merge index scores on term ids, with the same arithmetic).
    static double weightOf(std::string_view term, int documents, int frequency);

  private:
    std::unordered_map<std::string, int> m_documentFrequency;
    int m_documents = 0;
};

// A word one report wrote as a name weighs like an actor on that side: "Guzman said" opening
// one sentence and "the killing of Guzman" in another still share the name.
constexpr double kNameBoost = 2.0;

// Cosine of the two reports' weighted term sets (0..1). Actors, places, ages and the words a
// report writes as names weigh twice a word: who, where and how old are the strongest evidence
// that two sentences tell of one happening.
// Fewer than two terms in common count as nothing in common. `shared`, when given, is set to
// how many terms they have in common.
double similarity(const ReportFeatures& a, const ReportFeatures& b, const TermWeights& weights,
                  int* shared = nullptr);

// Whether a term tells which happening a report is of, not only what sort: an actor, a place,
// an age, a number of three digits or more (a street number, a block; not an emergency number such
// as 911, which every emergency's report may name), or a content word outside
// the vocabulary every report of its kind uses — the kinds of happening ("shot", "killed",
// "charged"), the people and roles of any such report ("man", "boy", "victim", "police",
// "deputies"), its settings ("home", "street", "hospital", "scene") and its telling ("found",
// "identified", "incident"). Such words are shared by two shootings of one evening as readily
// as by two tellings of one; a name, a street, an age or a rare word ("Thanksgiving",
// "backseat", "glove box") is not. Capitals do not make a common word particular: "Police" and
// "Sheriff's Office" are written so in every report.
bool isParticular(std::string_view term);
// How many of the terms `a` and `b` share are particular.
int sharedParticulars(const ReportFeatures& a, const ReportFeatures& b);

// True when they cannot tell of one happening whatever their words: kinds named on both sides
// with none in common, or one reports what the other only announces.
bool contradicts(const ReportFeatures& a, const ReportFeatures& b);

// Whether one age is given to a girl (a woman, a daughter) on one side and only to a boy (a
// man, a son) on the other: two people. The victims of two shootings of one day share an age
// as readily as a day ("a 16-year-old girl was shot and killed", "accused of shooting his
// 16-year-old nephew"), and one report that tells of a boy rules its event out for a report
// of a girl of that age, whatever the event's other reports say (StoryMerger::decide).
bool agedSexesDiffer(const std::vector<std::uint16_t>& a, const std::vector<std::uint16_t>& b);

} // namespace ct::story

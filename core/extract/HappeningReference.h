#pragma once

#include "common/Date.h"
#include "extract/HappeningMention.h"
#include "model/Event.h"
#include "story/ReportSimilarity.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Definite mentions of what an article already told: "the shooting", "the single shot", "the
// victim", "It happened …". A reporter introduces a happening once ("A boy was shot in the head
// Friday") and then refers back to it without a date ("The boy was taken to a hospital", "the
// shooting was an accident"); such a sentence is another report of that happening, whatever
// words it shares with the first telling.
namespace ct::undated {

// Events a mention may refer to: their indices in the article's events and the story features
// of each one's sentence (story::featuresOf, made once per article).
struct Referents {
    std::vector<std::size_t> events;
    std::vector<const story::ReportFeatures*> features;
};

// The one happening among `among` that `ref` points back to: those told on a single day in the
// week before `published` that name its kind (or, for a person, whose sentence introduces that
// person: "A boy was shot" for "the boy"; any act of violence for "the victim"). All of them
// must lie on one day — an article that tells two shootings on two days leaves "the shooting"
// unresolved. Of several on that day, the one the mention (`own`: its features) shares most
// with ("the shooting on Page Avenue"), the first (the lede's telling) on a tie. Its position
// in `among`, or nothing.
std::optional<std::size_t> referent(const story::ReportFeatures& own, const Reference& ref,
                                    const std::vector<Event>& events, const Referents& among,
                                    Date published);

// The index among the article's `events` of the happening `sentence` refers back to by a
// definite mention, when the article tells one such happening and the sentence may be another
// report of it (UndatedNews' refersBack: no other kind of happening, no other victim's age, no
// quotation).
// `asDetail` (optional) says the link is by a participant subject only, a detail of the
// happening: the caller checks it names no place the happening's telling does not.
std::optional<std::size_t> referredTo(std::string_view sentence, const std::vector<Event>& events,
                                      const Referents& among, Date published,
                                      bool* asDetail = nullptr);

// The index among the article's `events` of the act of violence an undated lede sentence tells
// as news ("Another man, Jose Marte, 34, was shot once in the left leg") when the article dates
// such acts on one day only in the week before publication: a local report tells one shooting,
// and the lede's undated sentences of violence are its details, whatever words they share with
// the dated telling. Only a sentence that tells violence and nothing else (an arrest or a
// charge is news of its own; fleeing the scene is part of it), and that may be another report
// of it (refersBack: no other victim's age, no quotation, no plan).
std::optional<std::size_t> sameViolence(std::string_view sentence, const std::vector<Event>& events,
                                        const Referents& among, Date published);

// The events a mention may refer to: those told on a single day in the week before
// `published`, the first kMaxReferents of them (an article tells a few happenings).
constexpr std::size_t kMaxReferents = 16;
std::vector<std::size_t> recentDays(const std::vector<Event>& events, Date published);

// Dated sentences that mention a happening told earlier in the article on the same day ("The
// shooting happened around 7 a.m. Tuesday" after "a three-year-old shot himself Tuesday
// morning") are linked to it (Event::retells), as undated ones are.
void linkDatedMentions(std::vector<Event>& events, Date published);

// A sentence whose act the article places at the time of another happening it tells, and that
// dates nothing of its own — its date words date the saying ("Evans was caught on surveillance
// video firing a gun near the time McMillian was shot, the chief said at a news conference
// Tuesday morning"), or it has none and its date is an undated lede's estimate ("… firing a
// weapon at the same time and place where McMillian was killed") — is another report of that
// happening: it takes the happening's day and is linked to its telling (Event::retells). The
// anchor's happening is found as an undated sentence's would be: the one act of violence the
// article dates, or the happening a definite mention in the clause names.
void linkTimeAnchors(std::vector<Event>& events, Date published);

// A period of up to a week and a day inside it that one article both dates a happening by
// ("Police say Maldonado shot four people over the weekend", "… a man they say shot four people
// during a brawl on Sunday morning") tell of one happening when the article tells one of that
// kind inside the period, on one day: the later telling is linked to the earlier
// (Event::retells). Only the same kind of happening, neither one announced, and an arrest or a
// charge only with an arrest or a charge (it is news of its own). Of several tellings of that
// day, the one the other shares most with.
void linkDaysInPeriods(std::vector<Event>& events);

} // namespace ct::undated

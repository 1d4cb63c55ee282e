#pragma once

#include "common/Date.h"
#include "model/Event.h"
#include "story/ReportSimilarity.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Clause-level reading for EventExtractor: which clause a date belongs to, and whether an
// undated sentence tells the article's news ("President X has fled the country").
namespace ct::undated {

struct Subordinate {
    std::size_t subordinator = 0; // where " since " etc. stands
    std::size_t clause = 0;       // where the clause's own words start
};

// The subordinate clause holding the date at `dateBegin`, opened after `from` by "since",
// "when", "after", "because", ", which" …; nothing when the date is in the main clause.
// "after rising fuel prices" has no verb of its own: a prepositional phrase, not a clause;
// "since 1991" is the date's own preposition.
std::optional<Subordinate> subordinateClause(std::string_view s, std::size_t from,
                                             std::size_t dateBegin);

// Whether the date at [dateBegin, dateEnd) frames the telling instead of dating a happening:
// the dateline's ("KOLDAN, March 3 (TPA) -", "(November 28, 2016) –") or the attribution's
// ("…, the ministry said on Saturday", "police announced charges Sunday"). A sentence that
// also dates its happening is one report of it, not a second one on the day of the saying.
bool framesReport(std::string_view s, std::size_t dateBegin, std::size_t dateEnd);

// The attribution's part of framesReport: a reporting verb a few words before the date, with
// nothing between them but the circumstances of the saying ("said at a news conference").
bool datesTheSaying(std::string_view s, std::size_t dateBegin, std::size_t dateEnd);

// Whether the date at [dateBegin, dateEnd), the only one `s` tells, dates the saying of an act of
// violence rather than the act: "A 14-year-old boy is accused of shooting his mother …, state
// police said Thursday", "A boy who shot himself … has died, family members confirmed
// Thursday". Local news tells a shooting days later and dates only its telling; the act is on
// or shortly before the day of the saying, as an undated lede's is before publication.
bool datesOnlyTheSaying(std::string_view s, std::size_t dateBegin, std::size_t dateEnd);

// A main clause that reports a happening: simple past or present perfect, a statement (not
// a quote, question, opinion, or a plan for the future), a few words long.
bool tellsNews(std::string_view clause);

// The happening an opening attribution reports: "Police say a 15-year-old is dead after a
// shooting", "OVERLAND, MO (KTVI) - Deputies said that a rifle went off" give what follows the
// reporting verb; local news opens that way as often as not. Empty when the clause does not
// open with a short subject and a reporting verb, or the rest names no kind of happening
// ("Police said they were investigating" reports no happening).
std::string_view reportedHappening(std::string_view clause);

// Whether an undated sentence further down the article retells `event`, a happening the
// article tells already (dated, or its undated lede): told as a statement in the past, it
// names the same kind of happening and shares its particulars as the story merger would judge
// two reports of one happening — "Detectives said the child got the pistol … and accidentally
// shot himself" in an article whose lede tells that "a three-year-old shot himself in the chest
// Tuesday morning". `weights` are those of the article's sentences.
constexpr double kRetellingThreshold = 0.2;
bool retells(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
             const story::ReportFeatures& eventFeatures, const story::TermWeights& weights);

// Whether an undated sentence that tells an act of violence and nothing else ("Melton … then
// jumped into a car and began to shoot into the crowd") continues `setting`, a dated sentence
// before it that names no kind of happening and sets the scene ("Around 10 p.m. Saturday, teens
// were celebrating a sweet sixteen birthday party at a home …"): told in the past, no plan,
// quotation or other victim's age. The caller asks only when the article dates no act of
// violence of its own and one such setting.
bool continuesSetting(std::string_view sentence, const story::ReportFeatures& own,
                      const Event& setting, const story::ReportFeatures& settingFeatures);

// Whether `sentence`, which refers back to `event` by a definite mention (HappeningReference:
// "the shooting", "the boy"), may be another report of it: the reporter's account in the past
// or the present ("is being charged in connection with the double shooting"), no plan or
// quotation, no other victim's age, and no other kind of happening ("The man was arrested" is
// the arrest, not the shooting).
bool refersBack(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
                const story::ReportFeatures& eventFeatures);

// Whether `sentence`, whose subject names participants of `event`'s happening ("The attackers
// fled towards the Sarn hills", "The march ended peacefully", "Police sealed off the street"),
// tells a detail of it rather than news of its own: a statement in the past as a lede would
// tell news (tellsNews), no quotation, plan or other victim's age, and nothing of another kind
// than the happening's (`eventKinds`) but a movement at the scene of an attack or a protest
// (fled, arrived). An arrest, a charge or a meeting is a happening of its own.
bool detailOf(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
              const story::ReportFeatures& eventFeatures, std::uint32_t eventKinds);

// The words of `text` that carry meaning (lower case, four letters or more).
std::vector<std::string> contentWords(std::string_view text);

// The event among `dated` (events the article dates with date words) that tells the same
// happening as an undated sentence of its lede, as the story merger would judge two reports:
// "During the argument, Graham fired a shot, hitting his nephew" in an article whose other
// sentence dates Graham's argument with his nephew "around 4 p.m. Friday". Only a day or a
// few days in the week before publication: a report days after the happening tells it
// without a date as often as with one. Nothing when no dated event tells it.
// `datedFeatures` holds story::featuresOf of each dated event's sentence, made once per article.
const Event* datedRetelling(std::string_view sentence, const std::vector<Event>& dated,
                            const std::vector<story::ReportFeatures>& datedFeatures,
                            Date published);

// Whether a candidate with these content words is told again in `other`: most of them
// recur there (the lede restated, with its date, in the first body sentence).
bool restatedIn(const std::vector<std::string>& content, std::string_view other);

} // namespace ct::undated

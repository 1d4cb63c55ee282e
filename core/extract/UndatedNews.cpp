#include "extract/UndatedNews.h"

#include "extract/HappeningMention.h"
#include "story/ReportSimilarity.h"
#include "story/StoryMerger.h"
#include "temporal/TemporalResolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace ct::undated {
namespace {

// Words of opinion and of what may come: such a sentence is not a reported happening.
// A promise or pledge is a plan, as "will" is: what is promised has not happened.
constexpr std::array<std::string_view, 20> kNotNews = {
    "should",  "must",     "may",    "might",   "believe", "believes", "think",
    "thinks",  "opinion",  "if",     "would",   "could",   "will",     "hope",
    "promise", "promised", "pledge", "pledged", "vow",     "vowed"};

// Verbs that report what someone said: such a sentence is an account, not the happening.
// "described him as", "recalled" characterise or remember: also someone's account.
constexpr std::array<std::string_view, 19> kReporting = {
    "said",    "says",    "told",      "added",    "according", "informed",  "stated",
    "noted",   "claimed", "insist",    "insisted", "stressed",  "explained", "warned",
    "tweeted", "wrote",   "described", "describe", "recalled"};

std::vector<std::string> lowerWords(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            out.push_back(word);
        word.clear();
    };
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        const bool letter = (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
        if (letter || (u >= '0' && u <= '9') || u >= 0x80)
            word += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
        else
            flush();
    }
    flush();
    return out;
}

// What an outlet says of itself: "The Daily Star publishes Tarvia Press Agency reports as
// received", "This article is published by …", "Agency reports are printed unedited". A habit
// of the publication in the present tense, whatever past participle follows ("received"), is
// the paper's furniture, not a happening it reports.
bool isHouseNotice(const std::vector<std::string>& words) {
    // Verbs only a publication does ("prints" and "carries" are also nouns and deeds).
    static constexpr std::array<std::string_view, 4> kPresentPublishing = {
        "publishes", "reprints", "republishes", "syndicates"};
    static constexpr std::array<std::string_view, 7> kPublished = {
        "published", "printed", "reprinted", "republished", "edited", "syndicated", "reproduced"};
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (std::find(kPresentPublishing.begin(), kPresentPublishing.end(), words[k]) !=
            kPresentPublishing.end())
            return true;
        // "is published by", "are printed as received", "is not edited"
        if (words[k] != "is" && words[k] != "are")
            continue;
        for (std::size_t j = k + 1; j < words.size() && j <= k + 2; ++j)
            if (std::find(kPublished.begin(), kPublished.end(), words[j]) != kPublished.end())
                return true;
    }
    return false;
}

bool isQuote(std::string_view s) {
    return s.starts_with("\"") || s.starts_with("\xE2\x80\x9C") || s.starts_with("'") ||
           s.starts_with("\xE2\x80\x98");
}

} // namespace

std::optional<Subordinate> subordinateClause(std::string_view s, std::size_t from,
                                             std::size_t dateBegin) {
    // One pass back over the words before the date (every sentence with a date comes
    // here, so no search per subordinator): the nearest subordinator wins.
    dateBegin = std::min(dateBegin, s.size());
    std::size_t end = dateBegin;
    while (end > from) {
        while (end > from && s[end - 1] == ' ')
            --end;
        std::size_t begin = end;
        while (begin > from && s[begin - 1] != ' ')
            --begin;
        if (begin == end)
            break;
        const std::string_view word = s.substr(begin, end - begin);
        const bool afterComma = begin >= 2 && s[begin - 2] == ',';
        const bool opens = word == "since" || word == "when" || word == "after" ||
                           word == "because" || word == "although" || word == "before" ||
                           (afterComma && (word == "which" || word == "where"));
        if (word.back() == ',')
            break; // a clause closed before the date
        if (opens && begin > 0) {
            const std::size_t start = std::min(end + 1, dateBegin);
            const std::string_view between = s.substr(start, dateBegin - start);
            if (between.find_first_not_of(' ') == std::string_view::npos)
                return std::nullopt; // the date's own preposition: "since 1991"
            if (TemporalResolver::detectTense(between) == Tense::Unknown)
                return std::nullopt; // "after rising fuel prices": no verb, no clause
            return Subordinate{afterComma ? begin - 2 : begin - 1, start};
        }
        end = begin;
    }
    return std::nullopt;
}

bool framesReport(std::string_view s, std::size_t dateBegin, std::size_t dateEnd) {
    dateEnd = std::min(dateEnd, s.size());
    dateBegin = std::min(dateBegin, dateEnd);
    // The dateline: the date sits before the separator that opens the story, within the first
    // few words, or in a bracket that opens the sentence.
    constexpr std::size_t kDatelineBytes = 60;
    for (std::string_view separator : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "}) {
        const std::size_t at = s.find(separator);
        if (at != std::string_view::npos && at < kDatelineBytes && dateEnd <= at)
            return true;
    }
    if (s.starts_with("(")) {
        const std::size_t close = s.find(')');
        if (close != std::string_view::npos && dateEnd <= close)
            return true;
    }
    return datesTheSaying(s, dateBegin, dateEnd);
}

bool datesTheSaying(std::string_view s, std::size_t dateBegin, std::size_t dateEnd) {
    dateEnd = std::min(dateEnd, s.size());
    dateBegin = std::min(dateBegin, dateEnd);
    // The attribution: a reporting verb a few words before the date, with nothing between
    // them but the circumstances of the saying.
    static constexpr std::array<std::string_view, 10> kSaying = {
        "said",   "says",     "announced", "added", "confirmed",
        "stated", "reported", "told",      "noted", "disclosed"};
    static constexpr std::array<std::string_view, 17> kCircumstance = {
        "on",    "in",         "at",        "a",     "an",       "the",
        "news",  "conference", "statement", "court", "charges",  "briefing",
        "press", "release",    "late",      "early", "reporters"};
    const auto before = lowerWords(s.substr(0, dateBegin));
    for (std::size_t k = 0; k < before.size() && k < 5; ++k) {
        const std::string& w = before[before.size() - 1 - k];
        if (std::find(kSaying.begin(), kSaying.end(), w) != kSaying.end())
            return true;
        if (std::find(kCircumstance.begin(), kCircumstance.end(), w) == kCircumstance.end())
            return false;
    }
    return false;
}

bool datesOnlyTheSaying(std::string_view s, std::size_t dateBegin, std::size_t dateEnd) {
    if (!datesTheSaying(s, dateBegin, dateEnd))
        return false;
    const story::ReportFeatures said = story::featuresOf(s, {}, {});
    return (said.kinds & story::Violence) != 0 && !said.prospective &&
           TemporalResolver::detectTense(s.substr(0, dateBegin)) != Tense::Future;
}

bool tellsNews(std::string_view clause) {
    while (!clause.empty() && clause.front() == ' ')
        clause.remove_prefix(1);
    if (clause.empty() || isQuote(clause) || clause.find('?') != std::string_view::npos)
        return false;
    // The tense first: most sentences are not in the past, and it costs no allocation. "A
    // 15-year-old is dead after a shooting" tells the happening by its outcome, in the present.
    const bool outcome = clause.find(" is dead ") != std::string_view::npos ||
                         clause.find(" are dead ") != std::string_view::npos;
    if (!outcome && TemporalResolver::detectTense(clause) != Tense::Past)
        return false;
    const auto words = lowerWords(clause);
    if (words.size() < 4 || isHouseNotice(words))
        return false;
    for (const auto& w : words)
        if (std::find(kNotNews.begin(), kNotNews.end(), w) != kNotNews.end())
            return false;
    // A quotation inside ("…," he said) is someone's words, not the reporter's account.
    if (clause.find("\" ") != std::string_view::npos &&
        clause.find(" said") != std::string_view::npos)
        return false;
    // "Police said …", "The family told reporters …": someone's account, not the happening.
    for (std::size_t k = 0; k < words.size() && k < 5; ++k)
        if (std::find(kReporting.begin(), kReporting.end(), words[k]) != kReporting.end())
            return false;
    // "had camped there for weeks": the past perfect tells background.
    for (std::size_t k = 0; k + 1 < words.size(); ++k)
        if (words[k] == "had" && (words[k + 1] == "been" || words[k + 1].ends_with("ed") ||
                                  words[k + 1].ends_with("en")))
            return false;
    return true;
}

const Event* datedRetelling(std::string_view sentence, const std::vector<Event>& dated,
                            const std::vector<story::ReportFeatures>& datedFeatures,
                            Date published) {
    const story::ReportFeatures own = story::featuresOf(sentence, {}, {});
    story::TermWeights weights;
    weights.add(own);
    for (const story::ReportFeatures& f : datedFeatures)
        weights.add(f);
    const auto& others = datedFeatures;
    const Event* best = nullptr;
    double bestScore = story::StoryMerger::kJoinThreshold;
    for (std::size_t k = 0; k < dated.size() && k < others.size(); ++k) {
        const DateSpan& when = dated[k].when;
        const bool recent = !when.fuzzy && when.end <= published &&
                            when.start >= published - boost::gregorian::days(7) &&
                            when.end - when.start <= boost::gregorian::days(6);
        if (!recent || dated[k].sentence == sentence || story::contradicts(own, others[k]))
            continue;
        const double score = story::similarity(own, others[k], weights);
        if (score >= bestScore) {
            bestScore = score;
            best = &dated[k];
        }
    }
    return best;
}

std::string_view reportedHappening(std::string_view clause) {
    // A dateline first ("OVERLAND, MO (KTVI) - ", "(KMOV.com) – "), as framesReport reads it.
    constexpr std::size_t kDatelineBytes = 60;
    for (std::string_view separator : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "}) {
        const std::size_t at = clause.find(separator);
        if (at != std::string_view::npos && at < kDatelineBytes) {
            clause.remove_prefix(at + separator.size());
            break;
        }
    }
    // A short subject ("Police", "Overland Police", "The sheriff's office") and the verb.
    constexpr int kMaxSubjectWords = 5;
    std::size_t pos = 0;
    for (int word = 0; word <= kMaxSubjectWords; ++word) {
        while (pos < clause.size() && clause[pos] == ' ')
            ++pos;
        const std::size_t end = std::min(clause.find(' ', pos), clause.size());
        if (end == pos)
            return {};
        const std::string_view w = clause.substr(pos, end - pos);
        if (w.find_first_of(",\"") != std::string_view::npos)
            return {}; // a clause or a quotation opens: no plain attribution
        if (word > 0 && (w == "say" || w == "says" || w == "said")) {
            std::string_view rest = clause.substr(end);
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            if (rest.starts_with("that "))
                rest.remove_prefix(5);
            if (story::featuresOf(rest, {}, {}).kinds == 0)
                return {};
            return rest;
        }
        pos = end;
    }
    return {};
}

namespace {

// What any later sentence must be to be another report of `event`, whatever links them: the
// reporter's own account (no quotation, no question), in the past (`present`: or the present),
// of what happened (no plan, no "would have"), not of another victim (ages).
bool mayRetell(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
               const story::ReportFeatures& eventFeatures, bool present) {
    // The same words again (a lede repeated further down) are the same telling, not another.
    // Someone's words ("That was not what the shooting was about," said …) are theirs, not
    // the reporter's retelling.
    if (sentence == event.sentence || sentence.find_first_of("\"?") != std::string_view::npos ||
        sentence.find("\xE2\x80\x9C") != std::string_view::npos ||
        sentence.find("\xE2\x80\x9D") != std::string_view::npos)
        return false;
    if (own.prospective || eventFeatures.prospective)
        return false;
    // Ages name victims: "An 11-year-old boy was shot in the chest during a carjacking", further
    // down an article about a 4-year-old, tells another shooting.
    const auto ages = [](const story::ReportFeatures& f) {
        std::vector<std::string_view> out;
        for (const std::string& t : f.terms)
            if (t.starts_with("age:"))
                out.push_back(t);
        return out;
    };
    // Unless the sentence names the person whose age the happening's telling gives ("…he
    // accidentally shot Newman" after "Daylee N. Newman, 17, was found …"): then its other age
    // is someone else's in that happening (the 18-year-old who called 911).
    const auto ownAges = ages(own), eventAges = ages(eventFeatures);
    if (!ownAges.empty() && !eventAges.empty() &&
        std::none_of(ownAges.begin(), ownAges.end(), [&](std::string_view a) {
            return std::find(eventAges.begin(), eventAges.end(), a) != eventAges.end();
        })) {
        const auto aged = agedNames(event.sentence);
        if (std::none_of(aged.begin(), aged.end(),
                         [&](std::string_view name) { return hasWord(sentence, name); }))
            return false;
    }
    const Tense tense = TemporalResolver::detectTense(sentence);
    if (tense != Tense::Past && !(present && tense == Tense::Present))
        return false;
    // What might be or should have been is no retelling; "investigators believe it was
    // accidental" still tells the happening (unlike a lede, it need not be the news itself).
    static constexpr std::array<std::string_view, 8> kConditional = {
        "will", "would", "could", "should", "might", "may", "must", "if"};
    for (const auto& w : lowerWords(sentence))
        if (std::find(kConditional.begin(), kConditional.end(), w) != kConditional.end())
            return false;
    return true;
}

// A charge or an arrest (a court's part too): news of its own, even when it names the crime.
bool isCharge(const story::ReportFeatures& f) {
    return (f.kinds & (story::Arrest | story::Court)) != 0;
}

} // namespace

bool retells(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
             const story::ReportFeatures& eventFeatures, const story::TermWeights& weights) {
    if ((own.kinds & eventFeatures.kinds) == 0 ||
        !mayRetell(sentence, own, event, eventFeatures, false))
        return false;
    // "Melton, along with Byrd and Berry, then jumped into a car and began to shoot into the
    // crowd" shares the crime's words with "Police charged Melton … with Attempted Premeditated
    // Murder", but tells the crime: the charge is news of its own, days later.
    if (isCharge(eventFeatures) && !isCharge(own))
        return false;
    return story::similarity(own, eventFeatures, weights) >= kRetellingThreshold;
}

bool continuesSetting(std::string_view sentence, const story::ReportFeatures& own,
                      const Event& setting, const story::ReportFeatures& settingFeatures) {
    constexpr std::uint32_t kAtTheScene = story::Violence | story::Departure | story::Arrival;
    return settingFeatures.kinds == 0 && (own.kinds & story::Violence) != 0 &&
           (own.kinds & ~kAtTheScene) == 0 && !own.prospective &&
           mayRetell(sentence, own, setting, settingFeatures, false);
}

bool refersBack(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
                const story::ReportFeatures& eventFeatures) {
    // A mention tells of the happening in passing, in the present as well: "is being charged
    // in connection with the double shooting".
    return !story::contradicts(own, eventFeatures) &&
           mayRetell(sentence, own, event, eventFeatures, true);
}

bool detailOf(std::string_view sentence, const story::ReportFeatures& own, const Event& event,
              const story::ReportFeatures& eventFeatures, std::uint32_t eventKinds) {
    // Told as news would be (a statement in the past, no attribution opening it, no plan or
    // opinion), by the reporter, of what the happening's people did.
    if (!tellsNews(sentence) || !mayRetell(sentence, own, event, eventFeatures, false))
        return false;
    // What the attackers or the crowd did next at the scene — fled, arrived, dispersed — is
    // part of an attack or a protest; anything else they did (arrested, charged, met, warned)
    // is a happening of its own.
    std::uint32_t allowed = eventKinds;
    if ((eventKinds & (story::Violence | story::Protest)) != 0)
        allowed |= story::Departure | story::Arrival;
    return (own.kinds & ~allowed) == 0;
}

std::vector<std::string> contentWords(std::string_view text) {
    auto all = lowerWords(text);
    // Articles, prepositions and short auxiliaries say nothing about the happening.
    std::erase_if(all, [](const std::string& w) { return w.size() < 4; });
    return all;
}

bool restatedIn(const std::vector<std::string>& content, std::string_view other) {
    if (content.empty())
        return false;
    std::string lower(other);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    auto isWordByte = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
    };
    std::size_t shared = 0;
    for (const auto& w : content) {
        for (auto p = lower.find(w); p != std::string::npos; p = lower.find(w, p + 1)) {
            const std::size_t e = p + w.size();
            if ((p == 0 || !isWordByte(lower[p - 1])) &&
                (e >= lower.size() || !isWordByte(lower[e]))) {
                ++shared;
                break;
            }
        }
    }
    return shared * 10 >= content.size() * 6;
}

} // namespace ct::undated

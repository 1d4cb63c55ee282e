// EventExtractor's undated sentences: the news of the lead told without a date word, and
// sentences further down that retell a happening the article tells.
#include "extract/EventExtractor.h"
#include "extract/HappeningReference.h"
#include "extract/TitleMaker.h"
#include "extract/UndatedNews.h"
#include "extract/UnknownNames.h"
#include "story/PlaceNames.h"
#include "story/StoryMerger.h"

#include <algorithm>
#include <iterator>

namespace ct {

std::optional<std::size_t> EventExtractor::referredTo(std::string_view sentence,
                                                      const std::vector<Event>& events,
                                                      const undated::Referents& among,
                                                      Date published, std::string* how) const {
    bool detail = false;
    const auto k = undated::referredTo(sentence, events, among, published, &detail);
    if (how)
        *how = detail ? ", a detail its participants did" : ", referred to as told";
    if (!k || !detail)
        return k;
    return namesOtherPlace(sentence, events[*k]) ? std::nullopt : k;
}

bool EventExtractor::namesOtherPlace(std::string_view sentence, const Event& event) const {
    std::vector<std::string> actors, places;
    findNames(sentence, actors, places);
    const std::vector<std::string>& told = event.places;
    return std::any_of(places.begin(), places.end(), [&](const std::string& p) {
        return std::none_of(told.begin(), told.end(),
                            [&](const std::string& t) { return story::samePlace(p, t); });
    });
}

namespace {

// Whether two streets a sentence names are one spot: written next to each other, joined by
// "off", "near", "at" or "and" ("Osprey Circle off Wildwood Drive", "Vine Street and Main
// Street"), not two places of two happenings ("on Ward Street and another on Apollo Street").
bool oneSpot(std::string_view sentence, std::string_view a, std::string_view b) {
    auto first = sentence.find(a), second = sentence.find(b);
    if (first == std::string_view::npos || second == std::string_view::npos)
        return false;
    if (second < first) {
        std::swap(first, second);
        std::swap(a, b);
    }
    if (first + a.size() > second)
        return false;
    const std::string_view gap = sentence.substr(first + a.size(), second - first - a.size());
    static constexpr std::string_view kJoins[] = {" off ", " near ", " at ", " and ", " & ",
                                                  " just off "};
    return std::find(std::begin(kJoins), std::end(kJoins), gap) != std::end(kJoins);
}

} // namespace

void EventExtractor::addArticleScene(std::vector<Event>& events,
                                     const std::vector<std::string_view>& sentences,
                                     Date published) const {
    const Date weekBefore = published - boost::gregorian::days(story::kReachBackDays + 1);
    // A telling that names only its town or neighbourhood ("A 2-year-old boy in Tarpon Springs
    // died Wednesday") says no more of where than one that names nothing: the street is in it.
    const auto news = [&](const Event& e) {
        return std::none_of(e.places.begin(), e.places.end(),
                            [](const std::string& p) { return UnknownNames::isScene(p); }) &&
               e.when.end >= weekBefore && e.when.start <= published;
    };
    // Most articles name a scene in every telling: the article is read again only when not.
    if (std::none_of(events.begin(), events.end(), news))
        return;
    // The scene: one street, or two that name one spot ("the 3800 block of Osprey Circle off
    // Wildwood Drive", "at Vine Street and Main Street": a street off another, a corner).
    std::vector<std::string> scene;
    const auto inScene = [&](const std::string& p) {
        return std::any_of(scene.begin(), scene.end(),
                           [&](const std::string& q) { return story::samePlace(p, q); });
    };
    for (const std::string_view s : sentences) {
        if (!UnknownNames::mayNameScene(s))
            continue; // most sentences: no gazetteer match needed
        std::vector<std::string> actors, places;
        findNames(s, actors, places);
        std::erase_if(places, [](const std::string& p) { return !UnknownNames::isScene(p); });
        if (places.empty() || std::all_of(places.begin(), places.end(), inScene))
            continue;
        if (!scene.empty())
            return; // two scenes: which one a placeless telling is of, the article does not say
        if (places.size() > 2 || (places.size() == 2 && !oneSpot(s, places[0], places[1]) &&
                                  !story::samePlace(places[0], places[1])))
            return;
        scene = places;
    }
    if (scene.empty())
        return;
    for (Event& e : events)
        if (news(e))
            e.places.insert(e.places.end(), scene.begin(), scene.end());
}

void EventExtractor::addUndatedNews(std::vector<Event>& events,
                                    const std::vector<UndatedCandidate>& candidates,
                                    Date published) const {
    // The lede first: it is the fullest telling; the title last, as a headline restates it.
    std::vector<const UndatedCandidate*> order;
    for (const auto& c : candidates)
        if (c.lead && !c.title)
            order.push_back(&c);
    for (const auto& c : candidates)
        if (c.lead && c.title)
            order.push_back(&c);
    const TitleMaker titles(&m_gazetteer);
    std::vector<std::string_view> told;
    for (const auto& e : events)
        told.push_back(e.sentence);
    const std::vector<Event> dated = events;
    std::vector<story::ReportFeatures> datedFeatures;
    datedFeatures.reserve(dated.size());
    for (const Event& e : dated)
        datedFeatures.push_back(story::featuresOf(e.sentence, {}, {}));
    undated::Referents recent;
    recent.events = undated::recentDays(dated, published);
    for (const std::size_t k : recent.events)
        recent.features.push_back(&datedFeatures[k]);
    int made = 0;
    for (const UndatedCandidate* c : order) {
        if (made >= kMaxUndatedPerArticle || events.size() >= kMaxEventsPerArticle)
            break;
        // "Police say a boy was shot": the happening reported, not the saying, is the news.
        const std::string_view reported = undated::reportedHappening(c->clause);
        std::optional<std::size_t> mentioned;
        std::string how; // how a mention refers back, for the resolution
        if (!undated::tellsNews(reported.empty() ? c->clause : reported)) {
            // Not news of its own, but it mentions the article's happening: "14-year-old Jacob
            // Remaley is being charged in connection with the double shooting".
            mentioned = referredTo(c->sentence, dated, recent, published, &how);
            if (!mentioned)
                continue;
        }
        const auto content = undated::contentWords(c->clause);
        const bool restated = std::any_of(told.begin(), told.end(), [&](std::string_view other) {
            return other != c->sentence && undated::restatedIn(content, other);
        });
        if (restated)
            continue;
        Event event;
        const Event* retold =
            mentioned ? &dated[*mentioned]
                      : undated::datedRetelling(c->sentence, dated, datedFeatures, published);
        std::string referredAs = mentioned ? how : "";
        if (!retold) {
            // "The shooting happened in the area of 30 Porter Street": told again by a definite
            // mention, not by shared words.
            if (const auto k = referredTo(c->sentence, dated, recent, published, &how)) {
                retold = &dated[*k];
                referredAs = how;
            }
        }
        if (!retold && !mentioned) {
            // "Another man, Jose Marte, 34, was shot once in the left leg" beside "a gunman
            // opened fire and shot three people early Sunday": the article's one shooting.
            if (const auto k = undated::sameViolence(c->sentence, dated, recent, published);
                k && !namesOtherPlace(c->clause, dated[*k])) {
                retold = &dated[*k];
                referredAs = ", the one act of violence the article dates";
            }
        }
        if (retold) {
            event.when = retold->when;
            event.resolution = "no date words: the happening the article dates " +
                               toText(retold->when) + " (\"" + retold->dateText + "\" in \"" +
                               retold->title + "\"" + referredAs + ")";
            event.confidence = 0.5;
            // `dated` is the events as they were before any undated one: the same indices.
            event.retells = int(retold - dated.data());
        } else {
            event.when = story::publicationEstimate(published);
            event.resolution =
                "no date words: the article's news, on or shortly before publication (" +
                toIso(event.when.start) + ".." + toIso(published) +
                "), told in the past tense in the lede";
            event.confidence = 0.4;
        }
        event.dateText = "";
        event.sentence = std::string(c->sentence);
        event.sentenceBegin = c->begin;
        event.sentenceEnd = c->begin + static_cast<std::int64_t>(c->sentence.size());
        event.title = titles.make(reported.empty() ? c->clause : reported);
        if (event.title.empty())
            continue;
        findNames(c->clause, event.actors, event.places);
        told.push_back(c->sentence);
        events.push_back(std::move(event));
        ++made;
    }
}

namespace {

// The dated sentence that sets the scene of an undated act of violence further down (see
// undated::continuesSetting): the last such sentence before it, when the article's news of the
// week dates no act of violence (only a charge or an arrest may name the crime; an undated lede
// is an estimate, no date) and its settings are of one day. `news` indexes `events`;
// `newsFeatures` is parallel to it.
std::optional<std::size_t> settingOf(std::string_view sentence, std::int64_t begin,
                                     const story::ReportFeatures& own,
                                     const std::vector<Event>& events,
                                     const std::vector<std::size_t>& news,
                                     const std::vector<story::ReportFeatures>& newsFeatures) {
    constexpr std::uint32_t kNewsOfItsOwn = story::Arrest | story::Court;
    std::optional<std::size_t> setting;
    for (std::size_t n = 0; n < news.size(); ++n) {
        const std::uint32_t kinds = newsFeatures[n].kinds;
        const Event& e = events[news[n]];
        // The article dates its violence: the retelling rules decide. An undated lede's
        // estimate ("leaving a number of teenage guests with gunshot wounds") dates nothing.
        if ((kinds & story::Violence) != 0 && (kinds & kNewsOfItsOwn) == 0 && !e.when.fuzzy)
            return std::nullopt;
        if (kinds != 0 || e.retells >= 0 || e.when.fuzzy || e.when.start != e.when.end ||
            e.sentenceBegin >= begin)
            continue;
        if (setting && events[*setting].when.start != e.when.start)
            return std::nullopt; // settings of two days: which one, the article does not say
        if (!setting || events[*setting].sentenceBegin < e.sentenceBegin)
            setting = news[n];
    }
    if (!setting)
        return std::nullopt;
    const Event& e = events[*setting];
    const auto at = std::find(news.begin(), news.end(), *setting) - news.begin();
    return undated::continuesSetting(sentence, own, e, newsFeatures[std::size_t(at)])
               ? setting
               : std::nullopt;
}

} // namespace

void EventExtractor::addRetellings(std::vector<Event>& events,
                                   const std::vector<UndatedCandidate>& candidates,
                                   Date published) const {
    // The happenings the article tells as its news: in the week before publication (a report's
    // own story; older dates are background), dated or its undated lede.
    std::vector<std::size_t> news;
    for (std::size_t k = 0; k < events.size(); ++k) {
        const DateSpan& when = events[k].when;
        if (when.end <= published && when.start >= published - boost::gregorian::days(7) &&
            when.end - when.start <= boost::gregorian::days(6))
            news.push_back(k);
    }
    if (news.empty())
        return;
    // A news article tells a few happenings and retells them in a few dozen sentences; a file
    // with thousands of either is not one, and comparing all pairs would only cost time.
    constexpr std::size_t kMaxNews = 16, kMaxOpen = 64;
    if (news.size() > kMaxNews)
        news.resize(kMaxNews);
    std::vector<std::string_view> told;
    for (const Event& e : events)
        told.push_back(e.sentence);
    // Cheap tests first: most sentences of a long article are no retelling. One that repeats
    // a sentence already told (a lede restated with its date, a caption repeating the lede) is
    // that telling again, not another report.
    std::vector<const UndatedCandidate*> open;
    for (const UndatedCandidate& c : candidates) {
        if (open.size() >= kMaxOpen)
            break;
        if (c.clause.size() != c.sentence.size() || c.inBackground ||
            std::find(told.begin(), told.end(), c.sentence) != told.end())
            continue;
        // A definite mention of the happening tells of it in the present too.
        if (const Tense tense = TemporalResolver::detectTense(c.sentence);
            tense != Tense::Past &&
            !(tense == Tense::Present && undated::definiteReference(c.sentence).found()))
            continue;
        const auto content = undated::contentWords(c.sentence);
        if (std::none_of(told.begin(), told.end(), [&](std::string_view other) {
                return undated::restatedIn(content, other);
            }))
            open.push_back(&c);
    }
    if (open.empty())
        return;
    std::vector<story::ReportFeatures> newsFeatures, openFeatures;
    story::TermWeights weights;
    for (const std::size_t k : news) {
        newsFeatures.push_back(story::featuresOf(events[k].sentence, {}, {}));
        weights.add(newsFeatures.back());
    }
    for (const UndatedCandidate* c : open) {
        openFeatures.push_back(story::featuresOf(c->sentence, {}, {}));
        weights.add(openFeatures.back());
    }
    undated::Referents newsReferents;
    newsReferents.events = news;
    for (const story::ReportFeatures& f : newsFeatures)
        newsReferents.features.push_back(&f);
    const TitleMaker titles(&m_gazetteer);
    int made = 0;
    // Retellings that share the happening's particulars first, then mere mentions of it ("the
    // shotgun", "the shooting"): when an article has more than the cap, the better evidence.
    std::vector<bool> taken(open.size(), false);
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < open.size(); ++i) {
            if (made >= kMaxRetellingsPerArticle || events.size() >= kMaxEventsPerArticle)
                break;
            if (taken[i])
                continue;
            const UndatedCandidate& c = *open[i];
            std::size_t retoldAt = events.size();
            double best = 0;
            for (std::size_t n = 0; n < news.size() && pass == 0; ++n) {
                const Event& e = events[news[n]];
                if (!undated::retells(c.sentence, openFeatures[i], e, newsFeatures[n], weights))
                    continue;
                const double score = story::similarity(openFeatures[i], newsFeatures[n], weights);
                if (score > best) {
                    best = score;
                    retoldAt = news[n];
                }
            }
            std::string referredAs;
            if (retoldAt == events.size() && pass == 1) {
                // "the shooting was an accident", "the single shot went off": a definite mention
                // of the one happening of its kind the article tells.
                if (const auto k =
                        referredTo(c.sentence, events, newsReferents, published, &referredAs)) {
                    retoldAt = *k;
                } else if (const auto s = settingOf(c.sentence, c.begin, openFeatures[i],
                                                    events, news, newsFeatures)) {
                    retoldAt = *s;
                    referredAs = ", the scene it set";
                }
            }
            if (retoldAt == events.size())
                continue;
            const Event* retold = &events[retoldAt];
            Event event;
            event.when = retold->when;
            event.resolution = "no date words: retells \"" + retold->title + "\" (" +
                               toText(retold->when) + "), told earlier in the article" + referredAs;
            event.confidence = std::min(retold->confidence, 0.5);
            event.sentence = std::string(c.sentence);
            event.sentenceBegin = c.begin;
            event.sentenceEnd = c.begin + static_cast<std::int64_t>(c.sentence.size());
            event.title = titles.make(c.sentence);
            if (event.title.empty())
                continue;
            findNames(c.sentence, event.actors, event.places);
            event.retells = int(retoldAt);
            events.push_back(std::move(event)); // `retold` may dangle from here on
            taken[i] = true;
            ++made;
        }
}

} // namespace ct

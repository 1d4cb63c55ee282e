#include "extract/HappeningReference.h"

#include "extract/UndatedNews.h"
#include "story/ReportSimilarity.h"

#include <algorithm>
#include <array>
#include <cstdlib>

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

bool recentDay(const DateSpan& when, Date published) {
    return when.isSingleDay() && !when.fuzzy && when.end <= published &&
           when.start >= published - boost::gregorian::days(7);
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

} // namespace

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
            if ((byKind || kindless) &&
                std::any_of(aged.begin(), aged.end(),
                            [&](std::string_view name) { return hasWord(ref.namedIn, name); }))
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
    // Most sentences mention nothing: the cheap tests before the sentence's features.
    const bool namesAged = std::any_of(among.events.begin(), among.events.end(), [&](auto k) {
        if (!recentDay(events[k].when, published))
            return false;
        const auto aged = agedNames(events[k].sentence);
        return std::any_of(aged.begin(), aged.end(),
                           [&](std::string_view name) { return hasWord(sentence, name); });
    });
    if (!mention.found() && !namesAged)
        return std::nullopt;
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
    if (namesAged && own.kinds != 0)
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

std::optional<std::size_t> sameViolence(std::string_view sentence, const std::vector<Event>& events,
                                        const Referents& among, Date published) {
    const story::ReportFeatures own = story::featuresOf(sentence, {}, {});
    constexpr std::uint32_t kAtTheScene = story::Violence | story::Departure | story::Arrival;
    if ((own.kinds & story::Violence) == 0 || (own.kinds & ~kAtTheScene) != 0)
        return std::nullopt;
    // The acts the article tells as such: "Three suspects were arrested Wednesday in connection
    // to the shooting" tells an arrest and only mentions the shooting, days after it.
    Referents acts;
    for (std::size_t m = 0; m < among.events.size(); ++m) {
        const Event& e = events[among.events[m]];
        if ((among.features[m]->kinds & (story::Arrest | story::Court)) == 0 &&
            (story::featuresOf(withoutMentions(e.sentence), {}, {}).kinds & story::Violence) != 0) {
            acts.events.push_back(among.events[m]);
            acts.features.push_back(among.features[m]);
        }
    }
    Reference violence;
    violence.kinds = story::Violence;
    const auto m = referent(own, violence, events, acts, published);
    if (!m || !refersBack(sentence, own, events[acts.events[*m]], *acts.features[*m]))
        return std::nullopt;
    return acts.events[*m];
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

void linkTimeAnchors(std::vector<Event>& events, Date published) {
    const std::vector<std::size_t> recent = recentDays(events, published);
    if (recent.empty())
        return;
    std::vector<story::ReportFeatures> features;
    features.reserve(recent.size());
    for (const std::size_t k : recent)
        features.push_back(story::featuresOf(events[k].sentence, {}, {}));
    Referents among;
    among.events = recent;
    for (const auto& f : features)
        among.features.push_back(&f);
    // An estimate: an undated lede's days before publication, or the days before a saying
    // (EventExtractor: datesOnlyTheSaying).
    const auto estimated = [&](const Event& e) {
        return e.when.fuzzy && !e.userEdited && e.when.end <= published &&
               e.when.end - e.when.start <= boost::gregorian::days(1);
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (events[i].retells >= 0 || !estimated(events[i]))
            continue;
        const std::string_view clause = timeAnchor(events[i].sentence);
        if (clause.empty())
            continue;
        auto k = sameViolence(clause, events, among, published);
        if (!k)
            k = referredTo(clause, events, among, published);
        // The telling the others of its happening are linked to, so that one chain holds them.
        for (int hops = 0; k && events[*k].retells >= 0 && hops < 8; ++hops)
            k = std::size_t(events[*k].retells);
        if (!k || *k == i || events[*k].retells >= 0)
            continue;
        const Event& told = events[*k];
        Event& e = events[i];
        e.when = told.when;
        e.resolution += "; at the time of \"" + std::string(clause) +
                        "\": the happening the article dates " + toText(told.when) + " (\"" +
                        told.dateText + "\" in \"" + told.title + "\")";
        e.confidence = std::min(e.confidence, 0.5);
        // The store joins a report to one already stored: the later of the two is linked.
        if (*k < i)
            e.retells = int(*k);
        else
            events[*k].retells = int(i);
    }
}

void linkDaysInPeriods(std::vector<Event>& events) {
    const auto dated = [](const Event& e) { return !e.dateText.empty() && !e.when.fuzzy; };
    const auto isPeriod = [&](const Event& e) {
        return dated(e) && !e.when.isSingleDay() &&
               e.when.end - e.when.start < boost::gregorian::days(7);
    };
    // A file of thousands of dated lines is no article: only its first periods are looked at.
    std::size_t periods = 0;
    for (std::size_t p = 0; p < events.size() && periods < kMaxReferents; ++p) {
        if (!isPeriod(events[p]))
            continue;
        ++periods;
        const story::ReportFeatures period = story::featuresOf(events[p].sentence, {}, {});
        if (period.kinds == 0)
            continue;
        constexpr std::uint32_t kNewsOfItsOwn = story::Arrest | story::Court;
        std::vector<std::size_t> days;
        std::vector<story::ReportFeatures> features;
        std::size_t inside = 0; // the first kMaxReferents tellings inside the period are read
        for (std::size_t d = 0; d < events.size() && inside < kMaxReferents; ++d) {
            const Event& e = events[d];
            if (d == p || !dated(e) || !e.when.isSingleDay() ||
                e.when.start < events[p].when.start || e.when.start > events[p].when.end)
                continue;
            ++inside;
            story::ReportFeatures f = story::featuresOf(e.sentence, {}, {});
            if ((f.kinds & period.kinds) == 0 || story::contradicts(f, period) ||
                (f.kinds & kNewsOfItsOwn) != (period.kinds & kNewsOfItsOwn))
                continue;
            days.push_back(d);
            features.push_back(std::move(f));
        }
        // Tellings on two days inside the period: which one the period's is, is not said.
        if (days.empty() || std::any_of(days.begin(), days.end(), [&](std::size_t d) {
                return events[d].when.start != events[days.front()].when.start;
            }))
            continue;
        std::size_t best = 0;
        if (days.size() > 1) {
            story::TermWeights weights;
            weights.add(period);
            for (const story::ReportFeatures& f : features)
                weights.add(f);
            double bestScore = -1;
            for (std::size_t k = 0; k < days.size(); ++k)
                if (const double score = story::similarity(period, features[k], weights);
                    score > bestScore) {
                    bestScore = score;
                    best = k;
                }
        }
        // The later telling is the report of the earlier one: the store joins a report to one
        // it has already stored.
        const std::size_t earlier = std::min(p, days[best]), later = std::max(p, days[best]);
        if (events[later].retells < 0)
            events[later].retells = int(earlier);
    }
}

} // namespace ct::undated

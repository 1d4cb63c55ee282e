#include "extract/EventExtractor.h"

#include "extract/HappeningReference.h"
#include "extract/TitleMaker.h"
#include "extract/UndatedNews.h"
#include "extract/UnknownNames.h"
#include "extract/WordChars.h"
#include "story/StoryMerger.h"
#include "text/SentenceSplitter.h"

#include <algorithm>
#include <array>
#include <optional>

namespace ct {

namespace {

using words::Range;

// Where a sentence may hold separate statements. Used only to tell apart
// dates that belong to different clauses, so over-splitting costs little.
constexpr std::array<std::string_view, 7> kClauseBreaks = {
    "; ", ", and ", ", but ", ", while ", ", whereas ", " and then ", ", then "};

std::size_t segmentOf(std::string_view s, std::size_t pos) {
    std::size_t n = 0;
    for (const auto brk : kClauseBreaks)
        for (auto p = s.find(brk); p != std::string_view::npos && p < pos; p = s.find(brk, p + 1))
            ++n;
    return n;
}

Range segmentAround(std::string_view s, std::size_t pos) {
    Range r{0, s.size()};
    for (const auto brk : kClauseBreaks) {
        for (auto p = s.find(brk); p != std::string_view::npos; p = s.find(brk, p + 1)) {
            if (p < pos)
                r.begin = std::max(r.begin, p + brk.size());
            else
                r.end = std::min(r.end, p);
        }
    }
    return r;
}

// The capitalised word just before `pos`, without a possessive: the person a
// "…, who warned …" clause is about.
std::string_view antecedentBefore(std::string_view s, std::size_t pos) {
    std::size_t end = pos;
    while (end > 0 && !words::isWordAt(s, words::prevCharStart(s, end)))
        end = words::prevCharStart(s, end);
    std::size_t begin = end;
    while (begin > 0 && (words::isWordAt(s, words::prevCharStart(s, begin)) || s[begin - 1] == '-'))
        begin = words::prevCharStart(s, begin);
    const std::string_view word = s.substr(begin, end - begin);
    if (word.empty() || !words::isUpper(static_cast<unsigned char>(word[0])))
        return {};
    return word;
}

// The text a date's event is told in: the relative clause it sits in (with
// its antecedent as subject), or its own clause when the sentence dates
// several clauses, minus the exact date words (the timeline shows the date).
std::string clauseText(std::string_view s, const TemporalMatch& date,
                       const std::vector<TemporalMatch>& all) {
    Range keep{0, s.size()};
    std::string prefix;
    const bool several =
        all.size() > 1 && std::any_of(all.begin(), all.end(), [&](const TemporalMatch& other) {
            return segmentOf(s, other.begin) != segmentOf(s, date.begin);
        });
    if (several)
        keep = segmentAround(s, date.begin);
    const auto who = s.rfind(", who ", date.begin);
    // Only when the date sits in the relative clause itself: in "Putin, who was
    // in Moscow, spoke on Friday" the clause has ended before the date.
    const bool inRelative =
        who != std::string_view::npos && who >= keep.begin &&
        s.substr(who + 6, date.begin - (who + 6)).find(',') == std::string_view::npos;
    if (inRelative) {
        const auto name = antecedentBefore(s, who);
        if (!name.empty()) {
            prefix = std::string(name) + " ";
            keep.begin = who + 6;
        }
    } else if (const auto sub = undated::subordinateClause(s, keep.begin, date.begin)) {
        keep.begin = sub->clause;
    }
    std::string text = prefix;
    // Vague dates stay in the headline ("… in the coming days" says it has not
    // happened yet) unless they open the clause as an adverbial.
    const bool opensClause = s.substr(keep.begin, date.begin - keep.begin).find_first_not_of(' ') ==
                             std::string_view::npos;
    if ((!date.span.fuzzy || opensClause) && date.begin >= keep.begin && date.end <= keep.end) {
        // A resolver that reports "Thursday" would otherwise leave "arrived on ,".
        std::size_t cut = date.begin;
        if (cut >= keep.begin + 3 && s.substr(cut - 3, 3) == "on " &&
            (cut == keep.begin + 3 || s[cut - 4] == ' '))
            cut -= 3;
        text.append(s.substr(keep.begin, cut - keep.begin));
        text.append(" ");
        text.append(s.substr(date.end, keep.end - date.end));
    } else {
        text.append(s.substr(keep.begin, keep.end - keep.begin));
    }
    return text;
}

// `s` is `earlier` under a dateline ("PORTAGE PARK — " + earlier).
bool underDateline(std::string_view s, std::string_view earlier) {
    if (s.size() <= earlier.size() || !s.ends_with(earlier))
        return false;
    const std::string_view prefix = s.substr(0, s.size() - earlier.size());
    constexpr std::size_t kDatelineBytes = 60;
    return prefix.size() < kDatelineBytes &&
           (prefix.ends_with(" - ") || prefix.ends_with(" \xE2\x80\x94 ") ||
            prefix.ends_with(" \xE2\x80\x93 ") || prefix.ends_with(" -- "));
}

// A period longer than a week counted back to a day the sentence dates ("A boy who shot himself
// early Tuesday adds to a tally of children over the last year", "Over the past month three
// teens were shot, the latest on Tuesday", "In the two weeks before Sunday's shooting, police
// had been called there three times"): the run-up to that day's happening, background, not its
// date. The day must be the happening's, not the saying's ("In the past year police made 40
// arrests, the chief said Tuesday" keeps its year); "since Sunday" counts forward, the
// happening going on, and stays.
bool leadsUpToADay(std::string_view s, const TemporalMatch& date,
                   const std::vector<TemporalMatch>& all) {
    using Counted = TemporalMatch::CountedBack;
    if (date.countedBack == Counted::No ||
        date.span.end - date.span.start < boost::gregorian::days(7))
        return false;
    if (date.countedBack == Counted::FromNamedDay)
        return true; // the words name the day it leads up to
    return std::any_of(all.begin(), all.end(), [&](const TemporalMatch& other) {
        return &other != &date && other.span.isSingleDay() && other.span.start >= date.span.start &&
               other.span.start <= date.span.end + boost::gregorian::days(1) &&
               !undated::framesReport(s, other.begin, other.end);
    });
}

// A holiday or a weekend around a day the same sentence dates ("was enjoying the Thanksgiving
// holiday when she was killed last Friday morning", "during the Easter weekend gunmen attacked a
// church on Sunday"): the setting of that day's happening, not a second happening on the days
// beside it. A week is a stretch in which more happens ("injured in a shooting last week, died
// Sunday": two happenings), and a day that frames the saying sets nothing.
bool setsTheDay(std::string_view s, const TemporalMatch& date,
                const std::vector<TemporalMatch>& all) {
    if (date.span.isSingleDay() || date.span.fuzzy ||
        date.span.end - date.span.start > boost::gregorian::days(4))
        return false;
    const auto names = [&](std::string_view word) {
        return std::search(date.text.begin(), date.text.end(), word.begin(), word.end(),
                           [](char a, char b) { return (a | 0x20) == b; }) != date.text.end();
    };
    if (!names("holiday") && !names("weekend"))
        return false;
    return std::any_of(all.begin(), all.end(), [&](const TemporalMatch& other) {
        return &other != &date && other.span.isSingleDay() && !other.span.fuzzy &&
               other.span.start >= date.span.start && other.span.start <= date.span.end &&
               !undated::framesReport(s, other.begin, other.end);
    });
}

// The article's own outlet ("Source: Koldan Daily Star" naming "the Daily Star") and press
// agencies report; they are the events' sources, not their actors.
void dropOutlets(std::vector<Event>& events, std::string_view source) {
    auto isOutlet = [&](const std::string& name) {
        // A one-word name inside the outlet's ("Kazakhstan" in "Kazakhstan Today") is a place
        // or a state that acts; only the whole name or a run of its words is the outlet.
        const bool partOfSource =
            name.find(' ') != std::string::npos && source.find(name) != std::string_view::npos;
        const bool ownOutlet = !source.empty() && (name == source || partOfSource ||
                                                   name.find(source) != std::string::npos);
        return ownOutlet || name.ends_with(" Press Agency") || name.ends_with(" News Agency");
    };
    for (Event& e : events)
        std::erase_if(e.actors, isOutlet);
}

void addUnique(std::vector<std::string>& list, std::string_view value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.emplace_back(value);
}

} // namespace

EventExtractor::EventExtractor(const Gazetteer& gazetteer) : m_gazetteer(gazetteer) {}

std::string EventExtractor::makeTitle(std::string_view sentence, std::size_t maxChars) {
    return TitleMaker().make(sentence, maxChars);
}

void EventExtractor::findNames(std::string_view sentence, std::vector<std::string>& actors,
                               std::vector<std::string>& places) const {
    const auto found = m_gazetteer.find(sentence);
    const auto& entries = m_gazetteer.entries();
    for (const auto& m : found) {
        const GazetteerEntry& e = entries[m.entry];
        // A country right before a capitalised word is an adjective ("US
        // Secretary of State"): the country acts, it is not where things happen.
        const bool adjective = e.kind == GazetteerEntry::Kind::Country &&
                               m.end + 1 < sentence.size() && sentence[m.end] == ' ' &&
                               words::isUpper(static_cast<unsigned char>(sentence[m.end + 1]));
        if (e.kind == GazetteerEntry::Kind::Organisation && UnknownNames::isNewsOutlet(e.canonical))
            continue; // the outlet reporting is the article's source, not an actor
        if (!e.isPlace() || m.demonym || adjective)
            addUnique(actors, e.canonical);
        else
            addUnique(places, e.canonical);
    }
    const UnknownNames::Found unknown = UnknownNames::find(sentence, found);
    for (const auto& name : unknown.actors)
        addUnique(actors, name);
    for (const auto& name : unknown.places)
        addUnique(places, name);
}

std::vector<Event>
EventExtractor::eventsForSentence(std::string_view sentence,
                                  const std::vector<TemporalMatch>& dates) const {
    std::vector<Event> events;
    if (dates.empty())
        return events;
    // "Police arrested 30 on Friday, the ministry said on Saturday": one report, of Friday's
    // arrests. A date that only frames the telling gives way to a date of the happening told
    // in the days around it; "X said Friday it would investigate the genocide of four years
    // ago" keeps the saying, which is the news.
    std::vector<TemporalMatch> told;
    for (const auto& date : dates) {
        if (leadsUpToADay(sentence, date, dates) || setsTheDay(sentence, date, dates))
            continue;
        const bool givesWay =
            dates.size() > 1 && undated::framesReport(sentence, date.begin, date.end) &&
            std::any_of(dates.begin(), dates.end(), [&](const TemporalMatch& other) {
                return &other != &date &&
                       !undated::framesReport(sentence, other.begin, other.end) &&
                       other.span.start >= date.span.start - boost::gregorian::days(6) &&
                       other.span.end <= date.span.start + boost::gregorian::days(7);
            });
        if (!givesWay)
            told.push_back(date);
    }
    std::vector<std::string> actors, places;
    findNames(sentence, actors, places);

    const TitleMaker titles(&m_gazetteer);
    for (const auto& date : told) {
        if (date.begin > date.end || date.end > sentence.size())
            continue; // offsets from elsewhere: never trust them to index the sentence
        const bool duplicate = std::any_of(events.begin(), events.end(),
                                           [&](const Event& e) { return e.when == date.span; });
        if (duplicate)
            continue;
        const std::string clause = clauseText(sentence, date, dates);
        // A statement needs a verb, and English verbs are lower case: what is
        // left of "MOSCOW, January 7" is a dateline, not an event. Text in other
        // scripts is given the benefit of the doubt.
        const bool asciiOnly = std::all_of(clause.begin(), clause.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x80;
        });
        const bool hasLower = std::any_of(clause.begin(), clause.end(), [](char c) {
            return words::isLower(static_cast<unsigned char>(c));
        });
        if (asciiOnly && !hasLower)
            continue;
        std::string title = titles.make(clause);
        if (title.empty())
            title = titles.make(sentence);
        Event event;
        event.when = date.span;
        event.dateText = date.text;
        event.resolution = date.explanation;
        event.confidence = date.confidence;
        if (told.size() == 1 && date.span.isSingleDay() && !date.span.fuzzy &&
            undated::datesOnlyTheSaying(sentence, date.begin, date.end)) {
            event.when = story::publicationEstimate(date.span.start);
            event.resolution += "; the day of the saying: the act told on or shortly before it";
            event.confidence = std::min(date.confidence, 0.5);
        }
        event.sentence = std::string(sentence);
        event.title = title.empty() ? date.text : std::move(title);
        event.actors = actors;
        event.places = places;
        events.push_back(std::move(event));
    }
    return events;
}

std::vector<Event> EventExtractor::extract(const ParsedArticle& article, Date published) const {
    std::vector<Event> events;
    const TemporalResolver resolver(published);
    std::optional<Date> previous;
    const std::string_view text = article.text;
    // The news of the day is often told without a date word: the title and the first two
    // sentences of the lede and of the next few paragraphs are candidates for an undated event,
    // decided once every dated sentence is known (a lede restated with its date later needs no
    // second event); any undated sentence may retell a happening the article tells.
    std::vector<UndatedCandidate> undatedCandidates;
    std::vector<std::string_view> sentences; // every sentence, for the article's scene
    int paragraph = 0;                       // body paragraphs seen
    for (const auto& block : article.blocks) {
        if (block.kind != ArticleBlock::Kind::Title && block.kind != ArticleBlock::Kind::Lede &&
            block.kind != ArticleBlock::Kind::Body)
            continue;
        if (block.end > text.size() || block.begin >= block.end)
            continue;
        const std::string_view blockText = text.substr(block.begin, block.end - block.begin);
        int sentenceInBlock = 0;
        if (block.kind == ArticleBlock::Kind::Body)
            ++paragraph;
        for (const auto& sentence : SentenceSplitter::split(blockText)) {
            const std::string_view s = sentence.text;
            if (s.empty() || s.starts_with("Source:"))
                continue;
            // Offsets from the view itself, whatever trimming the splitter did.
            const auto begin =
                static_cast<std::int64_t>(block.begin + (s.data() - blockText.data()));
            const bool leadPosition =
                block.kind == ArticleBlock::Kind::Title ||
                (block.kind == ArticleBlock::Kind::Lede && sentenceInBlock < 2) ||
                (paragraph <= kUndatedParagraphs && sentenceInBlock < 2);
            ++sentenceInBlock;
            const bool isTitle = block.kind == ArticleBlock::Kind::Title;
            auto dates = resolver.resolve(s, previous);
            const auto outsideTheWeek = [&](Date d) {
                return d > published || d < published - boost::gregorian::days(7);
            };
            // The scene of background ("Evans was arrested in August 2014 after … an alley near
            // Nationals Park") is not the news's.
            if (dates.empty()
                    ? !(previous && outsideTheWeek(*previous))
                    : std::any_of(dates.begin(), dates.end(), [&](const TemporalMatch& d) {
                          return !outsideTheWeek(d.span.end);
                      }))
                sentences.push_back(s);
            if (dates.empty()) {
                const bool background = previous && outsideTheWeek(*previous);
                undatedCandidates.push_back({s, s, begin, isTitle, leadPosition, background});
                continue;
            }
            if (dates.size() > kMaxDatesPerSentence)
                dates.resize(kMaxDatesPerSentence);
            // Every date in a subordinate clause: the main clause is still undated news.
            std::size_t mainEnd = leadPosition ? s.size() : 0;
            for (const auto& d : dates) {
                if (mainEnd == 0)
                    break;
                const auto sub = undated::subordinateClause(s, 0, d.begin);
                mainEnd = sub ? std::min(mainEnd, sub->subordinator) : 0;
            }
            if (mainEnd > 0 && mainEnd < s.size()) {
                std::string_view main = s.substr(0, mainEnd);
                // "…killed 26 people, the worst unrest since…": the apposition goes too.
                if (const auto comma = main.rfind(", "); comma != std::string_view::npos)
                    main = main.substr(0, comma);
                undatedCandidates.push_back({main, s, begin, isTitle, true, false});
            }
            for (auto& event : eventsForSentence(s, dates)) {
                // The lede often restates a body sentence: one event is enough.
                const auto restated =
                    std::find_if(events.begin(), events.end(), [&](const Event& e) {
                        return e.when == event.when && e.title == event.title;
                    });
                if (restated != events.end()) {
                    // A teaser or caption copies the lede above the story; the copy under the
                    // dateline ("PORTAGE PARK — A boy was shot …") is the story's own telling.
                    if (underDateline(s, restated->sentence)) {
                        restated->sentence = std::string(s);
                        restated->sentenceBegin = begin;
                        restated->sentenceEnd = begin + static_cast<std::int64_t>(s.size());
                    }
                    continue;
                }
                event.sentenceBegin = begin;
                event.sentenceEnd = begin + static_cast<std::int64_t>(s.size());
                events.push_back(std::move(event));
                if (events.size() >= kMaxEventsPerArticle)
                    return events;
            }
            // A run-up the sentence counts back ("over the last year") is not where the
            // article has moved on to: the day it leads up to is.
            for (const auto& d : dates)
                if (!d.span.fuzzy && !leadsUpToADay(s, d, dates))
                    previous = d.span.start;
        }
    }
    if (TemporalResolver::supportsReference(published)) {
        undated::linkDatedMentions(events, published);
        undated::linkDaysInPeriods(events);
        addUndatedNews(events, undatedCandidates, published);
        undated::linkTimeAnchors(events, published);
        addRetellings(events, undatedCandidates, published);
        addArticleScene(events, sentences, published);
    }
    dropOutlets(events, article.source);
    return events;
}

} // namespace ct

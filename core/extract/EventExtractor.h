#pragma once

#include "extract/Gazetteer.h"
#include "extract/HappeningReference.h"
#include "model/Event.h"
#include "temporal/TemporalResolver.h"
#include "text/ArticleParser.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// Turns an article into events: one per dated statement in a sentence of the
// title, lede or body. Each event gets a short headline from the sentence's main
// clause (attributions such as "the Kremlin said" removed, at most ~80
// characters), the whole sentence as evidence with its offsets, the date and how
// it was resolved, and the actors and places the gazetteer (plus unknown
// capitalised names) finds in the sentence.
class EventExtractor {
  public:
    explicit EventExtractor(const Gazetteer& gazetteer);

    // A real sentence names a handful of dates and a long report a few hundred;
    // beyond these a file is not prose, and reading on would only cost time
    // (clause matching is quadratic in the dates of a sentence).
    static constexpr std::size_t kMaxDatesPerSentence = 16;
    static constexpr std::size_t kMaxEventsPerArticle = 2000;

    std::vector<Event> extract(const ParsedArticle& article, Date published) const;

    // The events of one sentence given its resolved dates (offsets into
    // `sentence`); sentenceBegin/End are left 0. Exposed so that clause and
    // title logic can be tested apart from the resolver.
    std::vector<Event> eventsForSentence(std::string_view sentence,
                                         const std::vector<TemporalMatch>& dates) const;

    // A headline for one sentence; exposed for tests.
    static std::string makeTitle(std::string_view sentence, std::size_t maxChars = 80);

    // At most this many events of undated news per article, from the title and the first
    // paragraphs (where a report tells its happening; further down comes background).
    static constexpr int kMaxUndatedPerArticle = 4;
    static constexpr int kUndatedParagraphs = 4;
    // At most this many undated sentences further down become reports of a happening the
    // article tells: enough for the retellings of a local report, few enough that a long
    // article's every mention of its shooting does not weigh on the story merger.
    static constexpr int kMaxRetellingsPerArticle = 4;

  private:
    struct UndatedCandidate {
        std::string_view clause;   // the main clause that tells it
        std::string_view sentence; // the whole sentence, the evidence
        std::int64_t begin = 0;    // its offset in the article text
        bool title = false;
        bool lead = false; // where a report tells its news (see kUndatedParagraphs)
        // The last date told before it lies outside the week before publication: the article
        // has moved on to background ("Last July alone, three minors were shot. An 11-year-old
        // boy was shot in the chest …"), and undated sentences stay in that time.
        bool inBackground = false;
    };
    // EventExtractorUndated.cpp: the lead's undated news, then the later sentences that
    // retell a happening the article already tells.
    void addUndatedNews(std::vector<Event>& events, const std::vector<UndatedCandidate>& candidates,
                        Date published) const;
    void addRetellings(std::vector<Event>& events, const std::vector<UndatedCandidate>& candidates,
                       Date published) const;
    // undated::referredTo, and a detail told by the happening's participants ("The attackers
    // fled towards the hills") only when it names no place the happening's telling does not
    // (then it may tell of another scene).
    // `how` (optional) says how it refers, for the event's resolution.
    std::optional<std::size_t> referredTo(std::string_view sentence,
                                          const std::vector<Event>& events,
                                          const undated::Referents& among, Date published,
                                          std::string* how = nullptr) const;
    // The article's scene for its news that names no place: a local report often names the
    // street once ("Investigators would like to talk to him about a shooting on Apollo
    // Street") and tells the shooting in sentences that name none ("As they ran, shots were
    // fired, hitting the victim"). When the article's sentences name one scene
    // (UnknownNames::isScene, compared by story::placeCore; or two streets at one spot: "Osprey
    // Circle off Wildwood Drive") and no other, each event of the
    // week before publication that names no scene takes it: another outlet's telling of the
    // same street then meets it. A town is no scene: every happening in it shares it, and a
    // telling that names only its town ("a boy in Tarpon Springs died") takes the scene too.
    void addArticleScene(std::vector<Event>& events, const std::vector<std::string_view>& sentences,
                         Date published) const;
    // Whether `sentence` names a place `event`'s telling does not: it may tell of another scene.
    bool namesOtherPlace(std::string_view sentence, const Event& event) const;
    void findNames(std::string_view sentence, std::vector<std::string>& actors,
                   std::vector<std::string>& places) const;

    const Gazetteer& m_gazetteer;
};

} // namespace ct

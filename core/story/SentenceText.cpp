#include "story/SentenceText.h"

#include "model/Event.h"
#include "story/ReportText.h"

namespace ct::story {

SentenceText sentenceTextOf(std::string_view sentence) {
    return {featuresOf(sentence, {}, {}), fingerprint(sentence)};
}

const SentenceText& givenOrOwn(const SentenceText* given, std::string_view sentence,
                               SentenceText& own) {
    if (given)
        return *given;
    own = sentenceTextOf(sentence);
    return own;
}

std::vector<SentenceText> sentenceTextsOf(const std::vector<Event>& events) {
    std::vector<SentenceText> texts;
    texts.reserve(events.size());
    for (const Event& e : events)
        texts.push_back(sentenceTextOf(e.sentence));
    return texts;
}

} // namespace ct::story

#pragma once

#include "story/ReportSimilarity.h"

#include <string>
#include <string_view>
#include <vector>

namespace ct {
struct Event;
}

namespace ct::story {

// What merging reads of a report's sentence alone, before it looks at any stored event: its
// own terms (featuresOf without names) and its wire-copy fingerprint. The import computes
// them on its worker thread, beside the extraction (Importer::prepare*), so that the storing
// thread, which bounds how fast a folder imports, does not.
struct SentenceText {
    ReportFeatures features;
    std::string fingerprint;
};

SentenceText sentenceTextOf(std::string_view sentence);
// `given` when the caller handed it over, else the sentence's own, worked out into `own`: how
// both engines' stores take what the import computed ahead and compute the rest themselves.
const SentenceText& givenOrOwn(const SentenceText* given, std::string_view sentence,
                               SentenceText& own);
// One per event, in order: what Store::addArticle takes beside the events.
std::vector<SentenceText> sentenceTextsOf(const std::vector<Event>& events);

} // namespace ct::story

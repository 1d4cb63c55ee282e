#include "extract/EventExtractor.h"

namespace ct {

EventExtractor::EventExtractor(const Gazetteer& gazetteer) : m_gazetteer(gazetteer) {}

std::vector<Event> EventExtractor::extract(const ParsedArticle&, Date) const {
    return {};
}

std::string EventExtractor::makeTitle(std::string_view sentence, std::size_t maxChars) {
    return std::string(sentence.substr(0, maxChars));
}

} // namespace ct

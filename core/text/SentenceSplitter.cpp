#include "text/SentenceSplitter.h"

namespace ct {

std::vector<Sentence> SentenceSplitter::split(std::string_view) {
    return {};
}

} // namespace ct

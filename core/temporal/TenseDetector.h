#pragma once

#include "temporal/SentenceTokens.h"
#include "temporal/TemporalResolver.h"

#include <cstddef>

namespace ct::temporal {

// Tense of the verb group nearest to tokens [first, last] within their clause.
// The nearest verb decides rather than the whole sentence: in "Blinken, who
// warned on Friday that it would be difficult" the warning is past even though
// "would" comes later. Looks left first (English puts the verb before its
// adverbials), then right ("On Monday, ministers will meet").
Tense tenseAround(const Tokens& tokens, std::size_t first, std::size_t last);

// Tense of the first verb group of the sentence: the main clause in news style.
Tense tenseOfSentence(const Tokens& tokens);

} // namespace ct::temporal

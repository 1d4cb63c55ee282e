#include "temporal/TenseDetector.h"

#include <algorithm>

namespace ct::temporal {
namespace {

bool isVerbCue(TenseRole r) {
    return r == TenseRole::Future || r == TenseRole::PresentAux || r == TenseRole::PastAux ||
           r == TenseRole::PastVerb;
}

TenseRole roleOf(const Token& t) {
    return t.kind == TokenKind::Word ? t.info.tense : TenseRole::Other;
}

bool inVerbGroup(const Token& t) {
    const TenseRole r = roleOf(t);
    return isVerbCue(r) || r == TenseRole::Neutral;
}

// Where a clause ends when scanning left: any separating punctuation or a
// subordinator such as "who" or "that".
bool endsClauseLeft(const Token& t) {
    if (t.kind == TokenKind::Punct)
        return t.punct != '\'' && t.punct != '-';
    return roleOf(t) == TenseRole::Boundary;
}

// Scanning right, commas are crossed: a fronted adverbial ("On Monday, the
// ministers will meet") is separated from its verb by one.
bool endsClauseRight(const Token& t) {
    if (t.kind == TokenKind::Punct)
        return t.punct != '\'' && t.punct != '-' && t.punct != ',';
    return roleOf(t) == TenseRole::Boundary;
}

// "will be arrested" is future and "is rocked" present although their last
// word looks past: the whole auxiliary chain decides.
Tense classifyGroup(const Tokens& tokens, std::size_t cue) {
    std::size_t from = cue, to = cue;
    while (from > 0 && cue - from < 4 && inVerbGroup(tokens[from - 1]))
        --from;
    while (to + 1 < tokens.size() && to - cue < 4 && inVerbGroup(tokens[to + 1]))
        ++to;
    bool future = false, presentAux = false, pastAux = false, pastVerb = false;
    for (std::size_t i = from; i <= to; ++i) {
        switch (roleOf(tokens[i])) {
        case TenseRole::Future:
            future = true;
            break;
        case TenseRole::PresentAux:
            presentAux = true;
            break;
        case TenseRole::PastAux:
            pastAux = true;
            break;
        case TenseRole::PastVerb:
            pastVerb = true;
            break;
        default:
            break;
        }
    }
    if (future)
        return Tense::Future;
    if (pastAux)
        return Tense::Past;
    if (presentAux)
        return Tense::Present;
    return pastVerb ? Tense::Past : Tense::Unknown;
}

} // namespace

// A verb further away than this does not govern the date, and an unbounded
// search makes a sentence of a million date words quadratic.
constexpr std::size_t kTenseReach = 40;

Tense tenseAround(const Tokens& tokens, std::size_t first, std::size_t last) {
    const std::size_t stopLeft = first > kTenseReach ? first - kTenseReach : 0;
    for (std::size_t i = first; i > stopLeft; --i) {
        const Token& t = tokens[i - 1];
        if (endsClauseLeft(t))
            break;
        if (isVerbCue(roleOf(t)))
            return classifyGroup(tokens, i - 1);
    }
    const std::size_t stopRight = std::min(tokens.size(), last + 1 + kTenseReach);
    for (std::size_t i = last + 1; i < stopRight; ++i) {
        const Token& t = tokens[i];
        if (endsClauseRight(t))
            break;
        if (isVerbCue(roleOf(t)))
            return classifyGroup(tokens, i);
    }
    return Tense::Unknown;
}

Tense tenseOfSentence(const Tokens& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (isVerbCue(roleOf(tokens[i])))
            return classifyGroup(tokens, i);
    return Tense::Unknown;
}

} // namespace ct::temporal

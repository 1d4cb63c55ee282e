#include "temporal/TenseDetector.h"

#include <algorithm>
#include <optional>

namespace ct::temporal {
namespace {

bool isVerbCue(TenseRole r) {
    return r == TenseRole::Future || r == TenseRole::PresentAux || r == TenseRole::PastAux ||
           r == TenseRole::PastVerb || r == TenseRole::Schedule;
}

TenseRole roleOf(const Token& t) {
    return t.kind == TokenKind::Word ? t.info.tense : TenseRole::Other;
}

bool isKeyword(const Token& t, Kw k) {
    return t.kind == TokenKind::Word && t.info.cls == WordClass::Keyword &&
           t.info.value == static_cast<std::uint8_t>(k);
}

// Words a noun phrase starts with: "the vote Monday" is not "they vote Monday".
bool isDeterminer(const Tokens& tokens, std::size_t i) {
    if (tokens[i].kind != TokenKind::Word)
        return false;
    const auto& t = tokens[i];
    return isKeyword(t, Kw::The) || isKeyword(t, Kw::This) || isKeyword(t, Kw::Last) ||
           isKeyword(t, Kw::Next) || isKeyword(t, Kw::Of) || isKeyword(t, Kw::For) ||
           t.info.cls == WordClass::NumberWord ||
           (i > 0 && t.end - t.begin == 1 && tokens[i - 1].kind == TokenKind::Punct &&
            tokens[i - 1].punct == '\''); // "Friday's close"
}

// The role of a word in its context: an intention is future only as a verb with its
// infinitive ("set to resume", but "a record set on Aug. 6"), a timetable verb only when it is not
// a noun ("they meet Monday", but "the meet").
TenseRole roleAt(const Tokens& tokens, std::size_t i) {
    const Token& t = tokens[i];
    const TenseRole r = roleOf(t);
    if (r == TenseRole::Intent) {
        // "announced plans to acquire", "the plan to resume": a noun, the object of a verb
        // or of its determiner; the infinitive after it still counts as future.
        const bool noun =
            i > 0 && (roleOf(tokens[i - 1]) == TenseRole::PastVerb || isDeterminer(tokens, i - 1));
        if (i + 1 < tokens.size() && isKeyword(tokens[i + 1], Kw::To) && !noun)
            return TenseRole::Future;
        return TenseRole::Other;
    }
    if (r == TenseRole::Schedule) {
        if (i > 0 && (isDeterminer(tokens, i - 1) || tokens[i - 1].kind == TokenKind::Number))
            return TenseRole::Other;
        return TenseRole::Schedule;
    }
    return r;
}

bool inVerbGroup(const Tokens& tokens, std::size_t i) {
    const TenseRole r = roleAt(tokens, i);
    return isVerbCue(r) || r == TenseRole::Neutral || r == TenseRole::Schedule;
}

// Where a clause ends when scanning left: any separating punctuation or a
// subordinator such as "who" or "that".
bool endsClauseLeft(const Token& t) {
    if (t.kind == TokenKind::Punct)
        return t.punct != '\'' && t.punct != '-';
    return roleOf(t) == TenseRole::Boundary;
}

// "9.5 million", "2,000": punctuation inside a number does not end a clause.
bool insideNumber(const Tokens& tokens, std::size_t i) {
    return i > 0 && i + 1 < tokens.size() && tokens[i].kind == TokenKind::Punct &&
           (tokens[i].punct == '.' || tokens[i].punct == ',') &&
           tokens[i - 1].kind == TokenKind::Number && tokens[i + 1].kind == TokenKind::Number &&
           tokens[i - 1].end == tokens[i].begin && tokens[i].end == tokens[i + 1].begin;
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
    while (from > 0 && cue - from < 4 && inVerbGroup(tokens, from - 1))
        --from;
    while (to + 1 < tokens.size() && to - cue < 4 && inVerbGroup(tokens, to + 1))
        ++to;
    bool future = false, presentAux = false, pastAux = false, pastVerb = false, schedule = false;
    // An infinitive that opens its group names something still to happen: "the
    // transaction to be completed by Dec. 15", "talks to resume Monday".
    const bool infinitive = isKeyword(tokens[from], Kw::To) && from < cue;
    for (std::size_t i = from; i <= to; ++i) {
        switch (roleAt(tokens, i)) {
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
        case TenseRole::Schedule:
            schedule = true;
            break;
        default:
            break;
        }
    }
    if (future || infinitive)
        return Tense::Future;
    // "they meet Monday", "the rights expire Nov. 21": a timetable, unless a past
    // auxiliary says it was one ("did not meet").
    if (schedule && !pastAux && !pastVerb)
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
    std::optional<std::size_t> guessed; // an "-ed" word that may be an adjective
    for (std::size_t i = first; i > stopLeft; --i) {
        const Token& t = tokens[i - 1];
        if (endsClauseLeft(t) && !insideNumber(tokens, i - 1))
            break;
        // Past a guessed form, a subordinator ends the search: in "earnings after the
        // market closed Wednesday" nothing left of "after" governs the date.
        if (guessed && t.kind == TokenKind::Word &&
            (isKeyword(t, Kw::After) || isKeyword(t, Kw::Before) || isKeyword(t, Kw::Since) ||
             isKeyword(t, Kw::Until)))
            break;
        if (!isVerbCue(roleAt(tokens, i - 1)))
            continue;
        // "will redeem preferred shares on Oct. 31": an auxiliary further left in the
        // same clause outranks a guessed past form, which may be an adjective.
        if (t.guessedPast && roleAt(tokens, i - 1) == TenseRole::PastVerb) {
            if (!guessed)
                guessed = i - 1;
            continue;
        }
        const Tense found = classifyGroup(tokens, i - 1);
        if (guessed && found != Tense::Future)
            return classifyGroup(tokens, *guessed);
        return found;
    }
    if (guessed)
        return classifyGroup(tokens, *guessed);
    const std::size_t stopRight = std::min(tokens.size(), last + 1 + kTenseReach);
    for (std::size_t i = last + 1; i < stopRight; ++i) {
        const Token& t = tokens[i];
        if (endsClauseRight(t))
            break;
        if (isVerbCue(roleAt(tokens, i)))
            return classifyGroup(tokens, i);
    }
    return Tense::Unknown;
}

Tense tenseOfSentence(const Tokens& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (isVerbCue(roleAt(tokens, i)))
            return classifyGroup(tokens, i);
    return Tense::Unknown;
}

} // namespace ct::temporal

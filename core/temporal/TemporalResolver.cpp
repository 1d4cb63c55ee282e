#include "temporal/TemporalResolver.h"

#include "temporal/MatchContext.h"
#include "temporal/SentenceTokens.h"
#include "temporal/TenseDetector.h"

namespace ct {

const char* toText(Tense tense) {
    switch (tense) {
    case Tense::Past:
        return "past";
    case Tense::Present:
        return "present";
    case Tense::Future:
        return "future";
    case Tense::Unknown:
        return "unknown";
    }
    return "unknown";
}

namespace {

using temporal::Found;
using temporal::MatchContext;

// Boost's to_iso_extended_string goes through an ostringstream; at one
// explanation per match that showed up in profiles, so the digits are written
// directly from Boost's year/month/day.
void appendIso(std::string& out, Date d) {
    const auto ymd = d.year_month_day();
    char buffer[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
    const auto put = [&](int value, int pos, int width) {
        for (int i = pos + width - 1; i >= pos; --i, value /= 10)
            buffer[i] = static_cast<char>('0' + value % 10);
    };
    put(ymd.year, 0, 4);
    put(ymd.month, 5, 2);
    put(ymd.day, 8, 2);
    out.append(buffer, sizeof buffer);
}

void appendSpan(std::string& out, const DateSpan& span) {
    appendIso(out, span.start);
    if (span.precision == Precision::Day && !span.fuzzy)
        return;
    if (span.end != span.start) {
        out += "..";
        appendIso(out, span.end);
    }
    out += " (";
    out += toText(span.precision);
    if (span.fuzzy)
        out += ", fuzzy";
    out += ')';
}

// "on Thursday → 2022-01-06, past tense, article of 2022-01-08"
std::string explain(std::string_view words, const Found& found, Date reference) {
    std::string out;
    out.reserve(96);
    out.append(words);
    out += " \u2192 ";
    appendSpan(out, found.span);
    out += ", ";
    out += toText(found.tense);
    out += " tense, article of ";
    appendIso(out, reference);
    if (found.note) {
        out += "; ";
        out += found.note;
        if (found.anchor) {
            out += ' ';
            appendIso(out, *found.anchor);
        } else if (found.note[0] == 'f') { // "from the article to 2022-01-19"
            out += ' ';
            appendIso(out, found.span.end);
        }
    }
    return out;
}

// Cheap filter before trying every matcher at a token: expressions start with
// a keyword, a count, a date word or a number, never with an ordinary word.
// Units start only "year-end" and "year's end"; of ordinary words only "New Year".
bool canStartExpression(const temporal::Tokens& tokens, std::size_t i) {
    using temporal::WordClass;
    const temporal::Token& t = tokens[i];
    if (t.kind == temporal::TokenKind::Punct)
        return false;
    if (t.kind != temporal::TokenKind::Word)
        return true;
    if (t.info.cls == WordClass::Unit)
        return i + 1 < tokens.size() && tokens[i + 1].kind == temporal::TokenKind::Punct;
    if (t.info.cls == WordClass::None)
        return t.capitalised && i + 1 < tokens.size() &&
               tokens[i + 1].info.cls == WordClass::Unit && tokens[i + 1].capitalised;
    return t.info.cls != WordClass::DayPart;
}

} // namespace

TemporalResolver::TemporalResolver(Date reference) : m_reference(reference) {}

std::vector<TemporalMatch> TemporalResolver::resolve(std::string_view sentence,
                                                     std::optional<Date> previous) const {
    // Boost's calendar spans 1400..9999; counting years or weeks from an article at its
    // edges would step outside it, and no news article is dated there.
    if (!supportsReference(m_reference))
        return {};
    temporal::Tokens tokens;
    if (!temporal::tokenize(sentence, tokens))
        return {}; // most sentences carry no date at all: nothing allocated
    const MatchContext ctx{sentence, tokens, m_reference, previous};
    std::vector<TemporalMatch> out;
    std::optional<Date> lastDay; // a date this sentence named, for "two days later"
    for (std::size_t i = 0; i < tokens.size();) {
        if (!canStartExpression(tokens, i)) {
            ++i;
            continue;
        }
        std::optional<Found> found = temporal::matchVagueRange(ctx, i);
        if (!found)
            found = temporal::matchOffset(ctx, i);
        if (!found)
            found = temporal::matchAnaphora(ctx, i, lastDay);
        if (!found)
            found = temporal::matchRelativePeriod(ctx, i);
        if (!found)
            found = temporal::matchReportingYear(ctx, i);
        if (!found)
            found = temporal::matchDeictic(ctx, i);
        if (!found)
            found = temporal::matchNamedDay(ctx, i);
        if (!found)
            found = temporal::matchWeekday(ctx, i);
        if (!found)
            found = temporal::matchExplicitDate(ctx, i);
        if (!found) {
            ++i;
            continue;
        }
        if (found->tense == Tense::Unknown)
            found->tense = ctx.tenseOf(found->first, found->last);
        TemporalMatch match;
        match.begin = tokens[found->first].begin;
        match.end = tokens[found->last].end;
        match.text = std::string(sentence.substr(match.begin, match.end - match.begin));
        match.span = found->span;
        match.confidence = found->confidence;
        match.explanation = explain(match.text, *found, m_reference);
        match.countedBack = found->countedBack;
        if (found->span.precision == Precision::Day && !found->span.fuzzy)
            lastDay = found->span.start;
        out.push_back(std::move(match));
        i = found->last + 1;
    }
    return out;
}

bool TemporalResolver::supportsReference(Date reference) {
    return reference.year() >= 1500 && reference.year() <= 9000;
}

Tense TemporalResolver::detectTense(std::string_view sentence) {
    temporal::Tokens tokens;
    temporal::tokenize(sentence, tokens);
    return temporal::tenseOfSentence(tokens);
}

} // namespace ct

#include "extract/TitleMaker.h"

#include "extract/Gazetteer.h"
#include "extract/TitleText.h"
#include "extract/WordChars.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace ct {

using namespace title;

std::size_t TitleMaker::countChars(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

namespace {

// A participial or prepositional opening ("Speaking before reporters", "In an address
// that was aired …"): a headline must never be only that.
bool opensWithFragment(std::string_view text) {
    const auto space = text.find(' ');
    const std::string_view first = text.substr(0, space);
    if (first.size() > 4 && first.ends_with("ing") && isCapitalised(first))
        return true;
    static constexpr std::array<std::string_view, 12> kOpeners = {
        "In",        "On",   "At",      "During", "After", "Before",
        "Following", "Amid", "Despite", "With",   "Asked", "Quoted"};
    return std::find(kOpeners.begin(), kOpeners.end(), first) != kOpeners.end();
}

// Reporting verbs that are also plural nouns: "three neighbouring states opened a summit",
// "reports of shooting".
bool isPluralNoun(std::string_view word) {
    return word == "states" || word == "reports" || word == "notes";
}

// A verb of attribution closes its clause: "…, the ministry states." / "…, the agency reports
// that …" / "…, the report notes in its summary". A noun is followed by its own verb instead.
bool endsAttribution(std::string_view s, const Token& verb) {
    const char last = s[verb.end - 1];
    if (last == ',' || last == '.' || last == ';')
        return true;
    const Token next = tokenAt(s, verb.end);
    if (next.begin == next.end)
        return true;
    const std::string_view after = bare(s.substr(next.begin, next.end - next.begin));
    return after == "that" || after == "in" || after == "on";
}

} // namespace

std::string TitleMaker::stripAttribution(std::string_view text) {
    std::string s = collapseSpaces(text);
    // "According to X, …" and "…, according to X".
    if (s.size() > 13 && equalsIgnoreCase(std::string_view(s).substr(0, 13), "according to ")) {
        const auto comma = s.find(',');
        if (comma != std::string::npos && comma < 80)
            s.erase(0, comma + 1);
    }
    if (const auto pos = s.find(", according to "); pos != std::string::npos) {
        const auto next = s.find(',', pos + 1);
        s.erase(pos, next == std::string::npos ? std::string::npos : next - pos);
    }
    // "…," the statement said, adding …" and "…, the Kremlin said in a statement".
    for (std::size_t comma = s.find(','); comma != std::string::npos;
         comma = s.find(',', comma + 1)) {
        std::size_t after = comma + 1;
        std::string quote;
        if (s.compare(after, 1, "\"") == 0 || s.compare(after, 3, "\xE2\x80\x9D") == 0) {
            quote = s[after] == '"' ? "\"" : "\xE2\x80\x9D";
            after += quote.size();
        }
        Token tok = tokenAt(s, after);
        if (tok.begin == tok.end ||
            isOneOf(bare(std::string_view(s).substr(tok.begin, tok.end - tok.begin)),
                    kClauseStarters))
            continue;
        bool found = false;
        for (std::size_t k = 0; k < 8 && tok.begin < tok.end; ++k, tok = tokenAt(s, tok.end)) {
            const std::string_view word =
                std::string_view(s).substr(tok.begin, tok.end - tok.begin);
            if (isOneOf(bare(word), kReportingVerbs) &&
                (!isPluralNoun(bare(word)) || endsAttribution(s, tok))) {
                found = true;
                break;
            }
            if (word.back() == ',' || word.back() == '.' || word.back() == ';')
                break;
        }
        if (found && comma > 0) {
            // "Speaking before reporters, Peskov said …", "In an address aired on state
            // television, Tokayev said …": what precedes is a fragment, not the statement;
            // the statement is what the speaker said.
            if (quote.empty() && opensWithFragment(std::string_view(s).substr(0, comma))) {
                s = trimEnds(s.substr(comma + 1));
            } else {
                s = s.substr(0, comma) + quote;
            }
            break;
        }
    }
    // "The Kremlin added that …", "Peskov said in a statement that …".
    const auto tokens = tokenize(s);
    for (std::size_t k = 1; k < tokens.size() && k <= 7; ++k) {
        const std::string_view tok = std::string_view(s).substr(
            tokens[k - 1].begin, tokens[k - 1].end - tokens[k - 1].begin);
        if (tok.find_first_of(",\"") != std::string_view::npos ||
            tok.find("\xE2\x80\x9C") != std::string_view::npos)
            break;
        const std::string_view verb =
            std::string_view(s).substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        if (!isOneOf(verb, kReportingVerbs))
            continue;
        for (std::size_t t = k + 1; t < tokens.size() && t <= k + 7; ++t) {
            const std::string_view w =
                std::string_view(s).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
            if (bare(w) == "that" && tokens.size() > t + 2)
                return trimEnds(s.substr(tokens[t].end));
            // "said on Jan. 6, 2022 that": a comma inside a date does not end the clause.
            const bool numeric = !w.empty() && w.front() >= '0' && w.front() <= '9';
            if (w.find(',') != std::string_view::npos && !numeric)
                break;
        }
        if ((verb == "said" || verb == "says") && tokens.size() > k + 4)
            return trimEnds(s.substr(tokens[k].end));
        break;
    }
    return trimEnds(s);
}

std::string TitleMaker::shortenNames(std::string_view text) const {
    std::string s(text);
    if (!m_gazetteer)
        return s;
    const auto matches = m_gazetteer->find(s);
    const auto& entries = m_gazetteer->entries();
    const auto tokens = tokenize(s);
    auto tokenEndingAt = [&](std::size_t pos) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < tokens.size(); ++k)
            if (tokens[k].end + 1 == pos)
                return k;
        return std::nullopt;
    };
    auto isPlaceWord = [&](const Token& t) {
        return std::any_of(matches.begin(), matches.end(), [&](const GazetteerMatch& m) {
            return m.begin == t.begin && m.end == t.end &&
                   entries[m.entry].kind == GazetteerEntry::Kind::Country;
        });
    };
    std::size_t edited = s.size(); // text from here on has been rewritten
    for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
        const GazetteerEntry& e = entries[it->entry];
        if (e.kind != GazetteerEntry::Kind::Person || it->end > edited)
            continue;
        std::string_view surname;
        for (const auto& alias : e.aliases)
            if (alias.find(' ') == std::string::npos && e.canonical.ends_with(" " + alias))
                surname = alias;
        std::size_t from = it->begin;
        bool sawTitle = false;
        for (auto k = tokenEndingAt(from); k; k = tokenEndingAt(from)) {
            const std::string_view w =
                std::string_view(s).substr(tokens[*k].begin, tokens[*k].end - tokens[*k].begin);
            const bool title = isOneOf(w, kTitleWords) && isCapitalised(w);
            const bool of = w == "of" && sawTitle;
            const bool counterpart = w == "counterpart";
            const bool owner = (w == "his" || w == "her" || w == "its" || w == "their") && sawTitle;
            if (!(title || of || counterpart || owner || isPlaceWord(tokens[*k])))
                break;
            sawTitle = sawTitle || title || counterpart;
            from = tokens[*k].begin;
        }
        std::string replacement(surname.empty()
                                    ? std::string_view(s).substr(it->begin, it->end - it->begin)
                                    : std::string_view(surname));
        // "NATO Secretary General Jens Stoltenberg" → "NATO's Stoltenberg": the
        // organisation says who the person speaks for.
        const auto before = tokenEndingAt(from);
        const bool afterOrganisation =
            from != it->begin && before &&
            std::any_of(matches.begin(), matches.end(), [&](const GazetteerMatch& m) {
                return m.end == tokens[*before].end &&
                       entries[m.entry].kind == GazetteerEntry::Kind::Organisation;
            });
        if (afterOrganisation) {
            replacement.insert(0, "'s ");
            --from; // the space after the organisation
        }
        if (replacement != std::string_view(s).substr(from, it->end - from))
            s.replace(from, it->end - from, replacement);
        edited = from;
    }
    return s;
}

std::string TitleMaker::elide(std::string_view text, std::size_t maxChars) {
    // The result is always balanced, and the closing quote counts too.
    const std::string closing = missingQuote(text);
    if (countChars(text) + countChars(closing) <= maxChars)
        return std::string(text) + closing;
    for (std::size_t reserve = 1; reserve <= 2; ++reserve) {
        if (maxChars <= reserve)
            return std::string(kEllipsis).substr(0, maxChars == 0 ? 0 : kEllipsis.size());
        const std::size_t limit = maxChars - reserve;
        std::size_t b = 0;
        for (std::size_t n = 0; b < text.size() && n < limit; ++n)
            b += words::seqLen(static_cast<unsigned char>(text[b]));
        b = std::min(b, text.size());
        std::size_t cut = text[b] == ' ' ? b : text.rfind(' ', b);
        if (cut == std::string_view::npos || countChars(text.substr(0, cut)) < limit / 3)
            cut = b; // one huge word: cut between characters, never inside one
        std::string head(text.substr(0, cut));
        for (;;) {
            head = trimEnds(head);
            const auto sp = head.rfind(' ');
            if (sp == std::string::npos ||
                !isOneOf(std::string_view(head).substr(sp + 1), kFunctionWords))
                break;
            head.erase(sp);
        }
        const std::string quote = missingQuote(head);
        if (quote.empty() || reserve == 2)
            return head + std::string(kEllipsis) + quote;
    }
    return std::string(text.substr(0, 0));
}

std::string TitleMaker::make(std::string_view clause, std::size_t maxChars) const {
    std::string s = stripAttribution(clause);
    s = unwrapQuotes(removeStrayClosingQuote(stripLeadingFillers(stripKicker(stripDateline(s)))));
    using Step = std::string (*)(std::string);
    const std::array<Step, 3> generic = {shortenParentheses, dropAsides, dropTrailingClause};
    for (std::size_t step = 0; step < 5 && countChars(s) > maxChars; ++step) {
        if (step < 3)
            s = generic[step](s);
        else if (step == 3)
            s = shortenNames(s);
        else
            s = dropFillers(s);
        s = trimEnds(s);
    }
    s = capitaliseFirst(trimEnds(s));
    return elide(s, maxChars);
}

} // namespace ct
#include "extract/TitleText.h"

#include "extract/TitleMaker.h"
#include "extract/WordChars.h"

#include <array>
#include <cctype>

namespace ct::title {

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t b = i;
        while (i < s.size() && s[i] != ' ')
            ++i;
        if (i > b)
            tokens.push_back({b, i});
    }
    return tokens;
}

// The bare word inside a token: `"rude"` → rude, `said,` → said.
std::string_view bare(std::string_view token) {
    while (!token.empty() && !words::isWordAt(token, 0))
        token.remove_prefix(
            std::min(token.size(), words::seqLen(static_cast<unsigned char>(token[0]))));
    while (!token.empty() && !words::isWordAt(token, words::prevCharStart(token, token.size())))
        token.remove_suffix(token.size() - words::prevCharStart(token, token.size()));
    return token;
}

bool isCapitalised(std::string_view word) {
    return !word.empty() && words::isUpper(static_cast<unsigned char>(word[0]));
}

std::string collapseSpaces(std::string_view in) {
    // Most clauses are already clean: check first, copy once.
    bool clean = in.empty() || (in.front() != ' ' && in.back() != ' ');
    for (std::size_t i = 0; clean && i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\t' || c == '\n' || c == '\r')
            clean = false;
        else if (c == ',' && i + 1 < in.size() && in[i + 1] == ',')
            clean = false;
        else if (c == ' ' && i + 1 < in.size())
            clean = !(in[i + 1] == ' ' || in[i + 1] == ',' || in[i + 1] == '.' ||
                      in[i + 1] == ';' || in[i + 1] == ':' || in[i + 1] == ')');
    }
    if (clean)
        return std::string(in);
    std::string out(in.size(), '\0');
    char* const first = out.data();
    char* w = first;
    for (const char c : in) {
        if (words::isSpace(static_cast<unsigned char>(c))) {
            if (w != first && w[-1] != ' ')
                *w++ = ' ';
            continue;
        }
        // A cut often leaves "word ," or "( word": close the gap; and a date cut
        // from between two commas leaves "that, , talks".
        if ((c == ',' || c == '.' || c == ';' || c == ':' || c == ')') && w != first &&
            w[-1] == ' ')
            --w;
        if (c == ',' && w != first && w[-1] == ',')
            continue;
        *w++ = c;
    }
    while (w != first && w[-1] == ' ')
        --w;
    out.resize(static_cast<std::size_t>(w - first));
    return out;
}

std::string trimEnds(std::string s) {
    s = collapseSpaces(s);
    // Trailing punctuation never belongs in a headline, also when a quote closes
    // after it ("…restore order." → "…restore order").
    while (!s.empty()) {
        const char last = s.back();
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' ||
            last == ' ') {
            s.pop_back();
        } else if (last == '"' && s.size() >= 2 &&
                   (s[s.size() - 2] == '.' || s[s.size() - 2] == ',')) {
            s.erase(s.size() - 2, 1);
        } else {
            break;
        }
    }
    std::size_t lead = 0;
    while (lead < s.size() &&
           (s[lead] == ' ' || s[lead] == ',' || s[lead] == ';' || s[lead] == ':' || s[lead] == '-'))
        ++lead;
    s.erase(0, lead);
    return s;
}

Token tokenAt(std::string_view s, std::size_t from) {
    while (from < s.size() && s[from] == ' ')
        ++from;
    std::size_t end = from;
    while (end < s.size() && s[end] != ' ')
        ++end;
    return {from, end};
}

std::string stripDateline(std::string s) {
    static constexpr std::array<std::string_view, 4> kSeparators = {
        " - ", " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}; // hyphen, em and en dash
    for (std::string_view opener : {"- ", "-- ", "\xE2\x80\x94 ", "\xE2\x80\x93 "})
        if (s.starts_with(opener))
            return s.substr(opener.size());
    constexpr std::size_t kMaxDateline = 60;
    std::size_t at = std::string::npos, width = 0;
    for (std::string_view separator : kSeparators) {
        const auto p = s.find(separator);
        if (p != std::string::npos && p < at) {
            at = p;
            width = separator.size();
        }
    }
    if (at == std::string::npos || at > kMaxDateline || at + width >= s.size())
        return s;
    const std::string_view prefix = std::string_view(s).substr(0, at);
    // A dateline opens with a place in capitals ("SAN ANTONIO", "BEDFORD, N.H.") or a credit
    // in brackets ("(WKRN)"), or ends with one ("KOLDAN, March 3 (TPA)").
    const Token first = tokenAt(s, 0);
    const std::string_view word = std::string_view(s).substr(first.begin, first.end - first.begin);
    std::size_t letters = 0, capitals = 0;
    for (const char c : word) {
        letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
        capitals += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
    }
    const bool placeInCapitals = letters >= 2 && capitals == letters;
    const bool credit = prefix.starts_with("(") || prefix.ends_with(")");
    if (!placeInCapitals && !credit)
        return s;
    return s.substr(at + width);
}

std::string stripKicker(std::string s) {
    // Headlines often open with a kicker naming the story ("Kazakhstan: …");
    // the timeline already shows where, so only the statement stays.
    const auto colon = s.find(": ");
    if (colon == std::string::npos || colon > 30 || colon + 2 >= s.size())
        return s;
    for (std::size_t i = 0; i < colon;) {
        const Token t = tokenAt(s, i);
        if (t.begin >= colon)
            break;
        if (!isCapitalised(std::string_view(s).substr(t.begin, t.end - t.begin)))
            return s;
        i = t.end;
    }
    return s.substr(colon + 2);
}

std::string stripLeadingFillers(std::string s) {
    for (;;) {
        const Token first = tokenAt(s, 0);
        const std::string_view word =
            std::string_view(s).substr(first.begin, first.end - first.begin);
        const bool longEnough = s.find(' ', tokenAt(s, first.end).end) != std::string::npos;
        if (!longEnough || !isOneOf(bare(word), kLeadingFillers) ||
            bare(word).size() + 1 < word.size())
            return s;
        s = trimEnds(s.substr(first.end));
    }
}

// A headline that is one quotation reads better without the outer quotes.
std::string unwrapQuotes(std::string s) {
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"' &&
        std::count(s.begin(), s.end(), '"') == 2)
        return s.substr(1, s.size() - 2);
    return s;
}

std::size_t countOf(std::string_view s, std::string_view what) {
    std::size_t n = 0;
    for (auto pos = s.find(what); pos != std::string_view::npos;
         pos = s.find(what, pos + what.size()))
        ++n;
    return n;
}

// The quote a headline needs at its end to be balanced, if any.
std::string missingQuote(std::string_view s) {
    if (countOf(s, "\"") % 2 == 1)
        return "\"";
    if (countOf(s, "\xE2\x80\x9C") > countOf(s, "\xE2\x80\x9D"))
        return "\xE2\x80\x9D";
    return {};
}

std::string removeStrayClosingQuote(std::string s) {
    // An odd quote that closes nothing (its opening was cut with an
    // attribution) is dropped rather than matched.
    if (countOf(s, "\"") % 2 == 1) {
        const auto pos = s.find('"');
        const bool opens = pos == 0 || s[pos - 1] == ' ' || s[pos - 1] == '(';
        if (!opens)
            s.erase(pos, 1);
    }
    return s;
}

std::string capitaliseFirst(std::string s) {
    for (auto& c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (words::isLower(u)) {
            c = static_cast<char>(u - 32);
            return s;
        }
        if (words::isAsciiAlnum(u) || u >= 0x80)
            return s;
    }
    return s;
}

// "Long Name (ACR)" → "ACR"; any other parenthetical is dropped.
std::string shortenParentheses(std::string s) {
    for (auto open = s.find('('); open != std::string::npos; open = s.find('(', open + 1)) {
        const auto close = s.find(')', open);
        if (close == std::string::npos)
            break;
        const std::string_view inner = std::string_view(s).substr(open + 1, close - open - 1);
        const bool acronym =
            inner.size() >= 2 && inner.size() <= 8 &&
            std::all_of(inner.begin(), inner.end(), [](char c) {
                return words::isUpper(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9');
            });
        std::size_t from = open;
        if (acronym) {
            const auto tokens = tokenize(std::string_view(s).substr(0, open));
            std::size_t capitals = 0, k = tokens.size();
            while (k > 0) {
                const auto w = std::string_view(s).substr(tokens[k - 1].begin,
                                                          tokens[k - 1].end - tokens[k - 1].begin);
                const bool connector =
                    w == "of" || w == "and" || w == "for" || w == "on" || w == "de";
                if (!isCapitalised(w) && !connector)
                    break;
                capitals += isCapitalised(w) ? 1 : 0;
                --k;
            }
            if (capitals >= 2 && k < tokens.size()) {
                from = tokens[k].begin;
                s = s.substr(0, from) + std::string(inner) + s.substr(close + 1);
                open = from;
                continue;
            }
        }
        s.erase(from, close + 1 - from);
        open = from == 0 ? 0 : from - 1;
    }
    return collapseSpaces(s);
}

// Non-restrictive asides between commas: ", which …," and ", the largest …,"
// after a proper name.
std::string dropAsides(std::string s) {
    for (std::size_t comma = s.find(", "); comma != std::string::npos;
         comma = s.find(", ", comma + 1)) {
        const auto tokens = tokenize(std::string_view(s).substr(comma + 2));
        if (tokens.empty())
            break;
        const std::string_view first = bare(std::string_view(s).substr(
            comma + 2 + tokens[0].begin, tokens[0].end - tokens[0].begin));
        const auto before = tokenize(std::string_view(s).substr(0, comma));
        const bool afterName =
            !before.empty() && isCapitalised(bare(std::string_view(s).substr(
                                   before.back().begin, before.back().end - before.back().begin)));
        const bool relative = first == "which" || first == "who";
        const bool apposition = afterName && (first == "the" || first == "a" || first == "an");
        if (!relative && !apposition)
            continue;
        const auto next = s.find(',', comma + 1);
        if (next == std::string::npos) {
            if (relative) {
                s.erase(comma);
                break;
            }
            continue;
        }
        s.erase(comma, next - comma); // keeps the second comma out: "Kazakhstan is rocked"
        if (s.compare(comma, 1, ",") == 0)
            s.erase(comma, 1);
    }
    return collapseSpaces(s);
}

std::string dropTrailingClause(std::string s) {
    for (std::size_t comma = s.find(", "); comma != std::string::npos;
         comma = s.find(", ", comma + 1)) {
        if (TitleMaker::countChars(std::string_view(s).substr(0, comma)) < 25)
            continue;
        const auto tokens = tokenize(std::string_view(s).substr(comma + 2));
        if (tokens.empty())
            break;
        const std::string_view first = bare(std::string_view(s).substr(
            comma + 2 + tokens[0].begin, tokens[0].end - tokens[0].begin));
        const bool participle =
            first.size() > 4 && first.substr(first.size() - 3) == "ing" && !isCapitalised(first);
        if (participle || isOneOf(first, kTrailingStarters))
            return s.substr(0, comma);
    }
    return s;
}

// Words a headline can lose without losing its sense.
std::string dropFillers(std::string s) {
    auto tokens = tokenize(s);
    std::string out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view w =
            std::string_view(s).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        const std::string_view next =
            i + 1 < tokens.size()
                ? std::string_view(s).substr(tokens[i + 1].begin,
                                             tokens[i + 1].end - tokens[i + 1].begin)
                : std::string_view();
        const std::string_view prev =
            i > 0 ? std::string_view(s).substr(tokens[i - 1].begin,
                                               tokens[i - 1].end - tokens[i - 1].begin)
                  : std::string_view();
        const bool article = i == 0 && (w == "A" || w == "An" || w == "The") && tokens.size() > 2;
        const bool that =
            w == "that" && (isOneOf(prev, kReportingVerbs) || prev == "warned" || prev == "warns");
        const bool pluperfect =
            w == "had" && next.size() > 3 && next.substr(next.size() - 2) == "ed";
        const bool also = w == "also";
        if (article || that || pluperfect || also)
            continue;
        if (!out.empty())
            out.push_back(' ');
        out.append(w);
    }
    return out;
}

} // namespace ct::title

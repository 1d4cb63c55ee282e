#include "extract/TitleMaker.h"

#include "extract/Gazetteer.h"
#include "extract/WordChars.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace ct {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if ((words::isUpper(x) ? x + 32 : x) != (words::isUpper(y) ? y + 32 : y))
            return false;
    }
    return true;
}

template <std::size_t N>
bool isOneOf(std::string_view word, const std::array<std::string_view, N>& list) {
    return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return equalsIgnoreCase(word, w); });
}

// Verbs that introduce who said something rather than what happened.
constexpr std::array<std::string_view, 22> kReportingVerbs = {
    "said", "says", "added", "adds", "told", "stated", "states", "noted", "notes", "reported",
    "reports", "wrote", "writes", "announced", "explained", "claimed", "confirmed", "declared",
    "tweeted", "insisted", "stressed", "say"};
constexpr std::array<std::string_view, 22> kLeadingFillers = {
    "and", "but", "also", "meanwhile", "however", "separately", "then", "so", "yet", "still",
    "moreover", "furthermore", "additionally", "instead", "indeed", "now", "thus", "therefore",
    "nonetheless", "nevertheless", "or", "besides"};
constexpr std::array<std::string_view, 8> kClauseStarters = {"who", "which", "that", "where",
                                                             "when", "while", "but", "and"};
constexpr std::array<std::string_view, 15> kTrailingStarters = {
    "which", "where", "including", "most", "especially", "particularly", "notably", "adding",
    "saying", "while", "as", "despite", "amid", "following", "whereas"};
constexpr std::array<std::string_view, 24> kFunctionWords = {
    "the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from",
    "that", "which", "who", "its", "his", "her", "their", "as", "but", "than"};
constexpr std::array<std::string_view, 28> kTitleWords = {
    "President", "Prime", "Minister", "Foreign", "Secretary", "State", "Chancellor", "King",
    "Queen", "Emir", "Crown", "Prince", "Premier", "Defence", "Defense", "Mr", "Mr.", "Mrs",
    "Mrs.", "Ms", "Ms.", "General", "Vice", "Deputy", "Chairman", "Leader", "Supreme", "leader"};

struct Token {
    std::size_t begin, end;
};

// Words as separated by spaces, punctuation attached: enough for walking
// clause structure without a tagger.
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
        token.remove_prefix(words::seqLen(static_cast<unsigned char>(token[0])));
    while (!token.empty() && !words::isWordAt(token, words::prevCharStart(token, token.size())))
        token.remove_suffix(token.size() - words::prevCharStart(token, token.size()));
    return token;
}

bool isCapitalised(std::string_view word) {
    return !word.empty() && words::isUpper(static_cast<unsigned char>(word[0]));
}

std::string collapseSpaces(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (const char c : in) {
        const bool space = words::isSpace(static_cast<unsigned char>(c));
        if (space) {
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
            continue;
        }
        // A cut often leaves "word ," or "( word": close the gap.
        if ((c == ',' || c == '.' || c == ';' || c == ':' || c == ')') && !out.empty() && out.back() == ' ')
            out.pop_back();
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string trimEnds(std::string s) {
    // Trailing punctuation never belongs in a headline, also when a quote closes
    // after it ("…restore order." → "…restore order").
    for (;;) {
        s = collapseSpaces(s);
        if (s.empty())
            return s;
        const char last = s.back();
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-') {
            s.pop_back();
            continue;
        }
        if (last == '"' && s.size() >= 2 && (s[s.size() - 2] == '.' || s[s.size() - 2] == ',')) {
            s.erase(s.size() - 2, 1);
            continue;
        }
        break;
    }
    std::size_t lead = 0;
    while (lead < s.size() && (s[lead] == ' ' || s[lead] == ',' || s[lead] == ';' || s[lead] == ':' ||
                               s[lead] == '-'))
        ++lead;
    return s.substr(lead);
}

std::string stripLeadingFillers(std::string s) {
    for (;;) {
        const auto tokens = tokenize(s);
        if (tokens.size() < 3)
            return s;
        const std::string_view first = std::string_view(s).substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
        if (!isOneOf(bare(first), kLeadingFillers) || bare(first).size() + 1 < first.size())
            return s;
        s = trimEnds(s.substr(tokens[0].end));
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
    for (auto pos = s.find(what); pos != std::string_view::npos; pos = s.find(what, pos + what.size()))
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
        const bool acronym = inner.size() >= 2 && inner.size() <= 8 &&
                             std::all_of(inner.begin(), inner.end(), [](char c) {
                                 return words::isUpper(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9');
                             });
        std::size_t from = open;
        if (acronym) {
            const auto tokens = tokenize(std::string_view(s).substr(0, open));
            std::size_t capitals = 0, k = tokens.size();
            while (k > 0) {
                const auto w = std::string_view(s).substr(tokens[k - 1].begin, tokens[k - 1].end - tokens[k - 1].begin);
                const bool connector = w == "of" || w == "and" || w == "for" || w == "on" || w == "de";
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
    for (std::size_t comma = s.find(", "); comma != std::string::npos; comma = s.find(", ", comma + 1)) {
        const auto tokens = tokenize(std::string_view(s).substr(comma + 2));
        if (tokens.empty())
            break;
        const std::string_view first = bare(std::string_view(s).substr(comma + 2 + tokens[0].begin, tokens[0].end - tokens[0].begin));
        const auto before = tokenize(std::string_view(s).substr(0, comma));
        const bool afterName = !before.empty() && isCapitalised(bare(std::string_view(s).substr(before.back().begin, before.back().end - before.back().begin)));
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
        s.erase(comma, next - comma);  // keeps the second comma out: "Kazakhstan is rocked"
        if (s.compare(comma, 1, ",") == 0)
            s.erase(comma, 1);
    }
    return collapseSpaces(s);
}

std::string dropTrailingClause(std::string s) {
    for (std::size_t comma = s.find(", "); comma != std::string::npos; comma = s.find(", ", comma + 1)) {
        if (TitleMaker::countChars(std::string_view(s).substr(0, comma)) < 25)
            continue;
        const auto tokens = tokenize(std::string_view(s).substr(comma + 2));
        if (tokens.empty())
            break;
        const std::string_view first = bare(std::string_view(s).substr(comma + 2 + tokens[0].begin, tokens[0].end - tokens[0].begin));
        const bool participle = first.size() > 4 && first.substr(first.size() - 3) == "ing" && !isCapitalised(first);
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
        const std::string_view w = std::string_view(s).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        const std::string_view next = i + 1 < tokens.size() ? std::string_view(s).substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin) : std::string_view();
        const std::string_view prev = i > 0 ? std::string_view(s).substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin) : std::string_view();
        const bool article = i == 0 && (w == "A" || w == "An" || w == "The") && tokens.size() > 2;
        const bool that = w == "that" && (isOneOf(prev, kReportingVerbs) || prev == "warned" || prev == "warns");
        const bool pluperfect = w == "had" && next.size() > 3 && next.substr(next.size() - 2) == "ed";
        const bool also = w == "also";
        if (article || that || pluperfect || also)
            continue;
        if (!out.empty())
            out.push_back(' ');
        out.append(w);
    }
    return out;
}

} // namespace

std::size_t TitleMaker::countChars(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

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
    for (std::size_t comma = s.find(','); comma != std::string::npos; comma = s.find(',', comma + 1)) {
        std::size_t after = comma + 1;
        std::string quote;
        if (s.compare(after, 1, "\"") == 0 || s.compare(after, 3, "\xE2\x80\x9D") == 0) {
            quote = s[after] == '"' ? "\"" : "\xE2\x80\x9D";
            after += quote.size();
        }
        const auto tokens = tokenize(std::string_view(s).substr(after));
        if (tokens.empty() || isOneOf(bare(std::string_view(s).substr(after + tokens[0].begin, tokens[0].end - tokens[0].begin)), kClauseStarters))
            continue;
        bool found = false;
        for (std::size_t k = 0; k < tokens.size() && k < 8; ++k) {
            const std::string_view tok = std::string_view(s).substr(after + tokens[k].begin, tokens[k].end - tokens[k].begin);
            if (isOneOf(bare(tok), kReportingVerbs)) {
                found = true;
                break;
            }
            if (tok.back() == ',' || tok.back() == '.' || tok.back() == ';')
                break;
        }
        if (found && comma > 0) {
            s = s.substr(0, comma) + quote;
            break;
        }
    }
    // "The Kremlin added that …", "Peskov said in a statement that …".
    const auto tokens = tokenize(s);
    for (std::size_t k = 1; k < tokens.size() && k <= 7; ++k) {
        const std::string_view tok = std::string_view(s).substr(tokens[k - 1].begin, tokens[k - 1].end - tokens[k - 1].begin);
        if (tok.find_first_of(",\"") != std::string_view::npos || tok.find("\xE2\x80\x9C") != std::string_view::npos)
            break;
        const std::string_view verb = std::string_view(s).substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
        if (!isOneOf(verb, kReportingVerbs))
            continue;
        for (std::size_t t = k + 1; t < tokens.size() && t <= k + 6; ++t) {
            const std::string_view w = std::string_view(s).substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
            if (w == "that" && tokens.size() > t + 3)
                return trimEnds(s.substr(tokens[t].end));
            if (w.find(',') != std::string_view::npos)
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
            return m.begin == t.begin && entries[m.entry].kind == GazetteerEntry::Kind::Country;
        });
    };
    for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
        const GazetteerEntry& e = entries[it->entry];
        if (e.kind != GazetteerEntry::Kind::Person)
            continue;
        std::string_view surname;
        for (const auto& alias : e.aliases)
            if (alias.find(' ') == std::string::npos && e.canonical.ends_with(" " + alias))
                surname = alias;
        std::size_t from = it->begin;
        bool sawTitle = false;
        for (auto k = tokenEndingAt(from); k; k = tokenEndingAt(from)) {
            const std::string_view w = std::string_view(s).substr(tokens[*k].begin, tokens[*k].end - tokens[*k].begin);
            const bool title = isOneOf(w, kTitleWords) && isCapitalised(w);
            const bool of = w == "of" && sawTitle;
            const bool counterpart = w == "counterpart";
            const bool owner = (w == "his" || w == "her" || w == "its" || w == "their") && sawTitle;
            if (!(title || of || counterpart || owner || isPlaceWord(tokens[*k])))
                break;
            sawTitle = sawTitle || title || counterpart;
            from = tokens[*k].begin;
        }
        if (!surname.empty() || from != it->begin)
            s.replace(from, it->end - from, surname.empty() ? std::string_view(s).substr(it->begin, it->end - it->begin) : surname);
    }
    return s;
}

std::string TitleMaker::elide(std::string_view text, std::size_t maxChars) {
    if (countChars(text) <= maxChars)
        return std::string(text);
    for (std::size_t reserve = 1; reserve <= 2; ++reserve) {
        const std::size_t limit = maxChars > reserve ? maxChars - reserve : 1;
        std::size_t b = 0;
        for (std::size_t n = 0; b < text.size() && n < limit; ++n)
            b += words::seqLen(static_cast<unsigned char>(text[b]));
        b = std::min(b, text.size());
        std::size_t cut = text[b] == ' ' ? b : text.rfind(' ', b);
        if (cut == std::string_view::npos || countChars(text.substr(0, cut)) < limit / 3)
            cut = b;  // one huge word: cut between characters, never inside one
        std::string head(text.substr(0, cut));
        for (;;) {
            head = trimEnds(head);
            const auto sp = head.rfind(' ');
            if (sp == std::string::npos || !isOneOf(std::string_view(head).substr(sp + 1), kFunctionWords))
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
    s = unwrapQuotes(removeStrayClosingQuote(stripLeadingFillers(s)));
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
    s = elide(s, maxChars);
    return s + missingQuote(s);
}

} // namespace ct

#include "extract/UndatedNews.h"

#include "temporal/TemporalResolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace ct::undated {
namespace {

constexpr std::array<std::string_view, 8> kSubordinators = {
    " since ", " when ", " after ", " because ", " although ", " before ", ", which ", ", where "};

// Words of opinion and of what may come: such a sentence is not a reported happening.
constexpr std::array<std::string_view, 14> kNotNews = {
    "should", "must",    "may", "might", "believe", "believes", "think",
    "thinks", "opinion", "if",  "would", "could",   "will",     "hope"};

std::vector<std::string> lowerWords(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            out.push_back(word);
        word.clear();
    };
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80)
            word += static_cast<char>(std::tolower(u));
        else
            flush();
    }
    flush();
    return out;
}

bool isQuote(std::string_view s) {
    return s.starts_with("\"") || s.starts_with("\xE2\x80\x9C") || s.starts_with("'") ||
           s.starts_with("\xE2\x80\x98");
}

} // namespace

std::optional<Subordinate> subordinateClause(std::string_view s, std::size_t from,
                                             std::size_t dateBegin) {
    std::optional<Subordinate> best;
    for (const auto sub : kSubordinators) {
        const auto p = s.rfind(sub, dateBegin);
        if (p == std::string_view::npos || p < from || p + sub.size() > dateBegin)
            continue;
        const std::size_t start = p + sub.size();
        const std::string_view between = s.substr(start, dateBegin - start);
        if (between.find_first_not_of(' ') == std::string_view::npos ||
            between.find(',') != std::string_view::npos)
            continue;
        if (TemporalResolver::detectTense(between) == Tense::Unknown)
            continue;
        if (!best || start > best->clause)
            best = Subordinate{p, start};
    }
    return best;
}

bool tellsNews(std::string_view clause) {
    while (!clause.empty() && clause.front() == ' ')
        clause.remove_prefix(1);
    if (clause.empty() || isQuote(clause) || clause.find('?') != std::string_view::npos)
        return false;
    const auto words = lowerWords(clause);
    if (words.size() < 4)
        return false;
    for (const auto& w : words)
        if (std::find(kNotNews.begin(), kNotNews.end(), w) != kNotNews.end())
            return false;
    // A quotation inside ("…," he said) is someone's words, not the reporter's account.
    if (clause.find("\" ") != std::string_view::npos &&
        clause.find(" said") != std::string_view::npos)
        return false;
    return TemporalResolver::detectTense(clause) == Tense::Past;
}

bool restatedIn(std::string_view candidate, std::string_view other) {
    const auto mine = lowerWords(candidate);
    const auto theirs = lowerWords(other);
    std::size_t content = 0, shared = 0;
    for (const auto& w : mine) {
        if (w.size() < 4)
            continue; // articles, prepositions, short auxiliaries
        ++content;
        if (std::find(theirs.begin(), theirs.end(), w) != theirs.end())
            ++shared;
    }
    return content > 0 && shared * 10 >= content * 6;
}

} // namespace ct::undated

// Years that date the happening they modify ("the 1987 crash", "its 1990 invasion"),
// as opposed to years that say what something is for ("the 2022 budget").
#include "temporal/MatchContext.h"

#include <array>

namespace ct::temporal {
namespace {

bool equalsLower(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((word[i] | 0x20) != lower[i])
            return false;
    return true;
}

// Nouns of happenings, and of the figures reported for a period, that a year before them
// dates: "the 1987 crash", "its 1990 invasion of Kuwait", "the 1988 second quarter", "the
// company's 1989 operating results". A year before other nouns says what something is for
// ("the 2022 budget") and dates nothing.
bool isDatedHappeningNoun(std::string_view word) {
    static constexpr std::array<std::string_view, 99> kNouns = {"accord",
                                                                "accords",
                                                                "acquisition",
                                                                "agreement",
                                                                "annexation",
                                                                "armistice",
                                                                "arrest",
                                                                "assassination",
                                                                "attack",
                                                                "attacks",
                                                                "bankruptcy",
                                                                "battle",
                                                                "blast",
                                                                "bombing",
                                                                "bombings",
                                                                "campaign",
                                                                "ceasefire",
                                                                "census",
                                                                "collapse",
                                                                "conflict",
                                                                "convention",
                                                                "coup",
                                                                "crackdown",
                                                                "crash",
                                                                "crisis",
                                                                "cup",
                                                                "deal",
                                                                "defeat",
                                                                "disaster",
                                                                "drought",
                                                                "earnings",
                                                                "earthquake",
                                                                "election",
                                                                "elections",
                                                                "epidemic",
                                                                "explosion",
                                                                "famine",
                                                                "flood",
                                                                "floods",
                                                                "games",
                                                                "genocide",
                                                                "half",
                                                                "hijacking",
                                                                "hurricane",
                                                                "income",
                                                                "inauguration",
                                                                "independence",
                                                                "intervention",
                                                                "invasion",
                                                                "kidnapping",
                                                                "level",
                                                                "loss",
                                                                "losses",
                                                                "killing",
                                                                "killings",
                                                                "massacre",
                                                                "merger",
                                                                "murder",
                                                                "olympics",
                                                                "outbreak",
                                                                "pandemic",
                                                                "profit",
                                                                "profits",
                                                                "period",
                                                                "primaries",
                                                                "primary",
                                                                "protests",
                                                                "quake",
                                                                "quarter",
                                                                "raid",
                                                                "recapitalization",
                                                                "recession",
                                                                "referendum",
                                                                "resolution",
                                                                "results",
                                                                "restructuring",
                                                                "revenue",
                                                                "revenues",
                                                                "revolution",
                                                                "riots",
                                                                "ruling",
                                                                "sales",
                                                                "season",
                                                                "shooting",
                                                                "siege",
                                                                "spill",
                                                                "storm",
                                                                "strike",
                                                                "summit",
                                                                "takeover",
                                                                "talks",
                                                                "treaty",
                                                                "truce",
                                                                "tsunami",
                                                                "uprising",
                                                                "verdict",
                                                                "visit",
                                                                "vote",
                                                                "war"};
    for (const auto noun : kNouns)
        if (equalsLower(word, noun))
            return true;
    return false;
}

bool isDeterminer(const MatchContext& ctx, std::size_t j) {
    if (!ctx.isWord(j))
        return false;
    if (ctx.isKw(j, Kw::The) || ctx.isKw(j, Kw::This) || ctx.isKw(j, Kw::That))
        return true;
    static constexpr std::array<std::string_view, 9> kWords = {
        "a", "an", "its", "his", "her", "their", "our", "these", "those"};
    for (const auto w : kWords)
        if (equalsLower(ctx.text(j), w))
            return true;
    // "Iraq's 1990 invasion"
    return j >= 1 && ctx.isPunct(j - 1, '\'') && equalsLower(ctx.text(j), "s");
}

} // namespace

// A determiner may have one adjective after it ("his unsuccessful 1996 campaign"), and the noun
// one or two words before it ("the 2008 financial crisis", "the 1988 second quarter").
bool yearNamesHappening(const MatchContext& ctx, std::size_t year, std::size_t last) {
    if (year == 0)
        return false;
    const bool determined =
        isDeterminer(ctx, year - 1) ||
        (year >= 2 && ctx.isWord(year - 1) && !ctx.tokens[year - 1].capitalised &&
         ctx.tokens[year - 1].info.cls == WordClass::None && isDeterminer(ctx, year - 2));
    if (!determined)
        return false;
    for (std::size_t j = last + 1; j <= last + 3 && ctx.isWord(j); ++j)
        if (isDatedHappeningNoun(ctx.text(j)))
            return true;
    return false;
}

} // namespace ct::temporal

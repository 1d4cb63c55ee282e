#pragma once

#include <cstdint>
#include <string_view>

namespace ct::temporal {

// What a word can contribute to a temporal expression. A word has one role in
// expressions and, independently, one role for tense detection ("to" is both a
// keyword and part of a verb group).
enum class WordClass : std::uint8_t {
    None,
    Month,      // value 1..12
    Weekday,    // value 0..6, Sunday = 0 as boost::gregorian counts
    Deictic,    // value: Deixis
    Unit,       // value: Unit
    NumberWord, // value: the number ("a" = 1, "few" = 0 meaning vague)
    DayPart,    // morning, afternoon, evening, night
    Keyword,    // value: Kw
    Ordinal,    // "eighth": value 1..31, a day of the month written as a word
    Holiday,    // value: Holiday
};

// Named days whose date a calendar rule gives (NamedDays.cpp).
enum class Holiday : std::uint8_t {
    Christmas,
    Orthodox, // "Orthodox Christmas", 7 January
    NewYear,
    Thanksgiving,
    Election, // "Election Day"
    Easter,
    Nowruz,
    Eid,
    Halloween,
};

enum class Deixis : std::uint8_t { Today, Tonight, Yesterday, Tomorrow };
enum class Unit : std::uint8_t { Day, Week, Month, Year };

enum class Kw : std::uint8_t {
    On,
    In,
    Since,
    Until,
    Through,
    By,
    From,
    Between,
    To,
    And,
    During,
    Over,
    Within,
    For,
    Before,
    After,
    The,
    Last,
    Next,
    This,
    Past,
    Coming,
    Following,
    Previous,
    Ahead,
    Recent,
    Recently,
    Ago,
    Later,
    Earlier,
    Late,
    Early,
    Mid,
    Of,
    Same,
    That,
    Come,
    Then,
    Around,
    As,
    Soon,
    End,
    Weekend,
    Effective,
    Or,
    So,
    Fiscal,
    Into,
};

// Role of a word when working out the tense of the clause around an expression.
enum class TenseRole : std::uint8_t {
    Other,
    Future,     // will, shall, expected, plans, due, scheduled
    PresentAux, // is, are, am, says
    PastAux,    // was, were, had, did
    PastVerb,   // said, met, and (computed, not listed) regular "-ed" forms
    Neutral,    // be, been, have, not, also, to: glue inside a verb group
    Boundary,   // that, who, which, but: a new clause starts
    Intent,     // set, plans, poised: future only when "to" follows ("set to resume")
    Schedule,   // meet, resume, expire: the present tense of a timetable, unless a noun
};

struct WordInfo {
    WordClass cls = WordClass::None;
    std::uint8_t value = 0;
    TenseRole tense = TenseRole::Other;
    bool abbreviation = false; // "Jan", "Thurs": must be capitalised, may carry a dot
    bool trigger = false;      // can anchor an expression; sentences without one exit early
};

// ASCII-case-insensitive lookup of one word; a default WordInfo when unknown.
WordInfo lookupWord(std::string_view word);

// Regular past tense ("warned", "arrived") without listing every verb. Only
// lowercase words, so names such as "Ahmed" do not count.
bool looksLikeRegularPast(std::string_view word);

} // namespace ct::temporal

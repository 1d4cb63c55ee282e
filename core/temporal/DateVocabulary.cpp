#include "temporal/DateVocabulary.h"

#include <algorithm>
#include <array>

namespace ct::temporal {
namespace {

struct Entry {
    std::string_view word; // lowercase
    WordInfo info;
};

constexpr WordInfo month(int m, bool abbr = false) {
    return {WordClass::Month, static_cast<std::uint8_t>(m), TenseRole::Other, abbr, true};
}
constexpr WordInfo weekday(int d, bool abbr = false) {
    return {WordClass::Weekday, static_cast<std::uint8_t>(d), TenseRole::Other, abbr, true};
}
constexpr WordInfo deictic(Deixis d) {
    return {WordClass::Deictic, static_cast<std::uint8_t>(d), TenseRole::Other, false, true};
}
constexpr WordInfo unit(Unit u) {
    return {WordClass::Unit, static_cast<std::uint8_t>(u), TenseRole::Other, false, true};
}
// "nineteen", "twenty" can open a year spoken in words ("in nineteen ninety-one").
constexpr WordInfo number(int n, bool trigger = false) {
    return {WordClass::NumberWord, static_cast<std::uint8_t>(n), TenseRole::Other, false, trigger};
}
// Parts of day are triggers for "this morning"; "last night".
constexpr WordInfo part() {
    return {WordClass::DayPart, 0, TenseRole::Other, false, true};
}
constexpr WordInfo kw(Kw k, TenseRole role = TenseRole::Other, bool trigger = false) {
    return {WordClass::Keyword, static_cast<std::uint8_t>(k), role, false, trigger};
}
constexpr WordInfo ordinal(int d) {
    return {WordClass::Ordinal, static_cast<std::uint8_t>(d), TenseRole::Other, false, false};
}
constexpr WordInfo holiday(Holiday h) {
    return {WordClass::Holiday, static_cast<std::uint8_t>(h), TenseRole::Other, false, true};
}
constexpr WordInfo tense(TenseRole role) {
    return {WordClass::None, 0, role, false, false};
}

// Irregular pasts are listed because news reports narrate in them ("said",
// "met", "fled"); regular "-ed" forms are recognised by shape instead.
constexpr auto kEntries = std::to_array<Entry>({
    {"a", number(1)},
    {"after", kw(Kw::After)},
    {"afternoon", part()},
    {"aims", tense(TenseRole::Intent)},
    {"ago", kw(Kw::Ago, TenseRole::Other, true)},
    {"ahead", kw(Kw::Ahead)},
    {"also", tense(TenseRole::Neutral)},
    {"although", tense(TenseRole::Boundary)},
    {"am", tense(TenseRole::PresentAux)},
    {"an", number(1)},
    {"and", kw(Kw::And)},
    {"apr", month(4, true)},
    {"april", month(4)},
    {"are", tense(TenseRole::PresentAux)},
    {"aug", month(8, true)},
    {"august", month(8)},
    {"be", tense(TenseRole::Neutral)},
    {"became", tense(TenseRole::PastVerb)},
    {"because", tense(TenseRole::Boundary)},
    {"been", tense(TenseRole::Neutral)},
    {"before", kw(Kw::Before)},
    {"began", tense(TenseRole::PastVerb)},
    {"being", tense(TenseRole::Neutral)},
    {"between", kw(Kw::Between)},
    {"broke", tense(TenseRole::PastVerb)},
    {"brought", tense(TenseRole::PastVerb)},
    {"but", tense(TenseRole::Boundary)},
    {"by", kw(Kw::By)},
    {"came", tense(TenseRole::PastVerb)},
    {"come", kw(Kw::Come)},
    {"coming", kw(Kw::Coming)},
    {"couple", number(0)},
    {"day", unit(Unit::Day)},
    {"days", unit(Unit::Day)},
    {"dec", month(12, true)},
    {"december", month(12)},
    {"did", tense(TenseRole::PastAux)},
    {"due", tense(TenseRole::Future)},
    {"during", kw(Kw::During)},
    {"earlier", kw(Kw::Earlier)},
    {"early", kw(Kw::Early)},
    {"eight", number(8)},
    {"eleven", number(11)},
    {"evening", part()},
    {"expected", tense(TenseRole::Future)},
    {"expects", tense(TenseRole::Future)},
    {"feb", month(2, true)},
    {"february", month(2)},
    {"fell", tense(TenseRole::PastVerb)},
    {"few", number(0)},
    {"five", number(5)},
    {"fled", tense(TenseRole::PastVerb)},
    {"following", kw(Kw::Following)},
    {"for", kw(Kw::For)},
    {"fought", tense(TenseRole::PastVerb)},
    {"found", tense(TenseRole::PastVerb)},
    {"four", number(4)},
    {"fri", weekday(5, true)},
    {"friday", weekday(5)},
    {"from", kw(Kw::From)},
    {"gave", tense(TenseRole::PastVerb)},
    {"got", tense(TenseRole::PastVerb)},
    {"had", tense(TenseRole::PastAux)},
    {"has", tense(TenseRole::Neutral)},
    {"have", tense(TenseRole::Neutral)},
    {"held", tense(TenseRole::PastVerb)},
    {"in", kw(Kw::In)},
    {"intends", tense(TenseRole::Intent)},
    {"into", kw(Kw::Into)},
    {"is", tense(TenseRole::PresentAux)},
    {"jan", month(1, true)},
    {"january", month(1)},
    {"jul", month(7, true)},
    {"july", month(7)},
    {"jun", month(6, true)},
    {"june", month(6)},
    {"killed", tense(TenseRole::PastVerb)},
    {"last", kw(Kw::Last, TenseRole::Other, true)},
    {"late", kw(Kw::Late)},
    {"later", kw(Kw::Later, TenseRole::Other, true)},
    {"led", tense(TenseRole::PastVerb)},
    {"left", tense(TenseRole::PastVerb)},
    {"ll", tense(TenseRole::Future)},
    {"lost", tense(TenseRole::PastVerb)},
    {"made", tense(TenseRole::PastVerb)},
    {"mar", month(3, true)},
    {"march", month(3)},
    {"may", month(5)},
    {"met", tense(TenseRole::PastVerb)},
    {"mid", kw(Kw::Mid)},
    {"mon", weekday(1, true)},
    {"monday", weekday(1)},
    {"month", unit(Unit::Month)},
    {"months", unit(Unit::Month)},
    {"morning", part()},
    {"next", kw(Kw::Next, TenseRole::Other, true)},
    {"night", part()},
    {"nine", number(9)},
    {"not", tense(TenseRole::Neutral)},
    {"nov", month(11, true)},
    {"november", month(11)},
    {"oct", month(10, true)},
    {"october", month(10)},
    {"of", kw(Kw::Of)},
    {"on", kw(Kw::On)},
    {"one", number(1)},
    {"over", kw(Kw::Over)},
    {"past", kw(Kw::Past)},
    {"plan", tense(TenseRole::Intent)},
    {"planning", tense(TenseRole::Intent)},
    {"plans", tense(TenseRole::Intent)},
    {"previous", kw(Kw::Previous)},
    {"ran", tense(TenseRole::PastVerb)},
    {"recent", kw(Kw::Recent, TenseRole::Other, true)},
    {"recently", kw(Kw::Recently, TenseRole::Other, true)},
    {"rose", tense(TenseRole::PastVerb)},
    {"said", tense(TenseRole::PastVerb)},
    {"same", kw(Kw::Same)},
    {"sat", weekday(6, true)},
    {"saturday", weekday(6)},
    {"saw", tense(TenseRole::PastVerb)},
    {"say", tense(TenseRole::PresentAux)},
    {"says", tense(TenseRole::PresentAux)},
    {"scheduled", tense(TenseRole::Future)},
    {"sent", tense(TenseRole::PastVerb)},
    {"sep", month(9, true)},
    {"sept", month(9, true)},
    {"september", month(9)},
    {"seven", number(7)},
    {"several", number(0)},
    {"shall", tense(TenseRole::Future)},
    {"since", kw(Kw::Since)},
    {"six", number(6)},
    {"spoke", tense(TenseRole::PastVerb)},
    {"still", tense(TenseRole::Neutral)},
    {"struck", tense(TenseRole::PastVerb)},
    {"sun", weekday(0, true)},
    {"sunday", weekday(0)},
    {"ten", number(10)},
    {"that", kw(Kw::That, TenseRole::Boundary)},
    {"the", kw(Kw::The)},
    {"this", kw(Kw::This)},
    {"three", number(3)},
    {"through", kw(Kw::Through)},
    {"throughout", kw(Kw::During)},
    {"thu", weekday(4, true)},
    {"thur", weekday(4, true)},
    {"thurs", weekday(4, true)},
    {"thursday", weekday(4)},
    {"till", kw(Kw::Until)},
    {"to", kw(Kw::To, TenseRole::Neutral)},
    {"today", deictic(Deixis::Today)},
    {"told", tense(TenseRole::PastVerb)},
    {"tomorrow", deictic(Deixis::Tomorrow)},
    {"tonight", deictic(Deixis::Tonight)},
    {"took", tense(TenseRole::PastVerb)},
    {"tue", weekday(2, true)},
    {"tues", weekday(2, true)},
    {"tuesday", weekday(2)},
    {"twelve", number(12)},
    {"two", number(2)},
    {"until", kw(Kw::Until)},
    {"was", tense(TenseRole::PastAux)},
    {"wed", weekday(3, true)},
    {"wednesday", weekday(3)},
    {"week", unit(Unit::Week)},
    {"weeks", unit(Unit::Week)},
    {"went", tense(TenseRole::PastVerb)},
    {"were", tense(TenseRole::PastAux)},
    {"when", tense(TenseRole::Boundary)},
    {"which", tense(TenseRole::Boundary)},
    {"while", tense(TenseRole::Boundary)},
    {"who", tense(TenseRole::Boundary)},
    {"will", tense(TenseRole::Future)},
    {"within", kw(Kw::Within)},
    {"won", tense(TenseRole::PastVerb)},
    {"wrote", tense(TenseRole::PastVerb)},
    {"year", unit(Unit::Year)},
    {"years", unit(Unit::Year)},
    {"yesterday", deictic(Deixis::Yesterday)},
    {"about", tense(TenseRole::Intent)},
    {"agreed", tense(TenseRole::Intent)},
    {"around", kw(Kw::Around)},
    {"arrive", tense(TenseRole::Schedule)},
    {"arrives", tense(TenseRole::Schedule)},
    {"as", kw(Kw::As)},
    {"begin", tense(TenseRole::Schedule)},
    {"begins", tense(TenseRole::Schedule)},
    {"christmas", holiday(Holiday::Christmas)},
    {"close", tense(TenseRole::Schedule)},
    {"closes", tense(TenseRole::Schedule)},
    {"could", tense(TenseRole::Future)},
    {"easter", holiday(Holiday::Easter)},
    {"effective", kw(Kw::Effective)},
    {"eid", holiday(Holiday::Eid)},
    {"eighth", ordinal(8)},
    {"election", holiday(Holiday::Election)},
    {"eleventh", ordinal(11)},
    {"end", kw(Kw::End)},
    {"expire", tense(TenseRole::Schedule)},
    {"expires", tense(TenseRole::Schedule)},
    {"fifth", ordinal(5)},
    {"first", ordinal(1)},
    {"fourth", ordinal(4)},
    {"going", tense(TenseRole::Intent)},
    {"halloween", holiday(Holiday::Halloween)},
    {"hope", tense(TenseRole::Intent)},
    {"hopes", tense(TenseRole::Intent)},
    {"leave", tense(TenseRole::Schedule)},
    {"leaves", tense(TenseRole::Schedule)},
    {"likely", tense(TenseRole::Intent)},
    {"meet", tense(TenseRole::Schedule)},
    {"meets", tense(TenseRole::Schedule)},
    {"might", tense(TenseRole::Future)},
    {"nauryz", holiday(Holiday::Nowruz)},
    {"navruz", holiday(Holiday::Nowruz)},
    {"ninth", ordinal(9)},
    {"nowruz", holiday(Holiday::Nowruz)},
    {"open", tense(TenseRole::Schedule)},
    {"opens", tense(TenseRole::Schedule)},
    {"or", kw(Kw::Or)},
    {"orthodox", holiday(Holiday::Orthodox)},
    {"planned", tense(TenseRole::Intent)},
    {"poised", tense(TenseRole::Intent)},
    {"postponed", tense(TenseRole::Intent)},
    {"ready", tense(TenseRole::Intent)},
    {"resume", tense(TenseRole::Schedule)},
    {"resumes", tense(TenseRole::Schedule)},
    {"return", tense(TenseRole::Schedule)},
    {"returns", tense(TenseRole::Schedule)},
    {"second", ordinal(2)},
    {"set", tense(TenseRole::Intent)},
    {"seventh", ordinal(7)},
    {"should", tense(TenseRole::Future)},
    {"sixth", ordinal(6)},
    {"slated", tense(TenseRole::Intent)},
    {"so", kw(Kw::So)},
    {"soon", kw(Kw::Soon)},
    {"start", tense(TenseRole::Schedule)},
    {"starts", tense(TenseRole::Schedule)},
    {"tenth", ordinal(10)},
    {"thanksgiving", holiday(Holiday::Thanksgiving)},
    {"then", kw(Kw::Then, TenseRole::Other, true)},
    {"third", ordinal(3)},
    {"travel", tense(TenseRole::Schedule)},
    {"travels", tense(TenseRole::Schedule)},
    {"twelfth", ordinal(12)},
    {"visit", tense(TenseRole::Schedule)},
    {"visits", tense(TenseRole::Schedule)},
    {"vote", tense(TenseRole::Schedule)},
    {"votes", tense(TenseRole::Schedule)},
    {"wants", tense(TenseRole::Intent)},
    {"weekend", kw(Kw::Weekend, TenseRole::Other, true)},
    {"would", tense(TenseRole::Future)},
    {"thirteen", number(13)},
    {"fourteen", number(14)},
    {"fifteen", number(15)},
    {"sixteen", number(16)},
    {"seventeen", number(17)},
    {"eighteen", number(18, true)},
    {"nineteen", number(19, true)},
    {"twenty", number(20, true)},
    {"thirty", number(30)},
    {"forty", number(40)},
    {"fifty", number(50)},
    {"sixty", number(60)},
    {"seventy", number(70)},
    {"eighty", number(80)},
    {"ninety", number(90)},
    {"fiscal", kw(Kw::Fiscal)},
});

// Irregular pasts that are not also a present or a common noun ("put", "set", "read",
// "lay" are left out). "shot" is left out too: crime reports use it mostly as a participle
// in headlines ("Man shot in the head"), which as a past would make each such headline a
// dated happening of its own.
constexpr auto kIrregularPasts = std::to_array<std::string_view>({
    "arose", "ate", "awoke", "bled", "blew", "bought", "built", "caught", "chose", "clung",
    "crept", "dealt", "drank", "drew", "drove", "dug", "fed", "felt", "flew", "flung", "forbade",
    "forgave", "forgot", "froze", "grew", "heard", "hid", "hung", "kept", "knelt", "knew", "lent",
    "meant", "mistook", "overcame", "overtook", "oversaw", "paid", "rang", "rebuilt", "rode",
    "sang", "sank", "shook", "slept", "sold", "sought", "sped", "spent", "spun", "stole", "stood",
    "stuck", "stung", "swam", "swept", "swore", "swung", "taught", "thought", "threw", "tore",
    "understood", "undertook", "upheld", "wept", "withdrew", "withheld", "woke", "wore",
});

constexpr std::size_t kMaxWord = 12;

// Entries grouped by first letter so that a lookup compares a handful of words
// instead of binary-searching the whole table: the resolver sees every word of
// every sentence.
struct Index {
    std::array<std::uint16_t, 27> first{};
    std::array<Entry, kEntries.size() + kIrregularPasts.size()> sorted{};
    Index() {
        auto out = std::copy(kEntries.begin(), kEntries.end(), sorted.begin());
        for (const std::string_view word : kIrregularPasts)
            *out++ = Entry{word, tense(TenseRole::PastVerb)};
        std::sort(sorted.begin(), sorted.end(),
                  [](const Entry& a, const Entry& b) { return a.word < b.word; });
        std::size_t pos = 0;
        for (int letter = 0; letter < 26; ++letter) {
            first[letter] = static_cast<std::uint16_t>(pos);
            while (pos < sorted.size() && sorted[pos].word[0] == 'a' + letter)
                ++pos;
        }
        first[26] = static_cast<std::uint16_t>(sorted.size());
    }
};

const Index& index() {
    static const Index instance;
    return instance;
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

WordInfo lookupWord(std::string_view word) {
    if (word.empty() || word.size() > kMaxWord)
        return {};
    std::array<char, kMaxWord> buffer{};
    for (std::size_t i = 0; i < word.size(); ++i)
        buffer[i] = lower(word[i]);
    const std::string_view key(buffer.data(), word.size());
    if (key[0] < 'a' || key[0] > 'z')
        return {};
    const Index& idx = index();
    const int letter = key[0] - 'a';
    for (std::size_t i = idx.first[letter]; i < idx.first[letter + 1]; ++i)
        if (idx.sorted[i].word == key)
            return idx.sorted[i].info;
    return {};
}

bool looksLikeRegularPast(std::string_view word) {
    if (word.size() < 4 || word[0] < 'a' || word[0] > 'z')
        return false;
    const auto n = word.size();
    // "need", "speed", "indeed" end in -ed without being past forms.
    return word[n - 2] == 'e' && word[n - 1] == 'd' && word[n - 3] != 'e';
}

} // namespace ct::temporal

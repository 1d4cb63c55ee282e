#include "story/PlaceNames.h"

#include <algorithm>
#include <array>
#include <vector>

namespace ct::story {

namespace {

std::string lower(std::string_view w) {
    std::string out(w);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Lower case, any trailing period gone ("N." and "Ave." are their abbreviations).
bool isCompassWord(std::string_view w) {
    static constexpr std::array<std::string_view, 16> kCompass = {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "n",     "s",     "e",    "w",    "ne",        "nw",        "se",        "sw"};
    return std::find(kCompass.begin(), kCompass.end(), w) != kCompass.end();
}

bool isStreetType(std::string_view w) {
    static constexpr std::array<std::string_view, 28> kTypes = {
        "street",  "st",    "avenue", "ave",     "av",        "road",    "rd",
        "drive",   "dr",    "lane",   "ln",      "boulevard", "blvd",    "court",
        "ct",      "place", "pl",     "parkway", "pkwy",      "highway", "hwy",
        "terrace", "ter",   "circle", "cir",     "trail",     "way",     "row"};
    return std::find(kTypes.begin(), kTypes.end(), w) != kTypes.end();
}

std::string join(const std::vector<std::string>& words, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t k = first; k < last; ++k) {
        if (!out.empty())
            out += ' ';
        out += words[k];
    }
    return out;
}

} // namespace

std::string placeCore(std::string_view name) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && (name[i] == ' ' || name[i] == ','))
            ++i;
        std::size_t end = i;
        while (end < name.size() && name[end] != ' ' && name[end] != ',')
            ++end;
        if (end > i) {
            std::string w = lower(name.substr(i, end - i));
            while (!w.empty() && w.back() == '.')
                w.pop_back();
            if (!w.empty())
                words.push_back(std::move(w));
        }
        i = end;
    }
    // The street type and a compass word before the name or after the type ("I Street SE")
    // qualify a street's name; alone they are the name. Without a street type the compass word
    // is the name's own: "North Carolina" is not "South Carolina".
    std::size_t first = 0, last = words.size();
    const bool trailingCompass =
        last > 2 && isCompassWord(words[last - 1]) && isStreetType(words[last - 2]);
    if (trailingCompass)
        --last;
    if (last - first < 2 || !isStreetType(words[last - 1]))
        return join(words, 0, words.size());
    --last;
    if (last - first > 1 && isCompassWord(words[first]))
        ++first;
    return join(words, first, last);
}

bool samePlace(std::string_view a, std::string_view b) {
    if (a == b)
        return true;
    const std::string core = placeCore(a);
    return !core.empty() && core == placeCore(b);
}

std::string placeTerm(std::string_view name) {
    // Built by appending: GCC 12's -Wrestrict misreads `"#" + std::string` at -O3.
    const std::string core = placeCore(name);
    const std::string_view body = core.empty() ? name : std::string_view(core);
    std::string term;
    term.reserve(body.size() + 1);
    term += '#';
    term += body;
    return term;
}

std::string nameTerm(std::string term) {
    return term.starts_with('#') ? placeTerm(std::string_view(term).substr(1)) : term;
}

} // namespace ct::story

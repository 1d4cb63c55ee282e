#include "extract/UnknownNames.h"

#include "extract/WordChars.h"

#include <algorithm>
#include <array>

namespace ct {

namespace {

using words::Range;

constexpr std::array<std::string_view, 30> kNotNames = {
    "Monday",   "Tuesday",   "Wednesday", "Thursday",  "Friday",    "Saturday",
    "Sunday",   "January",   "February",  "March",     "April",     "May",
    "June",     "July",      "August",    "September", "October",   "November",
    "December", "President", "Prime",     "Minister",  "Secretary", "State",
    "Foreign",  "The",       "A",         "An",        "Mr",        "Source"};

bool isNotName(std::string_view w) {
    return std::find(kNotNames.begin(), kNotNames.end(), w) != kNotNames.end();
}

// "Central Asian republics": a run of capitals ending in an adjective of origin, followed
// by a lower-case noun, describes; it does not name someone who acts.
bool endsInAdjective(std::string_view s, std::size_t begin, std::size_t end) {
    const std::string_view w = s.substr(begin, end - begin);
    const bool origin = w.ends_with("ian") || w.ends_with("ean") || w.ends_with("ese") ||
                        w.ends_with("ish") || w == "Asian" || w == "African" || w == "American" ||
                        w == "Arab";
    if (!origin)
        return false;
    std::size_t next = end;
    while (next < s.size() && s[next] == ' ')
        ++next;
    return next < s.size() && words::isLower(static_cast<unsigned char>(s[next]));
}

// "Almaty International Airport", "Trinity Hospital": the last word says a place, not an
// actor, and one a report passes through (the airport flown from, the hospital the victim was
// taken to) more often than the scene of its happening; such a name is neither.
bool isPlacePart(std::string_view last) {
    static constexpr std::array<std::string_view, 7> kPlaceWords = {
        "Airport", "Station", "Hospital", "Stadium", "Port", "Palace", "Bridge"};
    return std::find(kPlaceWords.begin(), kPlaceWords.end(), last) != kPlaceWords.end();
}

// "Apollo Street", "Star Creek Drive", "Glastonbury Apartments": where a happening happened, a
// place. Local news names the street and the complex, not a city a gazetteer knows. Not
// "Court" (a court of law as often as a street) nor "Dr" (a title); and not "County": local
// news names a county by its authorities ("the Cook County medical examiner", "Sumter County
// Sheriff's Office") more often than as the scene, and a county beside a street is no second
// scene, which the rule that bridged events share a place would take it for.
bool isScenePart(std::string_view last) {
    static constexpr std::array<std::string_view, 18> kSceneWords = {
        "Street",  "St",      "Avenue", "Ave",       "Road", "Rd",
        "Drive",   "Lane",    "Ln",     "Boulevard", "Blvd", "Highway",
        "Parkway", "Terrace", "Trail",  "Square",    "Park", "Apartments"};
    return std::find(kSceneWords.begin(), kSceneWords.end(), last) != kSceneWords.end();
}

// "Court", "Place", "Way", "Circle": street types that end other names as often ("the
// Supreme Court", "Hudson Place" for a firm), a street only after a house number or a block
// ("1094 Misty Hollow Court", "the 300 block of Vine Place"). A name found so is a place already,
// so a scene.
bool isAddressOnlyPart(std::string_view last) {
    static constexpr std::array<std::string_view, 10> kAddressWords = {
        "Court", "Ct", "Place", "Pl", "Way", "Circle", "Cir", "Row", "Dr", "Loop"};
    return std::find(kAddressWords.begin(), kAddressWords.end(), last) != kAddressWords.end();
}

// Whether the name starting at `begin` follows a house number ("1094 Misty Hollow Court") or a
// block ("the 300 block of Vine Place"): an address, so the name is a street.
bool followsAddressNumber(std::string_view s, std::size_t begin) {
    std::size_t end = begin;
    while (end > 0 && s[end - 1] == ' ')
        --end;
    std::size_t start = end;
    while (start > 0 && s[start - 1] != ' ')
        --start;
    const std::string_view before = s.substr(start, end - start);
    if (before == "of") // "the 300 block of"
        return s.substr(0, start).ends_with("block ");
    return !before.empty() && std::all_of(before.begin(), before.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '-';
    }) && before.front() != '-';
}

// "Coney Island", "Westover Hills", "Palm Harbor": a name ending in a word of the land or the
// water names a place — a neighbourhood, a town, a shore — not someone who acts. Local news
// names them where a gazetteer of countries and capitals has nothing.
bool isGeographicPart(std::string_view last) {
    static constexpr std::array<std::string_view, 20> kLandWords = {
        "Island", "Islands",  "Beach", "Heights", "Hills",    "Valley",  "Lake",
        "Bay",    "Springs",  "Falls", "Harbor",  "Harbour",  "Gardens", "Creek",
        "River",  "Mountain", "Woods", "Village", "Township", "Shores"};
    return std::find(kLandWords.begin(), kLandWords.end(), last) != kLandWords.end();
}

// "Bobby McCullough, of the 4100 block of West Cornelia Avenue, was pronounced dead": a place
// in an apposition opened by "of" is where someone lives, not where the happening happened,
// which the same report often names too ("… shot in the 4700 block of West Addison Street").
bool isResidence(std::string_view s, std::size_t begin) {
    const auto of = s.rfind(", of ", begin);
    if (of == std::string_view::npos)
        return false;
    const std::string_view between = s.substr(of + 5, begin - (of + 5));
    constexpr std::size_t kMaxWordsBetween = 5; // "the 4100 block of"
    return between.find(',') == std::string_view::npos &&
           std::size_t(std::count(between.begin(), between.end(), ' ')) <= kMaxWordsBetween;
}

// Capitalised words that end a name rather than belong to it: titles before a person's name
// ("Tarvian President Ilian Varro", "Sheriff Marty Fisher"), clock and zone words and the
// furniture of web pages ("5:46 PM EDT Updated", "Caption Close Image") and ages
// ("Twenty-year-old Owen Hicks").
bool breaksName(std::string_view w) {
    static constexpr std::array<std::string_view, 36> kBreakers = {
        "President", "Minister",    "Secretary", "Sheriff",  "Chief", "Officer",
        "Deputy",    "Detective",   "Sgt",       "Lt",       "Capt",  "Captain",
        "Sergeant",  "Lieutenant",  "Attorney",  "Governor", "Mayor", "Judge",
        "Spokesman", "Spokeswoman", "AM",        "PM",       "EDT",   "EST",
        "CDT",       "CST",         "PDT",       "PST",      "GMT",   "UTC",
        "Updated",   "Posted",      "Image",     "Caption",  "Video", "Photo"};
    if (std::find(kBreakers.begin(), kBreakers.end(), w) != kBreakers.end())
        return true;
    return w.find("-year-old") != std::string_view::npos ||
           std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void addUnique(std::vector<std::string>& list, std::string_view value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.emplace_back(value);
}

} // namespace

bool UnknownNames::isScene(std::string_view place) {
    const auto space = place.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? std::string_view()
                                                                   : place.substr(space + 1);
    return isScenePart(last) || isAddressOnlyPart(last);
}

bool UnknownNames::mayNameScene(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!words::isUpper(static_cast<unsigned char>(s[i])) || (i > 0 && s[i - 1] != ' '))
            continue;
        std::size_t end = i;
        while (end < s.size() && words::isWordAt(s, end))
            end += words::seqLen(static_cast<unsigned char>(s[end]));
        const std::string_view w = s.substr(i, std::min(end, s.size()) - i);
        if (isScenePart(w) || isAddressOnlyPart(w))
            return true;
        i = end > i ? end - 1 : i;
    }
    return false;
}

bool UnknownNames::isNewsOutlet(std::string_view name) {
    static constexpr std::array<std::string_view, 20> kOutlets = {
        "Reuters",     "Agence France-Presse",
        "AFP",         "Associated Press",
        "AP",          "TASS",
        "RIA Novosti", "Interfax",
        "Xinhua",      "Anadolu Agency",
        "Al Jazeera",  "BBC",
        "CNN",         "Sputnik",
        "Bloomberg",   "Kazinform",
        "Tengrinews",  "DPA",
        "EFE",         "UPI"};
    return std::find(kOutlets.begin(), kOutlets.end(), name) != kOutlets.end();
}

UnknownNames::Found UnknownNames::find(std::string_view s,
                                       const std::vector<GazetteerMatch>& known) {
    Found found;
    std::vector<Range> run;
    auto word = [&](const Range& r) { return s.substr(r.begin, r.end - r.begin); };
    // A name is a few words; a longer run of capitals is a shouted headline or
    // a file of date words, and trimming it word by word would be quadratic.
    constexpr std::size_t kMaxNameWords = 8;
    auto flush = [&] {
        const auto start = std::find_if(run.begin(), run.end(), [&](const Range& r) {
            return !isNotName(word(r)) && word(r) != "of";
        });
        run.erase(run.begin(), start);
        while (!run.empty() && word(run.back()) == "of")
            run.pop_back();
        const auto names = std::count_if(run.begin(), run.end(), [&](const Range& r) {
            return word(r) != "of" && !isNotName(word(r));
        });
        if (run.size() >= 2 && run.size() <= kMaxNameWords && names >= 2 &&
            !endsInAdjective(s, run.back().begin, run.back().end) &&
            !isPlacePart(word(run.back()))) {
            const std::string_view name =
                s.substr(run.front().begin, run.back().end - run.front().begin);
            const bool address = isAddressOnlyPart(word(run.back())) &&
                                 followsAddressNumber(s, run.front().begin);
            if (isScenePart(word(run.back())) || isGeographicPart(word(run.back())) || address) {
                if (!isResidence(s, run.front().begin))
                    addUnique(found.places, name);
            } else if (!isNewsOutlet(name))
                addUnique(found.actors, name);
        }
        run.clear();
    };
    std::size_t k = 0; // next gazetteer match, in text order
    std::size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        if (!words::isWordAt(s, i)) {
            if (s[i] != ' ')
                flush(); // punctuation ends a name
            i += words::seqLen(static_cast<unsigned char>(s[i]));
            continue;
        }
        std::size_t end = i;
        while (end < s.size() &&
               (words::isWordAt(s, end) || (s[end] == '-' && words::isWordAt(s, end + 1))))
            end += words::seqLen(static_cast<unsigned char>(s[end]));
        end = std::min(end, s.size());
        while (k < known.size() && known[k].end <= i)
            ++k;
        const bool covered = k < known.size() && known[k].begin <= i;
        const bool capital = words::isUpper(static_cast<unsigned char>(s[i]));
        const bool connector = s.substr(i, end - i) == "of" && !run.empty();
        if (covered || first || (!capital && !connector) || breaksName(s.substr(i, end - i)))
            flush();
        else
            run.push_back({i, end});
        first = false;
        i = end;
    }
    flush();
    return found;
}

} // namespace ct

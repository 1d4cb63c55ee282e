#pragma once

#include "extract/Gazetteer.h"

#include <string>
#include <string_view>
#include <vector>

namespace ct {

// Names the gazetteer does not know, found by their capitals: a local report's victims,
// streets and agencies ("Soviet Union", "Bank of Kazakhstan", "Darin Booker") are in no list,
// yet they tell one happening from the next. Split from EventExtractor, which adds them to an
// event's actors.
class UnknownNames {
  public:
    struct Found {
        std::vector<std::string> actors;
        std::vector<std::string> places; // names ending in a word of a scene ("Apollo Street")
    };
    // Runs of two or more capitalised words (with "of" inside: "Bank of Kazakhstan") that no
    // gazetteer match covers, in text order without repeats: not at the start of the sentence
    // where any word is capitalised, not job titles ("Secretary of State"), news outlets,
    // adjectives of origin before a noun ("Central Asian republics") or places passed through
    // ("Almaty International Airport", "Trinity Hospital"); titles, clock words and page
    // furniture end a run ("Sheriff Marty Fisher" is "Marty Fisher"). A name ending in a word
    // of a scene ("Apollo Street", "Star Creek Drive", "Glastonbury Apartments") is a place:
    // where the happening happened, which tells it from another as its victim does; but not
    // where someone lives ("Bobby McCullough, of the 4100 block of West Cornelia Avenue,").
    static Found find(std::string_view sentence, const std::vector<GazetteerMatch>& known);

    // News agencies and outlets ("Reuters", "Associated Press"): they report, they do not
    // act ("…, Interfax reported").
    static bool isNewsOutlet(std::string_view name);
};

} // namespace ct

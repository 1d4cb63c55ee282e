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
        // names ending in a word of a scene ("Apollo Street") or of the land ("Coney Island")
        std::vector<std::string> places;
    };
    // Runs of two or more capitalised words (with "of" inside: "Bank of Kazakhstan") that no
    // gazetteer match covers, in text order without repeats: not at the start of the sentence
    // where any word is capitalised, not job titles ("Secretary of State"), news outlets,
    // adjectives of origin before a noun ("Central Asian republics") or places passed through
    // ("Almaty International Airport", "Trinity Hospital"); titles, clock words and page
    // furniture end a run ("Sheriff Marty Fisher" is "Marty Fisher"). A name ending in a word
    // of a scene ("Apollo Street", "Star Creek Drive", "Glastonbury Apartments") is a place:
    // where the happening happened, which tells it from another as its victim does; but not
    // where someone lives ("Bobby McCullough, of the 4100 block of West Cornelia Avenue,"). So
    // is a name ending in a word of the land or the water ("Coney Island", "Westover Hills"),
    // and one ending in "Court", "Place", "Way" or "Circle" after a house number or a block
    // ("1094 Misty Hollow Court", "the 300 block of Vine Place"): elsewhere such a name is a
    // court of law or a firm as often.
    static Found find(std::string_view sentence, const std::vector<GazetteerMatch>& known);

    // Whether a place found above is a scene — a street (one after an address too: "Misty
    // Hollow Court"), a square, a complex — rather than a neighbourhood or a town: one
    // article's scene is its happening's, a town is shared by every happening in it.
    static bool isScene(std::string_view place);
    // Whether `sentence` holds a capitalised scene word ("Street", "Ave", "Court") at all: a
    // cheap test before finding its names, which only such a sentence can give a scene.
    static bool mayNameScene(std::string_view sentence);

    // News agencies and outlets ("Reuters", "Associated Press"): they report, they do not
    // act ("…, Interfax reported").
    static bool isNewsOutlet(std::string_view name);
};

} // namespace ct

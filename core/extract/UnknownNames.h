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
    // Runs of two or more capitalised words (with "of" inside: "Bank of Kazakhstan") that no
    // gazetteer match covers, in text order without repeats: not at the start of the sentence
    // where any word is capitalised, not job titles ("Secretary of State"), news outlets,
    // adjectives of origin before a noun ("Central Asian republics") or places ("Almaty
    // International Airport"); titles, clock words and page furniture end a run ("Sheriff
    // Marty Fisher" is "Marty Fisher").
    static std::vector<std::string> find(std::string_view sentence,
                                         const std::vector<GazetteerMatch>& known);

    // News agencies and outlets ("Reuters", "Associated Press"): they report, they do not
    // act ("…, Interfax reported").
    static bool isNewsOutlet(std::string_view name);
};

} // namespace ct

#pragma once

#include <string>
#include <string_view>

namespace ct::story {

// What a place name names, apart from how a report writes it: "East Markison Avenue",
// "Markison Ave." and "Markison" are one street to a reader, and a rule that two tellings must
// share a place (store::mayBridge) or that a detail names no place its happening's telling does
// not (EventExtractor) must see them so. The core is the name's words, lower case, periods
// dropped; a street's without its type ("Avenue", "Ave", "St.", "Drive", "Rd") and a compass
// word before its name or after its type ("East", "N.", "I Street SE"). Without a street type
// the compass word is the name's own ("North Carolina" is not "South Carolina"), and a name
// that is nothing else keeps its words ("North Street"). Other place words ("County", "Park",
// "Square") stay: "Paulding County" is not "Paulding Street".
std::string placeCore(std::string_view name);

// Whether two place names name one place: the same core.
bool samePlace(std::string_view a, std::string_view b);

// A place's term in a report's features ("#" and its core): "1094 Misty Hollow Lane" and "1094
// Misty Hollow Court" in two outlets' tellings, or "East Markison Ave" and "Markison Avenue",
// are one term, as they are one place to samePlace. Every site that makes a report's or an
// event's terms makes its places' terms here.
std::string placeTerm(std::string_view name);
// An event's name term as the tables give it ("@" + actor, "#" + place name): its place terms
// made by placeTerm, actors as they are.
std::string nameTerm(std::string term);

} // namespace ct::story

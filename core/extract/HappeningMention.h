#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// What one sentence mentions of a happening, read from its words alone: a reporter introduces
// a happening once ("A boy was shot in the head Friday") and then refers back to it without a
// date — "the shooting", "the boy", "It happened …", the crime a charge names, its participants
// as the subject ("The attackers fled …"). HappeningReference resolves such a mention to one
// of the article's happenings.
namespace ct::undated {

struct Reference {
    std::uint32_t kinds = 0; // story::EventKind of the happening named ("the shooting")
    bool anyKind = false;    // "the incident", "the tragedy", "It happened": whatever it was
    std::string person;      // "boy", "victim": the person the happening befell (or did it)
    // Kinds of happening whose participants the sentence's subject names ("The attackers
    // fled", "Police sealed off the area"): what it tells is a detail of that happening when it
    // is news-like and names nothing else (UndatedNews' detailOf).
    std::uint32_t participant = 0;
    // A sentence that names the person a happening's telling gives an age ("he accidentally
    // shot Newman" after "Daylee N. Newman, 17, was found …") and tells of that happening's
    // kind (`kinds`) refers to it by that name; set by referredTo, not by definiteReference.
    std::string_view namedIn;
    bool found() const { return kinds != 0 || anyKind || !person.empty() || participant != 0; }
};

// The definite mention of a happening or of its person in `sentence`, if any: "the" (or
// "this") with at most a few modifiers ("the double shooting", "the 4-year-old boy") before a
// noun of a happening or a person, an opening "It happened" / "It occurred", a charge that
// names its crime ("faces charges of first-degree murder": the killing the article told), or
// a subject that names the happening's participants ("The attackers", "The protesters",
// "Police").
Reference definiteReference(std::string_view sentence);

// Kinds a sentence names beyond the story vocabulary's: a march ("marched through the centre",
// "the march", "a march") is a protest, where a capitalised "March" ("March 3", "in March",
// "the March figures") is the month, which the story vocabulary drops as a date word.
std::uint32_t extraKinds(std::string_view sentence);

// `sentence` without its definite mentions of happenings ("the shooting", "the gun"): what is
// left tells a happening only if the sentence does more than refer to one.
std::string withoutMentions(std::string_view sentence);

// The happening a sentence places its own act at the time of: "near the time McMillian was
// shot", "at the same time and place where McMillian was killed", "by the time officers
// arrived" give the clause that follows, up to the next comma. Empty when there is none; "at
// the same time" alone (meanwhile), "at the time, police said" and "at the time of the
// shooting" (a mention, which the definite-mention rules read) are none.
std::string_view timeAnchor(std::string_view sentence);

// Whether `word` stands in `s` as a whole word.
bool hasWord(std::string_view s, std::string_view word);

// The names a sentence gives an age: "Daylee N. Newman, 17, was found" → "Newman",
// "18-year-old Thomas Gutierrez called" → "Thomas", "Gutierrez": the people a happening's
// telling introduces.
std::vector<std::string_view> agedNames(std::string_view s);

} // namespace ct::undated

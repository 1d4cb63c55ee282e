#pragma once

namespace ct::ui {

// The toolbar's lane modes, in the order of the toolbar and of the stored
// setting. The timeline widget maps them to its own lane grouping.
// Actor/Place show an event in each of its actors' (places') lanes; the *First ones only in
// the first's. Same values as ct::LaneMode.
enum class LaneChoice {
    None = 0,
    Actor = 1,
    Place = 2,
    Article = 3,
    ActorFirst = 4,
    PlaceFirst = 5
};

} // namespace ct::ui

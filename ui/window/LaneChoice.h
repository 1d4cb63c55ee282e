#pragma once

namespace ct::ui {

// The toolbar's lane modes, in the order of the toolbar and of the stored
// setting. The timeline widget maps them to its own lane grouping.
enum class LaneChoice { None = 0, Actor = 1, Place = 2, Article = 3 };

} // namespace ct::ui

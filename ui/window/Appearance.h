#pragma once

namespace ct::ui {

// The application's light or dark look. Analysts work late and on shared
// screens, so the choice is the user's, not only the desktop's: dark applies a
// Fusion dark palette to the whole application (the timeline follows the
// palette); light goes back to the style's own palette.
class Appearance {
  public:
    static void apply(bool dark);
    static bool isDark();
};

} // namespace ct::ui

#pragma once

#include "layout/TimeAxis.h"

#include <QLocale>

namespace ct::ui {

// The time axis in the user's language. core's TimeAxis is Qt-free and labels its ticks in
// English; where the locale is another language, the day and month labels are rewritten
// with QLocale's names. The C locale (scripts, tests, golden images) keeps core's labels.
class AxisLabels {
  public:
    static void localize(AxisTicks& ticks, const QLocale& locale = QLocale());
};

} // namespace ct::ui

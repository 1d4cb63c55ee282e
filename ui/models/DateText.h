#pragma once

#include "model/DateSpan.h"

#include <QString>

namespace ct::ui {

// How a date span reads in the table, the details pane and tooltips: ISO days
// for day precision ("2022-01-06"), "Jan 2022" / "2022" for coarser ones, an
// en dash for ranges, and a leading "≈" for fuzzy spans so that an estimate is
// never mistaken for a fact.
class DateText {
  public:
    static QString format(const DateSpan& span);
    static QString precisionName(Precision precision);
};

} // namespace ct::ui

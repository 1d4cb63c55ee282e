#pragma once

#include "common/Date.h"
#include "model/DateSpan.h"

#include <cstdint>

namespace ct {

// What the timeline keeps in memory for each event: where it goes and how it is drawn, without
// any text. 32 bytes, so a million events fit in 32 MB; titles are looked up when labels need
// them. Lane keys are store ids (-1 = none).
struct TimelineSpan {
    std::int64_t id = 0;
    DayNumber start = 0;
    DayNumber end = 0; // inclusive
    std::int32_t articleId = -1;
    std::int32_t actorId = -1; // first actor named in the sentence
    std::int32_t placeId = -1; // first place named in the sentence
    Precision precision = Precision::Day;
    bool fuzzy : 1 = false;
    bool userEdited : 1 = false;
    bool dateDisputed : 1 = false; // its reports disagree on the date
    std::uint16_t sourceCount = 1; // distinct outlets, saturating at 65535

    friend bool operator==(const TimelineSpan&, const TimelineSpan&) = default;
};
static_assert(sizeof(TimelineSpan) == 32, "keep the per-event footprint of the timeline small");

} // namespace ct

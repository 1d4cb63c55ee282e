#pragma once

#include "common/Date.h"
#include "model/DateSpan.h"
#include "model/TimelineSpan.h"

#include <cstdint>
#include <string>

namespace ct {

// A timeline row with its title: what small timelines (tests, the sample) are handed over as.
// Large ones travel as TimelineSpan plus titles loaded on demand. Lane keys are store ids
// (-1 = none).
struct TimelineEntry {
    std::int64_t id = 0;
    DayNumber start = 0;
    DayNumber end = 0; // inclusive
    Precision precision = Precision::Day;
    bool fuzzy = false;
    bool userEdited = false;
    std::int32_t articleId = -1;
    std::int32_t actorId = -1; // first actor named in the sentence
    std::int32_t placeId = -1; // first place named in the sentence
    std::string title;
    bool dateDisputed = false;
    std::uint16_t sourceCount = 1;

    TimelineSpan span() const {
        return {id,        start, end,        articleId,    actorId,    placeId,
                precision, fuzzy, userEdited, dateDisputed, sourceCount};
    }
};

} // namespace ct

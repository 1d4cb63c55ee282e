#pragma once

// The five events of the bundled sample article, built by hand so that timeline tests do not
// depend on the store or the extractor.
#include "TestPrinters.h"
#include "model/TimelineEntry.h"
#include "timeline/TimelineLaneNames.h"

#include <vector>

inline std::vector<ct::TimelineEntry> seedTimeline() {
    auto day = [](const char* iso) { return ct::toDayNumber(isoDate(iso)); };
    using ct::Precision;
    return {
        {1, day("2022-01-02"), day("2022-01-02"), Precision::Day, false, false, 1, 1, 1,
         "Protests over fuel prices"},
        {2, day("2022-01-06"), day("2022-01-06"), Precision::Day, false, false, 1, 2, 2,
         "CSTO force arrives"},
        {3, day("2022-01-07"), day("2022-01-07"), Precision::Day, false, false, 1, 3, 3,
         "Blinken warning"},
        {4, day("2022-01-08"), day("2022-01-08"), Precision::Day, false, false, 1, 4, 2,
         "Putin–Tokayev call"},
        {5, day("2022-01-09"), day("2022-01-15"), Precision::Range, true, false, 1, 2, -1,
         "CSTO teleconference"},
    };
}

inline ct::ui::TimelineLaneNames seedLaneNames() {
    ct::ui::TimelineLaneNames names;
    names.actors = {{1, "Protesters"}, {2, "CSTO"}, {3, "Antony Blinken"}, {4, "Vladimir Putin"}};
    names.places = {{1, "Zhanaozen"}, {2, "Kazakhstan"}, {3, "Washington"}};
    names.articles = {{1, "Putin, Tokayev discuss Kazakhstan"}};
    return names;
}

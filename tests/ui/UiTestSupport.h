#pragma once

// Shared set-up for the ui tests: a store in a temporary folder and events or
// articles written straight into it, so each test reads back what it changed.
#include "TestPrinters.h"
#include "model/Article.h"
#include "model/Event.h"
#include "store/EventStore.h"

#include <QtTest/QTest>
#include <string>
#include <vector>

namespace ct::test {

inline Event makeEvent(const std::string& title, const char* start, const char* end = nullptr,
                       std::vector<std::string> actors = {}, std::vector<std::string> places = {},
                       bool fuzzy = false) {
    Event e;
    e.title = title;
    e.when.start = isoDate(start);
    e.when.end = isoDate(end ? end : start);
    e.when.precision = end ? Precision::Range : Precision::Day;
    e.when.fuzzy = fuzzy;
    e.actors = std::move(actors);
    e.places = std::move(places);
    e.sentence = title + ".";
    e.confidence = 0.9;
    e.userCreated = true;
    return e;
}

} // namespace ct::test

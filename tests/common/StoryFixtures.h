#pragma once

// What the story tests (tst_story_edits, tst_pg_store, tst_bring_back) build their stories
// from: a report told on a day, an article from an outlet, and a check that a Result is ok.

#include "TestPrinters.h"
#include "common/Date.h"
#include "model/Article.h"
#include "model/DateSpan.h"
#include "model/Event.h"

#include <QtTest/QTest>
#include <cstdint>
#include <string>
#include <vector>

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto& r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), r_.ok() ? "" : r_.error().message.c_str());                              \
    } while (false)

namespace ct::test {

inline Event told(const char* day, const std::string& sentence, std::int64_t begin,
                  std::vector<std::string> actors = {"Ilian Varro"}) {
    Event e;
    e.when = singleDay(isoDate(day));
    e.title = sentence.substr(0, 40);
    e.sentence = sentence;
    e.sentenceBegin = begin;
    e.sentenceEnd = begin + std::int64_t(sentence.size());
    e.actors = std::move(actors);
    e.places = {"Koldan"};
    return e;
}

inline Article article(const std::string& hash, const std::string& outlet, const char* published) {
    Article a;
    a.contentHash = hash;
    a.title = "Article " + hash;
    a.source = outlet;
    a.published = isoDate(published);
    a.text = "text of " + hash;
    return a;
}

} // namespace ct::test

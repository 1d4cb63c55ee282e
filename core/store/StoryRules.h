#pragma once

// What an event's reports say about the event, engine-independent: both stores (SQLite's
// StoryRefresh, PostgreSQL's PgStory) decide the event's date, disagreement and source count
// the same way. Pure functions over reports already loaded.

#include "model/Report.h"

#include <string>
#include <vector>

namespace ct::store {

struct ReportWithPrint {
    Report report;
    std::string fingerprint; // story::fingerprint of its sentence
    std::string key;         // report key (see Schema.cpp, version 3)
};

// Outlets that reported it: reports of one outlet are one source, and so are reports with one
// fingerprint (a wire story republished word for word). Union-find over both relations.
int sourceCountOf(const std::vector<ReportWithPrint>& rows);
// The date most reports support: a report supports a span it equals fully and one it overlaps
// by half; ties go to the narrower span, then to the earlier report. rows must not be empty.
const Report& agreedDateOf(const std::vector<ReportWithPrint>& rows);
// Two reports naming spans that do not overlap.
bool datesDisputed(const std::vector<ReportWithPrint>& rows);

} // namespace ct::store

#pragma once

// Internal to core/store/pg: a report row as PgStory.cpp reads it, shared with the article
// import (PgArticleImport.cpp), which reads the candidates' reports in one query; an event row
// as the timeline's queries read it (PgQueries.cpp), shared with the bulk dump (PgStoryDump);
// the story's decisions, which the dump and storyKeys (PgStoryCopy.cpp) both read.

#include "model/Article.h"
#include "model/Event.h"
#include "store/StoryEdit.h"
#include "store/StoryRules.h"
#include "store/pg/Pg.h"

namespace ct::pg {

// "SELECT <the columns reportRowFrom reads> FROM reports": add WHERE / ORDER BY.
extern const char* const kReportColumns;
store::ReportWithPrint reportRowFrom(const Rows& rows, int row);

// "SELECT <the columns eventFrom reads>": add FROM events e and the rest.
extern const char* const kEventColumns;
Event eventFrom(const Rows& rows, int row);

// "SELECT <the columns articleFrom reads>" (all but the text, which follows when wanted as
// column 12): add FROM articles and the rest.
extern const char* const kArticleColumns;
Article articleFrom(const Rows& rows, int row);

// The user's decisions (same / apart) and chosen dates, in key order: what a story's dump and
// its keys both carry.
Result<void> readStoryDecisions(Connection& db, std::vector<StoryDecision>& decisions,
                                std::vector<std::string>& chosenDates);

} // namespace ct::pg

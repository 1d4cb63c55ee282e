#pragma once

namespace ct::bench {

// The dates development set (../shared/eval/timebank-dates.tsv): each document imported as one
// article through the real pipeline (ArticleParser + EventExtractor, publication date given, as
// `crisis-timeline import --published` does) and scored as eval/README.md says. Prints
// dates_day_exact_share, the share per kind of expression, and the month- and year-level rows.
// CT_DATES_VERBOSE=1 lists the misses on stderr. Skipped with a note when the data is missing.
void benchDates();

} // namespace ct::bench

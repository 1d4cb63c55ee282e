#pragma once

// Rows of TestTemporalResolver::resolve, kept apart from the test logic so that
// both stay readable.

#include "TestPrinters.h"

#include <QtTest/QTest>

namespace temporal_rows {

// One expected resolution. The article of most rows is Saturday 2022-01-08, as the seed's.
inline void row(const char* name, const char* sentence, const char* start, const char* end,
                const char* precision, bool fuzzy, const char* words,
                const char* reference = "2022-01-08", const char* previous = "", int count = 1) {
    QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromLatin1(reference)
                        << QString::fromLatin1(start) << QString::fromLatin1(end)
                        << QString::fromLatin1(precision) << fuzzy << QString::fromUtf8(words)
                        << QString::fromLatin1(previous) << count;
}

inline void addResolutionRows() {
    const char* const kSat = "2022-01-08";
    const bool F = false, Z = true;

    // The seed article, published Saturday 2022-01-08.
    row("seed: protests Sunday, present passive looks back",
        "Kazakhstan, the largest country in Central Asia, is rocked by a wave of protests "
        "Sunday in the province after rising fuel prices before spreading to other cities.",
        "2022-01-02", "2022-01-02", "day", F, "Sunday");
    row("seed: arrived on Thursday",
        "A contingent of forces from Russia and other allied countries in Moscow arrived in "
        "Kazakhstan on Thursday to support the country's authorities.",
        "2022-01-06", "2022-01-06", "day", F, "on Thursday");
    row("seed: warned on Friday despite a later would",
        "Moscow also condemned \"rude\" remarks by US Secretary of State Anthony Blinken, who "
        "warned on Friday that it would be \"very difficult\" for Kazakhstan to secure the "
        "withdrawal of Russian forces once they received the green light.",
        "2022-01-07", "2022-01-07", "day", F, "on Friday");
    row("seed: statement today",
        "Russian President Vladimir Putin and his Kazakh counterpart Kasim-Yomart Tokayev had "
        "a "
        "\"long\" telephone conversation to discuss the situation in Kazakhstan, the Kremlin "
        "said in a statement today.",
        "2022-01-08", "2022-01-08", "day", F, "today");
    row("seed: teleconference in the coming days",
        "The Kremlin added that Putin had backed Tokayev's idea of holding a teleconference in "
        "the coming days with allies of the Collective Security Treaty Organization (CSTO).",
        "2022-01-09", "2022-01-15", "range", Z, "in the coming days");

    // Weekdays by tense.
    row("past weekday equal to the article's is that day",
        "Troops arrived in Kazakhstan on Thursday.", "2022-01-06", "2022-01-06", "day", F,
        "on Thursday", "2022-01-06");
    row("future weekday", "The ministers will meet on Monday.", "2022-01-10", "2022-01-10", "day",
        F, "on Monday");
    row("future weekday equal to the article's is today", "The ministers will meet on Saturday.",
        kSat, kSat, "day", F, "on Saturday");
    row("is expected to", "The envoy is expected to arrive on Tuesday.", "2022-01-11", "2022-01-11",
        "day", F, "on Tuesday");
    row("plans to", "The government plans to lift the curfew on Wednesday.", "2022-01-12",
        "2022-01-12", "day", F, "on Wednesday");
    row("is due to", "Parliament is due to vote on Friday.", "2022-01-14", "2022-01-14", "day", F,
        "on Friday");
    row("next Monday", "Talks resume next Monday.", "2022-01-10", "2022-01-10", "day", F,
        "next Monday");
    row("next Saturday in a Saturday article", "The summit opens next Saturday.", "2022-01-15",
        "2022-01-15", "day", F, "next Saturday");
    row("last Tuesday", "Prices rose last Tuesday.", "2022-01-04", "2022-01-04", "day", F,
        "last Tuesday");
    row("last Saturday in a Saturday article", "He spoke last Saturday.", "2022-01-01",
        "2022-01-01", "day", F, "last Saturday");
    row("this Friday in the future", "The court will rule this Friday.", "2022-01-14", "2022-01-14",
        "day", F, "this Friday");
    row("late Wednesday evening", "Gunfire was heard late Wednesday evening in Almaty.",
        "2022-01-05", "2022-01-05", "day", F, "late Wednesday evening");
    row("early Thursday", "Police stormed the building early Thursday.", "2022-01-06", "2022-01-06",
        "day", F, "early Thursday");
    row("Friday morning", "Protesters gathered Friday morning outside the mayor's office.",
        "2022-01-07", "2022-01-07", "day", F, "Friday morning");
    row("on Monday night", "The airport was seized on Monday night.", "2022-01-03", "2022-01-03",
        "day", F, "on Monday night");
    row("no verb looks back", "Clashes in Almaty on Tuesday.", "2022-01-04", "2022-01-04", "day", F,
        "on Tuesday");
    row("year boundary backwards", "The minister resigned on Friday.", "2021-12-31", "2021-12-31",
        "day", F, "on Friday", "2022-01-03");
    row("year boundary forwards", "The talks will continue on Monday.", "2022-01-03", "2022-01-03",
        "day", F, "on Monday", "2021-12-30");
    row("abbreviation Thurs.", "Officials met Thurs. in Geneva.", "2022-01-06", "2022-01-06", "day",
        F, "Thurs.");
    row("abbreviation Wed.", "The vote took place Wed. after a long debate.", "2022-01-05",
        "2022-01-05", "day", F, "Wed.");
    row("fronted weekday, future verb after the comma",
        "On Monday, the delegation will travel to Moscow.", "2022-01-10", "2022-01-10", "day", F,
        "On Monday");
    row("fronted weekday, past verb", "On Tuesday, the president dismissed the government.",
        "2022-01-04", "2022-01-04", "day", F, "On Tuesday");
    row("will be plus participle is future", "The suspects will be questioned on Wednesday.",
        "2022-01-12", "2022-01-12", "day", F, "on Wednesday");
    row("said he will", "The minister said he will travel on Monday.", "2022-01-10", "2022-01-10",
        "day", F, "on Monday");
    row("weekday with its date", "The decree was signed on Friday, January 7.", "2022-01-07",
        "2022-01-07", "day", F, "on Friday, January 7");
    row("since a weekday", "Internet access has been cut since Wednesday.", "2022-01-05", kSat,
        "range", F, "since Wednesday");

    // Words that point at the article's own day and its neighbours.
    row("tonight", "The president will address the nation tonight.", kSat, kSat, "day", F,
        "tonight");
    row("this morning", "Shops reopened this morning.", kSat, kSat, "day", F, "this morning");
    row("yesterday", "The mayor was arrested yesterday.", "2022-01-07", "2022-01-07", "day", F,
        "yesterday");
    row("yesterday afternoon", "Shots were fired yesterday afternoon.", "2022-01-07", "2022-01-07",
        "day", F, "yesterday afternoon");
    row("tomorrow", "Banks will reopen tomorrow.", "2022-01-09", "2022-01-09", "day", F,
        "tomorrow");
    row("last night", "Looters attacked shops last night.", "2022-01-07", "2022-01-07", "day", F,
        "last night");
    row("earlier today", "The statement was published earlier today.", kSat, kSat, "day", F,
        "earlier today");

    // Calendar periods around the article.
    row("this week, Monday to Sunday", "Protests have spread this week.", "2022-01-03",
        "2022-01-09", "range", F, "this week");
    row("earlier this week", "Fuel prices doubled earlier this week.", "2022-01-03", kSat, "range",
        Z, "earlier this week");
    row("later this week", "A decision is expected later this week.", "2022-01-06", "2022-01-09",
        "range", Z, "later this week", "2022-01-05");
    row("last week", "The talks collapsed last week.", "2021-12-27", "2022-01-02", "range", F,
        "last week");
    row("next week", "Talks will resume next week.", "2022-01-10", "2022-01-16", "range", F,
        "next week");
    row("last month", "Inflation rose last month.", "2021-12-01", "2021-12-31", "month", F,
        "last month");
    row("next month", "Elections are planned next month.", "2022-02-01", "2022-02-28", "month", F,
        "next month");
    row("last year", "The law was passed last year.", "2021-01-01", "2021-12-31", "year", F,
        "last year");
    // A month named from the article's: "last" the latest before the article's month, "next"
    // the first after it, "this" the article's year; with "last year" after it, one expression.
    row("last May is the latest May before the article",
        "The two presidents signed the treaty last May.", "2021-05-01", "2021-05-31", "month", F,
        "last May");
    row("last June in October is the same year", "The court ruled last June.", "1989-06-01",
        "1989-06-30", "month", F, "last June", "1989-10-27");
    row("last December in January is the month before", "Two helicopters crashed last December.",
        "2021-12-01", "2021-12-31", "month", F, "last December");
    row("this September is in the article's year",
        "The party hopes to win seats in parliament this September.", "1998-09-01", "1998-09-30",
        "month", F, "this September", "1998-06-26");
    row("next March after a later month is next year", "The new line opens next March.",
        "1990-03-01", "1990-03-31", "month", F, "next March", "1989-10-27");
    row("July last year is one month, not a month and a year",
        "In July last year in Phnom Penh, Hun Sen staged a coup.", "1997-07-01", "1997-07-31",
        "month", F, "In July last year", "1998-02-19");
    row("March next year without a preposition", "The plant will open March next year.",
        "2023-03-01", "2023-03-31", "month", F, "March next year");
    row("3 days ago", "The curfew was imposed 3 days ago.", "2022-01-05", "2022-01-05", "day", F,
        "3 days ago");
    row("three days ago in words", "The curfew was imposed three days ago.", "2022-01-05",
        "2022-01-05", "day", F, "three days ago");
    row("two weeks ago", "The crisis began two weeks ago.", "2021-12-25", "2021-12-25", "day", F,
        "two weeks ago");
    row("a day ago", "A convoy left a day ago.", "2022-01-07", "2022-01-07", "day", F, "a day ago");
    row("a few days ago", "Internet was cut a few days ago.", "2022-01-03", "2022-01-06", "range",
        Z, "a few days ago");
    row("a month ago", "The protests started a month ago.", "2021-12-01", "2021-12-31", "month", F,
        "a month ago");

    // Relative to a date just mentioned.
    row("a day later", "A day later, troops arrived.", "2022-01-06", "2022-01-06", "day", F,
        "A day later", kSat, "2022-01-05");
    row("two days later", "Two days later the curfew was lifted.", "2022-01-04", "2022-01-04",
        "day", F, "Two days later", kSat, "2022-01-02");
    row("the next day", "The president fled the next day.", "2022-01-06", "2022-01-06", "day", F,
        "the next day", kSat, "2022-01-05");
    row("the following day", "Order was restored the following day.", "2022-01-07", "2022-01-07",
        "day", F, "the following day", kSat, "2022-01-06");
    row("a week earlier", "A week earlier, prices had doubled.", "2022-01-01", "2022-01-01", "day",
        F, "A week earlier", kSat, kSat);
    row("later relative to a date in the same sentence",
        "Protests began on Sunday and two days later the government resigned.", "2022-01-04",
        "2022-01-04", "day", F, "two days later", kSat, "", 2);

    // Written dates.
    row("January 2", "The protests began on January 2.", "2022-01-02", "2022-01-02", "day", F,
        "on January 2");
    row("Jan. 6", "Troops landed Jan. 6 in Almaty.", "2022-01-06", "2022-01-06", "day", F,
        "Jan. 6");
    row("on Jan. 6, 2022", "The CSTO met on Jan. 6, 2022 in Moscow.", "2022-01-06", "2022-01-06",
        "day", F, "on Jan. 6, 2022");
    row("6 January 2022", "The decree dated 6 January 2022 was published.", "2022-01-06",
        "2022-01-06", "day", F, "6 January 2022");
    row("January 6th", "The mission started on January 6th.", "2022-01-06", "2022-01-06", "day", F,
        "on January 6th");
    row("6th of January", "Troops arrived on 6th of January.", "2022-01-06", "2022-01-06", "day", F,
        "on 6th of January");
    row("ISO date", "The document is dated 2022-01-06.", "2022-01-06", "2022-01-06", "day", F,
        "2022-01-06");
    row("January 2022", "Kazakhstan was shaken by unrest in January 2022.", "2022-01-01",
        "2022-01-31", "month", F, "in January 2022");
    row("in 1991", "Kazakhstan became independent in 1991.", "1991-01-01", "1991-12-31", "year", F,
        "in 1991");
    row("since 1991", "He had ruled the country since 1991.", "1991-01-01", "1991-12-31", "year", F,
        "since 1991");
    row("until January 19", "The state of emergency will last until January 19.", kSat,
        "2022-01-19", "range", F, "until January 19");
    row("until a date already past is that date", "The curfew was in force until January 5.",
        "2022-01-05", "2022-01-05", "day", F, "until January 5");
    row("past verb does not push until into last year",
        "The state of emergency was extended until January 19.", kSat, "2022-01-19", "range", F,
        "until January 19");
    row("mid-month", "Fighting is expected to ease by mid-January.", "2022-01-01", "2022-01-31",
        "month", F, "by mid-January");
    row("from January 2 to January 5", "Protests lasted from January 2 to January 5.", "2022-01-02",
        "2022-01-05", "range", F, "from January 2 to January 5");
    row("between 2 and 5 January", "Flights were suspended between 2 and 5 January.", "2022-01-02",
        "2022-01-05", "range", F, "between 2 and 5 January");
    row("January 2-5", "Protests raged January 2-5.", "2022-01-02", "2022-01-05", "range", F,
        "January 2-5");
    // Weekdays joined into one period (the article is Saturday 2022-01-08).
    row("two following weekdays with and are one period",
        "Protesters blocked the roads on Wednesday and Thursday.", "2022-01-05", "2022-01-06",
        "range", F, "on Wednesday and Thursday");
    row("weekdays through a weekday, ahead",
        "Counselors will be at the school Monday through Wednesday.", "2022-01-10",
        "2022-01-12", "range", F, "Monday through Wednesday");
    row("a period across the weekend", "Flights were suspended from Friday to Monday.",
        "2021-12-31", "2022-01-03", "range", F, "Friday to Monday", "2022-01-04");
    row("weekdays with and that do not follow each other stay apart",
        "Talks were held on Monday and Thursday.", "2022-01-03", "2022-01-03", "day", F,
        "on Monday", kSat, "", 2);
    row("from 2014 to 2016", "He served as prime minister from 2014 to 2016.", "2014-01-01",
        "2016-12-31", "range", F, "from 2014 to 2016");
    row("December in a January article is last year", "The law was signed on December 30.",
        "2021-12-30", "2021-12-30", "day", F, "on December 30");
    row("past tense keeps a later month in the past", "The reform was announced on March 3.",
        "2021-03-03", "2021-03-03", "day", F, "on March 3");
    row("future tense keeps a later month ahead", "The election will be held on March 3.",
        "2022-03-03", "2022-03-03", "day", F, "on March 3");
    row("future tense moves an earlier date to next year",
        "The summit will take place on January 5.", "2023-01-05", "2023-01-05", "day", F,
        "on January 5");
    row("Sept. abbreviation with year", "The constitution was amended on Sept. 12, 2021.",
        "2021-09-12", "2021-09-12", "day", F, "on Sept. 12, 2021");
    row("May with a day and year", "The treaty was signed on May 15, 1992.", "1992-05-15",
        "1992-05-15", "day", F, "on May 15, 1992");
    row("May with a year", "Elections were held in May 2021.", "2021-05-01", "2021-05-31", "month",
        F, "in May 2021");
    row("since a bare month looks back", "Prices have risen since March.", "2021-03-01",
        "2021-03-31", "month", F, "since March");

    // Counted forward from the article.
    row("in two weeks", "The vote will take place in two weeks.", "2022-01-22", "2022-01-22", "day",
        F, "in two weeks");
    row("in a few days", "Flights will resume in a few days.", "2022-01-10", "2022-01-13", "range",
        Z, "in a few days");

    // Vague ranges.
    row("in the next few days", "A decision will come in the next few days.", "2022-01-09",
        "2022-01-15", "range", Z, "in the next few days");
    row("in the days ahead", "More troops will arrive in the days ahead.", "2022-01-09",
        "2022-01-15", "range", Z, "in the days ahead");
    row("in the coming weeks", "Prices should fall in the coming weeks.", "2022-01-09",
        "2022-02-05", "range", Z, "in the coming weeks");
    row("in the coming months", "Reforms are promised in the coming months.", "2022-01-09",
        "2022-04-08", "range", Z, "in the coming months");
    row("recently", "The government recently raised fuel prices.", "2021-12-25", "2022-01-07",
        "range", Z, "recently");
    row("in recent days", "Hundreds have been detained in recent days.", "2021-12-25", "2022-01-07",
        "range", Z, "in recent days");
    row("for the next three days, exact", "Schools will stay closed for the next three days.",
        "2022-01-09", "2022-01-11", "range", F, "for the next three days");
    row("over the past week", "Over the past week, prices doubled.", "2022-01-01", "2022-01-07",
        "range", F, "Over the past week");
}

} // namespace temporal_rows

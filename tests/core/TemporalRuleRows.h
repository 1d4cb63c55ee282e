#pragma once

// Rows of TestTemporalResolver::resolve for the reader's rules of issue 11: nearest
// occurrence, future without "will", dates anchored on other dates, named days, deadlines,
// and rows where the cues conflict.

#include "TemporalResolverRows.h"

namespace temporal_rows {

inline void addReaderRuleRows() {
    const bool F = false;

    // A month and day without a year: the nearest occurrence, the tense and cues correct it.
    row("deadline four days ahead in a past-perfect sentence stays ahead",
        "The offer had been set to expire Nov. 6.", "1989-11-06", "1989-11-06", "day", F, "Nov. 6",
        "1989-11-02");
    row("completed by a date six days ahead is this year",
        "The work is to be completed by January 19.", "2022-01-19", "2022-01-19", "day", F,
        "by January 19", "2022-01-13");
    row("a record set in August, told in February, is last August",
        "The index is within 70 points of its record high set on Aug. 6.", "1997-08-06",
        "1997-08-06", "day", F, "on Aug. 6", "1998-02-06");
    row("extended to a date ahead is this year", "The bid was extended to Nov. 16.", "1989-11-16",
        "1989-11-16", "day", F, "to Nov. 16", "1989-10-30");
    row("will redeem shares on a date ahead, past the adjective preferred",
        "The company will redeem 9.5 million preferred shares on Oct. 31.", "1989-10-31",
        "1989-10-31", "day", F, "on Oct. 31", "1989-10-27");
    row("the plan announced Aug. 21 is a noun, not a future",
        "The thrift announced the plan Aug. 21.", "1989-08-21", "1989-08-21", "day", F, "Aug. 21",
        "1989-10-27");
    row("conflicting cues: past tense but a deadline word keeps the nearest",
        "The parent asked it to respond by Oct. 31.", "1989-10-31", "1989-10-31", "day", F,
        "by Oct. 31", "1989-10-26");
    row("a weekday written with the date picks the year that has it",
        "The paper said in an editorial on Saturday, April 25, that the ruling was wrong.",
        "1998-04-25", "1998-04-25", "day", F, "on Saturday, April 25", "1998-04-24");
    row("this coming Sunday with a spelled-out day",
        "International Women's Day is this coming Sunday, March eighth.", "1998-03-08",
        "1998-03-08", "day", F, "this coming Sunday, March eighth", "1998-03-05");

    // Future without "will".
    row("set to resume Monday", "The peace process, set to resume Monday, was shaken.",
        "2022-01-10", "2022-01-10", "day", F, "Monday");
    row("plans to travel on Thursday", "The delegation plans to travel on Thursday.", "2022-01-13",
        "2022-01-13", "day", F, "on Thursday");
    row("postponed until Tuesday names the day", "The vote was postponed until Tuesday.",
        "2022-01-11", "2022-01-11", "day", F, "until Tuesday");
    row("could arrive as soon as Tuesday", "Troops could arrive as soon as Tuesday.", "2022-01-11",
        "2022-01-11", "day", F, "as soon as Tuesday");
    row("scheduled to", "The minister is scheduled to speak on Wednesday.", "2022-01-12",
        "2022-01-12", "day", F, "on Wednesday");
    row("present tense of a schedule", "The two leaders meet separately Monday with the envoy.",
        "2022-01-10", "2022-01-10", "day", F, "Monday");
    row("is to resume trading Tuesday", "The stock is to resume trading in Paris Tuesday.",
        "2022-01-11", "2022-01-11", "day", F, "Tuesday");
    row("a noun after a possessive is no schedule", "Shares fell as of Friday's close.",
        "2022-01-07", "2022-01-07", "day", F, "Friday");
    row("conflicting cues: a past auxiliary beats a schedule verb",
        "The two leaders did not meet on Monday.", "2022-01-03", "2022-01-03", "day", F,
        "on Monday");

    // Anchored on another date.
    row("a year earlier counts from the quarter's end",
        "For the quarter ended Sept. 30, net income rose from $100 million a year earlier.",
        "1988-09-30", "1988-09-30", "day", F, "a year earlier", "1989-10-26", "", 2);
    row("a year earlier without a date counts from the article",
        "The dividend is up 15% from 4 pence a year earlier.", "1988-11-02", "1988-11-02", "day", F,
        "a year earlier", "1989-11-02");
    row("a year ago is that day a year back", "Profit fell from $186 million a year ago.",
        "2021-01-08", "2021-01-08", "day", F, "a year ago");
    row("thirty years ago is a year", "Kazakhstan became independent 30 years ago.", "1992-01-01",
        "1992-12-31", "year", F, "30 years ago");
    row("a week or so ago", "A week or so ago, the general picked a date.", "2022-01-01",
        "2022-01-01", "day", F, "A week or so ago");
    row("the next morning after a date told before", "The next morning, police cleared the square.",
        "2022-01-06", "2022-01-06", "day", F, "The next morning", "2022-01-08", "2022-01-05");
    row("earlier that day", "Earlier that day, the president spoke.", "2022-01-05", "2022-01-05",
        "day", F, "Earlier that day", "2022-01-08", "2022-01-05");
    row("later in the day without an anchor is the article's day",
        "He arrived in Philadelphia later in the day.", "2022-01-08", "2022-01-08", "day", F,
        "later in the day");
    row("the day after", "The day after, the curfew was lifted.", "2022-01-06", "2022-01-06", "day",
        F, "The day after", "2022-01-08", "2022-01-05");
    row("the previous Friday", "The index is down 4.5% from the previous Friday.", "1989-10-20",
        "1989-10-20", "day", F, "the previous Friday", "1989-10-30");
    row("two days before Sunday's vote", "Two days before Sunday's vote, the opposition withdrew.",
        "2021-12-31", "2021-12-31", "day", F, "Two days before Sunday", "2022-01-08");
    row("in the two weeks before Sunday's vote: the period up to it",
        "In the two weeks before Sunday's vote, the opposition campaigned.", "2021-12-19",
        "2022-01-01", "range", F, "In the two weeks before Sunday", "2022-01-08");
    row("the day-after-Thanksgiving as one modifier is the Friday",
        "Police are investigating the day-after-Thanksgiving shooting.", "2016-11-25", "2016-11-25",
        "day", F, "the day-after-Thanksgiving", "2016-11-29");
    row("a day-before-Christmas sale is Christmas Eve",
        "Shoppers crowded a day-before-Christmas sale.", "2021-12-24", "2021-12-24", "day", F,
        "a day-before-Christmas", "2022-01-08");
    row("the day after Thanksgiving is the Friday",
        "A girl was shot and killed the day after Thanksgiving, police said.", "2016-11-25",
        "2016-11-25", "day", F, "the day after Thanksgiving", "2016-11-29");
    row("the day after a named day wins over the day told before",
        "A girl was shot and killed the day after Thanksgiving.", "2016-11-25", "2016-11-25", "day",
        F, "the day after Thanksgiving", "2016-11-29", "2016-11-20");
    row("the day before Christmas", "The boy was shot the day before Christmas.", "2021-12-24",
        "2021-12-24", "day", F, "the day before Christmas");
    row("until then is the date told before", "Until then, the stock remains convertible.",
        "1989-11-30", "1989-11-30", "day", F, "Until then", "1989-10-30", "1989-11-30");

    // A month alone: after a preposition (May too, with its capital), or dating the happening
    // it modifies; "into" a year leans ahead.
    row("by May is the month ahead", "The talks are supposed to conclude by May.", "1998-05-01",
        "1998-05-31", "month", F, "by May", "1998-03-22");
    row("in May told in the past", "Milton Roy disclosed in May that it was approached.",
        "1989-05-01", "1989-05-31", "month", F, "in May", "1989-10-30");
    row("a June agreement dates the agreement",
        "The company is selling itself under a June agreement with shareholders.", "1989-06-01",
        "1989-06-30", "month", F, "June", "1989-10-27");
    row("the March elections ahead", "Parties are preparing for the March elections.",
        "2022-03-01", "2022-03-31", "month", F, "March", "2022-01-08");
    row("into a year", "We expect that to continue into 1990.", "1990-01-01", "1990-12-31", "year",
        F, "into 1990", "1989-10-30");

    // Named days and periods.
    row("Orthodox Christmas is 7 January", "Believers marked Orthodox Christmas in Almaty.",
        "2022-01-07", "2022-01-07", "day", F, "Orthodox Christmas");
    row("Christmas in a January article is the last one", "Protests began after Christmas.",
        "2021-12-25", "2021-12-25", "day", F, "after Christmas");
    row("New Year's Eve", "Fireworks marked New Year's Eve.", "2021-12-31", "2021-12-31", "day", F,
        "New Year's Eve");
    row("the Thanksgiving holiday is its long weekend",
        "She was enjoying the Thanksgiving holiday when she was killed.", "2016-11-24",
        "2016-11-27", "range", F, "the Thanksgiving holiday", "2016-11-30");
    row("Easter weekend is the Saturday and the Sunday", "Churches were full over Easter weekend.",
        "2022-04-16", "2022-04-17", "range", F, "over Easter weekend", "2022-04-20");
    row("a holiday in the middle of the week keeps its day",
        "The shop closed for the Christmas holiday.", "2019-12-25", "2019-12-25", "day", F,
        "the Christmas", "2019-12-30");
    row("Thanksgiving is the fourth Thursday of November", "Traffic was heavy on Thanksgiving.",
        "2021-11-25", "2021-11-25", "day", F, "on Thanksgiving");
    row("Election Day ahead", "Voters will go to the polls on Election Day.", "2022-11-08",
        "2022-11-08", "day", F, "on Election Day", "2022-10-20");
    row("Nowruz ahead", "Families will celebrate Nowruz.", "2022-03-21", "2022-03-21", "day", F,
        "Nowruz", "2022-03-01");
    row("Eid al-Fitr by the tabular calendar", "The ceasefire will hold through Eid al-Fitr.",
        "2022-05-02", "2022-05-02", "day", F, "Eid al-Fitr", "2022-04-20");
    row("Easter Sunday", "Churches will be full on Easter Sunday.", "2022-04-17", "2022-04-17",
        "day", F, "on Easter Sunday", "2022-04-01");
    row("by year-end is this year's last day", "The deal should close by year-end.", "1989-12-31",
        "1989-12-31", "day", F, "by year-end", "1989-11-02");
    row("since year-end is last year's last day", "The percentage change is since year-end.",
        "1988-12-31", "1988-12-31", "day", F, "since year-end", "1989-10-30");
    row("the end of the month", "The goal is 40,000 troops by the end of the month.", "1990-08-31",
        "1990-08-31", "day", F, "by the end of the month", "1990-08-13");
    row("the weekend told in the past on a Saturday is the last one",
        "Protesters rallied over the weekend.", "2022-01-01", "2022-01-02", "range", F,
        "over the weekend");
    row("this weekend ahead", "Talks will continue this weekend.", "2022-01-15", "2022-01-16",
        "range", F, "this weekend", "2022-01-12");
    // No tense a date can lean on ("hit" is present or past): the nearer weekend.
    row("the weekend without a tense early in the week is the one just past",
        "Police say the man hit four cars over the weekend.", "2022-01-08", "2022-01-09",
        "range", F, "over the weekend", "2022-01-10");
    row("the weekend without a tense late in the week is the one ahead",
        "Police say the man hit four cars over the weekend.", "2022-01-15", "2022-01-16",
        "range", F, "over the weekend", "2022-01-13");
    row("an irregular past (stole) late in the week is the weekend past",
        "Police say the man stole four cars over the weekend.", "2022-01-08", "2022-01-09",
        "range", F, "over the weekend", "2022-01-13");
    row("an irregular past (bought) takes last February",
        "Since KKR bought RJR in February for $25 billion, it has sold assets.", "1989-02-01",
        "1989-02-28", "month", F, "in February", "1989-10-30");
    row("plans after a past verb are its object, not a future",
        "In September, it announced plans to acquire the fruit business.", "1989-09-01",
        "1989-09-30", "month", F, "In September", "1989-10-30");
    row("plans as a verb still point ahead", "The company plans to sell the unit in September.",
        "1990-09-01", "1990-09-30", "month", F, "in September", "1989-10-30");

    // Years spoken in words (broadcast transcripts), named by "the year", fiscal years.
    row("a year spoken in words", "In nineteen ninety-one Charles Keating was convicted.",
        "1991-01-01", "1991-12-31", "year", F, "In nineteen ninety-one", "1998-01-15");
    row("a year spoken in words without a hyphen", "The city was quiet in nineteen seventy nine.",
        "1979-01-01", "1979-12-31", "year", F, "in nineteen seventy nine", "1998-01-21");
    row("a month and a year spoken in words", "January nineteen ninety-seven.", "1997-01-01",
        "1997-01-31", "month", F, "January nineteen ninety-seven", "1998-02-27");
    row("twenty ten is a year after a preposition", "The law changed in twenty ten.",
        "2010-01-01", "2010-12-31", "year", F, "in twenty ten", "2012-05-01");
    row("the year two thousand", "His promise to halve unemployment by the year two thousand.",
        "2000-01-01", "2000-12-31", "year", F, "by the year two thousand", "1998-02-05");
    row("the year two thousand and five", "The plant will close in the year two thousand and five.",
        "2005-01-01", "2005-12-31", "year", F, "in the year two thousand and five", "1998-02-05");
    row("the year in digits", "The approach of the year 2000 worries them.", "2000-01-01",
        "2000-12-31", "year", F, "of the year 2000", "1998-03-03");
    row("fiscal and a year", "In fiscal 1989, Elco earned $7.8 million.", "1989-01-01",
        "1989-12-31", "year", F, "In fiscal 1989", "1989-11-02");
    row("fiscal year and a year", "Sales rose in fiscal year 1988.", "1988-01-01", "1988-12-31",
        "year", F, "in fiscal year 1988", "1989-11-02");
    row("fiscal and a year before a noun", "Sales will be above fiscal 1989 sales of $155 million.",
        "1989-01-01", "1989-12-31", "year", F, "fiscal 1989", "1989-11-02");
    row("this year is a year, not 1 January", "Sales have fallen this year.", "2022-01-01",
        "2022-12-31", "year", F, "this year");

    // "earlier this month": the month (or year) itself, as annotators date it.
    row("earlier this month is the month",
        "Norton announced earlier this month that it was exploring a sale.", "1989-10-01",
        "1989-10-31", "month", F, "earlier this month", "1989-10-27");
    row("later this month is the month", "Sony will take ownership of the studio later this month.",
        "1989-11-01", "1989-11-30", "month", F, "later this month", "1989-11-02");
    row("earlier this year is the year", "Earlier this year, Dataproducts rejected an offer.",
        "1989-01-01", "1989-12-31", "year", F, "Earlier this year", "1989-10-31");

    // "the following year", "that month": the period of the date the text is on.
    row("the following year after a date in the sentence",
        "On May 22, 1995, Farkas was made a general, and the following year he was appointed "
        "attache.",
        "1996-01-01", "1996-12-31", "year", F, "the following year", "1998-04-18", "", 2);
    row("that month from the previous sentence", "That month, the company put itself up for sale.",
        "1989-03-01", "1989-03-31", "month", F, "That month", "1989-10-27", "1989-03-15");
    row("the previous year from the previous sentence", "Sales had fallen the previous year.",
        "1994-01-01", "1994-12-31", "year", F, "the previous year", "1998-02-06", "1995-06-01");
    row("the same month of a January date", "Talks broke down the same month.", "2021-01-01",
        "2021-01-31", "month", F, "the same month", "2022-01-08", "2021-01-20");
    row("the following month across the new year", "The following month, troops withdrew.",
        "2022-01-01", "2022-01-31", "month", F, "The following month", "2022-01-08", "2021-12-28");

    // A year before the noun of a happening dates that happening.
    row("the year of a crash", "Measures were adopted after the 1987 crash.", "1987-01-01",
        "1987-12-31", "year", F, "1987", "1989-10-30");
    row("a possessive before the year of an invasion",
        "Sanctions were imposed on Iraq after its 1990 invasion of Kuwait.", "1990-01-01",
        "1990-12-31", "year", F, "1990", "1998-03-06");
    row("an adjective between the determiner and the year",
        "Keating put the issue in the spotlight in his unsuccessful 1996 campaign.", "1996-01-01",
        "1996-12-31", "year", F, "1996", "1998-02-13");
    row("an adjective between the year and the noun",
        "Banks have not recovered from the 2008 financial crisis.", "2008-01-01", "2008-12-31",
        "year", F, "2008", "2012-05-01");
    row("a country's possessive before the year",
        "Kuwait's oil fields burned after Iraq's 1990 invasion.", "1990-01-01", "1990-12-31",
        "year", F, "1990", "1998-03-06");
    row("a future year of games", "They hope for a president by the opening of the 2000 Olympics.",
        "2000-01-01", "2000-12-31", "year", F, "2000", "1998-02-13");

    row("a year before a company's results",
        "The write-off will be reported in the company's "
        "1989 operating results.",
        "1989-01-01", "1989-12-31", "year", F, "1989", "1989-10-30");

    // The year figures are reported for; "for" before a year or month.
    row("for the year is the article's year", "For the year, pet food volume was flat.",
        "1989-01-01", "1989-12-31", "year", F, "For the year", "1989-11-02");
    row("the full year is the article's year", "Sales for the full year were $6.6 billion.",
        "1989-01-01", "1989-12-31", "year", F, "for the full year", "1989-11-02");
    row("a full year told in the past in February is the year just ended",
        "For the full year, sales rose 5%.", "2021-01-01", "2021-12-31", "year", F,
        "For the full year", "2022-02-10");
    row("the current year is the article's even in February", "Sales fell in the current year.",
        "2022-01-01", "2022-12-31", "year", F, "in the current year", "2022-02-10");
    row("for before a year", "For 1988, BellSouth earned $1.7 billion.", "1988-01-01", "1988-12-31",
        "year", F, "For 1988", "1989-10-30");
    row("for before a month", "The average daily turnover for October is 148 million shares.",
        "1989-10-01", "1989-10-31", "month", F, "for October", "1989-10-30");

    // Deadlines: the day it ends, unless a state lasts until it.
    row("until a far date names that date",
        "The shares will carry a floating dividend until Dec. 31, 1994.", "1994-12-31",
        "1994-12-31", "day", F, "until Dec. 31, 1994", "1989-10-30");
    row("through a date names that date", "The bank will buy shares through Nov. 17.", "1989-11-17",
        "1989-11-17", "day", F, "through Nov. 17", "1989-10-27");
}

} // namespace temporal_rows

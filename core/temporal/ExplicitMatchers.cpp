// Expressions that name a day, month or year: weekdays resolved by tense,
// calendar dates with or without a year, ISO dates, years, and ranges of them.
#include "temporal/MatchContext.h"

#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>

namespace ct::temporal {
namespace {

namespace bg = boost::gregorian;

// A calendar date as written; zero for the parts that were not.
struct Written {
    int year = 0, month = 0, day = 0;
    std::size_t last = 0;
};

struct Placed {
    DateSpan span;
    const char* note = nullptr; // how the year was chosen, for the explanation
    double confidence = 0.85;
};

std::optional<Written> writtenDateAt(const MatchContext& ctx, std::size_t j) {
    if (j < ctx.size() && ctx.tokens[j].kind == TokenKind::IsoDate) {
        const Date d = fromDayNumber(ctx.tokens[j].number);
        return Written{d.year(), d.month(), d.day(), j};
    }
    auto yearAfter = [&](Written& w, std::size_t k) {
        auto y = ctx.writtenYearAt(k);
        if (!y && ctx.isPunct(k, ','))
            y = ctx.yearAt(k + 1) ? ctx.writtenYearAt(k + 1) : std::nullopt;
        if (y) {
            w.year = y->year;
            w.last = y->last;
        }
    };
    if (const auto month = ctx.monthAt(j)) { // "January 6", "Jan. 6, 2022", "January 2022"
        Written w{0, *month, 0, j};
        if (const auto day = ctx.dayAt(j + 1)) {
            w.day = *day;
            w.last = j + 1;
            yearAfter(w, j + 2);
        } else if (const auto y = ctx.writtenYearAt(j + 1)) {
            w.year = y->year;
            w.last = y->last;
        }
        return w;
    }
    if (const auto day = ctx.dayAt(j)) { // "6 January 2022", "6th of January"
        std::size_t k = j + 1;
        if (ctx.isKw(k, Kw::Of))
            ++k;
        if (const auto month = ctx.monthAt(k)) {
            Written w{0, *month, *day, k};
            yearAfter(w, k + 1);
            return w;
        }
    }
    return std::nullopt;
}

bool validDay(int year, int month, int day) {
    return day <= bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                           static_cast<unsigned short>(month));
}

DateSpan spanOf(const Written& w, int year) {
    if (w.day == 0)
        return monthSpan(year, w.month);
    return daySpan(Date(static_cast<unsigned short>(year), static_cast<unsigned short>(w.month),
                        static_cast<unsigned short>(w.day)));
}

// A date written without a year takes the occurrence a reader takes: the nearest to the
// article, unless the tense or a cue says otherwise. `weekday` (0..6, or -1) is a weekday
// written with it ("Saturday, April 25"), which only one of the candidate years agrees with.
std::optional<Placed> placeInYear(const Written& w, Date ref, Lean lean, int weekday) {
    std::optional<DateSpan> best, nearest;
    int bestCost = 0;
    bool weekdayAgrees = false;
    const int refYear = ref.year();
    for (int year : {refYear - 1, refYear, refYear + 1}) {
        if (year <= 1400 || year >= 9999 || (w.day && !validDay(year, w.month, w.day)))
            continue;
        const DateSpan span = spanOf(w, year);
        int c = placementCost(span, ref, lean);
        const bool agrees =
            weekday >= 0 && w.day && span.start.day_of_week().as_number() == weekday;
        if (weekday >= 0 && w.day && !agrees)
            c += 10000;
        if (!best || c < bestCost) {
            best = span;
            bestCost = c;
            weekdayAgrees = agrees;
        }
        if (!nearest || distanceInDays(span, ref) < distanceInDays(*nearest, ref))
            nearest = span;
    }
    if (!best)
        return std::nullopt;
    if (weekdayAgrees)
        return Placed{*best, "the year whose calendar has that weekday", 0.9};
    if (best->start != nearest->start)
        return Placed{*best,
                      lean == Lean::None ? "news reports the past: the earlier occurrence"
                                         : "the tense rules out the nearer occurrence",
                      lean == Lean::None ? 0.65 : 0.75};
    if (bestCost != distanceInDays(*best, ref))
        return Placed{*best, "nearest occurrence although the tense points the other way", 0.6};
    return Placed{*best, "nearest occurrence", lean == Lean::None ? 0.8 : 0.85};
}

std::optional<Placed> resolveWritten(const Written& w, Date ref, Lean lean, int weekday = -1) {
    if (w.year)
        return (w.day && !validDay(w.year, w.month, w.day))
                   ? std::nullopt
                   : std::optional(Placed{spanOf(w, w.year), nullptr, 0.95});
    return placeInYear(w, ref, lean, weekday);
}

bool isNewspaperWord(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kNames = {
        "Times", "Telegraph", "Express", "Mirror", "Post", "Mail", "Herald"};
    for (auto name : kNames)
        if (word == name)
            return true;
    return false;
}

double tenseConfidence(Tense tense) {
    switch (tense) {
    case Tense::Past:
    case Tense::Future:
        return 0.9;
    case Tense::Present:
        return 0.8;
    case Tense::Unknown:
        return 0.7;
    }
    return 0.7;
}

} // namespace

std::optional<Found> matchExplicitDate(const MatchContext& ctx, std::size_t i) {
    std::size_t k = i;
    bool since = false, until = false, from = false, between = false, preposition = false;
    bool deadline = false, namedYear = false;
    for (int n = 0; n < 2 && ctx.isWord(k); ++n, ++k) {
        const WordInfo& info = ctx.tokens[k].info;
        if (info.cls != WordClass::Keyword)
            break;
        const auto kw = static_cast<Kw>(info.value);
        // "continue into 1990": ahead, as a deadline leans, but no end of a lasting state.
        if (kw == Kw::By || kw == Kw::To || kw == Kw::Effective || kw == Kw::Around ||
            kw == Kw::Into)
            deadline = true;
        if (kw == Kw::Fiscal && ctx.unitAt(k + 1) == Unit::Year)
            ++k; // "fiscal year 1989"
        if (kw == Kw::Since)
            since = true;
        else if (kw == Kw::Until || kw == Kw::Through)
            until = deadline = true;
        else if (kw == Kw::From)
            from = true;
        else if (kw == Kw::Between)
            between = true;
        else if (kw != Kw::On && kw != Kw::In && kw != Kw::By && kw != Kw::During &&
                 kw != Kw::Before && kw != Kw::After && kw != Kw::Early && kw != Kw::Late &&
                 kw != Kw::Mid && kw != Kw::Of && kw != Kw::To && kw != Kw::Effective &&
                 kw != Kw::Around && kw != Kw::Fiscal && kw != Kw::For && kw != Kw::Into)
            break;
        preposition = true;
        if (kw == Kw::Mid && ctx.isPunct(k + 1, '-'))
            ++k; // "mid-January"
    }
    // "the year 2000", "by the year two thousand": the noun says what the number is.
    if (ctx.isKw(k, Kw::The) && ctx.unitAt(k + 1) == Unit::Year && !ctx.unitIsPlural(k + 1) &&
        ctx.writtenYearAt(k + 2, true)) {
        k += 2;
        namedYear = preposition = true;
    }
    std::optional<Written> first = writtenDateAt(ctx, k);
    bool sharedMonth = false; // "between 2 and 5 January"
    if (!first) {
        // "in 1991", "in fiscal 1989": a year needs its preposition or its noun. After "for" a
        // number before a plural noun is a count ("food for 1900 families").
        const auto y = ctx.writtenYearAt(k, namedYear);
        const bool count = y && ctx.isKw(k - 1, Kw::For) && ctx.isWord(y->last + 1) &&
                           !ctx.tokens[y->last + 1].capitalised &&
                           ctx.tokens[y->last + 1].info.cls == WordClass::None &&
                           ctx.unitIsPlural(y->last + 1);
        if (y && !count && (preposition || yearNamesHappening(ctx, k, y->last)))
            first = Written{y->year, 0, 0, y->last};
        else if (const auto day = ctx.dayAt(k);
                 day && (between || from) &&
                 (ctx.isKw(k + 1, Kw::And) || ctx.isKw(k + 1, Kw::To) || ctx.isPunct(k + 1, '-'))) {
            const auto second = writtenDateAt(ctx, k + 2);
            if (!second || !second->day)
                return std::nullopt;
            first = Written{second->year, second->month, *day, k};
            sharedMonth = true;
        } else {
            return std::nullopt;
        }
    }
    // "July last year", "in March next year": the month of the year named after it.
    if (first->month && !first->day && !first->year && ctx.unitAt(first->last + 2) == Unit::Year &&
        !ctx.unitIsPlural(first->last + 2)) {
        const std::size_t rel = first->last + 1;
        const int ref = ctx.reference.year();
        if (ctx.isKw(rel, Kw::Last) || ctx.isKw(rel, Kw::This) || ctx.isKw(rel, Kw::Next)) {
            first->year = ctx.isKw(rel, Kw::Last) ? ref - 1 : ctx.isKw(rel, Kw::Next) ? ref + 1 : ref;
            first->last = rel + 1;
        }
    }
    // A month alone needs a preposition ("in March") or to date the happening it modifies ("a
    // June agreement", "the March elections"). May written with a capital after a preposition
    // is the month ("talks to conclude by May"); the verb is lower case, and the Prime
    // Minister's name is told by what follows ("May's cabinet", "by May Jones").
    if (first->month && !first->day && !first->year) {
        const std::size_t after = first->last + 1;
        const bool mayIsMonth = first->month != 5 ||
                                (ctx.tokens[first->last].capitalised && !ctx.isPunct(after, '\'') &&
                                 !(ctx.isWord(after) && ctx.tokens[after].capitalised));
        if (!mayIsMonth || !(preposition || yearNamesHappening(ctx, k, first->last)))
            return std::nullopt;
    }

    std::size_t last = first->last;
    std::optional<Written> second;
    if (from || between || sharedMonth || ctx.isPunct(last + 1, '-')) {
        const std::size_t sep = last + 1;
        if (ctx.isKw(sep, Kw::To) || ctx.isKw(sep, Kw::Until) || ctx.isKw(sep, Kw::Through) ||
            ctx.isPunct(sep, '-') || (between && ctx.isKw(sep, Kw::And))) {
            if (auto w = writtenDateAt(ctx, sep + 1); w && (first->month || !w->month))
                second = w;
            else if (const auto day = ctx.dayAt(sep + 1); day && first->day)
                second = Written{first->year, first->month, *day, sep + 1}; // "January 2-5"
            else if (const auto y = ctx.writtenYearAt(sep + 1); y && !first->month)
                second = Written{y->year, 0, 0, y->last};
        }
    }
    const Tense tense = ctx.tenseOf(i, second ? second->last : last);
    // "since" looks back whatever the verb says; "until", "by", "to" and "effective" name a
    // deadline, nearest ahead or just past: "was extended until January 19" still points ahead.
    const Lean lean = since ? Lean::Past : deadline ? Lean::Ahead : leanOf(tense);
    auto resolveAny = [&](const Written& w) -> std::optional<Placed> {
        if (!w.month)
            return Placed{yearSpan(w.year), nullptr, 0.9};
        return resolveWritten(w, ctx.reference, lean);
    };
    const auto placed = resolveAny(*first);
    if (!placed)
        return std::nullopt;
    const DateSpan* span = &placed->span;
    Found found{i, last, *span, placed->confidence, tense, placed->note, std::nullopt};
    if (second) {
        Written end = *second;
        if (!end.year && first->year && end.month) // "from January 2 to January 5, 2022" reads both
            end.year = first->year;
        const auto endPlaced = resolveAny(end);
        if (endPlaced && endPlaced->span.end >= span->start) {
            found.last = second->last;
            found.span = rangeSpan(span->start, endPlaced->span.end, false);
            return found;
        }
    }
    const Date ref = ctx.reference;
    // "will last until January 19" is a period a timeline draws; "will carry a dividend
    // until Dec. 31, 1994" or "offer good through Nov. 17" names the day it ends.
    if (until && span->end >= ref && ctx.describesLastingState()) {
        found.span = rangeSpan(ref, span->end, false);
        found.note = "from the article to";
    } else if (since && span->precision == Precision::Day && span->start <= ref) {
        found.span = rangeSpan(span->start, ref, false);
        found.note = "up to the article";
    }
    return found;
}

// "Thursday and Friday", "Monday through Wednesday", "Tuesday-Thursday" after a weekday placed
// on `first`: the last token and the day the period ends, the next such weekday. Two days named
// with "and" are one period only when they follow each other ("Monday and Thursday" are two
// days, and two happenings).
std::optional<std::pair<std::size_t, Date>> coordinatedWeekday(const MatchContext& ctx,
                                                               std::size_t sep, Date first) {
    const bool both = ctx.isKw(sep, Kw::And);
    if (!both && !ctx.isKw(sep, Kw::To) && !ctx.isKw(sep, Kw::Through) && !ctx.isPunct(sep, '-'))
        return std::nullopt;
    const std::size_t k = ctx.isKw(sep + 1, Kw::On) ? sep + 2 : sep + 1;
    const auto weekday = ctx.weekdayAt(k);
    if (!weekday)
        return std::nullopt;
    const int gap = (*weekday - int(first.day_of_week().as_number()) + 7) % 7;
    if (gap == 0 || (both && gap != 1))
        return std::nullopt;
    return std::pair{ctx.isDayPart(k + 1) ? k + 1 : k, first + bg::days(gap)};
}

std::optional<Found> matchWeekday(const MatchContext& ctx, std::size_t i) {
    std::size_t k = i;
    bool last = false, next = false, thisWeek = false, since = false, until = false;
    bool previous = false, ahead = false;
    for (int n = 0; n < 4 && ctx.isWord(k); ++n, ++k) {
        const WordInfo& info = ctx.tokens[k].info;
        if (info.cls != WordClass::Keyword)
            break;
        const auto kw = static_cast<Kw>(info.value);
        if (kw == Kw::Last)
            last = true;
        else if (kw == Kw::Next)
            next = true;
        else if (kw == Kw::This)
            thisWeek = true;
        else if (kw == Kw::Since)
            since = true;
        else if (kw == Kw::Until)
            until = true;
        else if (kw == Kw::Previous)
            previous = true;
        else if (kw == Kw::Coming || kw == Kw::Soon)
            ahead = true; // "this coming Sunday", "as soon as Tuesday"
        else if (kw != Kw::On && kw != Kw::Late && kw != Kw::Early && kw != Kw::By &&
                 kw != Kw::The && kw != Kw::As && kw != Kw::Earlier && kw != Kw::Later)
            break;
    }
    // "the" and "as" only lead in to "the previous Friday", "as soon as Tuesday".
    if (ctx.isKw(i, Kw::The) && !previous)
        return std::nullopt;
    if (ctx.isKw(i, Kw::As) && !ahead)
        return std::nullopt;
    const auto weekday = ctx.weekdayAt(k);
    if (!weekday)
        return std::nullopt;
    if (ctx.isWord(k + 1) && ctx.tokens[k + 1].capitalised && isNewspaperWord(ctx.text(k + 1)))
        return std::nullopt; // "the Sunday Times"
    // "Friday, January 7": the written date is the better source.
    const std::size_t dateAt = ctx.isPunct(k + 1, ',') ? k + 2 : k + 1;
    if (const auto w = writtenDateAt(ctx, dateAt); w && w->day) {
        const Tense tense = ctx.tenseOf(i, w->last);
        const Lean lean = ahead ? Lean::Future : leanOf(tense);
        if (const auto placed = resolveWritten(*w, ctx.reference, lean, *weekday))
            return Found{i,     w->last,      placed->span, placed->confidence,
                         tense, placed->note, std::nullopt};
    }
    std::size_t end = k;
    if (ctx.isDayPart(k + 1))
        end = k + 1; // "Friday morning", "Monday night"
    const Tense tense = ctx.tenseOf(i, end);
    const bg::greg_weekday wd(static_cast<unsigned short>(*weekday));
    const Date ref = ctx.reference;
    Date day;
    double confidence = tenseConfidence(tense);
    if (previous) {
        // "the previous Friday": the one before the Friday the text spoke of, or before
        // the most recent one.
        const Date anchor = ctx.previous && ctx.previous->day_of_week() == wd
                                ? *ctx.previous
                                : bg::previous_weekday(ref, wd);
        day = bg::first_day_of_the_week_before(wd).get_date(anchor);
        confidence = 0.7;
    } else if (last) {
        day = bg::first_day_of_the_week_before(wd).get_date(ref);
        confidence = 0.9;
    } else if (next) {
        day = bg::first_day_of_the_week_after(wd).get_date(ref);
        confidence = 0.9;
    } else if (tense == Tense::Future || until || ahead || (thisWeek && tense != Tense::Past)) {
        // The article's own weekday in the future tense is taken as that very
        // day: "will meet on Saturday" in a Saturday paper means today.
        day = bg::next_weekday(ref, wd);
    } else {
        // Past, present and unknown all look back: news reports what happened.
        day = bg::previous_weekday(ref, wd);
    }
    Found found{i, end, daySpan(day), confidence, tense, nullptr, std::nullopt};
    if (const auto through = coordinatedWeekday(ctx, end + 1, day)) {
        found.last = through->first;
        found.span = rangeSpan(day, through->second, false);
        return found;
    }
    if (since && day < ref) {
        found.span = rangeSpan(day, ref, false);
        found.note = "up to the article";
    } else if (until && day > ref && ctx.describesLastingState()) {
        found.span = rangeSpan(ref, day, false);
        found.note = "from the article to";
    }
    return found;
}

} // namespace ct::temporal

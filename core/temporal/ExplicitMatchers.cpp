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

std::optional<Written> writtenDateAt(const MatchContext& ctx, std::size_t j) {
    if (j < ctx.size() && ctx.tokens[j].kind == TokenKind::IsoDate) {
        const Date d = fromDayNumber(ctx.tokens[j].number);
        return Written{d.year(), d.month(), d.day(), j};
    }
    auto yearAfter = [&](Written& w, std::size_t k) {
        if (const auto y = ctx.yearAt(k)) {
            w.year = *y;
            w.last = k;
        } else if (ctx.isPunct(k, ',') && ctx.yearAt(k + 1)) {
            w.year = *ctx.yearAt(k + 1);
            w.last = k + 1;
        }
    };
    if (const auto month = ctx.monthAt(j)) { // "January 6", "Jan. 6, 2022", "January 2022"
        Written w{0, *month, 0, j};
        if (const auto day = ctx.dayAt(j + 1)) {
            w.day = *day;
            w.last = j + 1;
            yearAfter(w, j + 2);
        } else if (const auto y = ctx.yearAt(j + 1)) {
            w.year = *y;
            w.last = j + 1;
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

int distance(const DateSpan& span, Date ref) {
    if (ref < span.start)
        return (span.start - ref).days();
    if (ref > span.end)
        return (ref - span.end).days();
    return 0;
}

// A date written without a year takes the year that puts it nearest to the
// article, then the tense breaks the tie the other way when it must: a past
// event cannot lie after the article, nor a future one before it.
std::optional<DateSpan> placeInYear(const Written& w, Date ref, Tense tense) {
    std::optional<DateSpan> best;
    const int refYear = ref.year();
    for (int year : {refYear - 1, refYear, refYear + 1}) {
        if (w.day && !validDay(year, w.month, w.day))
            continue;
        const DateSpan span = spanOf(w, year);
        if (!best || distance(span, ref) < distance(*best, ref))
            best = span;
    }
    if (!best)
        return std::nullopt;
    const int year = best->start.year();
    if (tense == Tense::Past && best->start > ref && (!w.day || validDay(year - 1, w.month, w.day)))
        return spanOf(w, year - 1);
    if (tense == Tense::Future && best->end < ref && (!w.day || validDay(year + 1, w.month, w.day)))
        return spanOf(w, year + 1);
    return best;
}

std::optional<DateSpan> resolveWritten(const Written& w, Date ref, Tense tense) {
    if (w.year)
        return (w.day && !validDay(w.year, w.month, w.day)) ? std::nullopt
                                                            : std::optional(spanOf(w, w.year));
    return placeInYear(w, ref, tense);
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
    for (int n = 0; n < 2 && ctx.isWord(k); ++n, ++k) {
        const WordInfo& info = ctx.tokens[k].info;
        if (info.cls != WordClass::Keyword)
            break;
        const auto kw = static_cast<Kw>(info.value);
        if (kw == Kw::Since)
            since = true;
        else if (kw == Kw::Until || kw == Kw::Through)
            until = true;
        else if (kw == Kw::From)
            from = true;
        else if (kw == Kw::Between)
            between = true;
        else if (kw != Kw::On && kw != Kw::In && kw != Kw::By && kw != Kw::During &&
                 kw != Kw::Before && kw != Kw::After && kw != Kw::Early && kw != Kw::Late &&
                 kw != Kw::Mid && kw != Kw::Of)
            break;
        preposition = true;
        if (kw == Kw::Mid && ctx.isPunct(k + 1, '-'))
            ++k; // "mid-January"
    }
    std::optional<Written> first = writtenDateAt(ctx, k);
    bool sharedMonth = false; // "between 2 and 5 January"
    if (!first) {
        if (const auto y = ctx.yearAt(k); y && preposition)
            first = Written{*y, 0, 0, k}; // "in 1991": a year needs its preposition
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
    // A month alone ("in March") needs a preposition; May needs a day or a
    // year since the bare word is usually the verb.
    if (first->month && !first->day && !first->year && (!preposition || first->month == 5))
        return std::nullopt;

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
            else if (const auto y = ctx.yearAt(sep + 1); y && !first->month)
                second = Written{*y, 0, 0, sep + 1};
        }
    }
    const Tense tense = ctx.tenseOf(i, second ? second->last : last);
    // "since" looks back whatever the verb says; "until" takes the nearest
    // year because "was extended until January 19" still points ahead.
    const Tense placement = until ? Tense::Unknown : since ? Tense::Past : tense;
    auto resolveAny = [&](const Written& w) -> std::optional<DateSpan> {
        if (!w.month)
            return yearSpan(w.year);
        return resolveWritten(w, ctx.reference, placement);
    };
    const auto span = resolveAny(*first);
    if (!span)
        return std::nullopt;
    const double confidence = first->year ? 0.95 : 0.85;
    Found found{i, last, *span, confidence, tense, nullptr, std::nullopt};
    if (second) {
        Written end = *second;
        if (!end.year && first->year && end.month) // "from January 2 to January 5, 2022" reads both
            end.year = first->year;
        const auto endSpan = resolveAny(end);
        if (endSpan && endSpan->end >= span->start) {
            found.last = second->last;
            found.span = rangeSpan(span->start, endSpan->end, false);
            return found;
        }
    }
    const Date ref = ctx.reference;
    if (until && span->end >= ref) {
        found.span = rangeSpan(ref, span->end, false);
        found.note = "from the article to";
    } else if (since && span->precision == Precision::Day && span->start <= ref) {
        found.span = rangeSpan(span->start, ref, false);
        found.note = "up to the article";
    }
    return found;
}

std::optional<Found> matchWeekday(const MatchContext& ctx, std::size_t i) {
    std::size_t k = i;
    bool last = false, next = false, thisWeek = false, since = false, until = false;
    for (int n = 0; n < 3 && ctx.isWord(k); ++n, ++k) {
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
        else if (kw != Kw::On && kw != Kw::Late && kw != Kw::Early && kw != Kw::By)
            break;
    }
    const auto weekday = ctx.weekdayAt(k);
    if (!weekday)
        return std::nullopt;
    if (ctx.isWord(k + 1) && ctx.tokens[k + 1].capitalised && isNewspaperWord(ctx.text(k + 1)))
        return std::nullopt; // "the Sunday Times"
    // "Friday, January 7": the written date is the better source.
    const std::size_t dateAt = ctx.isPunct(k + 1, ',') ? k + 2 : k + 1;
    if (const auto w = writtenDateAt(ctx, dateAt); w && w->day) {
        const Tense tense = ctx.tenseOf(i, w->last);
        if (const auto span = resolveWritten(*w, ctx.reference, tense))
            return Found{i, w->last, *span, w->year ? 0.95 : 0.9, tense, nullptr, std::nullopt};
    }
    std::size_t end = k;
    if (ctx.isDayPart(k + 1))
        end = k + 1; // "Friday morning", "Monday night"
    const Tense tense = ctx.tenseOf(i, end);
    const bg::greg_weekday wd(static_cast<unsigned short>(*weekday));
    const Date ref = ctx.reference;
    Date day;
    double confidence = tenseConfidence(tense);
    if (last) {
        day = bg::first_day_of_the_week_before(wd).get_date(ref);
        confidence = 0.9;
    } else if (next) {
        day = bg::first_day_of_the_week_after(wd).get_date(ref);
        confidence = 0.9;
    } else if (tense == Tense::Future || until || (thisWeek && tense != Tense::Past)) {
        // The article's own weekday in the future tense is taken as that very
        // day: "will meet on Saturday" in a Saturday paper means today.
        day = bg::next_weekday(ref, wd);
    } else {
        // Past, present and unknown all look back: news reports what happened.
        day = bg::previous_weekday(ref, wd);
    }
    Found found{i, end, daySpan(day), confidence, tense, nullptr, std::nullopt};
    if (since && day < ref) {
        found.span = rangeSpan(day, ref, false);
        found.note = "up to the article";
    } else if (until && day > ref) {
        found.span = rangeSpan(ref, day, false);
        found.note = "from the article to";
    }
    return found;
}

} // namespace ct::temporal

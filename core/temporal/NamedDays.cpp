// Days and periods known by name: holidays from their calendar rules (Boost.Date_Time's
// nth-weekday rules, Easter, the tabular Islamic calendar), the end of the year or month,
// and the weekend.
#include "temporal/MatchContext.h"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>

namespace ct::temporal {
namespace {

namespace bg = boost::gregorian;

using Rule = Date (*)(int year);

Date fixed(int year, int month, int day) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

// US Thanksgiving: the fourth Thursday of November.
Date thanksgiving(int year) {
    return bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::fourth, bg::Thursday,
                                            bg::Nov)
        .get_date(static_cast<unsigned short>(year));
}

// US Election Day: the Tuesday after the first Monday of November.
Date electionDay(int year) {
    const Date monday = bg::nth_day_of_the_week_in_month(bg::nth_day_of_the_week_in_month::first,
                                                         bg::Monday, bg::Nov)
                            .get_date(static_cast<unsigned short>(year));
    return monday + bg::days(1);
}

// Western Easter Sunday (the anonymous Gregorian computus).
Date easter(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return fixed(year, month, day);
}

// A day of the tabular Islamic calendar as a Gregorian date. The observed day follows the
// sighting of the moon and may differ by one, hence the low confidence of Eid.
Date islamicDay(int hijriYear, int month, int day) {
    const long jdn = day + (295L * (month - 1) + 9) / 10 + (hijriYear - 1) * 354L +
                     (3 + 11L * hijriYear) / 30 + 1948438L;
    return fromDayNumber(static_cast<DayNumber>(jdn));
}

// The Eid nearest the article within its Gregorian year and the years around it.
std::optional<DateSpan> eidNear(Date ref, Lean lean, bool adha) {
    if (ref.year() < 1500 || ref.year() > 9000)
        return std::nullopt; // outside where the tabular formula stays within Boost's range
    const int approxHijri = static_cast<int>((ref.year() - 622) * 1.0307) + 1;
    std::optional<DateSpan> best;
    int bestCost = 0;
    for (int y = approxHijri - 2; y <= approxHijri + 2; ++y) {
        const DateSpan span = daySpan(adha ? islamicDay(y, 12, 10) : islamicDay(y, 10, 1));
        const int c = placementCost(span, ref, lean);
        if (!best || c < bestCost) {
            best = span;
            bestCost = c;
        }
    }
    return best;
}

// The occurrence of a yearly day a reader takes: nearest to the article, the way the
// tense or a cue leans.
DateSpan nearestYearly(Rule rule, Date ref, Lean lean) {
    std::optional<DateSpan> best;
    int bestCost = 0;
    for (int year = ref.year() - 1; year <= ref.year() + 1; ++year) {
        if (year <= 1400 || year >= 9999)
            continue; // Boost's calendar ends there
        const DateSpan span = daySpan(rule(year));
        const int c = placementCost(span, ref, lean);
        if (!best || c < bestCost) {
            best = span;
            bestCost = c;
        }
    }
    return best.value_or(daySpan(ref));
}

bool wordIs(const MatchContext& ctx, std::size_t i, std::string_view lower) {
    if (!ctx.isWord(i))
        return false;
    const std::string_view w = ctx.text(i);
    if (w.size() != lower.size())
        return false;
    for (std::size_t k = 0; k < w.size(); ++k)
        if ((w[k] | 0x20) != lower[k])
            return false;
    return true;
}

bool isHoliday(const MatchContext& ctx, std::size_t i, Holiday h) {
    return ctx.isWord(i) && ctx.tokens[i].capitalised &&
           ctx.tokens[i].info.cls == WordClass::Holiday &&
           ctx.tokens[i].info.value == static_cast<std::uint8_t>(h);
}

// "Year's" or "year's": the possessive ("'" then "s").
bool possessiveAt(const MatchContext& ctx, std::size_t i) {
    return ctx.isPunct(i, '\'') && wordIs(ctx, i + 1, "s");
}

struct Named {
    std::size_t last;
    DateSpan span;
    const char* note;
    double confidence;
};

std::optional<Named> holidayAt(const MatchContext& ctx, std::size_t k, Lean lean) {
    const Date ref = ctx.reference;
    auto yearly = [&](std::size_t last, Rule rule, const char* note, double confidence) {
        return Named{last, nearestYearly(rule, ref, lean), note, confidence};
    };
    // "New Year's Eve", "New Year's Day", "New Year"
    if (wordIs(ctx, k, "new") && ctx.tokens[k].capitalised && ctx.unitAt(k + 1) == Unit::Year &&
        ctx.tokens[k + 1].capitalised) {
        std::size_t last = k + 1;
        if (possessiveAt(ctx, last + 1))
            last += 2;
        if (wordIs(ctx, last + 1, "eve"))
            return yearly(
                last + 1, [](int y) { return fixed(y, 12, 31); }, "New Year's Eve, 31 December",
                0.85);
        if (wordIs(ctx, last + 1, "day"))
            ++last;
        return yearly(
            last, [](int y) { return fixed(y, 1, 1); }, "New Year's Day, 1 January", 0.85);
    }
    if (!ctx.isWord(k) || ctx.tokens[k].info.cls != WordClass::Holiday ||
        !ctx.tokens[k].capitalised)
        return std::nullopt;
    switch (static_cast<Holiday>(ctx.tokens[k].info.value)) {
    case Holiday::Orthodox:
        if (!isHoliday(ctx, k + 1, Holiday::Christmas))
            return std::nullopt;
        return yearly(
            k + 1, [](int y) { return fixed(y, 1, 7); }, "Orthodox Christmas, 7 January", 0.85);
    case Holiday::Christmas:
        if (wordIs(ctx, k + 1, "eve"))
            return yearly(
                k + 1, [](int y) { return fixed(y, 12, 24); }, "Christmas Eve, 24 December", 0.85);
        return yearly(
            wordIs(ctx, k + 1, "day") ? k + 1 : k, [](int y) { return fixed(y, 12, 25); },
            "Christmas, 25 December", 0.85);
    case Holiday::Thanksgiving:
        return yearly(wordIs(ctx, k + 1, "day") ? k + 1 : k, thanksgiving,
                      "Thanksgiving, the fourth Thursday of November", 0.85);
    case Holiday::Election:
        if (!wordIs(ctx, k + 1, "day") || !ctx.tokens[k + 1].capitalised)
            return std::nullopt; // "the election" is not a day
        return yearly(k + 1, electionDay,
                      "Election Day, the Tuesday after the first Monday of November", 0.8);
    case Holiday::Easter:
        return yearly(wordIs(ctx, k + 1, "sunday") ? k + 1 : k, easter, "Easter Sunday", 0.85);
    case Holiday::Nowruz:
        return yearly(
            k, [](int y) { return fixed(y, 3, 21); }, "Nowruz, the spring equinox, about 21 March",
            0.7);
    case Holiday::Halloween:
        return yearly(
            k, [](int y) { return fixed(y, 10, 31); }, "Halloween, 31 October", 0.85);
    case Holiday::Eid: {
        // "Eid al-Fitr" / "Eid al-Adha" (the tokens: "al", "-", "Fitr")
        std::size_t last = k;
        bool adha = false;
        if (ctx.isPunct(k + 2, '-') && ctx.isWord(k + 3)) {
            const std::string_view which = ctx.text(k + 3);
            if (which == "Adha" || which == "Adhaa" || which == "Azha")
                adha = true;
            else if (which != "Fitr")
                return std::nullopt;
            last = k + 3;
        } else {
            return std::nullopt; // a bare "Eid" could be either feast
        }
        const auto span = eidNear(ref, lean, adha);
        if (!span)
            return std::nullopt;
        return Named{last, *span,
                     adha ? "Eid al-Adha, 10 Dhu al-Hijjah by the tabular Islamic calendar; the "
                            "observed day may differ by one"
                          : "Eid al-Fitr, 1 Shawwal by the tabular Islamic calendar; the observed "
                            "day may differ by one",
                     0.5};
    }
    default:
        return std::nullopt;
    }
}

// "year-end", "year's end", "the end of the year / month / week"
std::optional<Named> periodEndAt(const MatchContext& ctx, std::size_t k, Lean lean) {
    const Date ref = ctx.reference;
    std::optional<Unit> unit;
    std::size_t last = k;
    if (ctx.unitAt(k) == Unit::Year && !ctx.unitIsPlural(k)) {
        if (ctx.isPunct(k + 1, '-') && ctx.isKw(k + 2, Kw::End))
            last = k + 2;
        else if (possessiveAt(ctx, k + 1) && ctx.isKw(k + 3, Kw::End))
            last = k + 3;
        else if (ctx.isWord(k + 1) && ctx.isKw(k + 1, Kw::End))
            last = k + 1; // "year end"
        else
            return std::nullopt;
        unit = Unit::Year;
    } else if (ctx.isKw(k, Kw::End) && ctx.isKw(k + 1, Kw::Of)) {
        std::size_t u = k + 2;
        if (ctx.isKw(u, Kw::The) || ctx.isKw(u, Kw::This))
            ++u;
        unit = ctx.unitAt(u);
        if (!unit || ctx.unitIsPlural(u) || *unit == Unit::Day)
            return std::nullopt;
        last = u;
    } else {
        return std::nullopt;
    }
    auto endOf = [&](Date d) -> Date {
        switch (*unit) {
        case Unit::Year:
            return fixed(d.year(), 12, 31);
        case Unit::Month:
            return d.end_of_month();
        default:
            return mondayOf(d) + bg::days(6);
        }
    };
    // The period's end before the article ("since year-end") or the one it is in.
    const Date current = endOf(ref);
    Date previous = endOf(ref - bg::days(7));
    if (*unit == Unit::Year)
        previous = fixed(ref.year() - 1, 12, 31);
    else if (*unit == Unit::Month)
        previous = ref.end_of_month() - bg::months(1);
    const bool back = lean == Lean::Past && current > ref;
    const char* note = *unit == Unit::Year    ? "the last day of the year"
                       : *unit == Unit::Month ? "the last day of the month"
                                              : "the last day of the week";
    return Named{last, daySpan(back ? previous : current), note, 0.7};
}

// "the weekend", "this weekend", "last weekend", "over the weekend"
std::optional<Named> weekendAt(const MatchContext& ctx, std::size_t k, Lean lean, bool last,
                               bool next) {
    if (!ctx.isKw(k, Kw::Weekend))
        return std::nullopt;
    const Date ref = ctx.reference;
    const bg::greg_weekday saturday(bg::Saturday);
    Date start;
    if (last)
        start = bg::first_day_of_the_week_before(saturday).get_date(ref);
    else if (next)
        start = bg::first_day_of_the_week_after(saturday).get_date(ref);
    else if (ref.day_of_week() == bg::Sunday)
        start = ref - bg::days(1); // the weekend the article ends
    else if (ref.day_of_week() == bg::Saturday && lean != Lean::Past)
        start = ref;
    else if (lean == Lean::Past || (lean == Lean::None && ref.day_of_week() >= bg::Monday &&
                                    ref.day_of_week() <= bg::Wednesday))
        // Without a tense, the nearer weekend: early in the week news of "the weekend" is of
        // the one just past ("Police say Maldonado shot four people over the weekend",
        // published on a Monday), late in the week of the one ahead.
        start = bg::first_day_of_the_week_before(saturday).get_date(ref);
    else
        start = bg::next_weekday(ref, saturday);
    return Named{k, rangeSpan(start, start + bg::days(1), false),
                 "the Saturday and Sunday of that weekend", 0.8};
}

// "the Thanksgiving holiday", "Easter weekend", "over the Thanksgiving weekend": the long weekend
// a holiday next to a weekend makes, not the holiday's day ("was enjoying the Thanksgiving
// holiday when she was killed last Friday morning": Friday is inside it). A holiday in the middle
// of the week keeps its day.
void extendToLongWeekend(const MatchContext& ctx, Named& named) {
    const std::size_t after = named.last + 1;
    const auto is = [&](std::string_view word) {
        const std::string_view t = ctx.text(after);
        return t.size() == word.size() &&
               std::equal(t.begin(), t.end(), word.begin(),
                          [](char a, char b) { return (a | 0x20) == b; });
    };
    if (!named.span.isSingleDay() || !ctx.isWord(after) ||
        !(ctx.isKw(after, Kw::Weekend) || is("holiday") || is("holidays")))
        return;
    const Date day = named.span.start;
    const int weekday = day.day_of_week().as_number(); // Sunday 0
    Date start = day, end = day;
    if (weekday >= 4) // Thursday, Friday, Saturday: to the Sunday after
        end = day + bg::days(7 - weekday);
    else if (weekday <= 1) // Sunday, Monday: from the Saturday before
        start = day - bg::days(weekday + 1);
    else
        return;
    named.span = rangeSpan(start, end, false);
    named.last = after;
    named.note = weekday >= 4 ? "the long weekend of the holiday: from it to the Sunday after"
                              : "the long weekend of the holiday: from the Saturday before to it";
}

} // namespace

std::optional<Found> matchNamedDay(const MatchContext& ctx, std::size_t i) {
    std::size_t k = i;
    Lean cue = Lean::None;
    bool last = false, next = false;
    for (int n = 0; n < 3 && ctx.isWord(k); ++n, ++k) {
        const WordInfo& info = ctx.tokens[k].info;
        if (info.cls != WordClass::Keyword)
            break;
        const auto kw = static_cast<Kw>(info.value);
        if (kw == Kw::Since)
            cue = Lean::Past;
        else if (kw == Kw::By || kw == Kw::Until || kw == Kw::Before || kw == Kw::Around)
            cue = Lean::Ahead;
        else if (kw == Kw::Last)
            last = true;
        else if (kw == Kw::Next)
            next = true;
        else if (kw != Kw::On && kw != Kw::Over && kw != Kw::During && kw != Kw::The &&
                 kw != Kw::This && kw != Kw::After && kw != Kw::In)
            break;
    }
    // Most tokens that reach here start no named day: decide that before the tense, which
    // scans the clause.
    const bool candidate =
        ctx.isWord(k) &&
        (ctx.tokens[k].info.cls == WordClass::Holiday || ctx.isKw(k, Kw::Weekend) ||
         ctx.isKw(k, Kw::End) || (ctx.unitAt(k) == Unit::Year && !ctx.isKw(k + 1, Kw::Of)) ||
         (ctx.tokens[k].capitalised && ctx.unitAt(k + 1) == Unit::Year));
    if (!candidate)
        return std::nullopt;
    const Tense tense = ctx.tenseOf(i, k);
    const Lean lean = cue != Lean::None ? cue
                      : last            ? Lean::Past
                      : next            ? Lean::Future
                                        : leanOf(tense);
    std::optional<Named> named = holidayAt(ctx, k, lean);
    if (named)
        extendToLongWeekend(ctx, *named);
    if (!named)
        named = periodEndAt(ctx, k, lean);
    if (!named)
        named = weekendAt(ctx, k, lean, last, next);
    if (!named)
        return std::nullopt;
    Found found{i, named->last, named->span, named->confidence, tense, named->note, std::nullopt};
    return found;
}

// "for the year", "for the full year", "the fiscal year", "earlier in the year", "the current
// year": the year figures are reported for. It is the article's own, except that results told
// in the past early in a year ("for the full year, sales rose") are those of the year just ended.
std::optional<Found> matchReportingYear(const MatchContext& ctx, std::size_t i) {
    std::size_t k = i;
    const bool lead = ctx.isKw(k, Kw::For) || ctx.isKw(k, Kw::In) || ctx.isKw(k, Kw::During) ||
                      ctx.isKw(k, Kw::Over);
    if (lead)
        ++k;
    if (!ctx.isKw(k, Kw::The))
        return std::nullopt;
    ++k;
    const auto is = [&](std::string_view word) {
        const std::string_view t = ctx.text(k);
        return t.size() == word.size() &&
               std::equal(t.begin(), t.end(), word.begin(),
                          [](char a, char b) { return (a | 0x20) == b; });
    };
    const bool current = ctx.isWord(k) && is("current");
    const bool qualified = current || ctx.isKw(k, Kw::Fiscal) || (ctx.isWord(k) && is("full"));
    if (qualified)
        ++k;
    if (!lead && !qualified)
        return std::nullopt;
    if (ctx.unitAt(k) != Unit::Year || ctx.unitIsPlural(k))
        return std::nullopt;
    // "the year-end", "the year's", "the year 2000", "the year before", "the year ended Sept. 30"
    // (the date that follows says it), "in the year since the attack" (a stretch of time) are
    // other expressions.
    const std::size_t after = k + 1;
    if (ctx.isPunct(after, '-') || ctx.isPunct(after, '\'') || ctx.writtenYearAt(after, true) ||
        (ctx.isWord(after) && ctx.tokens[after].info.tense == TenseRole::PastVerb))
        return std::nullopt;
    for (const Kw kw : {Kw::Before, Kw::After, Kw::Ago, Kw::Earlier, Kw::Later, Kw::Of, Kw::Since,
                        Kw::To, Kw::Until, Kw::Through, Kw::That})
        if (ctx.isKw(after, kw))
            return std::nullopt;
    const Tense tense = ctx.tenseOf(i, k);
    const Date ref = ctx.reference;
    const bool justEnded = !current && tense == Tense::Past && ref.month() <= 2;
    return Found{i,
                 k,
                 yearSpan(int(ref.year()) - (justEnded ? 1 : 0)),
                 0.75,
                 tense,
                 justEnded ? "results told early in a year: the year just ended"
                           : "the year the figures are for",
                 std::nullopt};
}

} // namespace ct::temporal

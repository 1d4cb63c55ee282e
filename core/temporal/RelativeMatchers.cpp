// Expressions measured from the reference date (or from a date just mentioned):
// vague ranges, "last week", "three days ago", "today".
#include "temporal/MatchContext.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace ct::temporal {
namespace {

namespace bg = boost::gregorian;

constexpr double kFuzzyConfidence = 0.6;

// Widths of vague ranges. Forward ("in the coming days") and "the past few
// days" cover about a week; "recently" reaches further back because reporters
// use it for anything of the last fortnight or so.
struct Width {
    bg::date_duration days;
    int months;
    int years;
};
Width aheadWidth(Unit u) {
    switch (u) {
    case Unit::Day:
        return {bg::days(7), 0, 0};
    case Unit::Week:
        return {bg::weeks(4), 0, 0};
    case Unit::Month:
        return {bg::days(0), 3, 0};
    case Unit::Year:
        return {bg::days(0), 0, 2};
    }
    return {bg::days(7), 0, 0};
}
Width recentWidth(Unit u) {
    switch (u) {
    case Unit::Day:
        return {bg::days(14), 0, 0};
    case Unit::Week:
        return {bg::weeks(6), 0, 0};
    case Unit::Month:
        return {bg::days(0), 6, 0};
    case Unit::Year:
        return {bg::days(0), 0, 2};
    }
    return {bg::days(14), 0, 0};
}

Date forward(Date d, const Width& w) {
    return d + w.days + bg::months(w.months) + bg::years(w.years);
}
Date backward(Date d, const Width& w) {
    return d - w.days - bg::months(w.months) - bg::years(w.years);
}

Width exactly(Unit u, int n) {
    switch (u) {
    case Unit::Day:
        return {bg::days(n), 0, 0};
    case Unit::Week:
        return {bg::weeks(n), 0, 0};
    case Unit::Month:
        return {bg::days(0), n, 0};
    case Unit::Year:
        return {bg::days(0), 0, n};
    }
    return {bg::days(n), 0, 0};
}

Found ahead(const MatchContext& ctx, std::size_t first, std::size_t last, const Width& w,
            bool fuzzy) {
    const Date from = ctx.reference + bg::days(1);
    return Found{first,
                 last,
                 rangeSpan(from, forward(ctx.reference, w), fuzzy),
                 fuzzy ? kFuzzyConfidence : 0.85,
                 Tense::Unknown,
                 nullptr,
                 std::nullopt};
}

Found behind(const MatchContext& ctx, std::size_t first, std::size_t last, const Width& w,
             bool fuzzy) {
    const Date to = ctx.reference - bg::days(1);
    Found found{first,
                last,
                rangeSpan(backward(ctx.reference, w), to, fuzzy),
                fuzzy ? kFuzzyConfidence : 0.85,
                Tense::Unknown,
                nullptr,
                std::nullopt};
    found.countedBack = TemporalMatch::CountedBack::FromArticle;
    return found;
}

bool isAny(const MatchContext& ctx, std::size_t i, std::initializer_list<Kw> kws) {
    for (Kw k : kws)
        if (ctx.isKw(i, k))
            return true;
    return false;
}

} // namespace

std::optional<Found> matchVagueRange(const MatchContext& ctx, std::size_t i) {
    if (ctx.isKw(i, Kw::Recently))
        return behind(ctx, i, i, recentWidth(Unit::Day), true);
    std::size_t k = i;
    if (isAny(ctx, k, {Kw::In, Kw::Over, Kw::Within, Kw::During, Kw::For}))
        ++k;
    const bool the = ctx.isKw(k, Kw::The);
    if (the)
        ++k;
    // "the coming days", "coming weeks"
    if (ctx.isKw(k, Kw::Coming) && ctx.unitAt(k + 1) && ctx.unitIsPlural(k + 1))
        return ahead(ctx, i, k + 1, aheadWidth(*ctx.unitAt(k + 1)), true);
    // "recent days", "in recent weeks"
    if (ctx.isKw(k, Kw::Recent) && ctx.unitAt(k + 1) && ctx.unitIsPlural(k + 1))
        return behind(ctx, i, k + 1, recentWidth(*ctx.unitAt(k + 1)), true);
    // "the days ahead", "the weeks to come"
    if (the && ctx.unitAt(k) && ctx.unitIsPlural(k)) {
        if (ctx.isKw(k + 1, Kw::Ahead))
            return ahead(ctx, i, k + 1, aheadWidth(*ctx.unitAt(k)), true);
        if (ctx.isKw(k + 1, Kw::To) && ctx.isKw(k + 2, Kw::Come))
            return ahead(ctx, i, k + 2, aheadWidth(*ctx.unitAt(k)), true);
    }
    const bool next = ctx.isKw(k, Kw::Next);
    if (!next && !isAny(ctx, k, {Kw::Past, Kw::Last}))
        return std::nullopt;
    // "the past week": the seven days up to yesterday, not the calendar week.
    if (the && !next && ctx.unitAt(k + 1) && !ctx.unitIsPlural(k + 1) &&
        *ctx.unitAt(k + 1) != Unit::Day)
        return behind(ctx, i, k + 1, exactly(*ctx.unitAt(k + 1), 1), false);
    std::size_t m = k + 1;
    if (ctx.countAt(m) == 1 && ctx.countAt(m + 1) == 0) // "a few", "a couple"
        ++m;
    const auto count = ctx.countAt(m);
    if (!count)
        return std::nullopt;
    ++m;
    if (ctx.isKw(m, Kw::Of))
        ++m;
    const auto unit = ctx.unitAt(m);
    if (!unit || !ctx.unitIsPlural(m))
        return std::nullopt;
    if (*count == 0)
        return next ? ahead(ctx, i, m, aheadWidth(*unit), true)
                    : behind(ctx, i, m, aheadWidth(*unit), true);
    return next ? ahead(ctx, i, m, exactly(*unit, *count), false)
                : behind(ctx, i, m, exactly(*unit, *count), false);
}

std::optional<Found> matchOffset(const MatchContext& ctx, std::size_t i) {
    // "two days before Sunday's vote", "a week after Christmas": counted from the day named.
    // "in the two weeks before Sunday's shooting" is the period leading up to that day.
    const bool period = isAny(ctx, i, {Kw::In, Kw::Over, Kw::During, Kw::Within, Kw::For}) &&
                        ctx.isKw(i + 1, Kw::The);
    const std::size_t k = period ? i + 2 : i;
    // "the day after Thanksgiving", "the day before Christmas": one day from the day named,
    // not that day ("after Thanksgiving") nor a day from the one the text was on ("the day
    // after" alone).
    const bool theDay = !period && ctx.isKw(i, Kw::The) && ctx.unitAt(i + 1) == Unit::Day &&
                        !ctx.unitIsPlural(i + 1);
    const auto count = theDay ? std::optional<int>(1) : ctx.countAt(k);
    const auto unit = ctx.unitAt(k + 1);
    if (!count || *count == 0 || !unit || (*unit != Unit::Day && *unit != Unit::Week))
        return std::nullopt;
    // "the day-after-Thanksgiving shooting": the same words joined into one modifier.
    const bool hyphened = ctx.isPunct(k + 2, '-');
    const std::size_t relation = hyphened ? k + 3 : k + 2;
    if (hyphened && !ctx.isPunct(relation + 1, '-'))
        return std::nullopt;
    const std::size_t named = hyphened ? relation + 2 : relation + 1;
    const bool before = ctx.isKw(relation, Kw::Before), after = ctx.isKw(relation, Kw::After);
    // A period after a day is not counted back: the day counted is read from the count on.
    if (!before && (!after || period))
        return std::nullopt;
    std::optional<Found> target = matchWeekday(ctx, named);
    if (!target)
        target = matchNamedDay(ctx, named);
    if (!target)
        target = matchExplicitDate(ctx, named);
    if (!target || target->span.precision != Precision::Day || target->span.fuzzy)
        return std::nullopt;
    const int days = *unit == Unit::Day ? *count : 7 * *count;
    const Date anchor = target->span.start;
    if (period) {
        Found found{i,
                    target->last,
                    rangeSpan(anchor - bg::days(days), anchor - bg::days(1), false),
                    std::min(target->confidence, 0.8),
                    target->tense,
                    "counted back from",
                    anchor};
        found.countedBack = TemporalMatch::CountedBack::FromNamedDay;
        return found;
    }
    const Date d = before ? anchor - bg::days(days) : anchor + bg::days(days);
    return Found{i,
                 target->last,
                 daySpan(d),
                 std::min(target->confidence, 0.8),
                 target->tense,
                 "counted from",
                 anchor};
}

// "last May", "this September", "next March": a month named from the article's. "last" is the
// most recent such month before the article's own, "next" the first after it, "this" the one
// of the article's year. "last February" written in March could also mean a year earlier (a
// reporter would more often say "last month"), so that reading is less sure.
Found monthNamedFrom(const MatchContext& ctx, std::size_t first, std::size_t last, int month,
                     int direction) {
    const int refMonth = ctx.reference.month(), refYear = ctx.reference.year();
    int year = refYear;
    if (direction < 0 && month >= refMonth)
        year = refYear - 1;
    else if (direction > 0 && month <= refMonth)
        year = refYear + 1;
    const bool justBefore = direction < 0 && (refMonth - month + 12) % 12 == 1;
    return Found{first,       last, monthSpan(year, month), justBefore ? 0.6 : 0.9,
                 Tense::Unknown, nullptr, std::nullopt};
}

std::optional<Found> matchRelativePeriod(const MatchContext& ctx, std::size_t i) {
    const Date ref = ctx.reference;
    // "three days ago", "a few weeks ago", "a couple of months ago"
    std::size_t m = i;
    if (ctx.countAt(m) == 1 && ctx.countAt(m + 1) == 0)
        ++m;
    if (const auto count = ctx.countAt(m)) {
        std::size_t u = m + 1;
        if (ctx.isKw(u, Kw::Of))
            ++u;
        const auto unit = ctx.unitAt(u);
        // "a week or so ago": the same, a little less sure
        const bool orSo = ctx.isKw(u + 1, Kw::Or) && ctx.isKw(u + 2, Kw::So);
        const std::size_t ago = orSo ? u + 3 : u + 1;
        if (!unit || !ctx.isKw(ago, Kw::Ago))
            return std::nullopt;
        if (*count == 0) // vague count: roughly two to five units back
            return Found{
                i,
                ago,
                rangeSpan(backward(ref, exactly(*unit, 5)), backward(ref, exactly(*unit, 2)), true),
                kFuzzyConfidence,
                Tense::Unknown,
                nullptr,
                std::nullopt};
        const Date back = backward(ref, exactly(*unit, *count));
        DateSpan span = daySpan(back);
        // "a year ago" in news compares with the same day a year back ("profit fell from
        // $186 million a year ago"); "30 years ago" names a year, "two months ago" a month.
        if (*unit == Unit::Month)
            span = monthSpan(back.year(), back.month());
        else if (*unit == Unit::Year && *count > 1)
            span = yearSpan(back.year());
        const bool sameDay = *unit == Unit::Year && *count == 1;
        return Found{i,
                     ago,
                     span,
                     orSo || sameDay ? 0.6 : 0.85,
                     Tense::Unknown,
                     sameDay ? "the same day a year before" : nullptr,
                     std::nullopt};
    }
    // "in two weeks", "in a few days": counted forward. "in three days of
    // talks" is a duration, hence the check for "of".
    if (ctx.isKw(i, Kw::In)) {
        std::size_t c = i + 1;
        if (ctx.countAt(c) == 1 && ctx.countAt(c + 1) == 0)
            ++c;
        const auto count = ctx.countAt(c);
        const auto unit = ctx.unitAt(c + 1);
        if (!count || !unit || ctx.isKw(c + 2, Kw::Of))
            return std::nullopt;
        if (*count == 0)
            return Found{
                i,
                c + 1,
                rangeSpan(forward(ref, exactly(*unit, 2)), forward(ref, exactly(*unit, 5)), true),
                kFuzzyConfidence,
                Tense::Unknown,
                nullptr,
                std::nullopt};
        const Date ahead = forward(ref, exactly(*unit, *count));
        DateSpan span = daySpan(ahead);
        if (*unit == Unit::Month)
            span = monthSpan(ahead.year(), ahead.month());
        else if (*unit == Unit::Year)
            span = yearSpan(ahead.year());
        return Found{i, c + 1, span, 0.75, Tense::Unknown, nullptr, std::nullopt};
    }
    // "earlier this week", "later this month"
    std::size_t k = i;
    const bool earlier = ctx.isKw(k, Kw::Earlier), later = ctx.isKw(k, Kw::Later);
    if (earlier || later)
        ++k;
    const bool last = ctx.isKw(k, Kw::Last), next = ctx.isKw(k, Kw::Next);
    if (!last && !next && !ctx.isKw(k, Kw::This))
        return std::nullopt;
    if ((earlier || later) && !ctx.isKw(k, Kw::This))
        return std::nullopt;
    if (!earlier && !later)
        if (const auto month = ctx.monthAt(k + 1))
            return monthNamedFrom(ctx, i, k + 1, *month, last ? -1 : next ? 1 : 0);
    const auto unit = ctx.unitAt(k + 1);
    if (!unit || *unit == Unit::Day || ctx.unitIsPlural(k + 1))
        return std::nullopt;
    Date pivot = ref;
    if (last)
        pivot = backward(ref, exactly(*unit, 1));
    else if (next)
        pivot = forward(ref, exactly(*unit, 1));
    DateSpan span = yearSpan(pivot.year());
    if (*unit == Unit::Week) {
        const Date monday = mondayOf(pivot);
        span = rangeSpan(monday, monday + bg::days(6), false);
    } else if (*unit == Unit::Month) {
        span = monthSpan(pivot.year(), pivot.month());
    }
    double confidence = 0.9;
    // "earlier this week": the part of the week before (or after) the article, an estimate.
    // "earlier this month" or "later this year" is dated as the month or year itself, as
    // annotators and readers do: the calendar period is certain, the day within it is not,
    // and a timeline shows the period rather than a made-up stretch of days.
    if ((earlier || later) && *unit == Unit::Week) {
        span = earlier ? rangeSpan(span.start, ref, true)
                       : rangeSpan(std::min(ref + bg::days(1), span.end), span.end, true);
        confidence = kFuzzyConfidence + 0.1;
    } else if (earlier || later) {
        confidence = 0.8;
    }
    return Found{i, k + 1, span, confidence, Tense::Unknown, nullptr, std::nullopt};
}

std::optional<Found> matchDeictic(const MatchContext& ctx, std::size_t i) {
    const Date ref = ctx.reference;
    auto found = [&](std::size_t last, Date d, double confidence) {
        return Found{i, last, daySpan(d), confidence, Tense::Unknown, nullptr, std::nullopt};
    };
    // "this morning"; "last night" is the evening before the article
    if (ctx.isKw(i, Kw::This) && ctx.isDayPart(i + 1))
        return found(i + 1, ref, 0.95);
    if (ctx.isKw(i, Kw::Last) && ctx.isDayPart(i + 1) && (ctx.text(i + 1)[0] | 0x20) == 'n')
        return found(i + 1, ref - bg::days(1), 0.75);
    std::size_t k = i;
    if (isAny(ctx, k, {Kw::Earlier, Kw::Later, Kw::Late, Kw::Early}))
        ++k;
    if (!ctx.isWord(k) || ctx.tokens[k].info.cls != WordClass::Deictic)
        return std::nullopt;
    Date day = ref;
    switch (static_cast<Deixis>(ctx.tokens[k].info.value)) {
    case Deixis::Today:
    case Deixis::Tonight:
        break;
    case Deixis::Yesterday:
        day = ref - bg::days(1);
        break;
    case Deixis::Tomorrow:
        day = ref + bg::days(1);
        break;
    }
    const std::size_t last = ctx.isDayPart(k + 1) ? k + 1 : k;
    return found(last, day, 0.95);
}

} // namespace ct::temporal

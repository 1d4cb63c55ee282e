// Expressions counted from a date the text has just named rather than from the article:
// "a year earlier", "the next day", "that morning", "the following year".
#include "temporal/MatchContext.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace ct::temporal {

namespace bg = boost::gregorian;

std::optional<Found> matchAnaphora(const MatchContext& ctx, std::size_t i,
                                   std::optional<Date> anchorInSentence) {
    // "a year earlier" compares with the period the sentence names ("the quarter ended
    // Sept. 30") or, without one, with the article's own day: a date mentioned sentences
    // before is not what a comparison of figures counts from.
    if (const auto count = ctx.countAt(i); count && *count > 0) {
        const auto unit = ctx.unitAt(i + 1);
        const bool earlier = ctx.isKw(i + 2, Kw::Earlier), later = ctx.isKw(i + 2, Kw::Later);
        if (unit && (*unit == Unit::Year || *unit == Unit::Month) && (earlier || later)) {
            const Date anchor = anchorInSentence.value_or(ctx.reference);
            const int n = earlier ? -*count : *count;
            const Date d = *unit == Unit::Year ? anchor + bg::years(n) : anchor + bg::months(n);
            return Found{i,
                         i + 2,
                         daySpan(d),
                         anchorInSentence ? 0.75 : 0.6,
                         Tense::Unknown,
                         anchorInSentence ? "relative to" : "relative to the article",
                         anchor};
        }
    }
    const std::optional<Date> anchor = anchorInSentence ? anchorInSentence : ctx.previous;
    // "later in the day", "earlier that day": the day the text is on.
    if (ctx.isKw(i, Kw::Later) || ctx.isKw(i, Kw::Earlier)) {
        std::size_t k = i + 1;
        if (ctx.isKw(k, Kw::In) && ctx.isKw(k + 1, Kw::The) && ctx.unitAt(k + 2) == Unit::Day &&
            !ctx.unitIsPlural(k + 2)) {
            const Date d = anchor.value_or(ctx.reference);
            return Found{i, k + 2, daySpan(d), 0.7, Tense::Unknown, "the day the text is on", d};
        }
    }
    if (!anchor)
        return std::nullopt; // "the next day" with nothing to count from is left alone
    const double confidence = anchorInSentence ? 0.8 : 0.7;
    auto found = [&](std::size_t last, Date d) {
        return Found{i, last, daySpan(d), confidence, Tense::Unknown, "relative to", anchor};
    };
    // "until then", "by then", "since then": the date just mentioned.
    if ((ctx.isKw(i, Kw::Until) || ctx.isKw(i, Kw::By)) && ctx.isKw(i + 1, Kw::Then))
        return found(i + 1, *anchor);
    // "earlier that day", "that morning", "later that night"
    {
        std::size_t k = i;
        if (ctx.isKw(k, Kw::Earlier) || ctx.isKw(k, Kw::Later))
            ++k;
        if (ctx.isKw(k, Kw::That) &&
            ((ctx.unitAt(k + 1) == Unit::Day && !ctx.unitIsPlural(k + 1)) || ctx.isDayPart(k + 1)))
            return found(k + 1, *anchor);
    }
    // "that year", "the following month", "the same year": the month or year of the date
    // the text is on, or the one after or before it.
    {
        std::size_t k = i;
        int step = 0;
        if (ctx.isKw(k, Kw::That)) {
            ++k;
        } else if (ctx.isKw(k, Kw::The) &&
                   (ctx.isKw(k + 1, Kw::Following) || ctx.isKw(k + 1, Kw::Previous) ||
                    ctx.isKw(k + 1, Kw::Same))) {
            step = ctx.isKw(k + 1, Kw::Following) ? 1 : ctx.isKw(k + 1, Kw::Previous) ? -1 : 0;
            k += 2;
        }
        const auto unit = k > i ? ctx.unitAt(k) : std::nullopt;
        // "that year-end" is the end of a year, not the year
        if (unit && (*unit == Unit::Year || *unit == Unit::Month) && !ctx.unitIsPlural(k) &&
            !ctx.isPunct(k + 1, '-')) {
            // Whole periods counted as integers: no day to snap, no step off the calendar.
            const int months = anchor->year() * 12 + (anchor->month() - 1) +
                               (*unit == Unit::Year ? 12 * step : step);
            const int year = months / 12, month = months % 12 + 1;
            if (year <= 1400 || year >= 9999)
                return std::nullopt;
            const DateSpan span = *unit == Unit::Year ? yearSpan(year) : monthSpan(year, month);
            return Found{i, k, span, confidence, Tense::Unknown, "relative to", anchor};
        }
    }
    // "a day later", "two weeks earlier"
    if (const auto count = ctx.countAt(i); count && *count > 0) {
        const auto unit = ctx.unitAt(i + 1);
        if (unit && (*unit == Unit::Day || *unit == Unit::Week)) {
            const bg::date_duration step =
                *unit == Unit::Day ? bg::days(*count) : bg::weeks(*count);
            if (ctx.isKw(i + 2, Kw::Later))
                return found(i + 2, *anchor + step);
            if (ctx.isKw(i + 2, Kw::Earlier))
                return found(i + 2, *anchor - step);
        }
        return std::nullopt;
    }
    // "the next day", "the following morning", "the day after", "the day before"
    const auto singleDay = [&](std::size_t k) {
        return (ctx.unitAt(k) == Unit::Day && !ctx.unitIsPlural(k)) || ctx.isDayPart(k);
    };
    if (ctx.isKw(i, Kw::The) && singleDay(i + 2)) {
        if (ctx.isKw(i + 1, Kw::Next) || ctx.isKw(i + 1, Kw::Following))
            return found(i + 2, *anchor + bg::days(1));
        if (ctx.isKw(i + 1, Kw::Previous))
            return found(i + 2, *anchor - bg::days(1));
        if (ctx.isKw(i + 1, Kw::Same))
            return found(i + 2, *anchor);
    }
    if (ctx.isKw(i, Kw::The) && ctx.unitAt(i + 1) == Unit::Day && !ctx.unitIsPlural(i + 1)) {
        if (ctx.isKw(i + 2, Kw::After))
            return found(i + 2, *anchor + bg::days(1));
        if (ctx.isKw(i + 2, Kw::Before))
            return found(i + 2, *anchor - bg::days(1));
    }
    return std::nullopt;
}

} // namespace ct::temporal

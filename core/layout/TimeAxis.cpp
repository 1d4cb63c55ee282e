#include "layout/TimeAxis.h"

#include "common/Date.h"

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cmath>
#include <cstdio>

namespace ct {
namespace {

namespace bg = boost::gregorian;

constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 7> kWeekdaysLong = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kMonthsLong = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Boost's calendar covers 1400..9999; keep every computation inside it so that an absurd
// zoom-out cannot throw from the date constructor.
double clampDay(double day) {
    static const double lo = toDayNumber(Date(1400, 1, 2));
    static const double hi = toDayNumber(Date(9999, 12, 30));
    return std::clamp(day, lo, hi);
}

Date dateAt(double day) {
    return fromDayNumber(static_cast<DayNumber>(std::floor(clampDay(day))));
}

int hourStep(TickUnit unit) {
    switch (unit) {
    case TickUnit::Hour1:
        return 1;
    case TickUnit::Hour3:
        return 3;
    case TickUnit::Hour6:
        return 6;
    case TickUnit::Hour12:
        return 12;
    default:
        return 0;
    }
}

int yearStep(TickUnit unit) {
    switch (unit) {
    case TickUnit::Year:
        return 1;
    case TickUnit::Year2:
        return 2;
    case TickUnit::Year5:
        return 5;
    case TickUnit::Year10:
        return 10;
    case TickUnit::Year20:
        return 20;
    case TickUnit::Year50:
        return 50;
    case TickUnit::Year100:
        return 100;
    default:
        return 0;
    }
}

std::string format(const char* fmt, auto... args) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, fmt, args...);
    return buffer;
}

// Walks a Boost iterator from an aligned start and keeps the ticks in [from, to], plus the
// last one before `from` when the caller wants to label the period the view starts in.
template <typename Iterator>
void collect(Iterator it, double from, double to, bool includePrevious, std::vector<double>& out) {
    std::optional<double> previous;
    for (; *it <= Date(9999, 12, 31); ++it) {
        const double t = toDayNumber(*it);
        if (t > to)
            break;
        if (t < from) {
            previous = t;
            continue;
        }
        if (includePrevious && previous && out.empty())
            out.push_back(*previous);
        out.push_back(t);
        if (out.size() > 100000) // a caller asked for a silly unit; stay bounded
            break;
    }
    if (includePrevious && previous && out.empty())
        out.push_back(*previous);
}

} // namespace

const char* toText(TickUnit unit) {
    static constexpr std::array<const char*, 15> names = {
        "1h",   "3h", "6h", "12h", "day", "week", "month", "quarter",
        "year", "2y", "5y", "10y", "20y", "50y",  "100y"};
    return names[static_cast<std::size_t>(unit)];
}

TimeAxis::TimeAxis(MeasureText measure, double minLabelGapPx)
    : measure_(std::move(measure)), gapPx_(minLabelGapPx) {}

double TimeAxis::labelWidth(std::string_view label) const {
    return measure_ ? measure_(label) : 7.0 * static_cast<double>(label.size());
}

double TimeAxis::minimumDays(TickUnit unit) {
    if (const int h = hourStep(unit))
        return h / 24.0;
    if (const int y = yearStep(unit))
        return 365.0 * y;
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 28;
    case TickUnit::Quarter:
        return 89;
    default:
        return 1;
    }
}

TickUnit TimeAxis::majorUnitFor(TickUnit minor) {
    if (hourStep(minor))
        return TickUnit::Day;
    switch (minor) {
    case TickUnit::Day:
    case TickUnit::Week:
        return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Quarter:
        return TickUnit::Year;
    case TickUnit::Year:
    case TickUnit::Year2:
    case TickUnit::Year5:
        return TickUnit::Year10;
    default:
        return TickUnit::Year100;
    }
}

std::string TimeAxis::minorLabel(TickUnit unit, double day, bool compact) {
    const Date d = dateAt(day);
    if (hourStep(unit)) {
        const int hour = static_cast<int>(std::lround((day - std::floor(day)) * 24.0)) % 24;
        return format("%02d:00", hour);
    }
    switch (unit) {
    case TickUnit::Day:
        if (compact)
            return format("%s %d", kWeekdays[d.day_of_week().as_number()],
                          static_cast<int>(d.day()));
        return format("%s %d %s", kWeekdays[d.day_of_week().as_number()], static_cast<int>(d.day()),
                      kMonths[d.month() - 1]);
    case TickUnit::Week:
        return format("%d %s", static_cast<int>(d.day()), kMonths[d.month() - 1]);
    case TickUnit::Month:
    case TickUnit::Quarter:
        return kMonths[d.month() - 1];
    default:
        return format("%d", static_cast<int>(d.year()));
    }
}

std::string TimeAxis::majorLabel(TickUnit majorUnit, double day) {
    const Date d = dateAt(day);
    switch (majorUnit) {
    case TickUnit::Day:
        return format("%s %d %s %d", kWeekdays[d.day_of_week().as_number()],
                      static_cast<int>(d.day()), kMonths[d.month() - 1],
                      static_cast<int>(d.year()));
    case TickUnit::Month:
        return format("%s %d", kMonthsLong[d.month() - 1], static_cast<int>(d.year()));
    case TickUnit::Year10:
        return format("%ds", static_cast<int>(d.year()));
    default:
        return format("%d", static_cast<int>(d.year()));
    }
}

std::string TimeAxis::contextLabel(double fromDay, double toDay) {
    const Date a = dateAt(fromDay);
    // The range end is exclusive in spirit: a view ending at midnight shows nothing of that day.
    const Date b = dateAt(std::max(fromDay, toDay - 1e-6));
    if (a == b)
        return format("%s %d %s %d", kWeekdaysLong[a.day_of_week().as_number()],
                      static_cast<int>(a.day()), kMonthsLong[a.month() - 1],
                      static_cast<int>(a.year()));
    if (a.year() == b.year() && a.month() == b.month())
        return format("%s %d", kMonthsLong[a.month() - 1], static_cast<int>(a.year()));
    if (a.year() == b.year())
        return format("%s – %s %d", kMonthsLong[a.month() - 1], kMonthsLong[b.month() - 1],
                      static_cast<int>(a.year()));
    return format("%d – %d", static_cast<int>(a.year()), static_cast<int>(b.year()));
}

std::vector<double> TimeAxis::ticks(TickUnit unit, double fromDay, double toDay,
                                    bool includePrevious) {
    std::vector<double> out;
    fromDay = clampDay(fromDay);
    toDay = clampDay(toDay);
    if (!(toDay > fromDay))
        return out;
    const Date first = dateAt(fromDay);
    if (const int h = hourStep(unit)) {
        std::optional<double> previous;
        for (bg::day_iterator it(first); toDayNumber(*it) <= toDay; ++it) {
            const double base = toDayNumber(*it);
            for (int hour = 0; hour < 24; hour += h) {
                const double t = base + hour / 24.0;
                if (t < fromDay)
                    previous = t;
                else if (t <= toDay) {
                    if (includePrevious && previous && out.empty())
                        out.push_back(*previous);
                    out.push_back(t);
                }
            }
            if (out.size() > 100000)
                break;
        }
        return out;
    }
    switch (unit) {
    case TickUnit::Day:
        collect(bg::day_iterator(first), fromDay, toDay, includePrevious, out);
        break;
    case TickUnit::Week: {
        const int sinceMonday = (first.day_of_week().as_number() + 6) % 7;
        collect(bg::week_iterator(first - bg::days(sinceMonday)), fromDay, toDay, includePrevious,
                out);
        break;
    }
    case TickUnit::Month:
        collect(bg::month_iterator(Date(first.year(), first.month(), 1)), fromDay, toDay,
                includePrevious, out);
        break;
    case TickUnit::Quarter: {
        const int month = (first.month() - 1) / 3 * 3 + 1;
        collect(bg::month_iterator(Date(first.year(), static_cast<unsigned short>(month), 1), 3),
                fromDay, toDay, includePrevious, out);
        break;
    }
    default: {
        const int step = yearStep(unit);
        const int year = std::max(1400, first.year() / step * step);
        collect(bg::year_iterator(Date(static_cast<unsigned short>(year), 1, 1), step), fromDay,
                toDay, includePrevious, out);
        break;
    }
    }
    return out;
}

TickUnit TimeAxis::chooseUnit(double fromDay, double toDay, double widthPx, bool* compact) const {
    if (compact)
        *compact = false;
    const double span = std::max(toDay - fromDay, 1e-6);
    const double pxPerDay = widthPx / span;
    // The widest label each unit can produce, so that no tick in any range collides.
    const Date wide(2022, 9, 28); // a Wednesday in September: long names on both counts
    const double wideDay = toDayNumber(wide);
    for (int u = static_cast<int>(finest_); u <= static_cast<int>(TickUnit::Year100); ++u) {
        const auto unit = static_cast<TickUnit>(u);
        double needed = labelWidth(minorLabel(unit, wideDay + 0.5));
        if (unit == TickUnit::Day)
            needed = std::max(needed, labelWidth(minorLabel(unit, wideDay - 124))); // Wed 28 May
        if (unit == TickUnit::Month || unit == TickUnit::Quarter)
            for (const char* m : kMonths)
                needed = std::max(needed, labelWidth(m));
        if (minimumDays(unit) * pxPerDay >= needed + gapPx_)
            return unit;
        if (unit == TickUnit::Day && compact &&
            pxPerDay >= labelWidth(minorLabel(unit, wideDay, true)) + gapPx_) {
            *compact = true;
            return unit;
        }
    }
    return TickUnit::Year100;
}

AxisTicks TimeAxis::compute(double fromDay, double toDay, double widthPx) const {
    AxisTicks result;
    result.minorUnit = chooseUnit(fromDay, toDay, widthPx, &result.compact);
    result.majorUnit = majorUnitFor(result.minorUnit);
    for (double t : ticks(result.minorUnit, fromDay, toDay))
        result.minor.push_back({t, minorLabel(result.minorUnit, t, result.compact)});
    for (double t : ticks(result.majorUnit, fromDay, toDay, true))
        result.major.push_back({t, majorLabel(result.majorUnit, t)});
    result.context = contextLabel(fromDay, toDay);
    return result;
}

} // namespace ct

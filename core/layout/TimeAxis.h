#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// Spacing of axis ticks, finest first; chooseUnit walks this order.
enum class TickUnit {
    Hour1,
    Hour3,
    Hour6,
    Hour12,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Year2,
    Year5,
    Year10,
    Year20,
    Year50,
    Year100
};

const char* toText(TickUnit unit); // "1h", "day", "10y", ... for logs and tests

struct AxisTick {
    double day = 0; // DayNumber + fraction of the day
    std::string label;
};

struct AxisTicks {
    TickUnit minorUnit = TickUnit::Day;
    // Coarser unit that gives the minor labels their context (days → months).
    TickUnit majorUnit = TickUnit::Month;
    std::vector<AxisTick> minor; // inside [from, to], strictly increasing
    // Strictly increasing; the first one may lie before `from` so that a painter can pin the
    // label of the period the view starts in at the left edge.
    std::vector<AxisTick> major;
    std::string context; // "January 2022", "2019 – 2022"
    // Day labels shortened to "Thu 6" (the month is in the major row) to keep daily ticks
    // when the full "Thu 6 Jan" does not fit.
    bool compact = false;
};

// Chooses ticks a person reads at a glance for a visible time range. Calendar steps come
// from Boost.Date_Time iterators so months land on the 1st and years on 1 January.
class TimeAxis {
  public:
    // Width in pixels of a label as the painter will draw it. Without one, labels are
    // estimated at 7 px per character, which is what tests and headless callers need.
    using MeasureText = std::function<double(std::string_view)>;

    explicit TimeAxis(MeasureText measure = {}, double minLabelGapPx = 12.0);

    // Ticks finer than this are never chosen: a printed timeline of day-precision events has
    // no use for "12:00" between its days.
    void setFinestUnit(TickUnit unit) { finest_ = unit; }
    TickUnit finestUnit() const { return finest_; }

    AxisTicks compute(double fromDay, double toDay, double widthPx) const;
    TickUnit chooseUnit(double fromDay, double toDay, double widthPx,
                        bool* compact = nullptr) const;

    // Shortest length of one step, in days: what is guaranteed between two ticks.
    static double minimumDays(TickUnit unit);
    static std::string minorLabel(TickUnit unit, double day, bool compact = false);
    static std::string majorLabel(TickUnit majorUnit, double day);
    static TickUnit majorUnitFor(TickUnit minorUnit);
    static std::string contextLabel(double fromDay, double toDay);
    // Ticks of `unit` in [fromDay, toDay]; with includePrevious also the last one before.
    static std::vector<double> ticks(TickUnit unit, double fromDay, double toDay,
                                     bool includePrevious = false);

    double labelWidth(std::string_view label) const;

  private:
    MeasureText measure_;
    double gapPx_;
    TickUnit finest_ = TickUnit::Hour1;
};

} // namespace ct

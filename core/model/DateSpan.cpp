#include "model/DateSpan.h"

namespace ct {

const char* toText(Precision precision) {
    switch (precision) {
    case Precision::Day: return "day";
    case Precision::Month: return "month";
    case Precision::Year: return "year";
    case Precision::Range: return "range";
    }
    return "day";
}

std::optional<Precision> precisionFromString(std::string_view text) {
    if (text == "day")
        return Precision::Day;
    if (text == "month")
        return Precision::Month;
    if (text == "year")
        return Precision::Year;
    if (text == "range")
        return Precision::Range;
    return std::nullopt;
}

DateSpan singleDay(const Date& day) {
    return DateSpan{day, day, Precision::Day, false};
}

std::string toText(const DateSpan& span) {
    std::string out = toIso(span.start);
    if (span.end != span.start)
        out += ".." + toIso(span.end);
    out += " (";
    out += toText(span.precision);
    if (span.fuzzy)
        out += ", fuzzy";
    out += ")";
    return out;
}

} // namespace ct

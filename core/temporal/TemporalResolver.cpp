#include "temporal/TemporalResolver.h"

namespace ct {

const char* toText(Tense tense) {
    switch (tense) {
    case Tense::Past: return "past";
    case Tense::Present: return "present";
    case Tense::Future: return "future";
    case Tense::Unknown: return "unknown";
    }
    return "unknown";
}

TemporalResolver::TemporalResolver(Date reference) : m_reference(reference) {}

std::vector<TemporalMatch> TemporalResolver::resolve(std::string_view, std::optional<Date>) const {
    return {};
}

Tense TemporalResolver::detectTense(std::string_view) {
    return Tense::Unknown;
}

} // namespace ct

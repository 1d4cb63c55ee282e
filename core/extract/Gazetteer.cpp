#include "extract/Gazetteer.h"

namespace ct {

const char* toText(GazetteerEntry::Kind kind) {
    switch (kind) {
    case GazetteerEntry::Kind::Person: return "person";
    case GazetteerEntry::Kind::Organisation: return "organisation";
    case GazetteerEntry::Kind::Country: return "country";
    case GazetteerEntry::Kind::City: return "city";
    case GazetteerEntry::Kind::Region: return "region";
    }
    return "person";
}

Result<Gazetteer> Gazetteer::fromTsv(std::string_view, const std::string&) {
    return Gazetteer{};
}

Result<Gazetteer> Gazetteer::load(const std::filesystem::path&) {
    return Gazetteer{};
}

std::vector<GazetteerMatch> Gazetteer::find(std::string_view) const {
    return {};
}

} // namespace ct

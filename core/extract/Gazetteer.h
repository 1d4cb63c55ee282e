#pragma once

#include "common/Result.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

struct GazetteerEntry {
    enum class Kind { Person, Organisation, Country, City, Region };
    Kind kind = Kind::Person;
    std::string canonical;             // "Kassym-Jomart Tokayev"
    std::vector<std::string> aliases;  // "Kasim-Yomart Tokayev", "Tokayev", …
    bool isPlace() const { return kind == Kind::Country || kind == Kind::City || kind == Kind::Region; }
};

struct GazetteerMatch {
    std::size_t entry = 0;  // index into Gazetteer::entries()
    std::size_t begin = 0;  // byte offsets in the searched text, end exclusive
    std::size_t end = 0;
};

// Known actors and places with their aliases, loaded from a TSV file shipped in
// resources/ (kind <TAB> canonical name <TAB> alias|alias|…).
class Gazetteer {
public:
    static Result<Gazetteer> fromTsv(std::string_view tsv, const std::string& name = "gazetteer");
    static Result<Gazetteer> load(const std::filesystem::path& path);

    const std::vector<GazetteerEntry>& entries() const { return m_entries; }

    // Longest, non-overlapping, word-bounded matches of any alias.
    std::vector<GazetteerMatch> find(std::string_view text) const;

private:
    std::vector<GazetteerEntry> m_entries;
    std::vector<std::pair<std::string, std::size_t>> m_aliases;  // alias → entry, longest first
};

const char* toText(GazetteerEntry::Kind kind);

} // namespace ct

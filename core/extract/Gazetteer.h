#pragma once

#include "common/Result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ct {

struct GazetteerEntry {
    enum class Kind { Person, Organisation, Country, City, Region };
    Kind kind = Kind::Person;
    std::string canonical;            // "Kassym-Jomart Tokayev"
    std::vector<std::string> aliases; // "Kasim-Yomart Tokayev", "Tokayev", …
    // Adjectives such as "Russian" or "Kazakh": they name the country as an
    // actor ("Russian forces", "his Kazakh counterpart"), never as a place.
    std::vector<std::string> demonyms;
    bool isPlace() const {
        return kind == Kind::Country || kind == Kind::City || kind == Kind::Region;
    }
};

struct GazetteerMatch {
    std::size_t entry = 0; // index into Gazetteer::entries()
    std::size_t begin = 0; // byte offsets in the searched text, end exclusive
    std::size_t end = 0;   // a possessive "'s" is not part of the match
    bool demonym = false;  // matched one of the entry's demonyms
};

// Known actors and places with their aliases, loaded from a TSV file shipped in
// resources/ (kind <TAB> canonical name <TAB> alias|alias|… [<TAB> demonym|…]).
class Gazetteer {
  public:
    static Result<Gazetteer> fromTsv(std::string_view tsv, const std::string& name = "gazetteer");
    static Result<Gazetteer> load(const std::filesystem::path& path);

    const std::vector<GazetteerEntry>& entries() const { return m_entries; }

    // Longest, non-overlapping, word-bounded matches of any alias.
    std::vector<GazetteerMatch> find(std::string_view text) const;

  private:
    struct Alias {
        std::string text;
        std::uint32_t entry = 0;
        bool demonym = false;
    };

    Result<void> addAlias(std::string_view alias, std::size_t entry, bool demonym,
                          const std::string& where);

    std::vector<GazetteerEntry> m_entries;
    // Aliases grouped by a hash of their first word, each group longest first:
    // find() hashes each capitalised word of the text once and compares only the
    // few aliases that start with it. Hash keys (not string_views) keep the
    // index valid when a Gazetteer is copied or moved.
    std::vector<Alias> m_aliases;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_byFirstWord;
    bool m_firstByte[256] = {}; // bytes an alias may start with: skip other words cheaply
};

const char* toText(GazetteerEntry::Kind kind);

} // namespace ct

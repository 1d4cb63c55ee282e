#include "extract/Gazetteer.h"

#include "extract/WordChars.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

namespace ct {

namespace {

std::uint64_t hashBytes(std::string_view s) {
    std::uint64_t h =
        1469598103934665603ull; // FNV-1a: cheap, and good enough for a few thousand keys
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

std::size_t wordEnd(std::string_view s, std::size_t i) {
    while (i < s.size() && words::isWordAt(s, i))
        i += words::seqLen(static_cast<unsigned char>(s[i]));
    return std::min(i, s.size());
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && words::isSpace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && words::isSpace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitOn(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto pos = s.find(sep, start);
        parts.push_back(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
        if (pos == std::string_view::npos)
            return parts;
        start = pos + 1;
    }
}

std::optional<GazetteerEntry::Kind> kindFromText(std::string_view s) {
    using K = GazetteerEntry::Kind;
    if (s == "person")
        return K::Person;
    if (s == "organisation" || s == "organization")
        return K::Organisation;
    if (s == "country")
        return K::Country;
    if (s == "city")
        return K::City;
    if (s == "region")
        return K::Region;
    return std::nullopt;
}

} // namespace

const char* toText(GazetteerEntry::Kind kind) {
    switch (kind) {
    case GazetteerEntry::Kind::Person:
        return "person";
    case GazetteerEntry::Kind::Organisation:
        return "organisation";
    case GazetteerEntry::Kind::Country:
        return "country";
    case GazetteerEntry::Kind::City:
        return "city";
    case GazetteerEntry::Kind::Region:
        return "region";
    }
    return "person";
}

Result<void> Gazetteer::addAlias(std::string_view alias, std::size_t entry, bool demonym,
                                 const std::string& where) {
    alias = trim(alias);
    if (alias.empty())
        return {};
    if (!words::isWordAt(alias, 0))
        return makeError(Error::Code::InvalidInput, where + ": alias \"" + std::string(alias) +
                                                        "\" does not start with a letter");
    const std::uint64_t key = hashBytes(alias.substr(0, wordEnd(alias, 0)));
    auto& group = m_byFirstWord[key];
    for (const auto index : group) {
        const Alias& other = m_aliases[index];
        if (other.text != alias)
            continue;
        if (other.entry == entry)
            return {}; // "Putin" listed twice for Putin is harmless
        return makeError(Error::Code::InvalidInput, where + ": alias \"" + std::string(alias) +
                                                        "\" already names " +
                                                        m_entries[other.entry].canonical);
    }
    group.push_back(static_cast<std::uint32_t>(m_aliases.size()));
    m_aliases.push_back(Alias{std::string(alias), static_cast<std::uint32_t>(entry), demonym});
    m_firstByte[static_cast<unsigned char>(alias[0])] = true;
    return {};
}

Result<Gazetteer> Gazetteer::fromTsv(std::string_view tsv, const std::string& name) {
    Gazetteer g;
    std::size_t lineNo = 0;
    std::size_t pos = 0;
    while (pos < tsv.size()) {
        auto nl = tsv.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = tsv.size();
        std::string_view line = tsv.substr(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trim(line).empty() || trim(line).front() == '#')
            continue;

        const std::string where = name + ":" + std::to_string(lineNo);
        const auto cols = splitOn(line, '\t');
        if (cols.size() < 2 || cols.size() > 4)
            return makeError(
                Error::Code::InvalidInput,
                where + ": expected kind<TAB>canonical<TAB>aliases[<TAB>demonyms], found " +
                    std::to_string(cols.size()) + " column(s)");
        const auto kind = kindFromText(trim(cols[0]));
        if (!kind)
            return makeError(Error::Code::InvalidInput,
                             where + ": unknown kind \"" + std::string(trim(cols[0])) +
                                 "\" (person, organisation, country, city or region)");
        const auto canonical = trim(cols[1]);
        if (canonical.empty())
            return makeError(Error::Code::InvalidInput, where + ": empty canonical name");
        if (cols.size() == 4 && *kind != GazetteerEntry::Kind::Country)
            return makeError(Error::Code::InvalidInput, where + ": only countries have demonyms");

        const std::size_t index = g.m_entries.size();
        GazetteerEntry entry;
        entry.kind = *kind;
        entry.canonical = std::string(canonical);
        g.m_entries.push_back(std::move(entry));
        GazetteerEntry& e = g.m_entries.back();

        if (auto r = g.addAlias(canonical, index, false, where); !r)
            return r.error();
        e.aliases.push_back(e.canonical);
        if (cols.size() >= 3) {
            for (const auto alias : splitOn(cols[2], '|')) {
                if (trim(alias).empty() || trim(alias) == canonical)
                    continue;
                if (auto r = g.addAlias(alias, index, false, where); !r)
                    return r.error();
                e.aliases.emplace_back(trim(alias));
            }
        }
        if (cols.size() == 4) {
            for (const auto demonym : splitOn(cols[3], '|')) {
                if (trim(demonym).empty())
                    continue;
                if (auto r = g.addAlias(demonym, index, true, where); !r)
                    return r.error();
                e.demonyms.emplace_back(trim(demonym));
            }
        }
    }
    for (auto& [key, group] : g.m_byFirstWord) {
        std::stable_sort(group.begin(), group.end(), [&](std::uint32_t a, std::uint32_t b) {
            return g.m_aliases[a].text.size() > g.m_aliases[b].text.size();
        });
    }
    return g;
}

Result<Gazetteer> Gazetteer::load(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(Error::Code::Io, path.string() + ": cannot open the gazetteer");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return makeError(Error::Code::Io, path.string() + ": cannot read the gazetteer");
    return fromTsv(buffer.str(), path.filename().string());
}

std::vector<GazetteerMatch> Gazetteer::find(std::string_view text) const {
    std::vector<GazetteerMatch> matches;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!words::isWordAt(text, i) || words::isWordBefore(text, i)) {
            i += words::seqLen(static_cast<unsigned char>(text[i]));
            continue;
        }
        const std::size_t firstEnd = wordEnd(text, i);
        std::size_t next = firstEnd;
        if (m_firstByte[static_cast<unsigned char>(text[i])]) {
            const auto it = m_byFirstWord.find(hashBytes(text.substr(i, firstEnd - i)));
            if (it != m_byFirstWord.end()) {
                for (const auto index : it->second) {
                    const Alias& alias = m_aliases[index];
                    const std::size_t end = i + alias.text.size();
                    if (end > text.size() || text.compare(i, alias.text.size(), alias.text) != 0)
                        continue;
                    // The alias must end where a word ends ("Iran" is not in "Iranian");
                    // an alias ending in punctuation ("U.S.") already ends one.
                    if (words::isWordAt(text, end) &&
                        words::isWordAt(alias.text, alias.text.size() - 1))
                        continue;
                    matches.push_back(GazetteerMatch{alias.entry, i, end, alias.demonym});
                    next = end + words::possessiveLen(text, end);
                    break;
                }
            }
        }
        i = next;
    }
    return matches;
}

} // namespace ct

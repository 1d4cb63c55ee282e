#include "DatesBench.h"

#include "BenchReport.h"
#include "common/Date.h"
#include "extract/EventExtractor.h"
#include "extract/Gazetteer.h"
#include "text/ArticleParser.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace ct::bench {
namespace {

struct Row {
    std::string doc, published, precision, value, expression, sentence;
};

std::filesystem::path sharedDir() {
    if (const char* env = std::getenv("CT_SHARED_DIR"); env && *env)
        return env;
    return std::filesystem::path(CT_SOURCE_DIR) / ".." / "shared";
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (auto tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', from)) {
        out.push_back(line.substr(from, tab - from));
        from = tab + 1;
    }
    out.push_back(line.substr(from));
    return out;
}

// Whitespace collapsed, as the data set's sentences are.
std::string normalised(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool hasWord(const std::string& text, std::string_view word) {
    for (auto p = text.find(word); p != std::string::npos; p = text.find(word, p + 1)) {
        const bool startOk = p == 0 || !std::isalpha(static_cast<unsigned char>(text[p - 1]));
        const std::size_t e = p + word.size();
        const bool endOk = e >= text.size() || !std::isalpha(static_cast<unsigned char>(text[e]));
        if (startOk && endOk)
            return true;
    }
    return false;
}

bool hasAny(const std::string& text, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](auto w) { return hasWord(text, w); });
}

// The kind of a day expression, from its words: which rule a reader needs to resolve it.
std::string kindOf(const std::string& expression) {
    const std::string e = lower(expression);
    const bool month = hasAny(e, {"jan", "feb", "march", "april", "may", "june", "july", "aug",
                                  "august", "sept", "oct", "nov", "dec", "january", "february",
                                  "september", "october", "november", "december"});
    const bool digits = std::any_of(e.begin(), e.end(), [](char c) { return std::isdigit(c); });
    std::size_t run = 0, longest = 0;
    for (char c : e) {
        run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    if ((month && longest == 4) || (longest == 4 && e.find('-') != std::string::npos))
        return "explicit";
    if (month && (digits || hasAny(e, {"first", "second", "third", "eighth"})))
        return "month_day";
    if (hasAny(e, {"today", "yesterday", "tomorrow", "tonight"}))
        return "deictic";
    if (hasAny(e, {"christmas", "thanksgiving", "election", "eve", "year-end", "end", "weekend",
                   "this year", "nowruz", "eid", "easter", "holiday"}) ||
        e == "this year" || e == "later this year")
        return "named";
    if (hasAny(e, {"previous", "following", "before", "after", "ago", "then", "day"}) ||
        (hasAny(e, {"earlier", "later"}) &&
         !hasAny(e,
                 {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})))
        return "anchored";
    if (hasAny(e, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}))
        return "weekday";
    return "anchored";
}

bool rightFor(const Row& row, const std::vector<Event>& events) {
    const std::string want = normalised(row.sentence);
    for (const Event& e : events) {
        const std::string got = normalised(e.sentence);
        // The splitter may cut a data-set sentence in two: a piece of it counts as it.
        if (got.empty() || want.find(got) == std::string::npos)
            continue;
        const std::string iso = toIso(e.when.start);
        if (row.precision == "day" && iso == row.value)
            return true;
        if (row.precision == "month" && e.when.precision == Precision::Month &&
            iso.substr(0, 7) == row.value)
            return true;
        if (row.precision == "year" && e.when.precision == Precision::Year &&
            iso.substr(0, 4) == row.value)
            return true;
    }
    return false;
}

} // namespace

void benchDates() {
    const std::filesystem::path tsv = sharedDir() / "eval" / "timebank-dates.tsv";
    std::ifstream in(tsv);
    if (!in) {
        std::fprintf(stderr, "dates: %s not found (set CT_SHARED_DIR); skipped\n",
                     tsv.string().c_str());
        return;
    }
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        const auto f = splitTabs(line);
        if (f.size() >= 6)
            rows.push_back(Row{f[0], f[1], f[2], f[3], f[4], f[5]});
    }
    require(!rows.empty(), "the dates data set has rows");

    auto gazetteer = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
    require(gazetteer.ok(), "the gazetteer loads");
    const EventExtractor extractor(*gazetteer);

    // Documents in file order, each its distinct sentences one per paragraph.
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::string>> sentences;
    std::map<std::string, std::string> published;
    for (const Row& r : rows) {
        auto& list = sentences[r.doc];
        if (list.empty())
            order.push_back(r.doc);
        published[r.doc] = r.published;
        if (std::find(list.begin(), list.end(), r.sentence) == list.end())
            list.push_back(r.sentence);
    }
    const bool verbose = std::getenv("CT_DATES_VERBOSE") != nullptr;
    std::map<std::string, std::vector<Event>> eventsOf;
    for (const auto& doc : order) {
        std::string text;
        for (const auto& s : sentences[doc])
            text += s + "\n\n";
        const ParsedArticle parsed = ArticleParser::parse(text);
        const auto pub = parseIsoDate(published[doc]);
        require(pub.has_value(), "a document's publication date reads");
        eventsOf[doc] = extractor.extract(parsed, *pub);
        if (std::getenv("CT_DATES_DUMP"))
            std::printf("=== %s %s\n%s", doc.c_str(), published[doc].c_str(), text.c_str());
    }

    std::map<std::string, std::array<int, 2>> byKind; // right, total
    std::map<std::string, std::array<int, 2>> byPrecision;
    for (const Row& r : rows) {
        const bool right = rightFor(r, eventsOf[r.doc]);
        auto& p = byPrecision[r.precision];
        p[0] += right;
        p[1] += 1;
        if (r.precision == "day") {
            auto& k = byKind[kindOf(r.expression)];
            k[0] += right;
            k[1] += 1;
        }
        if (verbose && !right) {
            std::fprintf(stderr, "MISS %s [%s] %s pub %s want %s: %s\n", r.precision.c_str(),
                         r.precision == "day" ? kindOf(r.expression).c_str() : "-",
                         r.expression.c_str(), r.published.c_str(), r.value.c_str(),
                         r.sentence.c_str());
            for (const Event& e : eventsOf[r.doc])
                if (normalised(r.sentence).find(normalised(e.sentence)) != std::string::npos)
                    std::fprintf(stderr, "     got %s\n", e.resolution.c_str());
        }
    }
    auto share = [](const std::array<int, 2>& a) { return a[1] ? double(a[0]) / a[1] : 0.0; };
    report("dates_day_exact_share", share(byPrecision["day"]), "share");
    report("dates_day_rows", byPrecision["day"][1], "rows");
    for (const auto& [kind, a] : byKind) {
        report("dates_day_" + kind + "_share", share(a), "share");
        report("dates_day_" + kind + "_rows", a[1], "rows");
    }
    report("dates_month_share", share(byPrecision["month"]), "share");
    report("dates_year_share", share(byPrecision["year"]), "share");
}

} // namespace ct::bench

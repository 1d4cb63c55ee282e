#include "text/ArticleParser.h"

#include "text/DateMentionFinder.h"

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>

namespace ct {
namespace {

// How far a dateline/byline is trusted for the publication date: "Published"
// beats a bare date, which beats "Updated" (an update is later than the story).
enum Rank { kPublished = 0, kPlain = 1, kUpdated = 2 };

// Header lines are short; a long line with a date in it is a sentence.
constexpr std::size_t kMaxDatelineBytes = 120;
constexpr std::size_t kMaxDatelineWords = 6;
// Only the first few non-blank lines count as "near the top".
constexpr int kHeaderLines = 6;
// Datelines that open a paragraph ("MOSCOW, January 7 (Reuters) -") are looked
// for in the first few paragraphs only.
constexpr int kDatelineParagraphs = 3;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (isUpper(c))
            c = static_cast<char>(c + 32);
    return out;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && lowerAscii(s.substr(0, prefix.size())) == prefix;
}

// Words of a dateline around the date, without the separators bylines use.
std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    const auto separator = [](char c) {
        return isSpace(c) || c == ',' || c == ':' || c == '|' || c == '-' || c == '/' || c == ';';
    };
    while (i < s.size()) {
        while (i < s.size() && separator(s[i]))
            ++i;
        std::size_t j = i;
        while (j < s.size() && !separator(s[j]))
            ++j;
        if (j > i) {
            const auto w = s.substr(i, j - i);
            // Dashes spelled in UTF-8 (– —) are separators too.
            if (w != "\xE2\x80\x93" && w != "\xE2\x80\x94")
                out.push_back(w);
        }
        i = j;
    }
    return out;
}

struct DatelineInfo {
    DateMention mention; // offsets relative to the line
    int rank = kPlain;
    bool onlyDate = false; // nothing but keywords around the date
};

// A short line that is all header: "Published January 08, 2022", "MOSCOW,
// January 7", "Updated Jan. 8, 2022 10:32 GMT", "By Jane Doe | 8 January 2022".
// A lowercase word other than a byline keyword means it is prose.
std::optional<DatelineInfo> analyseDateline(std::string_view line) {
    if (line.empty() || line.size() > kMaxDatelineBytes || line.back() == '.' ||
        line.back() == '!' || line.back() == '?')
        return std::nullopt;
    const auto mention = DateMentionFinder::findFirst(line);
    if (!mention)
        return std::nullopt;
    static constexpr std::array<std::string_view, 9> kPublishedWords = {
        "published", "posted", "dated", "date", "first", "created", "on", "by", "the"};
    static constexpr std::array<std::string_view, 5> kUpdatedWords = {"updated", "modified",
                                                                      "revised", "last", "edited"};
    static constexpr std::array<std::string_view, 6> kSuffixWords = {"am",   "pm", "a.m.",
                                                                     "p.m.", "at", "local"};
    DatelineInfo info{*mention, kPlain, true};
    bool published = false, updated = false;
    const auto prefix = words(line.substr(0, mention->begin));
    const auto suffix = words(line.substr(mention->end));
    if (prefix.size() > kMaxDatelineWords || suffix.size() > kMaxDatelineWords)
        return std::nullopt;
    for (const auto w : prefix) {
        const std::string lw = lowerAscii(w);
        const bool isPublishedWord =
            std::find(kPublishedWords.begin(), kPublishedWords.end(), lw) != kPublishedWords.end();
        const bool isUpdatedWord =
            std::find(kUpdatedWords.begin(), kUpdatedWords.end(), lw) != kUpdatedWords.end();
        published = published || (isPublishedWord && lw != "on" && lw != "by" && lw != "the");
        updated = updated || isUpdatedWord;
        if (!isPublishedWord && !isUpdatedWord) {
            if (isLower(w.front()))
                return std::nullopt;
            // Weekdays ("Saturday, 8 January 2022") keep a line date-only.
            static constexpr std::array<std::string_view, 7> kWeekdays = {
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
            if (std::find(kWeekdays.begin(), kWeekdays.end(), lw) == kWeekdays.end())
                info.onlyDate = false;
        }
    }
    for (const auto w : suffix) {
        if (isLower(w.front()) && std::find(kSuffixWords.begin(), kSuffixWords.end(),
                                            lowerAscii(w)) == kSuffixWords.end())
            return std::nullopt;
    }
    info.rank = published ? kPublished : updated ? kUpdated : kPlain;
    return info;
}

// "By Jane Doe and John Roe" under the title: a byline without a date is still
// metadata, and as a lede it would be searched for events.
bool isByline(std::string_view line) {
    if (line.size() > 80 || !startsWithNoCase(line, "by ") || line.back() == '.')
        return false;
    const auto names = words(line.substr(3));
    if (names.empty() || names.size() > 8)
        return false;
    return std::all_of(names.begin(), names.end(), [](std::string_view w) {
        return !isLower(w.front()) || w == "and" || w == "in" || w == "for" || w == "de";
    });
}

// "MOSCOW, January 7 (Reuters) - …" at the start of a paragraph: the evidence is
// the part up to the end of the date.
std::optional<DateMention> paragraphDateline(std::string_view para) {
    std::size_t i = 0;
    while (
        i < para.size() && i < 40 &&
        (isUpper(para[i]) || para[i] == ' ' || para[i] == '-' || para[i] == '.' || para[i] == '\''))
        ++i;
    if (i < 2 || i >= para.size() || para[i] != ',' || !isUpper(para[0]) || !isUpper(para[1]))
        return std::nullopt;
    ++i;
    while (i < para.size() && para[i] == ' ')
        ++i;
    const auto tail = para.substr(i, std::min<std::size_t>(para.size() - i, 40));
    auto mention = DateMentionFinder::findFirst(tail);
    if (!mention || mention->begin != 0)
        return std::nullopt;
    const auto rest = trim(para.substr(i + mention->end));
    if (!rest.empty() && rest.front() != '(' && rest.front() != '-' && rest.front() != ':' &&
        !rest.starts_with("\xE2\x80\x93") && !rest.starts_with("\xE2\x80\x94"))
        return std::nullopt;
    mention->begin += i;
    mention->end += i;
    return mention;
}

enum class LineKind { Blank, Source, Meta, Dateline, Text };

struct Line {
    std::size_t begin = 0; // trimmed, offsets into the article text
    std::size_t end = 0;
    LineKind kind = LineKind::Blank;
    std::optional<DatelineInfo> dateline;
};

std::size_t hashLength(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && isHex(line[n]))
        ++n;
    const bool delimited = n == line.size() || isSpace(line[n]);
    return (n >= 16 && n <= 64 && delimited) ? n : 0;
}

void readMeta(std::string_view line, ParsedArticle& article) {
    std::string_view tagText;
    if (const std::size_t n = hashLength(line)) {
        if (article.idHash.empty())
            article.idHash = std::string(line.substr(0, n));
        tagText = line.substr(n);
    } else {
        tagText = line.substr(line.find(':') + 1); // "Tags: a, b"
    }
    while (!tagText.empty()) {
        const std::size_t comma = tagText.find(',');
        const auto tag = trim(tagText.substr(0, comma));
        if (!tag.empty())
            article.tags.emplace_back(tag);
        if (comma == std::string_view::npos)
            break;
        tagText.remove_prefix(comma + 1);
    }
}

struct Candidate {
    DateMention mention;
    int rank = kPlain;
    std::string evidence;
    std::size_t line = 0; // 1-based line number in the text
    bool inBody = false;  // a standalone line after the lede: perhaps another story's date
};

const char* const kWeekdayNames[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                      "Thursday", "Friday", "Saturday"};

// Whether the article contradicts a date found in its body: it names the weekday after
// that date ("authorized security forces Friday" under "Jan. 6, 2022", a Thursday), or
// reports a full date later than it. Returns the reason, or nothing.
std::string contradiction(std::string_view text, Date date) {
    const std::string_view next = kWeekdayNames[(date + boost::gregorian::days(1)).day_of_week()];
    for (auto p = text.find(next); p != std::string_view::npos; p = text.find(next, p + 1)) {
        const std::size_t e = p + next.size();
        const bool bounded =
            (p == 0 || !std::isalpha(static_cast<unsigned char>(text[p - 1]))) &&
            (e >= text.size() || !std::isalpha(static_cast<unsigned char>(text[e])));
        if (bounded)
            return "the article speaks of " + std::string(next) + ", the day after it";
    }
    for (const auto& m : DateMentionFinder::findAll(text))
        if (const auto d = m.date(); d && *d > date)
            return "the article reports a later date, " + toIso(*d);
    return {};
}

void detectPublished(ParsedArticle& article, std::vector<Candidate> candidates) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return std::pair(a.rank, !a.mention.hasYear()) < std::pair(b.rank, !b.mention.hasYear());
    });
    std::string invalid;
    std::string yearless;
    for (const auto& c : candidates) {
        if (c.mention.hasYear()) {
            if (const auto date = c.mention.date()) {
                // A bare date line in the middle of the body may belong to an embedded story:
                // when the article disagrees with it, ask rather than guess.
                if (c.inBody && c.rank == kPlain) {
                    if (const auto why = contradiction(article.text, *date); !why.empty()) {
                        article.publishedProblem =
                            "the date \"" + c.evidence + "\" on line " + std::to_string(c.line) +
                            " stands in the body and may belong to another story (" + why +
                            "); check the publication date";
                        return;
                    }
                }
                article.published = date;
                article.publishedEvidence = c.evidence;
                return;
            }
            if (invalid.empty())
                invalid = c.evidence;
        } else if (yearless.empty()) {
            yearless = c.evidence;
            // The year comes from a full date elsewhere in the article, if any.
            for (const auto& m : DateMentionFinder::findAll(article.text)) {
                if (const auto reference = m.date()) {
                    if (const auto date = c.mention.dateNear(*reference)) {
                        article.published = date;
                        article.publishedEvidence = c.evidence;
                        return;
                    }
                }
            }
        }
    }
    if (!yearless.empty())
        article.publishedProblem =
            "the dateline \"" + yearless + "\" has no year and no full date in the text gives one";
    else if (!invalid.empty())
        article.publishedProblem = "\"" + invalid + "\" is not a valid calendar date";
}

} // namespace

ParsedArticle ArticleParser::parse(std::string_view input) {
    ParsedArticle article;
    article.text = std::string(input);
    const std::string_view text = article.text;

    std::vector<Line> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        const auto raw = text.substr(pos, eol - pos);
        const auto t = trim(raw);
        Line line;
        line.begin = t.empty() ? pos : pos + static_cast<std::size_t>(t.data() - raw.data());
        line.end = line.begin + t.size();
        line.kind = t.empty() ? LineKind::Blank : LineKind::Text;
        lines.push_back(line);
        pos = eol + 1;
    }

    const auto lineText = [&](const Line& l) { return text.substr(l.begin, l.end - l.begin); };
    const auto blankAt = [&](std::size_t k) {
        return k >= lines.size() || lines[k].kind == LineKind::Blank;
    };
    int nonBlank = 0;
    bool titleSeen = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        Line& line = lines[k];
        if (line.kind == LineKind::Blank)
            continue;
        const auto t = lineText(line);
        const bool alone = (k == 0 || blankAt(k - 1)) && blankAt(k + 1);
        if (startsWithNoCase(t, "source:") || startsWithNoCase(t, "sources:")) {
            line.kind = LineKind::Source;
        } else if (hashLength(t) || startsWithNoCase(t, "tags:")) {
            line.kind = LineKind::Meta;
        } else if (auto info = analyseDateline(t);
                   info && (alone || nonBlank < kHeaderLines) &&
                   (titleSeen || info->onlyDate || info->rank != kPlain)) {
            line.kind = LineKind::Dateline;
            line.dateline = info;
        } else if (titleSeen && nonBlank < kHeaderLines && isByline(t)) {
            line.kind = LineKind::Dateline;
        } else {
            titleSeen = true;
        }
        ++nonBlank;
    }

    // Group the remaining text lines into paragraphs; the first line of the
    // first one is the title, the next text is the lede.
    std::vector<Candidate> candidates;
    int paragraphs = 0;
    for (std::size_t k = 0; k < lines.size();) {
        const Line& line = lines[k];
        const auto t = lineText(line);
        switch (line.kind) {
        case LineKind::Blank:
            ++k;
            continue;
        case LineKind::Source:
            article.blocks.push_back({ArticleBlock::Kind::Source, line.begin, line.end});
            article.source = std::string(trim(t.substr(t.find(':') + 1)));
            ++k;
            continue;
        case LineKind::Meta:
            article.blocks.push_back({ArticleBlock::Kind::Meta, line.begin, line.end});
            readMeta(t, article);
            ++k;
            continue;
        case LineKind::Dateline:
            article.blocks.push_back({ArticleBlock::Kind::Dateline, line.begin, line.end});
            if (line.dateline)
                candidates.push_back({line.dateline->mention, line.dateline->rank, std::string(t),
                                      k + 1, paragraphs > 0});
            ++k;
            continue;
        case LineKind::Text:
            break;
        }
        if (article.title.empty()) {
            article.blocks.push_back({ArticleBlock::Kind::Title, line.begin, line.end});
            article.title = std::string(t);
            ++k;
            continue;
        }
        std::size_t last = k;
        while (last + 1 < lines.size() && lines[last + 1].kind == LineKind::Text)
            ++last;
        const bool isLede = paragraphs == 0;
        ArticleBlock block{isLede ? ArticleBlock::Kind::Lede : ArticleBlock::Kind::Body, line.begin,
                           lines[last].end};
        const auto para = text.substr(block.begin, block.end - block.begin);
        if (isLede)
            article.lede = std::string(para);
        if (paragraphs++ < kDatelineParagraphs) {
            if (const auto m = paragraphDateline(para))
                candidates.push_back(
                    {*m, kPlain, std::string(para.substr(0, m->end)), k + 1, false});
        }
        article.blocks.push_back(block);
        k = last + 1;
    }

    detectPublished(article, std::move(candidates));
    return article;
}

} // namespace ct

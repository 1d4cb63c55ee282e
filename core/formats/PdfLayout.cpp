#include "formats/PdfLayout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace ct {

namespace {

struct Line {
    std::vector<PdfWord> words; // sorted by x0
    double top = 0, bottom = 0, x0 = 0, x1 = 0, fontSize = 0;
    int band = 0; // 0 = spans the page (or single column), 1 = left column, 2 = right column

    void add(PdfWord word) {
        if (words.empty()) {
            top = word.y0;
            bottom = word.y1;
            x0 = word.x0;
            x1 = word.x1;
        }
        top = std::min(top, word.y0);
        bottom = std::max(bottom, word.y1);
        x0 = std::min(x0, word.x0);
        x1 = std::max(x1, word.x1);
        fontSize = std::max(fontSize, word.fontSize > 0 ? word.fontSize : word.y1 - word.y0);
        words.push_back(std::move(word));
    }
    double height() const { return std::max(1.0, bottom - top); }
    std::string text() const {
        std::string out;
        for (std::size_t i = 0; i < words.size(); ++i) {
            out += words[i].text;
            if (i + 1 < words.size()) {
                const double gap = words[i + 1].x0 - words[i].x1;
                if (words[i].spaceAfter || gap > 0.15 * fontSize)
                    out += ' ';
            }
        }
        return out;
    }
};

std::vector<Line> groupLines(std::vector<PdfWord> words) {
    std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
        return a.y0 + a.y1 < b.y0 + b.y1 || (a.y0 + a.y1 == b.y0 + b.y1 && a.x0 < b.x0);
    });
    std::vector<Line> lines;
    for (PdfWord& word : words) {
        if (word.text.empty() || !(word.y1 > word.y0) || !std::isfinite(word.x0 + word.x1))
            continue;
        const double centre = (word.y0 + word.y1) / 2;
        if (!lines.empty() && centre > lines.back().top && centre < lines.back().bottom)
            lines.back().add(std::move(word));
        else
            lines.emplace_back().add(std::move(word));
    }
    for (Line& line : lines)
        std::sort(line.words.begin(), line.words.end(),
                  [](const PdfWord& a, const PdfWord& b) { return a.x0 < b.x0; });
    return lines;
}

// Digits stand for any number so that "Page 3" on one page matches "Page 4" on the next.
std::string headerKey(const std::string& text) {
    std::string key;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isdigit(c)) {
            if (key.empty() || key.back() != '#')
                key += '#';
        } else if (!std::isspace(c)) {
            key += static_cast<char>(std::tolower(c));
        }
    }
    return key;
}

bool isPageNumber(const std::string& text) {
    std::string rest;
    bool digit = false;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        digit = digit || std::isdigit(c);
        if (!std::isdigit(c) && !std::isspace(c) && c != '-' && c != '/' && c != '.')
            rest += static_cast<char>(std::tolower(c));
    }
    return digit &&
           (rest.empty() || rest == "page" || rest == "pageof" || rest == "of" || rest == "p");
}

void dropRunningLines(std::vector<std::vector<Line>>& pages) {
    constexpr std::size_t kEdge = 2; // lines looked at on each page's top and bottom
    std::map<std::string, std::size_t> seen;
    auto edges = [&](std::vector<Line>& lines, auto&& visit) {
        const std::size_t n = lines.size();
        for (std::size_t i = 0; i < n; ++i)
            if (i < kEdge || i + kEdge >= n)
                visit(lines[i], i);
    };
    for (auto& lines : pages) {
        std::set<std::string> onPage;
        edges(lines, [&](Line& line, std::size_t) { onPage.insert(headerKey(line.text())); });
        for (const auto& key : onPage)
            ++seen[key];
    }
    const std::size_t needed = std::max<std::size_t>(2, (pages.size() + 1) / 2);
    for (auto& lines : pages) {
        std::vector<bool> drop(lines.size(), false);
        edges(lines, [&](Line& line, std::size_t i) {
            const std::string text = line.text();
            drop[i] = isPageNumber(text) || (pages.size() >= 2 && seen[headerKey(text)] >= needed);
        });
        std::vector<Line> kept;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (!drop[i])
                kept.push_back(std::move(lines[i]));
        lines = std::move(kept);
    }
}

// Where the line is at x: 0 = nothing there (or a wide gap), 1 = a word or a word space.
bool covers(const Line& line, double x) {
    for (std::size_t i = 0; i < line.words.size(); ++i) {
        const PdfWord& w = line.words[i];
        if (x >= w.x0 && x <= w.x1)
            return true;
        if (i + 1 < line.words.size() && x > w.x1 && x < line.words[i + 1].x0)
            return line.words[i + 1].x0 - w.x1 < 1.2 * line.fontSize;
    }
    return false;
}

bool hasBothSides(const Line& line, double x) {
    return line.x0 < x && line.x1 > x && !covers(line, x);
}

// The x of a gutter between two columns, or a negative number for single-column pages.
double findGutter(const std::vector<Line>& lines, double width) {
    if (lines.size() < 4 || width <= 0)
        return -1;
    double bestX = -1;
    std::size_t bestSplit = 0, bestCovered = lines.size();
    for (double x = 0.3 * width; x <= 0.7 * width; x += 1.0) {
        std::size_t covered = 0, split = 0;
        for (const Line& line : lines) {
            if (covers(line, x))
                ++covered;
            else if (hasBothSides(line, x))
                ++split;
        }
        if (covered < bestCovered || (covered == bestCovered && split > bestSplit)) {
            bestCovered = covered;
            bestSplit = split;
            bestX = x;
        }
    }
    if (bestSplit < 3 || bestSplit * 4 < lines.size() || bestCovered * 5 > lines.size())
        return -1;
    return bestX;
}

// Reading order of one page: bands of columns, separated by lines that cross the gutter.
std::vector<Line> readingOrder(std::vector<Line> lines, double width) {
    const double gutter = findGutter(lines, width);
    if (gutter < 0)
        return lines;
    std::vector<Line> out, left, right;
    auto flush = [&] {
        for (auto* column : {&left, &right})
            for (Line& line : *column)
                out.push_back(std::move(line));
        left.clear();
        right.clear();
    };
    for (Line& line : lines) {
        if (covers(line, gutter)) {
            flush();
            out.push_back(std::move(line));
            continue;
        }
        Line l, r;
        for (PdfWord& word : line.words)
            (word.x1 <= gutter ? l : r).add(std::move(word));
        if (!l.words.empty()) {
            l.band = 1;
            left.push_back(std::move(l));
        }
        if (!r.words.empty()) {
            r.band = 2;
            right.push_back(std::move(r));
        }
    }
    flush();
    return out;
}

bool endsSentence(const std::string& text) {
    const std::size_t end = text.find_last_not_of(" \"'\xE2\x80\x9D)");
    return end != std::string::npos &&
           (text[end] == '.' || text[end] == '!' || text[end] == '?' || text[end] == ':');
}

void appendLine(std::string& paragraph, const std::string& line) {
    if (paragraph.empty()) {
        paragraph = line;
        return;
    }
    // "inter-" + "national" → "international"; "Austro-" + "Hungarian" keeps its hyphen.
    const std::size_t n = paragraph.size();
    if (n >= 2 && paragraph[n - 1] == '-' &&
        std::isalpha(static_cast<unsigned char>(paragraph[n - 2])) && !line.empty() &&
        std::islower(static_cast<unsigned char>(line[0]))) {
        paragraph.pop_back();
        paragraph += line;
        return;
    }
    paragraph += ' ';
    paragraph += line;
}

} // namespace

std::vector<PdfBlock> layoutPdfText(const std::vector<PdfPage>& pages) {
    std::vector<std::vector<Line>> pageLines;
    for (const PdfPage& page : pages)
        pageLines.push_back(groupLines(page.words));
    dropRunningLines(pageLines);

    std::vector<PdfBlock> blocks;
    const Line* previous = nullptr;
    std::string current;
    double currentFont = 0;
    bool currentFirstPage = false;
    auto finish = [&] {
        if (!current.empty())
            blocks.push_back({std::move(current), currentFont, currentFirstPage});
        current.clear();
    };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const std::vector<Line> ordered = readingOrder(std::move(pageLines[p]), pages[p].width);
        for (const Line& line : ordered) {
            bool newParagraph = previous == nullptr;
            if (previous) {
                const bool sameFont = std::abs(line.fontSize - previous->fontSize) <=
                                      0.12 * std::max(line.fontSize, previous->fontSize);
                const bool sameColumn = line.band == previous->band && line.top > previous->top;
                if (!sameFont)
                    newParagraph = true;
                else if (sameColumn)
                    newParagraph =
                        line.top - previous->bottom > 0.6 * previous->height() ||
                        (endsSentence(current) && line.x0 - previous->x0 > line.fontSize);
                else // next column or page: a paragraph carries on unless the last one ended
                    newParagraph = endsSentence(current);
            }
            if (newParagraph)
                finish();
            if (current.empty()) {
                currentFont = line.fontSize;
                currentFirstPage = p == 0;
            }
            appendLine(current, line.text());
            previous = &line;
        }
        finish();
        previous = nullptr;
    }
    finish();
    return blocks;
}

} // namespace ct

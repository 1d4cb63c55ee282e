#pragma once

#include <string>
#include <vector>

namespace ct {

// The geometry half of the PDF reader, apart from Poppler so it can be tested with made-up
// word boxes: words → lines → running headers/footers dropped → columns → paragraphs.
struct PdfWord {
    std::string text;                      // UTF-8
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // top-left origin, points
    double fontSize = 0;
    bool spaceAfter = true;
};

struct PdfPage {
    double width = 0, height = 0;
    std::vector<PdfWord> words;
};

struct PdfBlock {
    std::string text;
    double fontSize = 0;
    bool firstPage = false;
};

// Paragraphs in reading order: columns read one after the other (a line crossing the gutter,
// such as a headline, ends a band of columns), lines repeating at the top or bottom of pages
// and bare page numbers dropped, words hyphenated at line ends rejoined.
std::vector<PdfBlock> layoutPdfText(const std::vector<PdfPage>& pages);

} // namespace ct

#include "formats/PdfArticleReader.h"

#include "formats/ArticleReaders.h"
#include "formats/FileName.h"
#include "formats/PdfLayout.h"

#include <algorithm>
#include <boost/date_time/posix_time/conversion.hpp>
#include <climits>
#include <memory>
#include <mutex>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace ct {

namespace {

std::string utf8(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// Poppler reports every oddity of a damaged file on stderr; the reader reports the failure
// that matters itself.
void quietPoppler() {
    static std::once_flag once;
    std::call_once(
        once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool usefulTitle(const std::string& title) {
    // Word processors fill the title with the file name ("Microsoft Word - brief.docx").
    const std::string ext = fileExtension(title);
    return !title.empty() && title.find("Microsoft Word") == std::string::npos && ext != "doc" &&
           ext != "docx" && ext != "odt" && ext != "pdf";
}

} // namespace

int PdfArticleReader::sniff(std::string_view bytes, std::string_view fileName) const {
    // The header may follow some junk bytes (the spec allows up to 1024).
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos)
        return 100;
    return fileExtension(fileName) == "pdf" ? 20 : 0;
}

Result<std::vector<ReadArticle>> PdfArticleReader::read(std::string_view bytes,
                                                        const std::string& fileName) const {
    quietPoppler();
    auto fail = [&](const std::string& why) {
        return makeError(Error::Code::InvalidInput, fileName + ": " + why);
    };
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        return fail("PDF file too large");
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc)
        return fail("not a readable PDF (damaged or not a PDF file)");
    if (doc->is_locked())
        return fail("encrypted PDF (it needs a password to open); save an unprotected copy");
    const int pageCount = doc->pages();
    if (pageCount <= 0)
        return fail("PDF has no pages");
    if (pageCount > kMaxPages)
        return fail("PDF has " + std::to_string(pageCount) + " pages, over the limit of " +
                    std::to_string(kMaxPages) + " for an article");

    std::vector<PdfPage> pages;
    std::size_t words = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        PdfPage& out = pages.emplace_back();
        if (!page)
            continue;
        const poppler::rectf rect = page->page_rect();
        out.width = rect.width();
        out.height = rect.height();
        for (const poppler::text_box& box :
             page->text_list(poppler::page::text_list_include_font)) {
            const poppler::rectf b = box.bbox();
            PdfWord word;
            word.text = utf8(box.text());
            word.x0 = b.left();
            word.y0 = b.top();
            word.x1 = b.right();
            word.y1 = b.bottom();
            word.fontSize = box.has_font_info() ? box.get_font_size() : b.height();
            word.spaceAfter = box.has_space_after();
            out.words.push_back(std::move(word));
        }
        words += out.words.size();
    }
    if (words == 0)
        return fail("scanned PDF without text (no text layer; run OCR on it first)");

    const std::vector<PdfBlock> blocks = layoutPdfText(pages);
    // Body size: the font size most of the text is set in.
    std::vector<std::pair<double, std::size_t>> sizes;
    for (const PdfBlock& block : blocks) {
        auto it = std::find_if(sizes.begin(), sizes.end(), [&](const auto& s) {
            return std::abs(s.first - block.fontSize) < 0.5;
        });
        if (it == sizes.end())
            sizes.emplace_back(block.fontSize, block.text.size());
        else
            it->second += block.text.size();
    }
    const double body =
        sizes.empty() ? 0 : std::max_element(sizes.begin(), sizes.end(), [](auto& a, auto& b) {
                                return a.second < b.second;
                            })->first;

    ReadArticleBuilder builder("PDF");
    using Kind = ReadArticle::Paragraph::Kind;
    // The title: the largest type on the first page, if larger than the body.
    const PdfBlock* title = nullptr;
    for (const PdfBlock& block : blocks)
        if (block.firstPage && block.fontSize > body * 1.2 && block.text.size() < 300 &&
            (!title || block.fontSize > title->fontSize))
            title = &block;
    for (const PdfBlock& block : blocks) {
        Kind kind = Kind::Body;
        if (&block == title)
            kind = Kind::Title;
        else if (block.fontSize > body * 1.15 && block.text.size() < 200)
            kind = Kind::Heading;
        builder.add(block.text, kind);
    }
    if (builder.empty())
        return fail("scanned PDF without text (no text layer; run OCR on it first)");
    if (!title) {
        const std::string metaTitle = utf8(doc->get_title());
        if (usefulTitle(metaTitle))
            builder.meta.title = metaTitle;
    }
    builder.meta.author = collapseSpaces(utf8(doc->get_author()));
    const time_t created = doc->get_creation_date_t();
    if (created > 0 && created < 253402300800) { // up to 9999-12-31: Boost's calendar
        builder.meta.suggestedPublished = boost::posix_time::from_time_t(created).date();
        builder.meta.suggestedEvidence = "PDF creation date";
    }
    return std::vector<ReadArticle>{builder.finish()};
}

} // namespace ct

#pragma once

#include "common/Date.h"
#include "common/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// What a format reader gives the import pipeline: the article as clean UTF-8 text plus what
// the file says about it. `text` is laid out as the plain-text pipeline expects it (the title
// on the first line, then paragraphs separated by blank lines), so sentence splitting, date
// resolution and extraction stay as they are and every event points at its sentence in the
// stored clean text.
struct ReadArticle {
    struct Paragraph {
        enum class Kind : std::uint8_t { Title, Heading, Body, Caption, Quote, ListItem };
        Kind kind = Kind::Body;
        std::size_t begin = 0; // byte offsets into text, end exclusive
        std::size_t end = 0;
    };

    std::string format;                // "HTML", "PDF", "DOCX", "ODT", "e-mail", "text"
    std::string text;                  // clean article text (UTF-8)
    std::vector<Paragraph> paragraphs; // in text order
    std::string title;
    std::optional<Date> published; // stated by the file itself
    std::string publishedEvidence; // where: "meta article:published_time", "JSON-LD datePublished"
    std::optional<Date> suggestedPublished; // a hint never used silently (a PDF's creation date)
    std::string suggestedEvidence;
    std::string outlet; // og:site_name, JSON-LD publisher, e-mail sender
    std::string author;
    std::string url; // og:url, canonical link, or where it was fetched from
};

// One file format. Readers are stateless and registered in one place (ArticleReaders);
// the importer picks one by content first and by the file's extension second.
class ArticleReader {
  public:
    virtual ~ArticleReader() = default;

    virtual std::string_view name() const = 0; // "HTML"

    // How sure the reader is that these bytes are its format: 0 = not mine, 100 = certain
    // (magic bytes, a doctype); an extension alone earns a low score so content wins.
    virtual int sniff(std::string_view bytes, std::string_view fileName) const = 0;

    // The article(s) in the file: a newsletter may hold several. Errors name the file
    // (`fileName`) and the reason ("encrypted PDF", "no article body found").
    virtual Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                                  const std::string& fileName) const = 0;
};

} // namespace ct

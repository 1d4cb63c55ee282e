#pragma once

#include "formats/ArticleReader.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ct {

// The one place readers are registered, and how the importer picks one: by content first
// (each reader's sniff score; magic bytes and doctypes score high, an extension alone low),
// by registration order on a tie, and the text reader when nothing claims the bytes (so a
// file that is no known format gets today's plain-text checks and their messages).
//
// Readers that contain other documents (an e-mail's HTML part) find the reader for that part
// here at run time by media type, so they never depend on another reader's class.
class ArticleReaders {
  public:
    ArticleReaders() = default; // empty: for tests that register their own readers
    ArticleReaders(const ArticleReaders&) = delete;
    ArticleReaders& operator=(const ArticleReaders&) = delete;

    // Every reader the program has (text, HTML, PDF, DOCX, ODT, e-mail), built once.
    static const ArticleReaders& standard();

    // `mediaTypes` are the MIME types the reader claims ("text/html"), lower case.
    void add(std::unique_ptr<ArticleReader> reader, std::vector<std::string> mediaTypes = {});

    // The reader for these bytes: the highest sniff score, else the text reader (nullptr only
    // when none is registered).
    const ArticleReader* choose(std::string_view bytes, std::string_view fileName) const;
    // The reader that claims this media type ("text/html"; parameters after ';' ignored).
    const ArticleReader* forMediaType(std::string_view mediaType) const;
    const ArticleReader* byName(std::string_view name) const;

    // choose() then read(); an error names the file.
    Result<std::vector<ReadArticle>> read(std::string_view bytes,
                                          const std::string& fileName) const;

    std::vector<std::string_view> names() const;

  private:
    struct Entry {
        std::unique_ptr<ArticleReader> reader;
        std::vector<std::string> mediaTypes;
    };
    struct Standard {};
    explicit ArticleReaders(Standard);

    std::vector<Entry> m_entries;
};

// Lays out paragraphs as the plain-text pipeline expects them (title line, blank line,
// paragraphs separated by blank lines) and records their offsets: the common tail of every
// reader. Empty paragraphs are skipped; runs of whitespace inside one become one space.
class ReadArticleBuilder {
  public:
    explicit ReadArticleBuilder(std::string format);
    void add(std::string_view paragraph, ReadArticle::Paragraph::Kind kind);
    // The title goes first: the paragraph marked Title, else meta.title, else the first one.
    ReadArticle finish();
    bool empty() const { return m_items.empty(); }
    std::size_t textSize() const { return m_size; }

    ReadArticle meta; // title, dates, outlet, author, url filled in by the reader

  private:
    std::vector<std::pair<std::string, ReadArticle::Paragraph::Kind>> m_items;
    std::size_t m_size = 0;
};

// Whitespace (ASCII, U+00A0, control characters) collapsed to single spaces, trimmed; bytes
// that are not UTF-8 replaced by U+FFFD.
std::string collapseSpaces(std::string_view text);

} // namespace ct

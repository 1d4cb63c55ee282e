#include "formats/EmailArticleReader.h"

#include "formats/ArticleReaders.h"
#include "formats/FileName.h"

#include <algorithm>
#include <cctype>
#include <gmime/gmime.h>
#include <memory>
#include <mutex>
#include <sstream>

namespace ct {

namespace {

using Kind = ReadArticle::Paragraph::Kind;

template <typename T> struct GObjectDeleter {
    void operator()(T* object) const { g_object_unref(object); }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

struct GFreeDeleter {
    void operator()(char* text) const { g_free(text); }
};

struct Bodies {
    std::string html;
    std::string text;
};

void collectBody(GMimeObject* /*parent*/, GMimeObject* part, gpointer data) {
    auto* bodies = static_cast<Bodies*>(data);
    if (!GMIME_IS_TEXT_PART(part) || g_mime_part_is_attachment(GMIME_PART(part)))
        return;
    GMimeContentType* type = g_mime_object_get_content_type(part);
    const bool html = g_mime_content_type_is_type(type, "text", "html");
    const bool plain = g_mime_content_type_is_type(type, "text", "plain");
    std::string& target = html ? bodies->html : bodies->text;
    if ((!html && !plain) || !target.empty())
        return; // the first of each kind: later ones are quoted or forwarded copies
    const std::unique_ptr<char, GFreeDeleter> text(
        g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
    if (text)
        target = text.get();
}

bool isRuleLine(std::string_view line) {
    std::size_t marks = 0;
    for (const char ch : line) {
        if (ch == '-' || ch == '=' || ch == '_' || ch == '*' || ch == '~' || ch == '#')
            ++marks;
        else if (ch != ' ' && ch != '\t' && ch != '\r')
            return false;
    }
    return marks >= 3;
}

std::vector<std::string> paragraphsOf(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line, current;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (collapseSpaces(line).empty()) {
            if (!current.empty())
                out.push_back(std::move(current));
            current.clear();
        } else {
            current += current.empty() ? "" : " ";
            current += line;
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

bool mentionsUnsubscribe(const std::string& text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find("unsubscribe") != std::string::npos;
}

bool looksLikeStory(const std::string& block) {
    const auto paragraphs = paragraphsOf(block);
    return paragraphs.size() >= 2 && paragraphs.front().size() <= 200 &&
           paragraphs[1].size() >= 60 && !mentionsUnsubscribe(block);
}

ReadArticle articleFrom(const std::vector<std::string>& paragraphs, const ReadArticle& meta,
                        bool firstIsTitle) {
    ReadArticleBuilder builder("e-mail");
    builder.meta = meta;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        builder.add(paragraphs[i], i == 0 && firstIsTitle ? Kind::Title : Kind::Body);
    return builder.finish();
}

} // namespace

std::vector<std::string> splitNewsletterStories(const std::string& text) {
    std::vector<std::string> blocks(1);
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (isRuleLine(line))
            blocks.emplace_back();
        else
            blocks.back() += line + '\n';
    }
    std::vector<std::string> stories;
    for (std::string& block : blocks)
        if (looksLikeStory(block))
            stories.push_back(std::move(block));
    if (stories.size() < 2)
        return {};
    return stories;
}

int EmailArticleReader::sniff(std::string_view bytes, std::string_view fileName) const {
    const std::string_view head = bytes.substr(0, 4096);
    // A message starts with header fields; these two are in every e-mail and rarely in text
    // starting at the first byte.
    const bool startsWithHeader = [&] {
        const auto colon = head.find(':');
        const auto space = head.find_first_of(" \t\r\n");
        return colon != std::string_view::npos && colon > 0 && colon < space;
    }();
    const bool hasFrom =
        head.starts_with("From:") || head.find("\nFrom:") != std::string_view::npos;
    const bool hasMime = head.find("MIME-Version:") != std::string_view::npos ||
                         head.find("\nSubject:") != std::string_view::npos ||
                         head.starts_with("Subject:");
    if (startsWithHeader && hasFrom && hasMime)
        return 90;
    const std::string ext = fileExtension(fileName);
    return ext == "eml" || ext == "msg" ? 30 : 0;
}

Result<std::vector<ReadArticle>> EmailArticleReader::read(std::string_view bytes,
                                                          const std::string& fileName) const {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    auto fail = [&](const std::string& why) {
        return makeError(Error::Code::InvalidInput, fileName + ": " + why);
    };

    const GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    const GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    const GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return fail("malformed MIME: not an e-mail message");

    ReadArticle meta;
    meta.format = "e-mail";
    if (const char* subject = g_mime_message_get_subject(message.get()))
        meta.title = collapseSpaces(subject);
    if (GDateTime* date = g_mime_message_get_date(message.get())) {
        int year = 0, month = 0, day = 0;
        g_date_time_get_ymd(date, &year, &month, &day);
        if (year >= 1400 && year <= 9999) {
            meta.published =
                Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                     static_cast<unsigned short>(day));
            meta.publishedEvidence = "e-mail Date: header";
        }
    }
    if (InternetAddressList* from = g_mime_message_get_from(message.get());
        from && internet_address_list_length(from) > 0) {
        InternetAddress* address = internet_address_list_get_address(from, 0);
        const char* name = internet_address_get_name(address);
        if (name && *name)
            meta.outlet = collapseSpaces(name);
        else if (INTERNET_ADDRESS_IS_MAILBOX(address))
            if (const char* addr =
                    internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                meta.outlet = collapseSpaces(addr);
    }
    if (meta.title.empty() && meta.outlet.empty() && !meta.published)
        return fail("malformed MIME: no Subject, From or Date header");

    Bodies bodies;
    g_mime_message_foreach(message.get(), collectBody, &bodies);

    if (const auto stories = splitNewsletterStories(bodies.text); !stories.empty()) {
        std::vector<ReadArticle> out;
        for (const std::string& story : stories) {
            ReadArticle storyMeta = meta;
            storyMeta.title.clear(); // each story's heading is its title
            out.push_back(articleFrom(paragraphsOf(story), storyMeta, true));
        }
        return out;
    }

    if (!bodies.html.empty()) {
        if (const ArticleReader* html = m_readers.forMediaType("text/html")) {
            // GMime has already converted the part to UTF-8; the BOM tells the HTML reader so
            // over any <meta charset> the part still declares.
            auto read = html->read("\xEF\xBB\xBF" + bodies.html, fileName);
            if (read && !read->empty()) {
                ReadArticle& body = read->front();
                std::vector<std::string> paragraphs;
                for (const auto& p : body.paragraphs)
                    if (p.kind != Kind::Title)
                        paragraphs.push_back(body.text.substr(p.begin, p.end - p.begin));
                ReadArticle merged = meta;
                merged.author = body.author;
                merged.url = body.url;
                if (merged.title.empty())
                    merged.title = body.title;
                if (!paragraphs.empty())
                    return std::vector<ReadArticle>{articleFrom(paragraphs, merged, false)};
            }
        }
    }
    const std::vector<std::string> paragraphs = paragraphsOf(bodies.text);
    ReadArticle article = articleFrom(paragraphs, meta, meta.title.empty());
    if (paragraphs.empty() || article.paragraphs.empty())
        return fail(bodies.html.empty() ? "the e-mail has no text or HTML part"
                                        : "the e-mail has only an HTML part and no HTML reader "
                                          "found text in it");
    return std::vector<ReadArticle>{std::move(article)};
}

} // namespace ct

#include "formats/html/HtmlDocument.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ct::html {

void HtmlDocument::OutputDeleter::operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

namespace {

bool isVoidElement(std::string_view name) {
    static constexpr std::array<std::string_view, 16> kVoid = {
        "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
        "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont"};
    return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

} // namespace

namespace {

bool startsWithNoCase(std::string_view s, std::size_t at, std::string_view prefix) {
    if (at + prefix.size() > s.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[at + i])) != prefix[i])
            return false;
    return true;
}

// The end of the start tag beginning at `at` (index of its '>'), quotes respected.
std::size_t endOfTag(std::string_view s, std::size_t at) {
    char quote = 0;
    for (std::size_t i = at; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return std::string_view::npos;
}

} // namespace

std::string withoutScriptBodies(std::string_view markup) {
    std::string out;
    out.reserve(markup.size());
    std::size_t copied = 0;
    std::size_t at = 0;
    while ((at = markup.find('<', at)) != std::string_view::npos) {
        if (markup.substr(at, 4) == "<!--") {
            const std::size_t end = markup.find("-->", at + 4);
            if (end == std::string_view::npos)
                break;
            at = end + 3;
            continue;
        }
        std::string_view closer;
        if (startsWithNoCase(markup, at, "<script"))
            closer = "</script";
        else if (startsWithNoCase(markup, at, "<style"))
            closer = "</style";
        const std::size_t nameEnd = at + closer.size() - 1;
        if (closer.empty() || nameEnd >= markup.size() ||
            std::isalnum(static_cast<unsigned char>(markup[nameEnd]))) {
            ++at;
            continue;
        }
        const std::size_t tagEnd = endOfTag(markup, nameEnd);
        if (tagEnd == std::string_view::npos)
            break;
        const std::string tag = [&] {
            std::string t(markup.substr(at, tagEnd - at));
            for (char& c : t)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            return t;
        }();
        std::size_t close = markup.find('<', tagEnd + 1);
        while (close != std::string_view::npos && !startsWithNoCase(markup, close, closer))
            close = markup.find('<', close + 1);
        if (close == std::string_view::npos)
            break; // unterminated: leave it to the parser
        if (tag.find("ld+json") == std::string::npos) {
            out.append(markup.substr(copied, tagEnd + 1 - copied));
            copied = close;
        }
        at = close + closer.size();
    }
    out.append(markup.substr(copied));
    return out;
}

int estimatedNesting(std::string_view markup) {
    int depth = 0;
    int deepest = 0;
    std::string name;
    for (std::size_t i = 0; i + 1 < markup.size(); ++i) {
        if (markup[i] != '<')
            continue;
        const bool closing = markup[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        name.clear();
        while (j < markup.size() && std::isalnum(static_cast<unsigned char>(markup[j])) &&
               name.size() < 10)
            name += char(std::tolower(static_cast<unsigned char>(markup[j++])));
        if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])))
            continue;
        if (closing)
            depth = std::max(0, depth - 1);
        else if (!isVoidElement(name))
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

Result<HtmlDocument> HtmlDocument::parse(std::string utf8, const std::string& fileName) {
    auto text = std::make_unique<const std::string>(withoutScriptBodies(utf8));
    if (estimatedNesting(*text) > kMaxNesting)
        return makeError(Error::Code::InvalidInput, fileName +
                                                        ": markup nested too deeply (more than " +
                                                        std::to_string(kMaxNesting) + " levels)");
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are normal on the web; do not collect them
    GumboOutput* raw = gumbo_parse_with_options(&options, text->data(), text->size());
    if (!raw || !raw->root)
        return makeError(Error::Code::InvalidInput, fileName + ": the HTML parser gave up");
    std::unique_ptr<GumboOutput, OutputDeleter> output(raw);
    return HtmlDocument(std::move(text), std::move(output));
}

} // namespace ct::html
